from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_float, parse_int, pydantic_schema

T = TypeVar("T", bound="GetVMMachineTypeResponse")


@_attrs_define
class GetVMMachineTypeResponse(Mapping[str, Any]):
    """The answer of an operation.

    Attributes:
        gpu_price_hr (Decimal): ``gpuPriceHr`` on the wire. A price per hour, in the billing account's currency. Required by the
            API.
        ipv4_price_hr (Decimal): ``ipv4PriceHr`` on the wire. A price per hour, in the billing account's currency. Required by the
            API.
        memory_gib_price_hr (Decimal): ``memoryGibPriceHr`` on the wire. A price per GiB per hour, in the billing account's currency.
            Required by the API.
        min_storage_gib_price_hr (Decimal): ``minStorageGibPriceHr`` on the wire. A price per GiB per hour, in the billing account's currency.
            Required by the API.
        vcpu_price_hr (Decimal): ``vcpuPriceHr`` on the wire. A price per hour, in the billing account's currency. Required by the
            API.
        cpu_model (str): ``cpuModel`` on the wire.
        data_center_id (str): ``dataCenterId`` on the wire.
        gpu_model (str): ``gpuModel`` on the wire.
        gpu_model_id (str): ``gpuModelId`` on the wire.
        machine_type (str): ``machineType`` on the wire.
        max_gpu_free (int): ``maxGpuFree`` on the wire.
        max_memory_gib_free (int): ``maxMemoryGibFree`` on the wire. In GiB.
        max_storage_gib_free (int): ``maxStorageGibFree`` on the wire. In GiB.
        max_vcpu_free (int): ``maxVcpuFree`` on the wire.
        max_vcpu_per_gpu (float): ``maxVcpuPerGpu`` on the wire.
        max_vcpu_per_memory_gib (float): ``maxVcpuPerMemoryGib`` on the wire. In GiB.
        min_memory_gib (float): ``minMemoryGib`` on the wire. In GiB.
        min_vcpu (float): ``minVcpu`` on the wire.
        min_vcpu_per_gpu (float): ``minVcpuPerGpu`` on the wire.
        min_vcpu_per_memory_gib (float): ``minVcpuPerMemoryGib`` on the wire. In GiB.
        prices (list[VirtualMachineTypePrice]): ``prices`` on the wire. Empty when absent.
        renewable_energy (bool): ``renewableEnergy`` on the wire.
        total_gpu_free (int): ``totalGpuFree`` on the wire.
        total_memory_gib_free (int): ``totalMemoryGibFree`` on the wire. In GiB.
        total_storage_gib_free (int): ``totalStorageGibFree`` on the wire. In GiB.
        total_vcpu_free (int): ``totalVcpuFree`` on the wire.
    """

    gpu_price_hr: Decimal
    ipv4_price_hr: Decimal
    memory_gib_price_hr: Decimal
    min_storage_gib_price_hr: Decimal
    vcpu_price_hr: Decimal
    cpu_model: str = ""
    data_center_id: str = ""
    gpu_model: str = ""
    gpu_model_id: str = ""
    machine_type: str = ""
    max_gpu_free: int = 0
    max_memory_gib_free: int = 0
    max_storage_gib_free: int = 0
    max_vcpu_free: int = 0
    max_vcpu_per_gpu: float = 0.0
    max_vcpu_per_memory_gib: float = 0.0
    min_memory_gib: float = 0.0
    min_vcpu: float = 0.0
    min_vcpu_per_gpu: float = 0.0
    min_vcpu_per_memory_gib: float = 0.0
    prices: list[VirtualMachineTypePrice] = _attrs_field(factory=list)
    renewable_energy: bool = False
    total_gpu_free: int = 0
    total_memory_gib_free: int = 0
    total_storage_gib_free: int = 0
    total_vcpu_free: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["gpuPriceHr"] = self.gpu_price_hr.to_dict()
        field_dict["ipv4PriceHr"] = self.ipv4_price_hr.to_dict()
        field_dict["memoryGibPriceHr"] = self.memory_gib_price_hr.to_dict()
        field_dict["minStorageGibPriceHr"] = self.min_storage_gib_price_hr.to_dict()
        field_dict["vcpuPriceHr"] = self.vcpu_price_hr.to_dict()
        if self.cpu_model:
            field_dict["cpuModel"] = self.cpu_model
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.gpu_model:
            field_dict["gpuModel"] = self.gpu_model
        if self.gpu_model_id:
            field_dict["gpuModelId"] = self.gpu_model_id
        if self.machine_type:
            field_dict["machineType"] = self.machine_type
        if self.max_gpu_free:
            field_dict["maxGpuFree"] = self.max_gpu_free
        if self.max_memory_gib_free:
            field_dict["maxMemoryGibFree"] = self.max_memory_gib_free
        if self.max_storage_gib_free:
            field_dict["maxStorageGibFree"] = self.max_storage_gib_free
        if self.max_vcpu_free:
            field_dict["maxVcpuFree"] = self.max_vcpu_free
        if self.max_vcpu_per_gpu:
            field_dict["maxVcpuPerGpu"] = self.max_vcpu_per_gpu
        if self.max_vcpu_per_memory_gib:
            field_dict["maxVcpuPerMemoryGib"] = self.max_vcpu_per_memory_gib
        if self.min_memory_gib:
            field_dict["minMemoryGib"] = self.min_memory_gib
        if self.min_vcpu:
            field_dict["minVcpu"] = self.min_vcpu
        if self.min_vcpu_per_gpu:
            field_dict["minVcpuPerGpu"] = self.min_vcpu_per_gpu
        if self.min_vcpu_per_memory_gib:
            field_dict["minVcpuPerMemoryGib"] = self.min_vcpu_per_memory_gib
        if self.prices:
            field_dict["prices"] = [_v0.to_dict() for _v0 in self.prices]
        if self.renewable_energy:
            field_dict["renewableEnergy"] = self.renewable_energy
        if self.total_gpu_free:
            field_dict["totalGpuFree"] = self.total_gpu_free
        if self.total_memory_gib_free:
            field_dict["totalMemoryGibFree"] = self.total_memory_gib_free
        if self.total_storage_gib_free:
            field_dict["totalStorageGibFree"] = self.total_storage_gib_free
        if self.total_vcpu_free:
            field_dict["totalVcpuFree"] = self.total_vcpu_free
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _gpu_price_hr = d.pop("gpuPriceHr", None)
        _ipv4_price_hr = d.pop("ipv4PriceHr", None)
        _memory_gib_price_hr = d.pop("memoryGibPriceHr", None)
        _min_storage_gib_price_hr = d.pop("minStorageGibPriceHr", None)
        _vcpu_price_hr = d.pop("vcpuPriceHr", None)
        _cpu_model = d.pop("cpuModel", None)
        _data_center_id = d.pop("dataCenterId", None)
        _gpu_model = d.pop("gpuModel", None)
        _gpu_model_id = d.pop("gpuModelId", None)
        _machine_type = d.pop("machineType", None)
        _max_gpu_free = d.pop("maxGpuFree", None)
        _max_memory_gib_free = d.pop("maxMemoryGibFree", None)
        _max_storage_gib_free = d.pop("maxStorageGibFree", None)
        _max_vcpu_free = d.pop("maxVcpuFree", None)
        _max_vcpu_per_gpu = d.pop("maxVcpuPerGpu", None)
        _max_vcpu_per_memory_gib = d.pop("maxVcpuPerMemoryGib", None)
        _min_memory_gib = d.pop("minMemoryGib", None)
        _min_vcpu = d.pop("minVcpu", None)
        _min_vcpu_per_gpu = d.pop("minVcpuPerGpu", None)
        _min_vcpu_per_memory_gib = d.pop("minVcpuPerMemoryGib", None)
        _prices = d.pop("prices", None)
        _renewable_energy = d.pop("renewableEnergy", None)
        _total_gpu_free = d.pop("totalGpuFree", None)
        _total_memory_gib_free = d.pop("totalMemoryGibFree", None)
        _total_storage_gib_free = d.pop("totalStorageGibFree", None)
        _total_vcpu_free = d.pop("totalVcpuFree", None)
        obj = cls(
            gpu_price_hr=Decimal.from_dict({}) if _gpu_price_hr is None else Decimal.from_dict(_gpu_price_hr),
            ipv4_price_hr=Decimal.from_dict({}) if _ipv4_price_hr is None else Decimal.from_dict(_ipv4_price_hr),
            memory_gib_price_hr=Decimal.from_dict({})
            if _memory_gib_price_hr is None
            else Decimal.from_dict(_memory_gib_price_hr),
            min_storage_gib_price_hr=Decimal.from_dict({})
            if _min_storage_gib_price_hr is None
            else Decimal.from_dict(_min_storage_gib_price_hr),
            vcpu_price_hr=Decimal.from_dict({}) if _vcpu_price_hr is None else Decimal.from_dict(_vcpu_price_hr),
            cpu_model="" if _cpu_model is None else _cpu_model,
            data_center_id="" if _data_center_id is None else _data_center_id,
            gpu_model="" if _gpu_model is None else _gpu_model,
            gpu_model_id="" if _gpu_model_id is None else _gpu_model_id,
            machine_type="" if _machine_type is None else _machine_type,
            max_gpu_free=0 if _max_gpu_free is None else parse_int(_max_gpu_free),
            max_memory_gib_free=0 if _max_memory_gib_free is None else parse_int(_max_memory_gib_free),
            max_storage_gib_free=0 if _max_storage_gib_free is None else parse_int(_max_storage_gib_free),
            max_vcpu_free=0 if _max_vcpu_free is None else parse_int(_max_vcpu_free),
            max_vcpu_per_gpu=0.0 if _max_vcpu_per_gpu is None else parse_float(_max_vcpu_per_gpu),
            max_vcpu_per_memory_gib=0.0 if _max_vcpu_per_memory_gib is None else parse_float(_max_vcpu_per_memory_gib),
            min_memory_gib=0.0 if _min_memory_gib is None else parse_float(_min_memory_gib),
            min_vcpu=0.0 if _min_vcpu is None else parse_float(_min_vcpu),
            min_vcpu_per_gpu=0.0 if _min_vcpu_per_gpu is None else parse_float(_min_vcpu_per_gpu),
            min_vcpu_per_memory_gib=0.0 if _min_vcpu_per_memory_gib is None else parse_float(_min_vcpu_per_memory_gib),
            prices=[] if _prices is None else [VirtualMachineTypePrice.from_dict(_v0) for _v0 in _prices],
            renewable_energy=False if _renewable_energy is None else _renewable_energy,
            total_gpu_free=0 if _total_gpu_free is None else parse_int(_total_gpu_free),
            total_memory_gib_free=0 if _total_memory_gib_free is None else parse_int(_total_memory_gib_free),
            total_storage_gib_free=0 if _total_storage_gib_free is None else parse_int(_total_storage_gib_free),
            total_vcpu_free=0 if _total_vcpu_free is None else parse_int(_total_vcpu_free),
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "gpu_price_hr": "gpuPriceHr",
                "ipv4_price_hr": "ipv4PriceHr",
                "memory_gib_price_hr": "memoryGibPriceHr",
                "min_storage_gib_price_hr": "minStorageGibPriceHr",
                "vcpu_price_hr": "vcpuPriceHr",
                "cpu_model": "cpuModel",
                "data_center_id": "dataCenterId",
                "gpu_model": "gpuModel",
                "gpu_model_id": "gpuModelId",
                "machine_type": "machineType",
                "max_gpu_free": "maxGpuFree",
                "max_memory_gib_free": "maxMemoryGibFree",
                "max_storage_gib_free": "maxStorageGibFree",
                "max_vcpu_free": "maxVcpuFree",
                "max_vcpu_per_gpu": "maxVcpuPerGpu",
                "max_vcpu_per_memory_gib": "maxVcpuPerMemoryGib",
                "min_memory_gib": "minMemoryGib",
                "min_vcpu": "minVcpu",
                "min_vcpu_per_gpu": "minVcpuPerGpu",
                "min_vcpu_per_memory_gib": "minVcpuPerMemoryGib",
                "prices": "prices",
                "renewable_energy": "renewableEnergy",
                "total_gpu_free": "totalGpuFree",
                "total_memory_gib_free": "totalMemoryGibFree",
                "total_storage_gib_free": "totalStorageGibFree",
                "total_vcpu_free": "totalVcpuFree",
            },
            (
                "gpu_price_hr",
                "ipv4_price_hr",
                "memory_gib_price_hr",
                "min_storage_gib_price_hr",
                "vcpu_price_hr",
            ),
        )

    # A read-only mapping of the wire form: dict(obj) == obj.to_dict(), obj["wireName"], "wireName" in obj.
    # (FastAPI takes a mapping parameter from the request body, and encodes a returned one with dict().)
    def __getitem__(self, name: str) -> Any:
        return self.to_dict()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())

    def __bool__(self) -> bool:
        # A message is there or it is None; one with every field at zero is still a message.
        return True


# Imported after the class: models that refer to each other load in any order.
from ..models.decimal import Decimal
from ..models.virtual_machine_type_price import VirtualMachineTypePrice

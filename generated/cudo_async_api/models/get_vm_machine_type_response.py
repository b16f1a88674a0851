from __future__ import annotations

import decimal
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_decimal, parse_float, parse_int, pydantic_schema, unknown_members

T = TypeVar("T", bound="GetVMMachineTypeResponse")


@_attrs_define
class GetVMMachineTypeResponse:
    """The answer of an operation.

    Attributes:
        gpu_price_hr (decimal.Decimal): ``gpuPriceHr`` on the wire. Per hour. Required by the API.
        ipv4_price_hr (decimal.Decimal): ``ipv4PriceHr`` on the wire. Per hour. Required by the API.
        memory_gib_price_hr (decimal.Decimal): ``memoryGibPriceHr`` on the wire. In GiB. Per hour. Required by the API.
        min_storage_gib_price_hr (decimal.Decimal): ``minStorageGibPriceHr`` on the wire. In GiB. Per hour. Required by the API.
        vcpu_price_hr (decimal.Decimal): ``vcpuPriceHr`` on the wire. Per hour. Required by the API.
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

    gpu_price_hr: decimal.Decimal
    ipv4_price_hr: decimal.Decimal
    memory_gib_price_hr: decimal.Decimal
    min_storage_gib_price_hr: decimal.Decimal
    vcpu_price_hr: decimal.Decimal
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
        field_dict["gpuPriceHr"] = {"value": str(self.gpu_price_hr)}
        field_dict["ipv4PriceHr"] = {"value": str(self.ipv4_price_hr)}
        field_dict["memoryGibPriceHr"] = {"value": str(self.memory_gib_price_hr)}
        field_dict["minStorageGibPriceHr"] = {"value": str(self.min_storage_gib_price_hr)}
        field_dict["vcpuPriceHr"] = {"value": str(self.vcpu_price_hr)}
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
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("gpuPriceHr")
        obj.gpu_price_hr = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("ipv4PriceHr")
        obj.ipv4_price_hr = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("memoryGibPriceHr")
        obj.memory_gib_price_hr = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("minStorageGibPriceHr")
        obj.min_storage_gib_price_hr = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("vcpuPriceHr")
        obj.vcpu_price_hr = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("cpuModel")
        obj.cpu_model = "" if v is None else v
        v = d.get("dataCenterId")
        obj.data_center_id = "" if v is None else v
        v = d.get("gpuModel")
        obj.gpu_model = "" if v is None else v
        v = d.get("gpuModelId")
        obj.gpu_model_id = "" if v is None else v
        v = d.get("machineType")
        obj.machine_type = "" if v is None else v
        v = d.get("maxGpuFree")
        obj.max_gpu_free = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("maxMemoryGibFree")
        obj.max_memory_gib_free = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("maxStorageGibFree")
        obj.max_storage_gib_free = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("maxVcpuFree")
        obj.max_vcpu_free = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("maxVcpuPerGpu")
        obj.max_vcpu_per_gpu = 0.0 if v is None else (v if type(v) is float else parse_float(v))
        v = d.get("maxVcpuPerMemoryGib")
        obj.max_vcpu_per_memory_gib = 0.0 if v is None else (v if type(v) is float else parse_float(v))
        v = d.get("minMemoryGib")
        obj.min_memory_gib = 0.0 if v is None else (v if type(v) is float else parse_float(v))
        v = d.get("minVcpu")
        obj.min_vcpu = 0.0 if v is None else (v if type(v) is float else parse_float(v))
        v = d.get("minVcpuPerGpu")
        obj.min_vcpu_per_gpu = 0.0 if v is None else (v if type(v) is float else parse_float(v))
        v = d.get("minVcpuPerMemoryGib")
        obj.min_vcpu_per_memory_gib = 0.0 if v is None else (v if type(v) is float else parse_float(v))
        v = d.get("prices")
        obj.prices = [] if v is None else [VirtualMachineTypePrice.from_dict(_v0) for _v0 in v]
        v = d.get("renewableEnergy")
        obj.renewable_energy = False if v is None else v
        v = d.get("totalGpuFree")
        obj.total_gpu_free = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("totalMemoryGibFree")
        obj.total_memory_gib_free = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("totalStorageGibFree")
        obj.total_storage_gib_free = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("totalVcpuFree")
        obj.total_vcpu_free = 0 if v is None else (v if type(v) is int else parse_int(v))
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("gpu_price_hr", "gpuPriceHr", "decimal", True),
            ("ipv4_price_hr", "ipv4PriceHr", "decimal", True),
            ("memory_gib_price_hr", "memoryGibPriceHr", "decimal", True),
            ("min_storage_gib_price_hr", "minStorageGibPriceHr", "decimal", True),
            ("vcpu_price_hr", "vcpuPriceHr", "decimal", True),
            ("cpu_model", "cpuModel", "str", False),
            ("data_center_id", "dataCenterId", "str", False),
            ("gpu_model", "gpuModel", "str", False),
            ("gpu_model_id", "gpuModelId", "str", False),
            ("machine_type", "machineType", "str", False),
            ("max_gpu_free", "maxGpuFree", "int", False),
            ("max_memory_gib_free", "maxMemoryGibFree", "int", False),
            ("max_storage_gib_free", "maxStorageGibFree", "int", False),
            ("max_vcpu_free", "maxVcpuFree", "int", False),
            ("max_vcpu_per_gpu", "maxVcpuPerGpu", "float", False),
            ("max_vcpu_per_memory_gib", "maxVcpuPerMemoryGib", "float", False),
            ("min_memory_gib", "minMemoryGib", "float", False),
            ("min_vcpu", "minVcpu", "float", False),
            ("min_vcpu_per_gpu", "minVcpuPerGpu", "float", False),
            ("min_vcpu_per_memory_gib", "minVcpuPerMemoryGib", "float", False),
            ("prices", "prices", ("list", ("message", VirtualMachineTypePrice)), False),
            ("renewable_energy", "renewableEnergy", "bool", False),
            ("total_gpu_free", "totalGpuFree", "int", False),
            ("total_memory_gib_free", "totalMemoryGibFree", "int", False),
            ("total_storage_gib_free", "totalStorageGibFree", "int", False),
            ("total_vcpu_free", "totalVcpuFree", "int", False),
        )

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

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "gpuPriceHr",
        "ipv4PriceHr",
        "memoryGibPriceHr",
        "minStorageGibPriceHr",
        "vcpuPriceHr",
        "cpuModel",
        "dataCenterId",
        "gpuModel",
        "gpuModelId",
        "machineType",
        "maxGpuFree",
        "maxMemoryGibFree",
        "maxStorageGibFree",
        "maxVcpuFree",
        "maxVcpuPerGpu",
        "maxVcpuPerMemoryGib",
        "minMemoryGib",
        "minVcpu",
        "minVcpuPerGpu",
        "minVcpuPerMemoryGib",
        "prices",
        "renewableEnergy",
        "totalGpuFree",
        "totalMemoryGibFree",
        "totalStorageGibFree",
        "totalVcpuFree",
    )
)
# Imported after the class: models that refer to each other load in any order.
from ..models.virtual_machine_type_price import VirtualMachineTypePrice

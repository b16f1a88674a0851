from __future__ import annotations

import decimal
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    decoded_in_place,
    float_to_wire,
    parse_decimal,
    parse_float,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="GetVMMachineTypeResponse")


@_attrs_define
class GetVMMachineTypeResponse:
    """The answer of an operation.

    Attributes:
        gpu_price_hr (decimal.Decimal): The GPU price: a ``decimal.Decimal``. ``gpuPriceHr`` on the
            wire. A price per hour, in the billing account's currency. Required by the API.
        ipv4_price_hr (decimal.Decimal): The IPv4 price: a ``decimal.Decimal``. ``ipv4PriceHr`` on
            the wire. A price per hour, in the billing account's currency. Required by the API.
        memory_gib_price_hr (decimal.Decimal): The memory gib price: a ``decimal.Decimal``.
            ``memoryGibPriceHr`` on the wire. A price per GiB per hour, in the billing account's
            currency. Required by the API.
        min_storage_gib_price_hr (decimal.Decimal): The min storage gib price: a
            ``decimal.Decimal``. ``minStorageGibPriceHr`` on the wire. A price per GiB per hour, in the
            billing account's currency. Required by the API.
        vcpu_price_hr (decimal.Decimal): The vcpu price: a ``decimal.Decimal``. ``vcpuPriceHr`` on
            the wire. A price per hour, in the billing account's currency. Required by the API.
        cpu_model (str): The CPU model. ``cpuModel`` on the wire.
        data_center_id (str): The data center's id. ``dataCenterId`` on the wire.
        gpu_model (str): The GPU model. ``gpuModel`` on the wire.
        gpu_model_id (str): The GPU model's id. ``gpuModelId`` on the wire.
        machine_type (str): The machine type. ``machineType`` on the wire.
        max_gpu_free (int): The max GPU free. ``maxGpuFree`` on the wire.
        max_memory_gib_free (int): The max memory gib free. ``maxMemoryGibFree`` on the wire. In
            GiB.
        max_storage_gib_free (int): The max storage gib free. ``maxStorageGibFree`` on the wire. In
            GiB.
        max_vcpu_free (int): The max vcpu free. ``maxVcpuFree`` on the wire.
        max_vcpu_per_gpu (float): The max vcpu per GPU. ``maxVcpuPerGpu`` on the wire.
        max_vcpu_per_memory_gib (float): The max vcpu per memory. ``maxVcpuPerMemoryGib`` on the
            wire. In GiB.
        min_memory_gib (float): The min memory. ``minMemoryGib`` on the wire. In GiB.
        min_vcpu (float): The min vcpu. ``minVcpu`` on the wire.
        min_vcpu_per_gpu (float): The min vcpu per GPU. ``minVcpuPerGpu`` on the wire.
        min_vcpu_per_memory_gib (float): The min vcpu per memory. ``minVcpuPerMemoryGib`` on the
            wire. In GiB.
        prices (list[VirtualMachineTypePrice]): The prices: a list of ``VirtualMachineTypePrice``.
            ``prices`` on the wire. Empty when absent.
        renewable_energy (bool): The renewable energy (a flag). ``renewableEnergy`` on the wire.
        total_gpu_free (int): The total GPU free. ``totalGpuFree`` on the wire.
        total_memory_gib_free (int): The total memory gib free. ``totalMemoryGibFree`` on the wire.
            In GiB.
        total_storage_gib_free (int): The total storage gib free. ``totalStorageGibFree`` on the
            wire. In GiB.
        total_vcpu_free (int): The total vcpu free. ``totalVcpuFree`` on the wire.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

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
            field_dict["maxVcpuPerGpu"] = float_to_wire(self.max_vcpu_per_gpu)
        if self.max_vcpu_per_memory_gib:
            field_dict["maxVcpuPerMemoryGib"] = float_to_wire(self.max_vcpu_per_memory_gib)
        if self.min_memory_gib:
            field_dict["minMemoryGib"] = float_to_wire(self.min_memory_gib)
        if self.min_vcpu:
            field_dict["minVcpu"] = float_to_wire(self.min_vcpu)
        if self.min_vcpu_per_gpu:
            field_dict["minVcpuPerGpu"] = float_to_wire(self.min_vcpu_per_gpu)
        if self.min_vcpu_per_memory_gib:
            field_dict["minVcpuPerMemoryGib"] = float_to_wire(self.min_vcpu_per_memory_gib)
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
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("gpuPriceHr")
        if v is not None:
            obj.gpu_price_hr = parse_decimal(v)
        v = get("ipv4PriceHr")
        if v is not None:
            obj.ipv4_price_hr = parse_decimal(v)
        v = get("memoryGibPriceHr")
        if v is not None:
            obj.memory_gib_price_hr = parse_decimal(v)
        v = get("minStorageGibPriceHr")
        if v is not None:
            obj.min_storage_gib_price_hr = parse_decimal(v)
        v = get("vcpuPriceHr")
        if v is not None:
            obj.vcpu_price_hr = parse_decimal(v)
        v = get("cpuModel")
        if v is not None:
            obj.cpu_model = v
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("gpuModel")
        if v is not None:
            obj.gpu_model = v
        v = get("gpuModelId")
        if v is not None:
            obj.gpu_model_id = v
        v = get("machineType")
        if v is not None:
            obj.machine_type = v
        v = get("maxGpuFree")
        if v is not None:
            obj.max_gpu_free = v if type(v) is int else parse_int(v)
        v = get("maxMemoryGibFree")
        if v is not None:
            obj.max_memory_gib_free = v if type(v) is int else parse_int(v)
        v = get("maxStorageGibFree")
        if v is not None:
            obj.max_storage_gib_free = v if type(v) is int else parse_int(v)
        v = get("maxVcpuFree")
        if v is not None:
            obj.max_vcpu_free = v if type(v) is int else parse_int(v)
        v = get("maxVcpuPerGpu")
        if v is not None:
            obj.max_vcpu_per_gpu = v if type(v) is float else parse_float(v)
        v = get("maxVcpuPerMemoryGib")
        if v is not None:
            obj.max_vcpu_per_memory_gib = v if type(v) is float else parse_float(v)
        v = get("minMemoryGib")
        if v is not None:
            obj.min_memory_gib = v if type(v) is float else parse_float(v)
        v = get("minVcpu")
        if v is not None:
            obj.min_vcpu = v if type(v) is float else parse_float(v)
        v = get("minVcpuPerGpu")
        if v is not None:
            obj.min_vcpu_per_gpu = v if type(v) is float else parse_float(v)
        v = get("minVcpuPerMemoryGib")
        if v is not None:
            obj.min_vcpu_per_memory_gib = v if type(v) is float else parse_float(v)
        v = get("prices")
        if v is not None:
            obj.prices = [VirtualMachineTypePrice.from_dict(_v0) for _v0 in v]
        v = get("renewableEnergy")
        if v is not None:
            obj.renewable_energy = v
        v = get("totalGpuFree")
        if v is not None:
            obj.total_gpu_free = v if type(v) is int else parse_int(v)
        v = get("totalMemoryGibFree")
        if v is not None:
            obj.total_memory_gib_free = v if type(v) is int else parse_int(v)
        v = get("totalStorageGibFree")
        if v is not None:
            obj.total_storage_gib_free = v if type(v) is int else parse_int(v)
        v = get("totalVcpuFree")
        if v is not None:
            obj.total_vcpu_free = v if type(v) is int else parse_int(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @classmethod
    def _from_parsed(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # from_dict for JSON the SDK has just parsed and nobody else holds: its lists become the
        # model's (lists of messages converted in place, each parsed dict freed as its model is
        # made), so a large answer allocates fewer objects and never holds both forms at once.
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("gpuPriceHr")
        if v is not None:
            obj.gpu_price_hr = parse_decimal(v)
        v = get("ipv4PriceHr")
        if v is not None:
            obj.ipv4_price_hr = parse_decimal(v)
        v = get("memoryGibPriceHr")
        if v is not None:
            obj.memory_gib_price_hr = parse_decimal(v)
        v = get("minStorageGibPriceHr")
        if v is not None:
            obj.min_storage_gib_price_hr = parse_decimal(v)
        v = get("vcpuPriceHr")
        if v is not None:
            obj.vcpu_price_hr = parse_decimal(v)
        v = get("cpuModel")
        if v is not None:
            obj.cpu_model = v
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("gpuModel")
        if v is not None:
            obj.gpu_model = v
        v = get("gpuModelId")
        if v is not None:
            obj.gpu_model_id = v
        v = get("machineType")
        if v is not None:
            obj.machine_type = v
        v = get("maxGpuFree")
        if v is not None:
            obj.max_gpu_free = v if type(v) is int else parse_int(v)
        v = get("maxMemoryGibFree")
        if v is not None:
            obj.max_memory_gib_free = v if type(v) is int else parse_int(v)
        v = get("maxStorageGibFree")
        if v is not None:
            obj.max_storage_gib_free = v if type(v) is int else parse_int(v)
        v = get("maxVcpuFree")
        if v is not None:
            obj.max_vcpu_free = v if type(v) is int else parse_int(v)
        v = get("maxVcpuPerGpu")
        if v is not None:
            obj.max_vcpu_per_gpu = v if type(v) is float else parse_float(v)
        v = get("maxVcpuPerMemoryGib")
        if v is not None:
            obj.max_vcpu_per_memory_gib = v if type(v) is float else parse_float(v)
        v = get("minMemoryGib")
        if v is not None:
            obj.min_memory_gib = v if type(v) is float else parse_float(v)
        v = get("minVcpu")
        if v is not None:
            obj.min_vcpu = v if type(v) is float else parse_float(v)
        v = get("minVcpuPerGpu")
        if v is not None:
            obj.min_vcpu_per_gpu = v if type(v) is float else parse_float(v)
        v = get("minVcpuPerMemoryGib")
        if v is not None:
            obj.min_vcpu_per_memory_gib = v if type(v) is float else parse_float(v)
        v = get("prices")
        if v is not None:
            obj.prices = decoded_in_place(v, VirtualMachineTypePrice._from_parsed)
        v = get("renewableEnergy")
        if v is not None:
            obj.renewable_energy = v
        v = get("totalGpuFree")
        if v is not None:
            obj.total_gpu_free = v if type(v) is int else parse_int(v)
        v = get("totalMemoryGibFree")
        if v is not None:
            obj.total_memory_gib_free = v if type(v) is int else parse_int(v)
        v = get("totalStorageGibFree")
        if v is not None:
            obj.total_storage_gib_free = v if type(v) is int else parse_int(v)
        v = get("totalVcpuFree")
        if v is not None:
            obj.total_vcpu_free = v if type(v) is int else parse_int(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
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

    if not TYPE_CHECKING:  # (for type checkers every field is always there, as it is when read)

        def __getattr__(self, name: str) -> Any:
            # A field the wire form left out (from_dict does not set it) reads as its zero value,
            # made on first read: a decoded answer holds no objects for the fields it did not carry.
            try:
                zero = _ZEROS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = zero()
            setattr(self, name, value)
            return value

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
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "gpu_price_hr": lambda: decimal.Decimal(),
    "ipv4_price_hr": lambda: decimal.Decimal(),
    "memory_gib_price_hr": lambda: decimal.Decimal(),
    "min_storage_gib_price_hr": lambda: decimal.Decimal(),
    "vcpu_price_hr": lambda: decimal.Decimal(),
    "cpu_model": lambda: "",
    "data_center_id": lambda: "",
    "gpu_model": lambda: "",
    "gpu_model_id": lambda: "",
    "machine_type": lambda: "",
    "max_gpu_free": lambda: 0,
    "max_memory_gib_free": lambda: 0,
    "max_storage_gib_free": lambda: 0,
    "max_vcpu_free": lambda: 0,
    "max_vcpu_per_gpu": lambda: 0.0,
    "max_vcpu_per_memory_gib": lambda: 0.0,
    "min_memory_gib": lambda: 0.0,
    "min_vcpu": lambda: 0.0,
    "min_vcpu_per_gpu": lambda: 0.0,
    "min_vcpu_per_memory_gib": lambda: 0.0,
    "prices": lambda: [],
    "renewable_energy": lambda: False,
    "total_gpu_free": lambda: 0,
    "total_memory_gib_free": lambda: 0,
    "total_storage_gib_free": lambda: 0,
    "total_vcpu_free": lambda: 0,
    "additional_properties": dict,
}
# Imported after the class: models that refer to each other load in any order.
from ..models.virtual_machine_type_price import VirtualMachineTypePrice

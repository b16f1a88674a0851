from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_type import NetworkType
from ..types import (
    bounded_members,
    decoded_in_place,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="MachineType")


@_attrs_define
class MachineType:
    """A MachineType record of the API.

    Attributes:
        architecture (str): The machine type's architecture. ``architecture`` on the wire.
        cpu_cores (int): The machine type's CPU cores. ``cpuCores`` on the wire. A count of CPU
            cores.
        cpu_model (str): The machine type's CPU model. ``cpuModel`` on the wire.
        cpu_speed_mhz (int): The machine type's CPU speed. ``cpuSpeedMhz`` on the wire. In MHz.
        data_center_id (str): The data center's id. ``dataCenterId`` on the wire.
        disk_size_gib (int): The machine type's disk size. ``diskSizeGib`` on the wire. In GiB.
        disks (int): The machine type's disks. ``disks`` on the wire.
        gpu_model_id (str): The GPU model's id. ``gpuModelId`` on the wire.
        gpus (int): The machine type's GPUs. ``gpus`` on the wire. A count of GPUs.
        id (str): The machine type's id. ``id`` on the wire.
        machines_free (int): The machine type's machines free. ``machinesFree`` on the wire.
        memory_gib (int): The machine type's memory. ``memoryGib`` on the wire. In GiB.
        network_type (NetworkType): The machine type's network type: one of the ``NetworkType``
            members. ``networkType`` on the wire. The first member when absent.
        prices (list[MachineTypePrice]): The machine type's prices: a list of ``MachineTypePrice``.
            ``prices`` on the wire. Empty when absent.
    """

    architecture: str = ""
    cpu_cores: int = 0
    cpu_model: str = ""
    cpu_speed_mhz: int = 0
    data_center_id: str = ""
    disk_size_gib: int = 0
    disks: int = 0
    gpu_model_id: str = ""
    gpus: int = 0
    id: str = ""
    machines_free: int = 0
    memory_gib: int = 0
    network_type: NetworkType = NetworkType.NETWORK_TYPE_UNSPECIFIED
    prices: list[MachineTypePrice] = _attrs_field(factory=list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.architecture:
            field_dict["architecture"] = self.architecture
        if self.cpu_cores:
            field_dict["cpuCores"] = self.cpu_cores
        if self.cpu_model:
            field_dict["cpuModel"] = self.cpu_model
        if self.cpu_speed_mhz:
            field_dict["cpuSpeedMhz"] = self.cpu_speed_mhz
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.disk_size_gib:
            field_dict["diskSizeGib"] = self.disk_size_gib
        if self.disks:
            field_dict["disks"] = self.disks
        if self.gpu_model_id:
            field_dict["gpuModelId"] = self.gpu_model_id
        if self.gpus:
            field_dict["gpus"] = self.gpus
        if self.id:
            field_dict["id"] = self.id
        if self.machines_free:
            field_dict["machinesFree"] = self.machines_free
        if self.memory_gib:
            field_dict["memoryGib"] = self.memory_gib
        if self.network_type is not NetworkType.NETWORK_TYPE_UNSPECIFIED:
            field_dict["networkType"] = self.network_type.value
        if self.prices:
            field_dict["prices"] = [_v0.to_dict() for _v0 in self.prices]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("architecture")
        if v is not None:
            obj.architecture = v
        v = get("cpuCores")
        if v is not None:
            obj.cpu_cores = v if type(v) is int else parse_int(v)
        v = get("cpuModel")
        if v is not None:
            obj.cpu_model = v
        v = get("cpuSpeedMhz")
        if v is not None:
            obj.cpu_speed_mhz = v if type(v) is int else parse_int(v)
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("diskSizeGib")
        if v is not None:
            obj.disk_size_gib = v if type(v) is int else parse_int(v)
        v = get("disks")
        if v is not None:
            obj.disks = v if type(v) is int else parse_int(v)
        v = get("gpuModelId")
        if v is not None:
            obj.gpu_model_id = v
        v = get("gpus")
        if v is not None:
            obj.gpus = v if type(v) is int else parse_int(v)
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("machinesFree")
        if v is not None:
            obj.machines_free = v if type(v) is int else parse_int(v)
        v = get("memoryGib")
        if v is not None:
            obj.memory_gib = v if type(v) is int else parse_int(v)
        v = get("networkType")
        if v is not None:
            obj.network_type = NetworkType.from_wire(v)
        v = get("prices")
        if v is not None:
            obj.prices = [MachineTypePrice.from_dict(_v0) for _v0 in v]
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
        v = get("architecture")
        if v is not None:
            obj.architecture = v
        v = get("cpuCores")
        if v is not None:
            obj.cpu_cores = v if type(v) is int else parse_int(v)
        v = get("cpuModel")
        if v is not None:
            obj.cpu_model = v
        v = get("cpuSpeedMhz")
        if v is not None:
            obj.cpu_speed_mhz = v if type(v) is int else parse_int(v)
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("diskSizeGib")
        if v is not None:
            obj.disk_size_gib = v if type(v) is int else parse_int(v)
        v = get("disks")
        if v is not None:
            obj.disks = v if type(v) is int else parse_int(v)
        v = get("gpuModelId")
        if v is not None:
            obj.gpu_model_id = v
        v = get("gpus")
        if v is not None:
            obj.gpus = v if type(v) is int else parse_int(v)
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("machinesFree")
        if v is not None:
            obj.machines_free = v if type(v) is int else parse_int(v)
        v = get("memoryGib")
        if v is not None:
            obj.memory_gib = v if type(v) is int else parse_int(v)
        v = get("networkType")
        if v is not None:
            obj.network_type = NetworkType.from_wire(v)
        v = get("prices")
        if v is not None:
            obj.prices = decoded_in_place(v, MachineTypePrice._from_parsed)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("architecture", "architecture", "str", False),
            ("cpu_cores", "cpuCores", "int", False),
            ("cpu_model", "cpuModel", "str", False),
            ("cpu_speed_mhz", "cpuSpeedMhz", "int", False),
            ("data_center_id", "dataCenterId", "str", False),
            ("disk_size_gib", "diskSizeGib", "int", False),
            ("disks", "disks", "int", False),
            ("gpu_model_id", "gpuModelId", "str", False),
            ("gpus", "gpus", "int", False),
            ("id", "id", "str", False),
            ("machines_free", "machinesFree", "int", False),
            ("memory_gib", "memoryGib", "int", False),
            ("network_type", "networkType", ("enum", NetworkType), False),
            ("prices", "prices", ("list", ("message", MachineTypePrice)), False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "architecture": "architecture",
                "cpu_cores": "cpuCores",
                "cpu_model": "cpuModel",
                "cpu_speed_mhz": "cpuSpeedMhz",
                "data_center_id": "dataCenterId",
                "disk_size_gib": "diskSizeGib",
                "disks": "disks",
                "gpu_model_id": "gpuModelId",
                "gpus": "gpus",
                "id": "id",
                "machines_free": "machinesFree",
                "memory_gib": "memoryGib",
                "network_type": "networkType",
                "prices": "prices",
            },
            (),
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
        "architecture",
        "cpuCores",
        "cpuModel",
        "cpuSpeedMhz",
        "dataCenterId",
        "diskSizeGib",
        "disks",
        "gpuModelId",
        "gpus",
        "id",
        "machinesFree",
        "memoryGib",
        "networkType",
        "prices",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "architecture": lambda: "",
    "cpu_cores": lambda: 0,
    "cpu_model": lambda: "",
    "cpu_speed_mhz": lambda: 0,
    "data_center_id": lambda: "",
    "disk_size_gib": lambda: 0,
    "disks": lambda: 0,
    "gpu_model_id": lambda: "",
    "gpus": lambda: 0,
    "id": lambda: "",
    "machines_free": lambda: 0,
    "memory_gib": lambda: 0,
    "network_type": lambda: NetworkType.NETWORK_TYPE_UNSPECIFIED,
    "prices": lambda: [],
    "additional_properties": dict,
}
# Imported after the class: models that refer to each other load in any order.
from ..models.machine_type_price import MachineTypePrice

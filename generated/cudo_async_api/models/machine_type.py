from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_type import NetworkType
from ..types import parse_int, pydantic_schema, unknown_members

T = TypeVar("T", bound="MachineType")


@_attrs_define
class MachineType:
    """A MachineType record of the API.

    Attributes:
        architecture (str): ``architecture`` on the wire.
        cpu_cores (int): ``cpuCores`` on the wire.
        cpu_model (str): ``cpuModel`` on the wire.
        cpu_speed_mhz (int): ``cpuSpeedMhz`` on the wire.
        data_center_id (str): ``dataCenterId`` on the wire.
        disk_size_gib (int): ``diskSizeGib`` on the wire. In GiB.
        disks (int): ``disks`` on the wire.
        gpu_model_id (str): ``gpuModelId`` on the wire.
        gpus (int): ``gpus`` on the wire.
        id (str): ``id`` on the wire.
        machines_free (int): ``machinesFree`` on the wire.
        memory_gib (int): ``memoryGib`` on the wire. In GiB.
        network_type (NetworkType): ``networkType`` on the wire. The first member when absent.
        prices (list[MachineTypePrice]): ``prices`` on the wire. Empty when absent.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

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
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("architecture")
        obj.architecture = "" if v is None else v
        v = d.get("cpuCores")
        obj.cpu_cores = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("cpuModel")
        obj.cpu_model = "" if v is None else v
        v = d.get("cpuSpeedMhz")
        obj.cpu_speed_mhz = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("dataCenterId")
        obj.data_center_id = "" if v is None else v
        v = d.get("diskSizeGib")
        obj.disk_size_gib = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("disks")
        obj.disks = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("gpuModelId")
        obj.gpu_model_id = "" if v is None else v
        v = d.get("gpus")
        obj.gpus = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("id")
        obj.id = "" if v is None else v
        v = d.get("machinesFree")
        obj.machines_free = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("memoryGib")
        obj.memory_gib = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("networkType")
        obj.network_type = NetworkType.NETWORK_TYPE_UNSPECIFIED if v is None else NetworkType.from_wire(v)
        v = d.get("prices")
        obj.prices = [] if v is None else [MachineTypePrice.from_dict(_v0) for _v0 in v]
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
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
# Imported after the class: models that refer to each other load in any order.
from ..models.machine_type_price import MachineTypePrice

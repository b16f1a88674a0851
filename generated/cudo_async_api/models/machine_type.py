from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_type import NetworkType
from ..types import parse_int, pydantic_schema

T = TypeVar("T", bound="MachineType")


@_attrs_define
class MachineType(Mapping[str, Any]):
    """A MachineType record of the API.

    Attributes:
        architecture (str): ``architecture`` on the wire.
        cpu_cores (int): ``cpuCores`` on the wire. A count of CPU cores.
        cpu_model (str): ``cpuModel`` on the wire.
        cpu_speed_mhz (int): ``cpuSpeedMhz`` on the wire. In MHz.
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
        d = dict(src_dict)
        _architecture = d.pop("architecture", None)
        _cpu_cores = d.pop("cpuCores", None)
        _cpu_model = d.pop("cpuModel", None)
        _cpu_speed_mhz = d.pop("cpuSpeedMhz", None)
        _data_center_id = d.pop("dataCenterId", None)
        _disk_size_gib = d.pop("diskSizeGib", None)
        _disks = d.pop("disks", None)
        _gpu_model_id = d.pop("gpuModelId", None)
        _gpus = d.pop("gpus", None)
        _id = d.pop("id", None)
        _machines_free = d.pop("machinesFree", None)
        _memory_gib = d.pop("memoryGib", None)
        _network_type = d.pop("networkType", None)
        _prices = d.pop("prices", None)
        obj = cls(
            architecture="" if _architecture is None else _architecture,
            cpu_cores=0 if _cpu_cores is None else parse_int(_cpu_cores),
            cpu_model="" if _cpu_model is None else _cpu_model,
            cpu_speed_mhz=0 if _cpu_speed_mhz is None else parse_int(_cpu_speed_mhz),
            data_center_id="" if _data_center_id is None else _data_center_id,
            disk_size_gib=0 if _disk_size_gib is None else parse_int(_disk_size_gib),
            disks=0 if _disks is None else parse_int(_disks),
            gpu_model_id="" if _gpu_model_id is None else _gpu_model_id,
            gpus=0 if _gpus is None else parse_int(_gpus),
            id="" if _id is None else _id,
            machines_free=0 if _machines_free is None else parse_int(_machines_free),
            memory_gib=0 if _memory_gib is None else parse_int(_memory_gib),
            network_type=NetworkType.NETWORK_TYPE_UNSPECIFIED
            if _network_type is None
            else NetworkType.from_wire(_network_type),
            prices=[] if _prices is None else [MachineTypePrice.from_dict(_v0) for _v0 in _prices],
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
from ..models.machine_type_price import MachineTypePrice

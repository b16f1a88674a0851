from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_type import NetworkType
from ..types import parse_int

T = TypeVar("T", bound="MachineType")


@_attrs_define
class MachineType:
    """A MachineType record of the API.

    Attributes:
        architecture (str): ``architecture`` on the wire. Required by the API.
        cpu_cores (int): ``cpuCores`` on the wire. Required by the API.
        cpu_model (str): ``cpuModel`` on the wire. Required by the API.
        cpu_speed_mhz (int): ``cpuSpeedMhz`` on the wire. Required by the API.
        data_center_id (str): ``dataCenterId`` on the wire. Required by the API.
        disk_size_gib (int): ``diskSizeGib`` on the wire. In GiB. Required by the API.
        disks (int): ``disks`` on the wire. Required by the API.
        gpus (int): ``gpus`` on the wire. Required by the API.
        id (str): ``id`` on the wire. Required by the API.
        memory_gib (int): ``memoryGib`` on the wire. In GiB. Required by the API.
        network_type (NetworkType): ``networkType`` on the wire. The first member when absent. Required by the API.
        gpu_model_id (str): ``gpuModelId`` on the wire.
        machines_free (int): ``machinesFree`` on the wire.
        prices (list[MachineTypePrice]): ``prices`` on the wire. Empty when absent.
    """

    architecture: str
    cpu_cores: int
    cpu_model: str
    cpu_speed_mhz: int
    data_center_id: str
    disk_size_gib: int
    disks: int
    gpus: int
    id: str
    memory_gib: int
    network_type: NetworkType
    gpu_model_id: str = ""
    machines_free: int = 0
    prices: list[MachineTypePrice] = _attrs_field(factory=list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["architecture"] = self.architecture
        field_dict["cpuCores"] = self.cpu_cores
        field_dict["cpuModel"] = self.cpu_model
        field_dict["cpuSpeedMhz"] = self.cpu_speed_mhz
        field_dict["dataCenterId"] = self.data_center_id
        field_dict["diskSizeGib"] = self.disk_size_gib
        field_dict["disks"] = self.disks
        field_dict["gpus"] = self.gpus
        field_dict["id"] = self.id
        field_dict["memoryGib"] = self.memory_gib
        field_dict["networkType"] = self.network_type.value
        if self.gpu_model_id:
            field_dict["gpuModelId"] = self.gpu_model_id
        if self.machines_free:
            field_dict["machinesFree"] = self.machines_free
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
        _gpus = d.pop("gpus", None)
        _id = d.pop("id", None)
        _memory_gib = d.pop("memoryGib", None)
        _network_type = d.pop("networkType", None)
        _gpu_model_id = d.pop("gpuModelId", None)
        _machines_free = d.pop("machinesFree", None)
        _prices = d.pop("prices", None)
        obj = cls(
            architecture="" if _architecture is None else _architecture,
            cpu_cores=0 if _cpu_cores is None else parse_int(_cpu_cores),
            cpu_model="" if _cpu_model is None else _cpu_model,
            cpu_speed_mhz=0 if _cpu_speed_mhz is None else parse_int(_cpu_speed_mhz),
            data_center_id="" if _data_center_id is None else _data_center_id,
            disk_size_gib=0 if _disk_size_gib is None else parse_int(_disk_size_gib),
            disks=0 if _disks is None else parse_int(_disks),
            gpus=0 if _gpus is None else parse_int(_gpus),
            id="" if _id is None else _id,
            memory_gib=0 if _memory_gib is None else parse_int(_memory_gib),
            network_type=NetworkType.NETWORK_TYPE_UNSPECIFIED
            if _network_type is None
            else NetworkType.from_wire(_network_type),
            gpu_model_id="" if _gpu_model_id is None else _gpu_model_id,
            machines_free=0 if _machines_free is None else parse_int(_machines_free),
            prices=[] if _prices is None else [MachineTypePrice.from_dict(_v0) for _v0 in _prices],
        )
        obj.additional_properties = d
        return obj


# Imported after the class: models that refer to each other load in any order.
from ..models.machine_type_price import MachineTypePrice

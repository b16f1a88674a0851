from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_type import NetworkType
from ..types import UNSET, Unset, parse_int

T = TypeVar("T", bound="MachineType")


@_attrs_define
class MachineType:
    """
    Attributes:
        architecture (str):
        cpu_cores (int):
        cpu_model (str):
        cpu_speed_mhz (int):
        data_center_id (str):
        disk_size_gib (int):
        disks (int):
        gpus (int):
        id (str):
        memory_gib (int):
        network_type (NetworkType):
        gpu_model_id (str | Unset):
        machines_free (int | Unset):
        prices (list[MachineTypePrice] | Unset):
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
    gpu_model_id: str | Unset = UNSET
    machines_free: int | Unset = UNSET
    prices: list[MachineTypePrice] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        architecture = self.architecture

        cpu_cores = self.cpu_cores

        cpu_model = self.cpu_model

        cpu_speed_mhz = self.cpu_speed_mhz

        data_center_id = self.data_center_id

        disk_size_gib = self.disk_size_gib

        disks = self.disks

        gpus = self.gpus

        id = self.id

        memory_gib = self.memory_gib

        network_type = self.network_type.value

        gpu_model_id = self.gpu_model_id

        machines_free = self.machines_free

        prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = []
            for prices_item_data in self.prices:
                prices_item = prices_item_data.to_dict()
                prices.append(prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "architecture": architecture,
                "cpuCores": cpu_cores,
                "cpuModel": cpu_model,
                "cpuSpeedMhz": cpu_speed_mhz,
                "dataCenterId": data_center_id,
                "diskSizeGib": disk_size_gib,
                "disks": disks,
                "gpus": gpus,
                "id": id,
                "memoryGib": memory_gib,
                "networkType": network_type,
            }
        )
        if gpu_model_id is not UNSET:
            field_dict["gpuModelId"] = gpu_model_id
        if machines_free is not UNSET:
            field_dict["machinesFree"] = machines_free
        if prices is not UNSET:
            field_dict["prices"] = prices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        architecture = d.pop("architecture", "")

        cpu_cores = parse_int(d.pop("cpuCores", 0))

        cpu_model = d.pop("cpuModel", "")

        cpu_speed_mhz = parse_int(d.pop("cpuSpeedMhz", 0))

        data_center_id = d.pop("dataCenterId", "")

        disk_size_gib = parse_int(d.pop("diskSizeGib", 0))

        disks = parse_int(d.pop("disks", 0))

        gpus = parse_int(d.pop("gpus", 0))

        id = d.pop("id", "")

        memory_gib = parse_int(d.pop("memoryGib", 0))

        network_type = NetworkType.from_wire(d.pop("networkType", "NETWORK_TYPE_UNSPECIFIED"))

        gpu_model_id = d.pop("gpuModelId", UNSET)

        _machines_free = d.pop("machinesFree", UNSET)
        machines_free: int | Unset
        if _machines_free is UNSET:
            machines_free = UNSET
        else:
            machines_free = parse_int(_machines_free)

        _prices = d.pop("prices", UNSET)
        prices: list[MachineTypePrice] | Unset = UNSET
        if _prices is not UNSET:
            prices = []
            for prices_item_data in _prices:
                prices_item = MachineTypePrice.from_dict(prices_item_data)

                prices.append(prices_item)

        machine_type = cls(
            architecture=architecture,
            cpu_cores=cpu_cores,
            cpu_model=cpu_model,
            cpu_speed_mhz=cpu_speed_mhz,
            data_center_id=data_center_id,
            disk_size_gib=disk_size_gib,
            disks=disks,
            gpus=gpus,
            id=id,
            memory_gib=memory_gib,
            network_type=network_type,
            gpu_model_id=gpu_model_id,
            machines_free=machines_free,
            prices=prices,
        )

        machine_type.additional_properties = d
        return machine_type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: models that refer to each other load in any order.
from ..models.machine_type_price import MachineTypePrice

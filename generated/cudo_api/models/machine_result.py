from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.machine_power_state import MachinePowerState
from ..models.machine_state import MachineState
from ..types import UNSET, Unset, parse_datetime, parse_int

T = TypeVar("T", bound="MachineResult")


@_attrs_define
class MachineResult:
    """
    Attributes:
        architecture (str | Unset):
        cpu_cores (int | Unset):
        cpu_model (str | Unset):
        cpu_speed_mhz (int | Unset):
        create_time (datetime.datetime | Unset):
        data_center_id (str | Unset):
        disk_size_gib (int | Unset):
        disks (int | Unset):
        external_ip_addresses (list[str] | Unset):
        gpu_model_id (str | Unset):
        gpus (int | Unset):
        id (str | Unset):
        ipv_4_addresses (int | Unset):
        machine_type_id (str | Unset):
        memory_gib (int | Unset):
        os (str | Unset):
        power_state (MachinePowerState | Unset):
        project_id (str | Unset):
        state (MachineState | Unset):
    """

    architecture: str | Unset = UNSET
    cpu_cores: int | Unset = UNSET
    cpu_model: str | Unset = UNSET
    cpu_speed_mhz: int | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    data_center_id: str | Unset = UNSET
    disk_size_gib: int | Unset = UNSET
    disks: int | Unset = UNSET
    external_ip_addresses: list[str] | Unset = UNSET
    gpu_model_id: str | Unset = UNSET
    gpus: int | Unset = UNSET
    id: str | Unset = UNSET
    ipv_4_addresses: int | Unset = UNSET
    machine_type_id: str | Unset = UNSET
    memory_gib: int | Unset = UNSET
    os: str | Unset = UNSET
    power_state: MachinePowerState | Unset = UNSET
    project_id: str | Unset = UNSET
    state: MachineState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        architecture = self.architecture

        cpu_cores = self.cpu_cores

        cpu_model = self.cpu_model

        cpu_speed_mhz = self.cpu_speed_mhz

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        data_center_id = self.data_center_id

        disk_size_gib = self.disk_size_gib

        disks = self.disks

        external_ip_addresses: list[str] | Unset = UNSET
        if not isinstance(self.external_ip_addresses, Unset):
            external_ip_addresses = self.external_ip_addresses

        gpu_model_id = self.gpu_model_id

        gpus = self.gpus

        id = self.id

        ipv_4_addresses = self.ipv_4_addresses

        machine_type_id = self.machine_type_id

        memory_gib = self.memory_gib

        os = self.os

        power_state: str | Unset = UNSET
        if not isinstance(self.power_state, Unset):
            power_state = self.power_state.value

        project_id = self.project_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if cpu_cores is not UNSET:
            field_dict["cpuCores"] = cpu_cores
        if cpu_model is not UNSET:
            field_dict["cpuModel"] = cpu_model
        if cpu_speed_mhz is not UNSET:
            field_dict["cpuSpeedMhz"] = cpu_speed_mhz
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if data_center_id is not UNSET:
            field_dict["dataCenterId"] = data_center_id
        if disk_size_gib is not UNSET:
            field_dict["diskSizeGib"] = disk_size_gib
        if disks is not UNSET:
            field_dict["disks"] = disks
        if external_ip_addresses is not UNSET:
            field_dict["externalIpAddresses"] = external_ip_addresses
        if gpu_model_id is not UNSET:
            field_dict["gpuModelId"] = gpu_model_id
        if gpus is not UNSET:
            field_dict["gpus"] = gpus
        if id is not UNSET:
            field_dict["id"] = id
        if ipv_4_addresses is not UNSET:
            field_dict["ipv4Addresses"] = ipv_4_addresses
        if machine_type_id is not UNSET:
            field_dict["machineTypeId"] = machine_type_id
        if memory_gib is not UNSET:
            field_dict["memoryGib"] = memory_gib
        if os is not UNSET:
            field_dict["os"] = os
        if power_state is not UNSET:
            field_dict["powerState"] = power_state
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        architecture = d.pop("architecture", UNSET)

        _cpu_cores = d.pop("cpuCores", UNSET)
        cpu_cores: int | Unset
        if _cpu_cores is UNSET:
            cpu_cores = UNSET
        else:
            cpu_cores = parse_int(_cpu_cores)

        cpu_model = d.pop("cpuModel", UNSET)

        _cpu_speed_mhz = d.pop("cpuSpeedMhz", UNSET)
        cpu_speed_mhz: int | Unset
        if _cpu_speed_mhz is UNSET:
            cpu_speed_mhz = UNSET
        else:
            cpu_speed_mhz = parse_int(_cpu_speed_mhz)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if _create_time is UNSET:
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        data_center_id = d.pop("dataCenterId", UNSET)

        _disk_size_gib = d.pop("diskSizeGib", UNSET)
        disk_size_gib: int | Unset
        if _disk_size_gib is UNSET:
            disk_size_gib = UNSET
        else:
            disk_size_gib = parse_int(_disk_size_gib)

        _disks = d.pop("disks", UNSET)
        disks: int | Unset
        if _disks is UNSET:
            disks = UNSET
        else:
            disks = parse_int(_disks)

        external_ip_addresses = cast(list[str], d.pop("externalIpAddresses", UNSET))

        gpu_model_id = d.pop("gpuModelId", UNSET)

        _gpus = d.pop("gpus", UNSET)
        gpus: int | Unset
        if _gpus is UNSET:
            gpus = UNSET
        else:
            gpus = parse_int(_gpus)

        id = d.pop("id", UNSET)

        _ipv_4_addresses = d.pop("ipv4Addresses", UNSET)
        ipv_4_addresses: int | Unset
        if _ipv_4_addresses is UNSET:
            ipv_4_addresses = UNSET
        else:
            ipv_4_addresses = parse_int(_ipv_4_addresses)

        machine_type_id = d.pop("machineTypeId", UNSET)

        _memory_gib = d.pop("memoryGib", UNSET)
        memory_gib: int | Unset
        if _memory_gib is UNSET:
            memory_gib = UNSET
        else:
            memory_gib = parse_int(_memory_gib)

        os = d.pop("os", UNSET)

        _power_state = d.pop("powerState", UNSET)
        power_state: MachinePowerState | Unset
        if _power_state is UNSET:
            power_state = UNSET
        else:
            power_state = MachinePowerState.from_wire(_power_state)

        project_id = d.pop("projectId", UNSET)

        _state = d.pop("state", UNSET)
        state: MachineState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = MachineState.from_wire(_state)

        machine_result = cls(
            architecture=architecture,
            cpu_cores=cpu_cores,
            cpu_model=cpu_model,
            cpu_speed_mhz=cpu_speed_mhz,
            create_time=create_time,
            data_center_id=data_center_id,
            disk_size_gib=disk_size_gib,
            disks=disks,
            external_ip_addresses=external_ip_addresses,
            gpu_model_id=gpu_model_id,
            gpus=gpus,
            id=id,
            ipv_4_addresses=ipv_4_addresses,
            machine_type_id=machine_type_id,
            memory_gib=memory_gib,
            os=os,
            power_state=power_state,
            project_id=project_id,
            state=state,
        )

        machine_result.additional_properties = d
        return machine_result

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

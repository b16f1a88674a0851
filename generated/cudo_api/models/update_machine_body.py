from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..models.machine_power_state import MachinePowerState
from ..models.machine_state import MachineState
from ..models.ssh_key_source import SshKeySource
from ..types import UNSET, Unset, parse_datetime, parse_int

T = TypeVar("T", bound="UpdateMachineBody")


@_attrs_define
class UpdateMachineBody:
    """
    Attributes:
        data_center_id (str):
        machine_type_id (str):
        os (str):
        architecture (str | Unset):
        commitment_term (CommitmentTerm | Unset):
        cpu_cores (int | Unset):
        cpu_model (str | Unset):
        cpu_speed_mhz (int | Unset):
        create_by (str | Unset):
        create_time (datetime.datetime | Unset):
        custom_ssh_keys (list[str] | Unset):
        disk_size_gib (int | Unset):
        disks (int | Unset):
        external_ip_addresses (list[str] | Unset):
        gpu_model_id (str | Unset):
        gpus (int | Unset):
        hostname (str | Unset):
        memory_gib (int | Unset):
        power_state (MachinePowerState | Unset):
        price_hr (Decimal | Unset):
        ssh_key_source (SshKeySource | Unset):
        start_script (str | Unset):
        state (MachineState | Unset):
        user_data (str | Unset):
    """

    data_center_id: str
    machine_type_id: str
    os: str
    architecture: str | Unset = UNSET
    commitment_term: CommitmentTerm | Unset = UNSET
    cpu_cores: int | Unset = UNSET
    cpu_model: str | Unset = UNSET
    cpu_speed_mhz: int | Unset = UNSET
    create_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    custom_ssh_keys: list[str] | Unset = UNSET
    disk_size_gib: int | Unset = UNSET
    disks: int | Unset = UNSET
    external_ip_addresses: list[str] | Unset = UNSET
    gpu_model_id: str | Unset = UNSET
    gpus: int | Unset = UNSET
    hostname: str | Unset = UNSET
    memory_gib: int | Unset = UNSET
    power_state: MachinePowerState | Unset = UNSET
    price_hr: Decimal | Unset = UNSET
    ssh_key_source: SshKeySource | Unset = UNSET
    start_script: str | Unset = UNSET
    state: MachineState | Unset = UNSET
    user_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_center_id = self.data_center_id

        machine_type_id = self.machine_type_id

        os = self.os

        architecture = self.architecture

        commitment_term: str | Unset = UNSET
        if not isinstance(self.commitment_term, Unset):
            commitment_term = self.commitment_term.value

        cpu_cores = self.cpu_cores

        cpu_model = self.cpu_model

        cpu_speed_mhz = self.cpu_speed_mhz

        create_by = self.create_by

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        custom_ssh_keys: list[str] | Unset = UNSET
        if not isinstance(self.custom_ssh_keys, Unset):
            custom_ssh_keys = self.custom_ssh_keys

        disk_size_gib = self.disk_size_gib

        disks = self.disks

        external_ip_addresses: list[str] | Unset = UNSET
        if not isinstance(self.external_ip_addresses, Unset):
            external_ip_addresses = self.external_ip_addresses

        gpu_model_id = self.gpu_model_id

        gpus = self.gpus

        hostname = self.hostname

        memory_gib = self.memory_gib

        power_state: str | Unset = UNSET
        if not isinstance(self.power_state, Unset):
            power_state = self.power_state.value

        price_hr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_hr, Unset):
            price_hr = self.price_hr.to_dict()

        ssh_key_source: str | Unset = UNSET
        if not isinstance(self.ssh_key_source, Unset):
            ssh_key_source = self.ssh_key_source.value

        start_script = self.start_script

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        user_data = self.user_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataCenterId": data_center_id,
                "machineTypeId": machine_type_id,
                "os": os,
            }
        )
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if commitment_term is not UNSET:
            field_dict["commitmentTerm"] = commitment_term
        if cpu_cores is not UNSET:
            field_dict["cpuCores"] = cpu_cores
        if cpu_model is not UNSET:
            field_dict["cpuModel"] = cpu_model
        if cpu_speed_mhz is not UNSET:
            field_dict["cpuSpeedMhz"] = cpu_speed_mhz
        if create_by is not UNSET:
            field_dict["createBy"] = create_by
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if custom_ssh_keys is not UNSET:
            field_dict["customSshKeys"] = custom_ssh_keys
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
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if memory_gib is not UNSET:
            field_dict["memoryGib"] = memory_gib
        if power_state is not UNSET:
            field_dict["powerState"] = power_state
        if price_hr is not UNSET:
            field_dict["priceHr"] = price_hr
        if ssh_key_source is not UNSET:
            field_dict["sshKeySource"] = ssh_key_source
        if start_script is not UNSET:
            field_dict["startScript"] = start_script
        if state is not UNSET:
            field_dict["state"] = state
        if user_data is not UNSET:
            field_dict["userData"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        data_center_id = d.pop("dataCenterId", "")

        machine_type_id = d.pop("machineTypeId", "")

        os = d.pop("os", "")

        architecture = d.pop("architecture", UNSET)

        _commitment_term = d.pop("commitmentTerm", UNSET)
        commitment_term: CommitmentTerm | Unset
        if _commitment_term is UNSET:
            commitment_term = UNSET
        else:
            commitment_term = CommitmentTerm.from_wire(_commitment_term)

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

        create_by = d.pop("createBy", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if _create_time is UNSET:
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        custom_ssh_keys = cast(list[str], d.pop("customSshKeys", UNSET))

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

        hostname = d.pop("hostname", UNSET)

        _memory_gib = d.pop("memoryGib", UNSET)
        memory_gib: int | Unset
        if _memory_gib is UNSET:
            memory_gib = UNSET
        else:
            memory_gib = parse_int(_memory_gib)

        _power_state = d.pop("powerState", UNSET)
        power_state: MachinePowerState | Unset
        if _power_state is UNSET:
            power_state = UNSET
        else:
            power_state = MachinePowerState.from_wire(_power_state)

        _price_hr = d.pop("priceHr", UNSET)
        price_hr: Decimal | Unset
        if _price_hr is UNSET:
            price_hr = UNSET
        else:
            price_hr = Decimal.from_dict(_price_hr)

        _ssh_key_source = d.pop("sshKeySource", UNSET)
        ssh_key_source: SshKeySource | Unset
        if _ssh_key_source is UNSET:
            ssh_key_source = UNSET
        else:
            ssh_key_source = SshKeySource.from_wire(_ssh_key_source)

        start_script = d.pop("startScript", UNSET)

        _state = d.pop("state", UNSET)
        state: MachineState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = MachineState.from_wire(_state)

        user_data = d.pop("userData", UNSET)

        update_machine_body = cls(
            data_center_id=data_center_id,
            machine_type_id=machine_type_id,
            os=os,
            architecture=architecture,
            commitment_term=commitment_term,
            cpu_cores=cpu_cores,
            cpu_model=cpu_model,
            cpu_speed_mhz=cpu_speed_mhz,
            create_by=create_by,
            create_time=create_time,
            custom_ssh_keys=custom_ssh_keys,
            disk_size_gib=disk_size_gib,
            disks=disks,
            external_ip_addresses=external_ip_addresses,
            gpu_model_id=gpu_model_id,
            gpus=gpus,
            hostname=hostname,
            memory_gib=memory_gib,
            power_state=power_state,
            price_hr=price_hr,
            ssh_key_source=ssh_key_source,
            start_script=start_script,
            state=state,
            user_data=user_data,
        )

        update_machine_body.additional_properties = d
        return update_machine_body

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
from ..models.decimal import Decimal

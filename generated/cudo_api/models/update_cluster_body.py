from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_state import ClusterState
from ..models.commitment_term import CommitmentTerm
from ..models.network_type import NetworkType
from ..models.ssh_key_source import SshKeySource
from ..types import UNSET, Unset, parse_datetime, parse_int

T = TypeVar("T", bound="UpdateClusterBody")


@_attrs_define
class UpdateClusterBody:
    """
    Attributes:
        data_center_id (str):
        machine_count (int):
        machine_type_id (str):
        architecture (str | Unset):
        commitment_end_time (datetime.datetime | Unset):
        commitment_term (CommitmentTerm | Unset):
        cpu_model (str | Unset):
        cpu_speed_mhz (int | Unset):
        create_by (str | Unset):
        create_time (datetime.datetime | Unset):
        custom_ssh_keys (list[str] | Unset):
        gpu_model_id (str | Unset):
        ipoib_config (ClusterIPOIBConfig | Unset):
        machine_price_hr (Decimal | Unset):
        machines (list[ClusterMachine] | Unset):
        network_type (NetworkType | Unset):
        ssh_key_source (SshKeySource | Unset):
        start_script (str | Unset):
        state (ClusterState | Unset):
        total_cpu_cores (int | Unset):
        total_disk_size_gib (int | Unset):
        total_gpus (int | Unset):
        total_machine_price_hr (Decimal | Unset):
        total_memory_gib (int | Unset):
        total_price_hr (Decimal | Unset):
    """

    data_center_id: str
    machine_count: int
    machine_type_id: str
    architecture: str | Unset = UNSET
    commitment_end_time: datetime.datetime | Unset = UNSET
    commitment_term: CommitmentTerm | Unset = UNSET
    cpu_model: str | Unset = UNSET
    cpu_speed_mhz: int | Unset = UNSET
    create_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    custom_ssh_keys: list[str] | Unset = UNSET
    gpu_model_id: str | Unset = UNSET
    ipoib_config: ClusterIPOIBConfig | Unset = UNSET
    machine_price_hr: Decimal | Unset = UNSET
    machines: list[ClusterMachine] | Unset = UNSET
    network_type: NetworkType | Unset = UNSET
    ssh_key_source: SshKeySource | Unset = UNSET
    start_script: str | Unset = UNSET
    state: ClusterState | Unset = UNSET
    total_cpu_cores: int | Unset = UNSET
    total_disk_size_gib: int | Unset = UNSET
    total_gpus: int | Unset = UNSET
    total_machine_price_hr: Decimal | Unset = UNSET
    total_memory_gib: int | Unset = UNSET
    total_price_hr: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_center_id = self.data_center_id

        machine_count = self.machine_count

        machine_type_id = self.machine_type_id

        architecture = self.architecture

        commitment_end_time: str | Unset = UNSET
        if not isinstance(self.commitment_end_time, Unset):
            commitment_end_time = self.commitment_end_time.isoformat()

        commitment_term: str | Unset = UNSET
        if not isinstance(self.commitment_term, Unset):
            commitment_term = self.commitment_term.value

        cpu_model = self.cpu_model

        cpu_speed_mhz = self.cpu_speed_mhz

        create_by = self.create_by

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        custom_ssh_keys: list[str] | Unset = UNSET
        if not isinstance(self.custom_ssh_keys, Unset):
            custom_ssh_keys = self.custom_ssh_keys

        gpu_model_id = self.gpu_model_id

        ipoib_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ipoib_config, Unset):
            ipoib_config = self.ipoib_config.to_dict()

        machine_price_hr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.machine_price_hr, Unset):
            machine_price_hr = self.machine_price_hr.to_dict()

        machines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.machines, Unset):
            machines = []
            for machines_item_data in self.machines:
                machines_item = machines_item_data.to_dict()
                machines.append(machines_item)

        network_type: str | Unset = UNSET
        if not isinstance(self.network_type, Unset):
            network_type = self.network_type.value

        ssh_key_source: str | Unset = UNSET
        if not isinstance(self.ssh_key_source, Unset):
            ssh_key_source = self.ssh_key_source.value

        start_script = self.start_script

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        total_cpu_cores = self.total_cpu_cores

        total_disk_size_gib = self.total_disk_size_gib

        total_gpus = self.total_gpus

        total_machine_price_hr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_machine_price_hr, Unset):
            total_machine_price_hr = self.total_machine_price_hr.to_dict()

        total_memory_gib = self.total_memory_gib

        total_price_hr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_price_hr, Unset):
            total_price_hr = self.total_price_hr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataCenterId": data_center_id,
                "machineCount": machine_count,
                "machineTypeId": machine_type_id,
            }
        )
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if commitment_end_time is not UNSET:
            field_dict["commitmentEndTime"] = commitment_end_time
        if commitment_term is not UNSET:
            field_dict["commitmentTerm"] = commitment_term
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
        if gpu_model_id is not UNSET:
            field_dict["gpuModelId"] = gpu_model_id
        if ipoib_config is not UNSET:
            field_dict["ipoibConfig"] = ipoib_config
        if machine_price_hr is not UNSET:
            field_dict["machinePriceHr"] = machine_price_hr
        if machines is not UNSET:
            field_dict["machines"] = machines
        if network_type is not UNSET:
            field_dict["networkType"] = network_type
        if ssh_key_source is not UNSET:
            field_dict["sshKeySource"] = ssh_key_source
        if start_script is not UNSET:
            field_dict["startScript"] = start_script
        if state is not UNSET:
            field_dict["state"] = state
        if total_cpu_cores is not UNSET:
            field_dict["totalCpuCores"] = total_cpu_cores
        if total_disk_size_gib is not UNSET:
            field_dict["totalDiskSizeGib"] = total_disk_size_gib
        if total_gpus is not UNSET:
            field_dict["totalGpus"] = total_gpus
        if total_machine_price_hr is not UNSET:
            field_dict["totalMachinePriceHr"] = total_machine_price_hr
        if total_memory_gib is not UNSET:
            field_dict["totalMemoryGib"] = total_memory_gib
        if total_price_hr is not UNSET:
            field_dict["totalPriceHr"] = total_price_hr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        data_center_id = d.pop("dataCenterId", "")

        machine_count = parse_int(d.pop("machineCount", 0))

        machine_type_id = d.pop("machineTypeId", "")

        architecture = d.pop("architecture", UNSET)

        _commitment_end_time = d.pop("commitmentEndTime", UNSET)
        commitment_end_time: datetime.datetime | Unset
        if _commitment_end_time is UNSET:
            commitment_end_time = UNSET
        else:
            commitment_end_time = parse_datetime(_commitment_end_time)

        _commitment_term = d.pop("commitmentTerm", UNSET)
        commitment_term: CommitmentTerm | Unset
        if _commitment_term is UNSET:
            commitment_term = UNSET
        else:
            commitment_term = CommitmentTerm.from_wire(_commitment_term)

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

        gpu_model_id = d.pop("gpuModelId", UNSET)

        _ipoib_config = d.pop("ipoibConfig", UNSET)
        ipoib_config: ClusterIPOIBConfig | Unset
        if _ipoib_config is UNSET:
            ipoib_config = UNSET
        else:
            ipoib_config = ClusterIPOIBConfig.from_dict(_ipoib_config)

        _machine_price_hr = d.pop("machinePriceHr", UNSET)
        machine_price_hr: Decimal | Unset
        if _machine_price_hr is UNSET:
            machine_price_hr = UNSET
        else:
            machine_price_hr = Decimal.from_dict(_machine_price_hr)

        _machines = d.pop("machines", UNSET)
        machines: list[ClusterMachine] | Unset = UNSET
        if _machines is not UNSET:
            machines = []
            for machines_item_data in _machines:
                machines_item = ClusterMachine.from_dict(machines_item_data)

                machines.append(machines_item)

        _network_type = d.pop("networkType", UNSET)
        network_type: NetworkType | Unset
        if _network_type is UNSET:
            network_type = UNSET
        else:
            network_type = NetworkType.from_wire(_network_type)

        _ssh_key_source = d.pop("sshKeySource", UNSET)
        ssh_key_source: SshKeySource | Unset
        if _ssh_key_source is UNSET:
            ssh_key_source = UNSET
        else:
            ssh_key_source = SshKeySource.from_wire(_ssh_key_source)

        start_script = d.pop("startScript", UNSET)

        _state = d.pop("state", UNSET)
        state: ClusterState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = ClusterState.from_wire(_state)

        _total_cpu_cores = d.pop("totalCpuCores", UNSET)
        total_cpu_cores: int | Unset
        if _total_cpu_cores is UNSET:
            total_cpu_cores = UNSET
        else:
            total_cpu_cores = parse_int(_total_cpu_cores)

        _total_disk_size_gib = d.pop("totalDiskSizeGib", UNSET)
        total_disk_size_gib: int | Unset
        if _total_disk_size_gib is UNSET:
            total_disk_size_gib = UNSET
        else:
            total_disk_size_gib = parse_int(_total_disk_size_gib)

        _total_gpus = d.pop("totalGpus", UNSET)
        total_gpus: int | Unset
        if _total_gpus is UNSET:
            total_gpus = UNSET
        else:
            total_gpus = parse_int(_total_gpus)

        _total_machine_price_hr = d.pop("totalMachinePriceHr", UNSET)
        total_machine_price_hr: Decimal | Unset
        if _total_machine_price_hr is UNSET:
            total_machine_price_hr = UNSET
        else:
            total_machine_price_hr = Decimal.from_dict(_total_machine_price_hr)

        _total_memory_gib = d.pop("totalMemoryGib", UNSET)
        total_memory_gib: int | Unset
        if _total_memory_gib is UNSET:
            total_memory_gib = UNSET
        else:
            total_memory_gib = parse_int(_total_memory_gib)

        _total_price_hr = d.pop("totalPriceHr", UNSET)
        total_price_hr: Decimal | Unset
        if _total_price_hr is UNSET:
            total_price_hr = UNSET
        else:
            total_price_hr = Decimal.from_dict(_total_price_hr)

        update_cluster_body = cls(
            data_center_id=data_center_id,
            machine_count=machine_count,
            machine_type_id=machine_type_id,
            architecture=architecture,
            commitment_end_time=commitment_end_time,
            commitment_term=commitment_term,
            cpu_model=cpu_model,
            cpu_speed_mhz=cpu_speed_mhz,
            create_by=create_by,
            create_time=create_time,
            custom_ssh_keys=custom_ssh_keys,
            gpu_model_id=gpu_model_id,
            ipoib_config=ipoib_config,
            machine_price_hr=machine_price_hr,
            machines=machines,
            network_type=network_type,
            ssh_key_source=ssh_key_source,
            start_script=start_script,
            state=state,
            total_cpu_cores=total_cpu_cores,
            total_disk_size_gib=total_disk_size_gib,
            total_gpus=total_gpus,
            total_machine_price_hr=total_machine_price_hr,
            total_memory_gib=total_memory_gib,
            total_price_hr=total_price_hr,
        )

        update_cluster_body.additional_properties = d
        return update_cluster_body

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
from ..models.cluster_ipoib_config import ClusterIPOIBConfig
from ..models.cluster_machine import ClusterMachine
from ..models.decimal import Decimal

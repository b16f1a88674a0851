from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_state import ClusterState
from ..models.commitment_term import CommitmentTerm
from ..models.network_type import NetworkType
from ..models.ssh_key_source import SSHKeySource
from ..types import parse_datetime, parse_int, pydantic_schema

T = TypeVar("T", bound="CreateClusterBody")


@_attrs_define
class CreateClusterBody(Mapping[str, Any]):
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        data_center_id (str): ``dataCenterId`` on the wire. Required by the API.
        id (str): ``id`` on the wire. Required by the API.
        machine_count (int): ``machineCount`` on the wire. Required by the API.
        machine_type_id (str): ``machineTypeId`` on the wire. Required by the API.
        architecture (str): ``architecture`` on the wire.
        commitment_end_time (datetime.datetime | None): ``commitmentEndTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when
            absent.
        commitment_term (CommitmentTerm): ``commitmentTerm`` on the wire. The first member when absent.
        cpu_model (str): ``cpuModel`` on the wire.
        cpu_speed_mhz (int): ``cpuSpeedMhz`` on the wire. In MHz.
        create_by (str): ``createBy`` on the wire.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        custom_ssh_keys (list[str]): ``customSshKeys`` on the wire. Empty when absent.
        gpu_model_id (str): ``gpuModelId`` on the wire.
        ipoib_config (ClusterIPOIBConfig | None): ``ipoibConfig`` on the wire. None when absent.
        machine_price_hr (Decimal | None): ``machinePriceHr`` on the wire. A price per hour, in the billing account's currency. None when
            absent.
        machines (list[ClusterMachine]): ``machines`` on the wire. Empty when absent.
        network_type (NetworkType): ``networkType`` on the wire. The first member when absent.
        ssh_key_source (SSHKeySource): ``sshKeySource`` on the wire. The first member when absent.
        start_script (str): ``startScript`` on the wire.
        state (ClusterState): ``state`` on the wire. The first member when absent.
        total_cpu_cores (int): ``totalCpuCores`` on the wire. A count of CPU cores.
        total_disk_size_gib (int): ``totalDiskSizeGib`` on the wire. In GiB.
        total_gpus (int): ``totalGpus`` on the wire.
        total_machine_price_hr (Decimal | None): ``totalMachinePriceHr`` on the wire. A price per hour, in the billing account's currency. None when
            absent.
        total_memory_gib (int): ``totalMemoryGib`` on the wire. In GiB.
        total_price_hr (Decimal | None): ``totalPriceHr`` on the wire. A price per hour, in the billing account's currency. None when absent.
    """

    data_center_id: str
    id: str
    machine_count: int
    machine_type_id: str
    architecture: str = ""
    commitment_end_time: datetime.datetime | None = None
    commitment_term: CommitmentTerm = CommitmentTerm.COMMITMENT_TERM_NONE
    cpu_model: str = ""
    cpu_speed_mhz: int = 0
    create_by: str = ""
    create_time: datetime.datetime | None = None
    custom_ssh_keys: list[str] = _attrs_field(factory=list)
    gpu_model_id: str = ""
    ipoib_config: ClusterIPOIBConfig | None = None
    machine_price_hr: Decimal | None = None
    machines: list[ClusterMachine] = _attrs_field(factory=list)
    network_type: NetworkType = NetworkType.NETWORK_TYPE_UNSPECIFIED
    ssh_key_source: SSHKeySource = SSHKeySource.SSH_KEY_SOURCE_UNKNOWN
    start_script: str = ""
    state: ClusterState = ClusterState.STATE_UNSPECIFIED
    total_cpu_cores: int = 0
    total_disk_size_gib: int = 0
    total_gpus: int = 0
    total_machine_price_hr: Decimal | None = None
    total_memory_gib: int = 0
    total_price_hr: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["dataCenterId"] = self.data_center_id
        field_dict["id"] = self.id
        field_dict["machineCount"] = self.machine_count
        field_dict["machineTypeId"] = self.machine_type_id
        if self.architecture:
            field_dict["architecture"] = self.architecture
        if self.commitment_end_time is not None:
            field_dict["commitmentEndTime"] = (
                self.commitment_end_time.isoformat() if self.commitment_end_time is not None else None
            )
        if self.commitment_term is not CommitmentTerm.COMMITMENT_TERM_NONE:
            field_dict["commitmentTerm"] = self.commitment_term.value
        if self.cpu_model:
            field_dict["cpuModel"] = self.cpu_model
        if self.cpu_speed_mhz:
            field_dict["cpuSpeedMhz"] = self.cpu_speed_mhz
        if self.create_by:
            field_dict["createBy"] = self.create_by
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat() if self.create_time is not None else None
        if self.custom_ssh_keys:
            field_dict["customSshKeys"] = [_v0 for _v0 in self.custom_ssh_keys]
        if self.gpu_model_id:
            field_dict["gpuModelId"] = self.gpu_model_id
        if self.ipoib_config is not None:
            field_dict["ipoibConfig"] = self.ipoib_config.to_dict()
        if self.machine_price_hr is not None:
            field_dict["machinePriceHr"] = self.machine_price_hr.to_dict()
        if self.machines:
            field_dict["machines"] = [_v0.to_dict() for _v0 in self.machines]
        if self.network_type is not NetworkType.NETWORK_TYPE_UNSPECIFIED:
            field_dict["networkType"] = self.network_type.value
        if self.ssh_key_source is not SSHKeySource.SSH_KEY_SOURCE_UNKNOWN:
            field_dict["sshKeySource"] = self.ssh_key_source.value
        if self.start_script:
            field_dict["startScript"] = self.start_script
        if self.state is not ClusterState.STATE_UNSPECIFIED:
            field_dict["state"] = self.state.value
        if self.total_cpu_cores:
            field_dict["totalCpuCores"] = self.total_cpu_cores
        if self.total_disk_size_gib:
            field_dict["totalDiskSizeGib"] = self.total_disk_size_gib
        if self.total_gpus:
            field_dict["totalGpus"] = self.total_gpus
        if self.total_machine_price_hr is not None:
            field_dict["totalMachinePriceHr"] = self.total_machine_price_hr.to_dict()
        if self.total_memory_gib:
            field_dict["totalMemoryGib"] = self.total_memory_gib
        if self.total_price_hr is not None:
            field_dict["totalPriceHr"] = self.total_price_hr.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _data_center_id = d.pop("dataCenterId", None)
        _id = d.pop("id", None)
        _machine_count = d.pop("machineCount", None)
        _machine_type_id = d.pop("machineTypeId", None)
        _architecture = d.pop("architecture", None)
        _commitment_end_time = d.pop("commitmentEndTime", None)
        _commitment_term = d.pop("commitmentTerm", None)
        _cpu_model = d.pop("cpuModel", None)
        _cpu_speed_mhz = d.pop("cpuSpeedMhz", None)
        _create_by = d.pop("createBy", None)
        _create_time = d.pop("createTime", None)
        _custom_ssh_keys = d.pop("customSshKeys", None)
        _gpu_model_id = d.pop("gpuModelId", None)
        _ipoib_config = d.pop("ipoibConfig", None)
        _machine_price_hr = d.pop("machinePriceHr", None)
        _machines = d.pop("machines", None)
        _network_type = d.pop("networkType", None)
        _ssh_key_source = d.pop("sshKeySource", None)
        _start_script = d.pop("startScript", None)
        _state = d.pop("state", None)
        _total_cpu_cores = d.pop("totalCpuCores", None)
        _total_disk_size_gib = d.pop("totalDiskSizeGib", None)
        _total_gpus = d.pop("totalGpus", None)
        _total_machine_price_hr = d.pop("totalMachinePriceHr", None)
        _total_memory_gib = d.pop("totalMemoryGib", None)
        _total_price_hr = d.pop("totalPriceHr", None)
        obj = cls(
            data_center_id="" if _data_center_id is None else _data_center_id,
            id="" if _id is None else _id,
            machine_count=0 if _machine_count is None else parse_int(_machine_count),
            machine_type_id="" if _machine_type_id is None else _machine_type_id,
            architecture="" if _architecture is None else _architecture,
            commitment_end_time=None if _commitment_end_time is None else parse_datetime(_commitment_end_time),
            commitment_term=CommitmentTerm.COMMITMENT_TERM_NONE
            if _commitment_term is None
            else CommitmentTerm.from_wire(_commitment_term),
            cpu_model="" if _cpu_model is None else _cpu_model,
            cpu_speed_mhz=0 if _cpu_speed_mhz is None else parse_int(_cpu_speed_mhz),
            create_by="" if _create_by is None else _create_by,
            create_time=None if _create_time is None else parse_datetime(_create_time),
            custom_ssh_keys=[] if _custom_ssh_keys is None else [_v0 for _v0 in _custom_ssh_keys],
            gpu_model_id="" if _gpu_model_id is None else _gpu_model_id,
            ipoib_config=None if _ipoib_config is None else ClusterIPOIBConfig.from_dict(_ipoib_config),
            machine_price_hr=None if _machine_price_hr is None else Decimal.from_dict(_machine_price_hr),
            machines=[] if _machines is None else [ClusterMachine.from_dict(_v0) for _v0 in _machines],
            network_type=NetworkType.NETWORK_TYPE_UNSPECIFIED
            if _network_type is None
            else NetworkType.from_wire(_network_type),
            ssh_key_source=SSHKeySource.SSH_KEY_SOURCE_UNKNOWN
            if _ssh_key_source is None
            else SSHKeySource.from_wire(_ssh_key_source),
            start_script="" if _start_script is None else _start_script,
            state=ClusterState.STATE_UNSPECIFIED if _state is None else ClusterState.from_wire(_state),
            total_cpu_cores=0 if _total_cpu_cores is None else parse_int(_total_cpu_cores),
            total_disk_size_gib=0 if _total_disk_size_gib is None else parse_int(_total_disk_size_gib),
            total_gpus=0 if _total_gpus is None else parse_int(_total_gpus),
            total_machine_price_hr=None
            if _total_machine_price_hr is None
            else Decimal.from_dict(_total_machine_price_hr),
            total_memory_gib=0 if _total_memory_gib is None else parse_int(_total_memory_gib),
            total_price_hr=None if _total_price_hr is None else Decimal.from_dict(_total_price_hr),
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
                "data_center_id": "dataCenterId",
                "id": "id",
                "machine_count": "machineCount",
                "machine_type_id": "machineTypeId",
                "architecture": "architecture",
                "commitment_end_time": "commitmentEndTime",
                "commitment_term": "commitmentTerm",
                "cpu_model": "cpuModel",
                "cpu_speed_mhz": "cpuSpeedMhz",
                "create_by": "createBy",
                "create_time": "createTime",
                "custom_ssh_keys": "customSshKeys",
                "gpu_model_id": "gpuModelId",
                "ipoib_config": "ipoibConfig",
                "machine_price_hr": "machinePriceHr",
                "machines": "machines",
                "network_type": "networkType",
                "ssh_key_source": "sshKeySource",
                "start_script": "startScript",
                "state": "state",
                "total_cpu_cores": "totalCpuCores",
                "total_disk_size_gib": "totalDiskSizeGib",
                "total_gpus": "totalGpus",
                "total_machine_price_hr": "totalMachinePriceHr",
                "total_memory_gib": "totalMemoryGib",
                "total_price_hr": "totalPriceHr",
            },
            (
                "data_center_id",
                "id",
                "machine_count",
                "machine_type_id",
            ),
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
from ..models.cluster_ipoib_config import ClusterIPOIBConfig
from ..models.cluster_machine import ClusterMachine
from ..models.decimal import Decimal

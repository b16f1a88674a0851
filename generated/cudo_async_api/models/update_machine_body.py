from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..models.machine_power_state import MachinePowerState
from ..models.machine_state import MachineState
from ..models.ssh_key_source import SSHKeySource
from ..types import parse_datetime, parse_int, pydantic_schema

T = TypeVar("T", bound="UpdateMachineBody")


@_attrs_define
class UpdateMachineBody(Mapping[str, Any]):
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        data_center_id (str): ``dataCenterId`` on the wire. Required by the API.
        machine_type_id (str): ``machineTypeId`` on the wire. Required by the API.
        os (str): ``os`` on the wire. Required by the API.
        architecture (str): ``architecture`` on the wire.
        commitment_term (CommitmentTerm): ``commitmentTerm`` on the wire. The first member when absent.
        cpu_cores (int): ``cpuCores`` on the wire. A count of CPU cores.
        cpu_model (str): ``cpuModel`` on the wire.
        cpu_speed_mhz (int): ``cpuSpeedMhz`` on the wire. In MHz.
        create_by (str): ``createBy`` on the wire.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        custom_ssh_keys (list[str]): ``customSshKeys`` on the wire. Empty when absent.
        disk_size_gib (int): ``diskSizeGib`` on the wire. In GiB.
        disks (int): ``disks`` on the wire.
        external_ip_addresses (list[str]): ``externalIpAddresses`` on the wire. Empty when absent.
        gpu_model_id (str): ``gpuModelId`` on the wire.
        gpus (int): ``gpus`` on the wire.
        hostname (str): ``hostname`` on the wire.
        memory_gib (int): ``memoryGib`` on the wire. In GiB.
        power_state (MachinePowerState): ``powerState`` on the wire. The first member when absent.
        price_hr (Decimal | None): ``priceHr`` on the wire. A price per hour, in the billing account's currency. None when absent.
        ssh_key_source (SSHKeySource): ``sshKeySource`` on the wire. The first member when absent.
        start_script (str): ``startScript`` on the wire.
        state (MachineState): ``state`` on the wire. The first member when absent.
        user_data (str): ``userData`` on the wire.
    """

    data_center_id: str
    machine_type_id: str
    os: str
    architecture: str = ""
    commitment_term: CommitmentTerm = CommitmentTerm.COMMITMENT_TERM_NONE
    cpu_cores: int = 0
    cpu_model: str = ""
    cpu_speed_mhz: int = 0
    create_by: str = ""
    create_time: datetime.datetime | None = None
    custom_ssh_keys: list[str] = _attrs_field(factory=list)
    disk_size_gib: int = 0
    disks: int = 0
    external_ip_addresses: list[str] = _attrs_field(factory=list)
    gpu_model_id: str = ""
    gpus: int = 0
    hostname: str = ""
    memory_gib: int = 0
    power_state: MachinePowerState = MachinePowerState.MACHINE_POWER_STATE_UNSPECIFIED
    price_hr: Decimal | None = None
    ssh_key_source: SSHKeySource = SSHKeySource.SSH_KEY_SOURCE_UNKNOWN
    start_script: str = ""
    state: MachineState = MachineState.STATE_UNSPECIFIED
    user_data: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["dataCenterId"] = self.data_center_id
        field_dict["machineTypeId"] = self.machine_type_id
        field_dict["os"] = self.os
        if self.architecture:
            field_dict["architecture"] = self.architecture
        if self.commitment_term is not CommitmentTerm.COMMITMENT_TERM_NONE:
            field_dict["commitmentTerm"] = self.commitment_term.value
        if self.cpu_cores:
            field_dict["cpuCores"] = self.cpu_cores
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
        if self.disk_size_gib:
            field_dict["diskSizeGib"] = self.disk_size_gib
        if self.disks:
            field_dict["disks"] = self.disks
        if self.external_ip_addresses:
            field_dict["externalIpAddresses"] = [_v0 for _v0 in self.external_ip_addresses]
        if self.gpu_model_id:
            field_dict["gpuModelId"] = self.gpu_model_id
        if self.gpus:
            field_dict["gpus"] = self.gpus
        if self.hostname:
            field_dict["hostname"] = self.hostname
        if self.memory_gib:
            field_dict["memoryGib"] = self.memory_gib
        if self.power_state is not MachinePowerState.MACHINE_POWER_STATE_UNSPECIFIED:
            field_dict["powerState"] = self.power_state.value
        if self.price_hr is not None:
            field_dict["priceHr"] = self.price_hr.to_dict()
        if self.ssh_key_source is not SSHKeySource.SSH_KEY_SOURCE_UNKNOWN:
            field_dict["sshKeySource"] = self.ssh_key_source.value
        if self.start_script:
            field_dict["startScript"] = self.start_script
        if self.state is not MachineState.STATE_UNSPECIFIED:
            field_dict["state"] = self.state.value
        if self.user_data:
            field_dict["userData"] = self.user_data
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _data_center_id = d.pop("dataCenterId", None)
        _machine_type_id = d.pop("machineTypeId", None)
        _os = d.pop("os", None)
        _architecture = d.pop("architecture", None)
        _commitment_term = d.pop("commitmentTerm", None)
        _cpu_cores = d.pop("cpuCores", None)
        _cpu_model = d.pop("cpuModel", None)
        _cpu_speed_mhz = d.pop("cpuSpeedMhz", None)
        _create_by = d.pop("createBy", None)
        _create_time = d.pop("createTime", None)
        _custom_ssh_keys = d.pop("customSshKeys", None)
        _disk_size_gib = d.pop("diskSizeGib", None)
        _disks = d.pop("disks", None)
        _external_ip_addresses = d.pop("externalIpAddresses", None)
        _gpu_model_id = d.pop("gpuModelId", None)
        _gpus = d.pop("gpus", None)
        _hostname = d.pop("hostname", None)
        _memory_gib = d.pop("memoryGib", None)
        _power_state = d.pop("powerState", None)
        _price_hr = d.pop("priceHr", None)
        _ssh_key_source = d.pop("sshKeySource", None)
        _start_script = d.pop("startScript", None)
        _state = d.pop("state", None)
        _user_data = d.pop("userData", None)
        obj = cls(
            data_center_id="" if _data_center_id is None else _data_center_id,
            machine_type_id="" if _machine_type_id is None else _machine_type_id,
            os="" if _os is None else _os,
            architecture="" if _architecture is None else _architecture,
            commitment_term=CommitmentTerm.COMMITMENT_TERM_NONE
            if _commitment_term is None
            else CommitmentTerm.from_wire(_commitment_term),
            cpu_cores=0 if _cpu_cores is None else parse_int(_cpu_cores),
            cpu_model="" if _cpu_model is None else _cpu_model,
            cpu_speed_mhz=0 if _cpu_speed_mhz is None else parse_int(_cpu_speed_mhz),
            create_by="" if _create_by is None else _create_by,
            create_time=None if _create_time is None else parse_datetime(_create_time),
            custom_ssh_keys=[] if _custom_ssh_keys is None else [_v0 for _v0 in _custom_ssh_keys],
            disk_size_gib=0 if _disk_size_gib is None else parse_int(_disk_size_gib),
            disks=0 if _disks is None else parse_int(_disks),
            external_ip_addresses=[] if _external_ip_addresses is None else [_v0 for _v0 in _external_ip_addresses],
            gpu_model_id="" if _gpu_model_id is None else _gpu_model_id,
            gpus=0 if _gpus is None else parse_int(_gpus),
            hostname="" if _hostname is None else _hostname,
            memory_gib=0 if _memory_gib is None else parse_int(_memory_gib),
            power_state=MachinePowerState.MACHINE_POWER_STATE_UNSPECIFIED
            if _power_state is None
            else MachinePowerState.from_wire(_power_state),
            price_hr=None if _price_hr is None else Decimal.from_dict(_price_hr),
            ssh_key_source=SSHKeySource.SSH_KEY_SOURCE_UNKNOWN
            if _ssh_key_source is None
            else SSHKeySource.from_wire(_ssh_key_source),
            start_script="" if _start_script is None else _start_script,
            state=MachineState.STATE_UNSPECIFIED if _state is None else MachineState.from_wire(_state),
            user_data="" if _user_data is None else _user_data,
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
                "machine_type_id": "machineTypeId",
                "os": "os",
                "architecture": "architecture",
                "commitment_term": "commitmentTerm",
                "cpu_cores": "cpuCores",
                "cpu_model": "cpuModel",
                "cpu_speed_mhz": "cpuSpeedMhz",
                "create_by": "createBy",
                "create_time": "createTime",
                "custom_ssh_keys": "customSshKeys",
                "disk_size_gib": "diskSizeGib",
                "disks": "disks",
                "external_ip_addresses": "externalIpAddresses",
                "gpu_model_id": "gpuModelId",
                "gpus": "gpus",
                "hostname": "hostname",
                "memory_gib": "memoryGib",
                "power_state": "powerState",
                "price_hr": "priceHr",
                "ssh_key_source": "sshKeySource",
                "start_script": "startScript",
                "state": "state",
                "user_data": "userData",
            },
            (
                "data_center_id",
                "machine_type_id",
                "os",
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
from ..models.decimal import Decimal

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..models.ssh_key_source import SSHKeySource
from ..types import parse_datetime, parse_int, pydantic_schema

T = TypeVar("T", bound="CreateVMBody")


@_attrs_define
class CreateVMBody(Mapping[str, Any]):
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        boot_disk_image_id (str): ``bootDiskImageId`` on the wire. Required by the API.
        data_center_id (str): ``dataCenterId`` on the wire. Required by the API.
        gpus (int): ``gpus`` on the wire. Required by the API.
        machine_type (str): ``machineType`` on the wire. Required by the API.
        memory_gib (int): ``memoryGib`` on the wire. In GiB. Required by the API.
        vcpus (int): ``vcpus`` on the wire. A count of virtual CPUs. Required by the API.
        vm_id (str): ``vmId`` on the wire. Required by the API.
        boot_disk (BootDisk | None): ``bootDisk`` on the wire. None when absent.
        boot_disk_size_gib (int): ``bootDiskSizeGib`` on the wire. In GiB.
        commitment_term (CommitmentTerm): ``commitmentTerm`` on the wire. The first member when absent.
        custom_ssh_keys (list[str]): ``customSshKeys`` on the wire. Empty when absent.
        expire_time (datetime.datetime | None): ``expireTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        metadata (CreateVMBodyMetadata): ``metadata`` on the wire.
        nics (list[CreateVMRequestNIC]): ``nics`` on the wire. Empty when absent.
        password (str): ``password`` on the wire.
        security_group_ids (list[str]): ``securityGroupIds`` on the wire. Empty when absent.
        ssh_key_source (SSHKeySource): ``sshKeySource`` on the wire. The first member when absent.
        start_script (str): ``startScript`` on the wire.
        storage_disk_ids (list[str]): ``storageDiskIds`` on the wire. Empty when absent.
        topology (CPUTopology | None): ``topology`` on the wire. None when absent.
        ttl (str): ``ttl`` on the wire.
        validate_only (bool): ``validateOnly`` on the wire.
    """

    boot_disk_image_id: str
    data_center_id: str
    gpus: int
    machine_type: str
    memory_gib: int
    vcpus: int
    vm_id: str
    boot_disk: BootDisk | None = None
    boot_disk_size_gib: int = 0
    commitment_term: CommitmentTerm = CommitmentTerm.COMMITMENT_TERM_NONE
    custom_ssh_keys: list[str] = _attrs_field(factory=list)
    expire_time: datetime.datetime | None = None
    metadata: CreateVMBodyMetadata = _attrs_field(factory=lambda: CreateVMBodyMetadata.from_dict({}))
    nics: list[CreateVMRequestNIC] = _attrs_field(factory=list)
    password: str = _attrs_field(default="", repr=False)
    security_group_ids: list[str] = _attrs_field(factory=list)
    ssh_key_source: SSHKeySource = SSHKeySource.SSH_KEY_SOURCE_UNKNOWN
    start_script: str = ""
    storage_disk_ids: list[str] = _attrs_field(factory=list)
    topology: CPUTopology | None = None
    ttl: str = ""
    validate_only: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["bootDiskImageId"] = self.boot_disk_image_id
        field_dict["dataCenterId"] = self.data_center_id
        field_dict["gpus"] = self.gpus
        field_dict["machineType"] = self.machine_type
        field_dict["memoryGib"] = self.memory_gib
        field_dict["vcpus"] = self.vcpus
        field_dict["vmId"] = self.vm_id
        if self.boot_disk is not None:
            field_dict["bootDisk"] = self.boot_disk.to_dict()
        if self.boot_disk_size_gib:
            field_dict["bootDiskSizeGib"] = self.boot_disk_size_gib
        if self.commitment_term is not CommitmentTerm.COMMITMENT_TERM_NONE:
            field_dict["commitmentTerm"] = self.commitment_term.value
        if self.custom_ssh_keys:
            field_dict["customSshKeys"] = [_v0 for _v0 in self.custom_ssh_keys]
        if self.expire_time is not None:
            field_dict["expireTime"] = self.expire_time.isoformat() if self.expire_time is not None else None
        if self.metadata:
            field_dict["metadata"] = self.metadata.to_dict()
        if self.nics:
            field_dict["nics"] = [_v0.to_dict() for _v0 in self.nics]
        if self.password:
            field_dict["password"] = self.password
        if self.security_group_ids:
            field_dict["securityGroupIds"] = [_v0 for _v0 in self.security_group_ids]
        if self.ssh_key_source is not SSHKeySource.SSH_KEY_SOURCE_UNKNOWN:
            field_dict["sshKeySource"] = self.ssh_key_source.value
        if self.start_script:
            field_dict["startScript"] = self.start_script
        if self.storage_disk_ids:
            field_dict["storageDiskIds"] = [_v0 for _v0 in self.storage_disk_ids]
        if self.topology is not None:
            field_dict["topology"] = self.topology.to_dict()
        if self.ttl:
            field_dict["ttl"] = self.ttl
        if self.validate_only:
            field_dict["validateOnly"] = self.validate_only
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _boot_disk_image_id = d.pop("bootDiskImageId", None)
        _data_center_id = d.pop("dataCenterId", None)
        _gpus = d.pop("gpus", None)
        _machine_type = d.pop("machineType", None)
        _memory_gib = d.pop("memoryGib", None)
        _vcpus = d.pop("vcpus", None)
        _vm_id = d.pop("vmId", None)
        _boot_disk = d.pop("bootDisk", None)
        _boot_disk_size_gib = d.pop("bootDiskSizeGib", None)
        _commitment_term = d.pop("commitmentTerm", None)
        _custom_ssh_keys = d.pop("customSshKeys", None)
        _expire_time = d.pop("expireTime", None)
        _metadata = d.pop("metadata", None)
        _nics = d.pop("nics", None)
        _password = d.pop("password", None)
        _security_group_ids = d.pop("securityGroupIds", None)
        _ssh_key_source = d.pop("sshKeySource", None)
        _start_script = d.pop("startScript", None)
        _storage_disk_ids = d.pop("storageDiskIds", None)
        _topology = d.pop("topology", None)
        _ttl = d.pop("ttl", None)
        _validate_only = d.pop("validateOnly", None)
        obj = cls(
            boot_disk_image_id="" if _boot_disk_image_id is None else _boot_disk_image_id,
            data_center_id="" if _data_center_id is None else _data_center_id,
            gpus=0 if _gpus is None else parse_int(_gpus),
            machine_type="" if _machine_type is None else _machine_type,
            memory_gib=0 if _memory_gib is None else parse_int(_memory_gib),
            vcpus=0 if _vcpus is None else parse_int(_vcpus),
            vm_id="" if _vm_id is None else _vm_id,
            boot_disk=None if _boot_disk is None else BootDisk.from_dict(_boot_disk),
            boot_disk_size_gib=0 if _boot_disk_size_gib is None else parse_int(_boot_disk_size_gib),
            commitment_term=CommitmentTerm.COMMITMENT_TERM_NONE
            if _commitment_term is None
            else CommitmentTerm.from_wire(_commitment_term),
            custom_ssh_keys=[] if _custom_ssh_keys is None else [_v0 for _v0 in _custom_ssh_keys],
            expire_time=None if _expire_time is None else parse_datetime(_expire_time),
            metadata=CreateVMBodyMetadata.from_dict({})
            if _metadata is None
            else CreateVMBodyMetadata.from_dict(_metadata),
            nics=[] if _nics is None else [CreateVMRequestNIC.from_dict(_v0) for _v0 in _nics],
            password="" if _password is None else _password,
            security_group_ids=[] if _security_group_ids is None else [_v0 for _v0 in _security_group_ids],
            ssh_key_source=SSHKeySource.SSH_KEY_SOURCE_UNKNOWN
            if _ssh_key_source is None
            else SSHKeySource.from_wire(_ssh_key_source),
            start_script="" if _start_script is None else _start_script,
            storage_disk_ids=[] if _storage_disk_ids is None else [_v0 for _v0 in _storage_disk_ids],
            topology=None if _topology is None else CPUTopology.from_dict(_topology),
            ttl="" if _ttl is None else _ttl,
            validate_only=False if _validate_only is None else _validate_only,
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
                "boot_disk_image_id": "bootDiskImageId",
                "data_center_id": "dataCenterId",
                "gpus": "gpus",
                "machine_type": "machineType",
                "memory_gib": "memoryGib",
                "vcpus": "vcpus",
                "vm_id": "vmId",
                "boot_disk": "bootDisk",
                "boot_disk_size_gib": "bootDiskSizeGib",
                "commitment_term": "commitmentTerm",
                "custom_ssh_keys": "customSshKeys",
                "expire_time": "expireTime",
                "metadata": "metadata",
                "nics": "nics",
                "password": "password",
                "security_group_ids": "securityGroupIds",
                "ssh_key_source": "sshKeySource",
                "start_script": "startScript",
                "storage_disk_ids": "storageDiskIds",
                "topology": "topology",
                "ttl": "ttl",
                "validate_only": "validateOnly",
            },
            (
                "boot_disk_image_id",
                "data_center_id",
                "gpus",
                "machine_type",
                "memory_gib",
                "vcpus",
                "vm_id",
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
from ..models.boot_disk import BootDisk
from ..models.cpu_topology import CPUTopology
from ..models.create_vm_body_metadata import CreateVMBodyMetadata
from ..models.create_vm_request_nic import CreateVMRequestNIC

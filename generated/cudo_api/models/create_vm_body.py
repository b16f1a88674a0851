from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..models.ssh_key_source import SshKeySource
from ..types import UNSET, Unset, parse_datetime, parse_int

T = TypeVar("T", bound="CreateVMBody")


@_attrs_define
class CreateVMBody:
    """
    Attributes:
        boot_disk_image_id (str):
        data_center_id (str):
        gpus (int):
        machine_type (str):
        memory_gib (int):
        vcpus (int):
        vm_id (str):
        boot_disk (BootDisk | Unset):
        boot_disk_size_gib (int | Unset):
        commitment_term (CommitmentTerm | Unset):
        custom_ssh_keys (list[str] | Unset):
        expire_time (datetime.datetime | Unset):
        metadata (CreateVMBodyMetadata | Unset):
        nics (list[CreateVMRequestNIC] | Unset):
        password (str | Unset):
        security_group_ids (list[str] | Unset):
        ssh_key_source (SshKeySource | Unset):
        start_script (str | Unset):
        storage_disk_ids (list[str] | Unset):
        topology (CpuTopology | Unset):
        ttl (str | Unset):
        validate_only (bool | Unset):
    """

    boot_disk_image_id: str
    data_center_id: str
    gpus: int
    machine_type: str
    memory_gib: int
    vcpus: int
    vm_id: str
    boot_disk: BootDisk | Unset = UNSET
    boot_disk_size_gib: int | Unset = UNSET
    commitment_term: CommitmentTerm | Unset = UNSET
    custom_ssh_keys: list[str] | Unset = UNSET
    expire_time: datetime.datetime | Unset = UNSET
    metadata: CreateVMBodyMetadata | Unset = UNSET
    nics: list[CreateVMRequestNIC] | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=False)
    security_group_ids: list[str] | Unset = UNSET
    ssh_key_source: SshKeySource | Unset = UNSET
    start_script: str | Unset = UNSET
    storage_disk_ids: list[str] | Unset = UNSET
    topology: CpuTopology | Unset = UNSET
    ttl: str | Unset = UNSET
    validate_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        boot_disk_image_id = self.boot_disk_image_id

        data_center_id = self.data_center_id

        gpus = self.gpus

        machine_type = self.machine_type

        memory_gib = self.memory_gib

        vcpus = self.vcpus

        vm_id = self.vm_id

        boot_disk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boot_disk, Unset):
            boot_disk = self.boot_disk.to_dict()

        boot_disk_size_gib = self.boot_disk_size_gib

        commitment_term: str | Unset = UNSET
        if not isinstance(self.commitment_term, Unset):
            commitment_term = self.commitment_term.value

        custom_ssh_keys: list[str] | Unset = UNSET
        if not isinstance(self.custom_ssh_keys, Unset):
            custom_ssh_keys = self.custom_ssh_keys

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        nics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nics, Unset):
            nics = []
            for nics_item_data in self.nics:
                nics_item = nics_item_data.to_dict()
                nics.append(nics_item)

        password = self.password

        security_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.security_group_ids, Unset):
            security_group_ids = self.security_group_ids

        ssh_key_source: str | Unset = UNSET
        if not isinstance(self.ssh_key_source, Unset):
            ssh_key_source = self.ssh_key_source.value

        start_script = self.start_script

        storage_disk_ids: list[str] | Unset = UNSET
        if not isinstance(self.storage_disk_ids, Unset):
            storage_disk_ids = self.storage_disk_ids

        topology: dict[str, Any] | Unset = UNSET
        if not isinstance(self.topology, Unset):
            topology = self.topology.to_dict()

        ttl = self.ttl

        validate_only = self.validate_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bootDiskImageId": boot_disk_image_id,
                "dataCenterId": data_center_id,
                "gpus": gpus,
                "machineType": machine_type,
                "memoryGib": memory_gib,
                "vcpus": vcpus,
                "vmId": vm_id,
            }
        )
        if boot_disk is not UNSET:
            field_dict["bootDisk"] = boot_disk
        if boot_disk_size_gib is not UNSET:
            field_dict["bootDiskSizeGib"] = boot_disk_size_gib
        if commitment_term is not UNSET:
            field_dict["commitmentTerm"] = commitment_term
        if custom_ssh_keys is not UNSET:
            field_dict["customSshKeys"] = custom_ssh_keys
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if nics is not UNSET:
            field_dict["nics"] = nics
        if password is not UNSET:
            field_dict["password"] = password
        if security_group_ids is not UNSET:
            field_dict["securityGroupIds"] = security_group_ids
        if ssh_key_source is not UNSET:
            field_dict["sshKeySource"] = ssh_key_source
        if start_script is not UNSET:
            field_dict["startScript"] = start_script
        if storage_disk_ids is not UNSET:
            field_dict["storageDiskIds"] = storage_disk_ids
        if topology is not UNSET:
            field_dict["topology"] = topology
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if validate_only is not UNSET:
            field_dict["validateOnly"] = validate_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        boot_disk_image_id = d.pop("bootDiskImageId", "")

        data_center_id = d.pop("dataCenterId", "")

        gpus = parse_int(d.pop("gpus", 0))

        machine_type = d.pop("machineType", "")

        memory_gib = parse_int(d.pop("memoryGib", 0))

        vcpus = parse_int(d.pop("vcpus", 0))

        vm_id = d.pop("vmId", "")

        _boot_disk = d.pop("bootDisk", UNSET)
        boot_disk: BootDisk | Unset
        if _boot_disk is UNSET:
            boot_disk = UNSET
        else:
            boot_disk = BootDisk.from_dict(_boot_disk)

        _boot_disk_size_gib = d.pop("bootDiskSizeGib", UNSET)
        boot_disk_size_gib: int | Unset
        if _boot_disk_size_gib is UNSET:
            boot_disk_size_gib = UNSET
        else:
            boot_disk_size_gib = parse_int(_boot_disk_size_gib)

        _commitment_term = d.pop("commitmentTerm", UNSET)
        commitment_term: CommitmentTerm | Unset
        if _commitment_term is UNSET:
            commitment_term = UNSET
        else:
            commitment_term = CommitmentTerm.from_wire(_commitment_term)

        custom_ssh_keys = cast(list[str], d.pop("customSshKeys", UNSET))

        _expire_time = d.pop("expireTime", UNSET)
        expire_time: datetime.datetime | Unset
        if _expire_time is UNSET:
            expire_time = UNSET
        else:
            expire_time = parse_datetime(_expire_time)

        _metadata = d.pop("metadata", UNSET)
        metadata: CreateVMBodyMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = CreateVMBodyMetadata.from_dict(_metadata)

        _nics = d.pop("nics", UNSET)
        nics: list[CreateVMRequestNIC] | Unset = UNSET
        if _nics is not UNSET:
            nics = []
            for nics_item_data in _nics:
                nics_item = CreateVMRequestNIC.from_dict(nics_item_data)

                nics.append(nics_item)

        password = d.pop("password", UNSET)

        security_group_ids = cast(list[str], d.pop("securityGroupIds", UNSET))

        _ssh_key_source = d.pop("sshKeySource", UNSET)
        ssh_key_source: SshKeySource | Unset
        if _ssh_key_source is UNSET:
            ssh_key_source = UNSET
        else:
            ssh_key_source = SshKeySource.from_wire(_ssh_key_source)

        start_script = d.pop("startScript", UNSET)

        storage_disk_ids = cast(list[str], d.pop("storageDiskIds", UNSET))

        _topology = d.pop("topology", UNSET)
        topology: CpuTopology | Unset
        if _topology is UNSET:
            topology = UNSET
        else:
            topology = CpuTopology.from_dict(_topology)

        ttl = d.pop("ttl", UNSET)

        validate_only = d.pop("validateOnly", UNSET)

        create_vm_body = cls(
            boot_disk_image_id=boot_disk_image_id,
            data_center_id=data_center_id,
            gpus=gpus,
            machine_type=machine_type,
            memory_gib=memory_gib,
            vcpus=vcpus,
            vm_id=vm_id,
            boot_disk=boot_disk,
            boot_disk_size_gib=boot_disk_size_gib,
            commitment_term=commitment_term,
            custom_ssh_keys=custom_ssh_keys,
            expire_time=expire_time,
            metadata=metadata,
            nics=nics,
            password=password,
            security_group_ids=security_group_ids,
            ssh_key_source=ssh_key_source,
            start_script=start_script,
            storage_disk_ids=storage_disk_ids,
            topology=topology,
            ttl=ttl,
            validate_only=validate_only,
        )

        create_vm_body.additional_properties = d
        return create_vm_body

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
from ..models.boot_disk import BootDisk
from ..models.cpu_topology import CpuTopology
from ..models.create_vm_body_metadata import CreateVMBodyMetadata
from ..models.create_vm_request_nic import CreateVMRequestNIC

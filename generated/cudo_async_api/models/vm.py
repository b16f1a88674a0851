from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..models.ssh_key_source import SSHKeySource
from ..models.vm_state import VMState
from ..types import parse_datetime, parse_int, pydantic_schema

T = TypeVar("T", bound="VM")


@_attrs_define
class VM(Mapping[str, Any]):
    """A virtual machine as the API reports it.

    Attributes:
        authorized_ssh_keys (str): ``authorizedSshKeys`` on the wire.
        boot_disk (Disk | None): ``bootDisk`` on the wire. None when absent.
        boot_disk_size_gib (int): ``bootDiskSizeGib`` on the wire. In GiB.
        commitment_end_time (datetime.datetime | None): ``commitmentEndTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when
            absent.
        commitment_term (CommitmentTerm): ``commitmentTerm`` on the wire. The first member when absent.
        cpu_model (str): ``cpuModel`` on the wire.
        create_by (str): ``createBy`` on the wire.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        datacenter_id (str): ``datacenterId`` on the wire.
        expire_time (datetime.datetime | None): ``expireTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        external_ip_address (str): ``externalIpAddress`` on the wire.
        gpu_model (str): ``gpuModel`` on the wire.
        gpu_model_id (str): ``gpuModelId`` on the wire.
        gpu_quantity (int): ``gpuQuantity`` on the wire.
        id (str): ``id`` on the wire.
        image_id (str): ``imageId`` on the wire.
        image_name (str): ``imageName`` on the wire.
        internal_ip_address (str): ``internalIpAddress`` on the wire.
        machine_type (str): ``machineType`` on the wire.
        memory (int): ``memory`` on the wire.
        metadata (VMMetadata): ``metadata`` on the wire.
        nics (list[VMNIC]): ``nics`` on the wire. Empty when absent.
        price (VMPrice | None): ``price`` on the wire. A price, in the billing account's currency. None when absent.
        private_image_id (str): ``privateImageId`` on the wire.
        project_id (str): ``projectId`` on the wire.
        public_image_id (str): ``publicImageId`` on the wire.
        public_image_name (str): ``publicImageName`` on the wire.
        public_ip_address (str): ``publicIpAddress`` on the wire.
        renewable_energy (bool): ``renewableEnergy`` on the wire.
        rules (list[SecurityGroupRule]): ``rules`` on the wire. Empty when absent.
        security_group_ids (list[str]): ``securityGroupIds`` on the wire. Empty when absent.
        security_groups (list[SecurityGroup]): ``securityGroups`` on the wire. Empty when absent.
        short_state (str): ``shortState`` on the wire.
        ssh_key_source (SSHKeySource): ``sshKeySource`` on the wire. The first member when absent.
        state (VMState): ``state`` on the wire. The first member when absent.
        storage_disks (list[Disk]): ``storageDisks`` on the wire. Empty when absent.
        vcpus (int): ``vcpus`` on the wire. A count of virtual CPUs.
    """

    authorized_ssh_keys: str = ""
    boot_disk: Disk | None = None
    boot_disk_size_gib: int = 0
    commitment_end_time: datetime.datetime | None = None
    commitment_term: CommitmentTerm = CommitmentTerm.COMMITMENT_TERM_NONE
    cpu_model: str = ""
    create_by: str = ""
    create_time: datetime.datetime | None = None
    datacenter_id: str = ""
    expire_time: datetime.datetime | None = None
    external_ip_address: str = ""
    gpu_model: str = ""
    gpu_model_id: str = ""
    gpu_quantity: int = 0
    id: str = ""
    image_id: str = ""
    image_name: str = ""
    internal_ip_address: str = ""
    machine_type: str = ""
    memory: int = 0
    metadata: VMMetadata = _attrs_field(factory=lambda: VMMetadata.from_dict({}))
    nics: list[VMNIC] = _attrs_field(factory=list)
    price: VMPrice | None = None
    private_image_id: str = ""
    project_id: str = ""
    public_image_id: str = ""
    public_image_name: str = ""
    public_ip_address: str = ""
    renewable_energy: bool = False
    rules: list[SecurityGroupRule] = _attrs_field(factory=list)
    security_group_ids: list[str] = _attrs_field(factory=list)
    security_groups: list[SecurityGroup] = _attrs_field(factory=list)
    short_state: str = ""
    ssh_key_source: SSHKeySource = SSHKeySource.SSH_KEY_SOURCE_UNKNOWN
    state: VMState = VMState.CLONING
    storage_disks: list[Disk] = _attrs_field(factory=list)
    vcpus: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.authorized_ssh_keys:
            field_dict["authorizedSshKeys"] = self.authorized_ssh_keys
        if self.boot_disk is not None:
            field_dict["bootDisk"] = self.boot_disk.to_dict()
        if self.boot_disk_size_gib:
            field_dict["bootDiskSizeGib"] = self.boot_disk_size_gib
        if self.commitment_end_time is not None:
            field_dict["commitmentEndTime"] = (
                self.commitment_end_time.isoformat() if self.commitment_end_time is not None else None
            )
        if self.commitment_term is not CommitmentTerm.COMMITMENT_TERM_NONE:
            field_dict["commitmentTerm"] = self.commitment_term.value
        if self.cpu_model:
            field_dict["cpuModel"] = self.cpu_model
        if self.create_by:
            field_dict["createBy"] = self.create_by
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat() if self.create_time is not None else None
        if self.datacenter_id:
            field_dict["datacenterId"] = self.datacenter_id
        if self.expire_time is not None:
            field_dict["expireTime"] = self.expire_time.isoformat() if self.expire_time is not None else None
        if self.external_ip_address:
            field_dict["externalIpAddress"] = self.external_ip_address
        if self.gpu_model:
            field_dict["gpuModel"] = self.gpu_model
        if self.gpu_model_id:
            field_dict["gpuModelId"] = self.gpu_model_id
        if self.gpu_quantity:
            field_dict["gpuQuantity"] = self.gpu_quantity
        if self.id:
            field_dict["id"] = self.id
        if self.image_id:
            field_dict["imageId"] = self.image_id
        if self.image_name:
            field_dict["imageName"] = self.image_name
        if self.internal_ip_address:
            field_dict["internalIpAddress"] = self.internal_ip_address
        if self.machine_type:
            field_dict["machineType"] = self.machine_type
        if self.memory:
            field_dict["memory"] = self.memory
        if self.metadata:
            field_dict["metadata"] = self.metadata.to_dict()
        if self.nics:
            field_dict["nics"] = [_v0.to_dict() for _v0 in self.nics]
        if self.price is not None:
            field_dict["price"] = self.price.to_dict()
        if self.private_image_id:
            field_dict["privateImageId"] = self.private_image_id
        if self.project_id:
            field_dict["projectId"] = self.project_id
        if self.public_image_id:
            field_dict["publicImageId"] = self.public_image_id
        if self.public_image_name:
            field_dict["publicImageName"] = self.public_image_name
        if self.public_ip_address:
            field_dict["publicIpAddress"] = self.public_ip_address
        if self.renewable_energy:
            field_dict["renewableEnergy"] = self.renewable_energy
        if self.rules:
            field_dict["rules"] = [_v0.to_dict() for _v0 in self.rules]
        if self.security_group_ids:
            field_dict["securityGroupIds"] = [_v0 for _v0 in self.security_group_ids]
        if self.security_groups:
            field_dict["securityGroups"] = [_v0.to_dict() for _v0 in self.security_groups]
        if self.short_state:
            field_dict["shortState"] = self.short_state
        if self.ssh_key_source is not SSHKeySource.SSH_KEY_SOURCE_UNKNOWN:
            field_dict["sshKeySource"] = self.ssh_key_source.value
        if self.state is not VMState.CLONING:
            field_dict["state"] = self.state.value
        if self.storage_disks:
            field_dict["storageDisks"] = [_v0.to_dict() for _v0 in self.storage_disks]
        if self.vcpus:
            field_dict["vcpus"] = self.vcpus
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _authorized_ssh_keys = d.pop("authorizedSshKeys", None)
        _boot_disk = d.pop("bootDisk", None)
        _boot_disk_size_gib = d.pop("bootDiskSizeGib", None)
        _commitment_end_time = d.pop("commitmentEndTime", None)
        _commitment_term = d.pop("commitmentTerm", None)
        _cpu_model = d.pop("cpuModel", None)
        _create_by = d.pop("createBy", None)
        _create_time = d.pop("createTime", None)
        _datacenter_id = d.pop("datacenterId", None)
        _expire_time = d.pop("expireTime", None)
        _external_ip_address = d.pop("externalIpAddress", None)
        _gpu_model = d.pop("gpuModel", None)
        _gpu_model_id = d.pop("gpuModelId", None)
        _gpu_quantity = d.pop("gpuQuantity", None)
        _id = d.pop("id", None)
        _image_id = d.pop("imageId", None)
        _image_name = d.pop("imageName", None)
        _internal_ip_address = d.pop("internalIpAddress", None)
        _machine_type = d.pop("machineType", None)
        _memory = d.pop("memory", None)
        _metadata = d.pop("metadata", None)
        _nics = d.pop("nics", None)
        _price = d.pop("price", None)
        _private_image_id = d.pop("privateImageId", None)
        _project_id = d.pop("projectId", None)
        _public_image_id = d.pop("publicImageId", None)
        _public_image_name = d.pop("publicImageName", None)
        _public_ip_address = d.pop("publicIpAddress", None)
        _renewable_energy = d.pop("renewableEnergy", None)
        _rules = d.pop("rules", None)
        _security_group_ids = d.pop("securityGroupIds", None)
        _security_groups = d.pop("securityGroups", None)
        _short_state = d.pop("shortState", None)
        _ssh_key_source = d.pop("sshKeySource", None)
        _state = d.pop("state", None)
        _storage_disks = d.pop("storageDisks", None)
        _vcpus = d.pop("vcpus", None)
        obj = cls(
            authorized_ssh_keys="" if _authorized_ssh_keys is None else _authorized_ssh_keys,
            boot_disk=None if _boot_disk is None else Disk.from_dict(_boot_disk),
            boot_disk_size_gib=0 if _boot_disk_size_gib is None else parse_int(_boot_disk_size_gib),
            commitment_end_time=None if _commitment_end_time is None else parse_datetime(_commitment_end_time),
            commitment_term=CommitmentTerm.COMMITMENT_TERM_NONE
            if _commitment_term is None
            else CommitmentTerm.from_wire(_commitment_term),
            cpu_model="" if _cpu_model is None else _cpu_model,
            create_by="" if _create_by is None else _create_by,
            create_time=None if _create_time is None else parse_datetime(_create_time),
            datacenter_id="" if _datacenter_id is None else _datacenter_id,
            expire_time=None if _expire_time is None else parse_datetime(_expire_time),
            external_ip_address="" if _external_ip_address is None else _external_ip_address,
            gpu_model="" if _gpu_model is None else _gpu_model,
            gpu_model_id="" if _gpu_model_id is None else _gpu_model_id,
            gpu_quantity=0 if _gpu_quantity is None else parse_int(_gpu_quantity),
            id="" if _id is None else _id,
            image_id="" if _image_id is None else _image_id,
            image_name="" if _image_name is None else _image_name,
            internal_ip_address="" if _internal_ip_address is None else _internal_ip_address,
            machine_type="" if _machine_type is None else _machine_type,
            memory=0 if _memory is None else parse_int(_memory),
            metadata=VMMetadata.from_dict({}) if _metadata is None else VMMetadata.from_dict(_metadata),
            nics=[] if _nics is None else [VMNIC.from_dict(_v0) for _v0 in _nics],
            price=None if _price is None else VMPrice.from_dict(_price),
            private_image_id="" if _private_image_id is None else _private_image_id,
            project_id="" if _project_id is None else _project_id,
            public_image_id="" if _public_image_id is None else _public_image_id,
            public_image_name="" if _public_image_name is None else _public_image_name,
            public_ip_address="" if _public_ip_address is None else _public_ip_address,
            renewable_energy=False if _renewable_energy is None else _renewable_energy,
            rules=[] if _rules is None else [SecurityGroupRule.from_dict(_v0) for _v0 in _rules],
            security_group_ids=[] if _security_group_ids is None else [_v0 for _v0 in _security_group_ids],
            security_groups=[]
            if _security_groups is None
            else [SecurityGroup.from_dict(_v0) for _v0 in _security_groups],
            short_state="" if _short_state is None else _short_state,
            ssh_key_source=SSHKeySource.SSH_KEY_SOURCE_UNKNOWN
            if _ssh_key_source is None
            else SSHKeySource.from_wire(_ssh_key_source),
            state=VMState.CLONING if _state is None else VMState.from_wire(_state),
            storage_disks=[] if _storage_disks is None else [Disk.from_dict(_v0) for _v0 in _storage_disks],
            vcpus=0 if _vcpus is None else parse_int(_vcpus),
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
                "authorized_ssh_keys": "authorizedSshKeys",
                "boot_disk": "bootDisk",
                "boot_disk_size_gib": "bootDiskSizeGib",
                "commitment_end_time": "commitmentEndTime",
                "commitment_term": "commitmentTerm",
                "cpu_model": "cpuModel",
                "create_by": "createBy",
                "create_time": "createTime",
                "datacenter_id": "datacenterId",
                "expire_time": "expireTime",
                "external_ip_address": "externalIpAddress",
                "gpu_model": "gpuModel",
                "gpu_model_id": "gpuModelId",
                "gpu_quantity": "gpuQuantity",
                "id": "id",
                "image_id": "imageId",
                "image_name": "imageName",
                "internal_ip_address": "internalIpAddress",
                "machine_type": "machineType",
                "memory": "memory",
                "metadata": "metadata",
                "nics": "nics",
                "price": "price",
                "private_image_id": "privateImageId",
                "project_id": "projectId",
                "public_image_id": "publicImageId",
                "public_image_name": "publicImageName",
                "public_ip_address": "publicIpAddress",
                "renewable_energy": "renewableEnergy",
                "rules": "rules",
                "security_group_ids": "securityGroupIds",
                "security_groups": "securityGroups",
                "short_state": "shortState",
                "ssh_key_source": "sshKeySource",
                "state": "state",
                "storage_disks": "storageDisks",
                "vcpus": "vcpus",
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
from ..models.disk import Disk
from ..models.security_group import SecurityGroup
from ..models.security_group_rule import SecurityGroupRule
from ..models.vm_metadata import VMMetadata
from ..models.vm_price import VMPrice
from ..models.vmnic import VMNIC

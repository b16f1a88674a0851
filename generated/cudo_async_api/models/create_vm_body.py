from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..models.ssh_key_source import SSHKeySource
from ..types import (
    bounded_members,
    decoded_in_place,
    map_to_wire,
    parse_datetime,
    parse_int,
    pydantic_schema,
    refuse_unknown_members,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="CreateVMBody")


@_attrs_define
class CreateVMBody:
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        boot_disk_image_id (str): The boot disk image's id. ``bootDiskImageId`` on the wire.
            Required by the API.
        data_center_id (str): The data center's id. ``dataCenterId`` on the wire. Required by the
            API.
        gpus (int): The VM's GPUs. ``gpus`` on the wire. A count of GPUs. Required by the API.
        machine_type (str): The VM's machine type. ``machineType`` on the wire. Required by the API.
        memory_gib (int): The VM's memory. ``memoryGib`` on the wire. In GiB. Required by the API.
        vcpus (int): The VM's vcpus. ``vcpus`` on the wire. A count of virtual CPUs. Required by the
            API.
        vm_id (str): The VM's id. ``vmId`` on the wire. Required by the API.
        boot_disk (BootDisk | None): The VM's boot disk: a ``BootDisk``. ``bootDisk`` on the wire.
            None when absent.
        boot_disk_size_gib (int): The VM's boot disk size. ``bootDiskSizeGib`` on the wire. In GiB.
        commitment_term (CommitmentTerm): The VM's commitment term: one of the ``CommitmentTerm``
            members. ``commitmentTerm`` on the wire. The first member when absent.
        custom_ssh_keys (list[str]): The VM's custom SSH keys: a list of ``str``. ``customSshKeys``
            on the wire. Empty when absent.
        expire_time (datetime.datetime | None): The VM's expire time. ``expireTime`` on the wire.
            RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        metadata (CreateVMBodyMetadata): The VM's metadata: a map (``CreateVMBodyMetadata``), read
            and written like a dict. ``metadata`` on the wire.
        nics (list[CreateVMRequestNIC]): The VM's NICs: a list of ``CreateVMRequestNIC``. ``nics``
            on the wire. Empty when absent.
        password (str): The VM's password. ``password`` on the wire.
        security_group_ids (list[str]): The ids of the security groups. ``securityGroupIds`` on the
            wire. Empty when absent.
        ssh_key_source (SSHKeySource): The VM's SSH key source: one of the ``SSHKeySource`` members.
            ``sshKeySource`` on the wire. The first member when absent.
        start_script (str): The VM's start script. ``startScript`` on the wire.
        storage_disk_ids (list[str]): The ids of the storage disks. ``storageDiskIds`` on the wire.
            Empty when absent.
        topology (CPUTopology | None): The VM's topology: a ``CPUTopology``. ``topology`` on the
            wire. None when absent.
        ttl (str): The VM's ttl. ``ttl`` on the wire.
        validate_only (bool): The VM's validate only (a flag). ``validateOnly`` on the wire.
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
    custom_ssh_keys: list[str] = _attrs_field(factory=list, repr=False)
    expire_time: datetime.datetime | None = None
    metadata: CreateVMBodyMetadata = _attrs_field(factory=lambda: CreateVMBodyMetadata.from_dict({}))
    nics: list[CreateVMRequestNIC] = _attrs_field(factory=list)
    password: str = _attrs_field(default="", repr=False)
    security_group_ids: list[str] = _attrs_field(factory=list)
    ssh_key_source: SSHKeySource = _attrs_field(default=SSHKeySource.SSH_KEY_SOURCE_UNKNOWN, repr=False)
    start_script: str = ""
    storage_disk_ids: list[str] = _attrs_field(factory=list)
    topology: CPUTopology | None = None
    ttl: str = ""
    validate_only: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

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
            field_dict["customSshKeys"] = list(self.custom_ssh_keys)
        if self.expire_time is not None:
            field_dict["expireTime"] = self.expire_time.isoformat()
        if self.metadata:
            field_dict["metadata"] = map_to_wire(self.metadata, CreateVMBodyMetadata)
        if self.nics:
            field_dict["nics"] = [_v0.to_dict() for _v0 in self.nics]
        if self.password:
            field_dict["password"] = self.password
        if self.security_group_ids:
            field_dict["securityGroupIds"] = list(self.security_group_ids)
        if self.ssh_key_source is not SSHKeySource.SSH_KEY_SOURCE_UNKNOWN:
            field_dict["sshKeySource"] = self.ssh_key_source.value
        if self.start_script:
            field_dict["startScript"] = self.start_script
        if self.storage_disk_ids:
            field_dict["storageDiskIds"] = list(self.storage_disk_ids)
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
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("bootDiskImageId")
        if v is not None:
            obj.boot_disk_image_id = v
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("gpus")
        if v is not None:
            obj.gpus = v if type(v) is int else parse_int(v)
        v = get("machineType")
        if v is not None:
            obj.machine_type = v
        v = get("memoryGib")
        if v is not None:
            obj.memory_gib = v if type(v) is int else parse_int(v)
        v = get("vcpus")
        if v is not None:
            obj.vcpus = v if type(v) is int else parse_int(v)
        v = get("vmId")
        if v is not None:
            obj.vm_id = v
        v = get("bootDisk")
        if v is not None:
            obj.boot_disk = BootDisk.from_dict(v)
        v = get("bootDiskSizeGib")
        if v is not None:
            obj.boot_disk_size_gib = v if type(v) is int else parse_int(v)
        v = get("commitmentTerm")
        if v is not None:
            obj.commitment_term = CommitmentTerm.from_wire(v)
        v = get("customSshKeys")
        if v is not None:
            obj.custom_ssh_keys = list(v)
        v = get("expireTime")
        if v is not None:
            obj.expire_time = parse_datetime(v)
        v = get("metadata")
        if v is not None:
            obj.metadata = CreateVMBodyMetadata.from_dict(v)
        v = get("nics")
        if v is not None:
            obj.nics = [CreateVMRequestNIC.from_dict(_v0) for _v0 in v]
        v = get("password")
        if v is not None:
            obj.password = v
        v = get("securityGroupIds")
        if v is not None:
            obj.security_group_ids = list(v)
        v = get("sshKeySource")
        if v is not None:
            obj.ssh_key_source = SSHKeySource.from_wire(v)
        v = get("startScript")
        if v is not None:
            obj.start_script = v
        v = get("storageDiskIds")
        if v is not None:
            obj.storage_disk_ids = list(v)
        v = get("topology")
        if v is not None:
            obj.topology = CPUTopology.from_dict(v)
        v = get("ttl")
        if v is not None:
            obj.ttl = v
        v = get("validateOnly")
        if v is not None:
            obj.validate_only = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            refuse_unknown_members(cls, d)  # a request body: a key it does not list is a mistake
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @classmethod
    def _from_parsed(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # from_dict for JSON the SDK has just parsed and nobody else holds: its lists become the
        # model's (lists of messages converted in place, each parsed dict freed as its model is
        # made), so a large answer allocates fewer objects and never holds both forms at once.
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("bootDiskImageId")
        if v is not None:
            obj.boot_disk_image_id = v
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("gpus")
        if v is not None:
            obj.gpus = v if type(v) is int else parse_int(v)
        v = get("machineType")
        if v is not None:
            obj.machine_type = v
        v = get("memoryGib")
        if v is not None:
            obj.memory_gib = v if type(v) is int else parse_int(v)
        v = get("vcpus")
        if v is not None:
            obj.vcpus = v if type(v) is int else parse_int(v)
        v = get("vmId")
        if v is not None:
            obj.vm_id = v
        v = get("bootDisk")
        if v is not None:
            obj.boot_disk = BootDisk._from_parsed(v)
        v = get("bootDiskSizeGib")
        if v is not None:
            obj.boot_disk_size_gib = v if type(v) is int else parse_int(v)
        v = get("commitmentTerm")
        if v is not None:
            obj.commitment_term = CommitmentTerm.from_wire(v)
        v = get("customSshKeys")
        if v is not None:
            obj.custom_ssh_keys = v if type(v) is list else list(v)
        v = get("expireTime")
        if v is not None:
            obj.expire_time = parse_datetime(v)
        v = get("metadata")
        if v is not None:
            obj.metadata = CreateVMBodyMetadata._from_parsed(v)
        v = get("nics")
        if v is not None:
            obj.nics = decoded_in_place(v, CreateVMRequestNIC._from_parsed)
        v = get("password")
        if v is not None:
            obj.password = v
        v = get("securityGroupIds")
        if v is not None:
            obj.security_group_ids = v if type(v) is list else list(v)
        v = get("sshKeySource")
        if v is not None:
            obj.ssh_key_source = SSHKeySource.from_wire(v)
        v = get("startScript")
        if v is not None:
            obj.start_script = v
        v = get("storageDiskIds")
        if v is not None:
            obj.storage_disk_ids = v if type(v) is list else list(v)
        v = get("topology")
        if v is not None:
            obj.topology = CPUTopology._from_parsed(v)
        v = get("ttl")
        if v is not None:
            obj.ttl = v
        v = get("validateOnly")
        if v is not None:
            obj.validate_only = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            refuse_unknown_members(cls, d)  # a request body: a key it does not list is a mistake
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("boot_disk_image_id", "bootDiskImageId", "str", True),
            ("data_center_id", "dataCenterId", "str", True),
            ("gpus", "gpus", "int", True),
            ("machine_type", "machineType", "str", True),
            ("memory_gib", "memoryGib", "int", True),
            ("vcpus", "vcpus", "int", True),
            ("vm_id", "vmId", "str", True),
            ("boot_disk", "bootDisk", ("message", BootDisk), False),
            ("boot_disk_size_gib", "bootDiskSizeGib", "int", False),
            ("commitment_term", "commitmentTerm", ("enum", CommitmentTerm), False),
            ("custom_ssh_keys", "customSshKeys", ("list", "str"), False),
            ("expire_time", "expireTime", "datetime", False),
            ("metadata", "metadata", ("map", CreateVMBodyMetadata), False),
            ("nics", "nics", ("list", ("message", CreateVMRequestNIC)), False),
            ("password", "password", "str", False),
            ("security_group_ids", "securityGroupIds", ("list", "str"), False),
            ("ssh_key_source", "sshKeySource", ("enum", SSHKeySource), False),
            ("start_script", "startScript", "str", False),
            ("storage_disk_ids", "storageDiskIds", ("list", "str"), False),
            ("topology", "topology", ("message", CPUTopology), False),
            ("ttl", "ttl", "str", False),
            ("validate_only", "validateOnly", "bool", False),
        )

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

    if not TYPE_CHECKING:  # (for type checkers every field is always there, as it is when read)

        def __getattr__(self, name: str) -> Any:
            # A field the wire form left out (from_dict does not set it) reads as its zero value,
            # made on first read: a decoded answer holds no objects for the fields it did not carry.
            try:
                zero = _ZEROS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = zero()
            setattr(self, name, value)
            return value

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "bootDiskImageId",
        "dataCenterId",
        "gpus",
        "machineType",
        "memoryGib",
        "vcpus",
        "vmId",
        "bootDisk",
        "bootDiskSizeGib",
        "commitmentTerm",
        "customSshKeys",
        "expireTime",
        "metadata",
        "nics",
        "password",
        "securityGroupIds",
        "sshKeySource",
        "startScript",
        "storageDiskIds",
        "topology",
        "ttl",
        "validateOnly",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "boot_disk_image_id": lambda: "",
    "data_center_id": lambda: "",
    "gpus": lambda: 0,
    "machine_type": lambda: "",
    "memory_gib": lambda: 0,
    "vcpus": lambda: 0,
    "vm_id": lambda: "",
    "boot_disk": lambda: None,
    "boot_disk_size_gib": lambda: 0,
    "commitment_term": lambda: CommitmentTerm.COMMITMENT_TERM_NONE,
    "custom_ssh_keys": lambda: [],
    "expire_time": lambda: None,
    "metadata": lambda: CreateVMBodyMetadata.from_dict({}),
    "nics": lambda: [],
    "password": lambda: "",
    "security_group_ids": lambda: [],
    "ssh_key_source": lambda: SSHKeySource.SSH_KEY_SOURCE_UNKNOWN,
    "start_script": lambda: "",
    "storage_disk_ids": lambda: [],
    "topology": lambda: None,
    "ttl": lambda: "",
    "validate_only": lambda: False,
    "additional_properties": dict,
}
# Imported after the class: models that refer to each other load in any order.
from ..models.boot_disk import BootDisk
from ..models.cpu_topology import CPUTopology
from ..models.create_vm_body_metadata import CreateVMBodyMetadata
from ..models.create_vm_request_nic import CreateVMRequestNIC

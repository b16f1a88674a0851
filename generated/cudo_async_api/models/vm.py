from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..models.ssh_key_source import SSHKeySource
from ..models.vm_state import VMState
from ..types import (
    bounded_members,
    decoded_in_place,
    map_to_wire,
    parse_datetime,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="VM")


@_attrs_define
class VM:
    """A virtual machine as the API reports it.

    Attributes:
        authorized_ssh_keys (str): The VM's authorized SSH keys. ``authorizedSshKeys`` on the wire.
        boot_disk (Disk | None): The VM's boot disk: a ``Disk``. ``bootDisk`` on the wire. None when
            absent.
        boot_disk_size_gib (int): The VM's boot disk size. ``bootDiskSizeGib`` on the wire. In GiB.
        commitment_end_time (datetime.datetime | None): The VM's commitment end time.
            ``commitmentEndTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None
            when absent.
        commitment_term (CommitmentTerm): The VM's commitment term: one of the ``CommitmentTerm``
            members. ``commitmentTerm`` on the wire. The first member when absent.
        cpu_model (str): The VM's CPU model. ``cpuModel`` on the wire.
        create_by (str): Who created it. ``createBy`` on the wire.
        create_time (datetime.datetime | None): When it was created. ``createTime`` on the wire. RFC
            3339 on the wire; a timezone-aware datetime, None when absent.
        datacenter_id (str): The datacenter's id. ``datacenterId`` on the wire.
        expire_time (datetime.datetime | None): The VM's expire time. ``expireTime`` on the wire.
            RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        external_ip_address (str): The VM's external IP address. ``externalIpAddress`` on the wire.
        gpu_model (str): The VM's GPU model. ``gpuModel`` on the wire.
        gpu_model_id (str): The GPU model's id. ``gpuModelId`` on the wire.
        gpu_quantity (int): The VM's GPU quantity. ``gpuQuantity`` on the wire.
        id (str): The VM's id. ``id`` on the wire.
        image_id (str): The image's id. ``imageId`` on the wire.
        image_name (str): The image's name. ``imageName`` on the wire.
        internal_ip_address (str): The VM's internal IP address. ``internalIpAddress`` on the wire.
        machine_type (str): The VM's machine type. ``machineType`` on the wire.
        memory (int): The VM's memory. ``memory`` on the wire.
        metadata (VMMetadata): The VM's metadata: a map (``VMMetadata``), read and written like a
            dict. ``metadata`` on the wire.
        nics (list[VMNIC]): The VM's NICs: a list of ``VMNIC``. ``nics`` on the wire. Empty when
            absent.
        price (VMPrice | None): The VM's price: a ``VMPrice``. ``price`` on the wire. A price, in
            the billing account's currency. None when absent.
        private_image_id (str): The private image's id. ``privateImageId`` on the wire.
        project_id (str): The project's id. ``projectId`` on the wire.
        public_image_id (str): The public image's id. ``publicImageId`` on the wire.
        public_image_name (str): The public image's name. ``publicImageName`` on the wire.
        public_ip_address (str): The VM's public IP address. ``publicIpAddress`` on the wire.
        renewable_energy (bool): The VM's renewable energy (a flag). ``renewableEnergy`` on the
            wire.
        rules (list[SecurityGroupRule]): The VM's rules: a list of ``SecurityGroupRule``. ``rules``
            on the wire. Empty when absent.
        security_group_ids (list[str]): The ids of the security groups. ``securityGroupIds`` on the
            wire. Empty when absent.
        security_groups (list[SecurityGroup]): The VM's security groups: a list of
            ``SecurityGroup``. ``securityGroups`` on the wire. Empty when absent.
        short_state (str): The VM's short state. ``shortState`` on the wire.
        ssh_key_source (SSHKeySource): The VM's SSH key source: one of the ``SSHKeySource`` members.
            ``sshKeySource`` on the wire. The first member when absent.
        state (VMState): The VM's state: one of the ``VMState`` members. ``state`` on the wire. The
            first member when absent.
        storage_disks (list[Disk]): The VM's storage disks: a list of ``Disk``. ``storageDisks`` on
            the wire. Empty when absent.
        vcpus (int): The VM's vcpus. ``vcpus`` on the wire. A count of virtual CPUs.
    """

    authorized_ssh_keys: str = _attrs_field(default="", repr=False)
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
    ssh_key_source: SSHKeySource = _attrs_field(default=SSHKeySource.SSH_KEY_SOURCE_UNKNOWN, repr=False)
    state: VMState = VMState.CLONING
    storage_disks: list[Disk] = _attrs_field(factory=list)
    vcpus: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

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
            field_dict["commitmentEndTime"] = self.commitment_end_time.isoformat()
        if self.commitment_term is not CommitmentTerm.COMMITMENT_TERM_NONE:
            field_dict["commitmentTerm"] = self.commitment_term.value
        if self.cpu_model:
            field_dict["cpuModel"] = self.cpu_model
        if self.create_by:
            field_dict["createBy"] = self.create_by
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat()
        if self.datacenter_id:
            field_dict["datacenterId"] = self.datacenter_id
        if self.expire_time is not None:
            field_dict["expireTime"] = self.expire_time.isoformat()
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
            field_dict["metadata"] = map_to_wire(self.metadata, VMMetadata)
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
            field_dict["securityGroupIds"] = list(self.security_group_ids)
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
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("authorizedSshKeys")
        if v is not None:
            obj.authorized_ssh_keys = v
        v = get("bootDisk")
        if v is not None:
            obj.boot_disk = Disk.from_dict(v)
        v = get("bootDiskSizeGib")
        if v is not None:
            obj.boot_disk_size_gib = v if type(v) is int else parse_int(v)
        v = get("commitmentEndTime")
        if v is not None:
            obj.commitment_end_time = parse_datetime(v)
        v = get("commitmentTerm")
        if v is not None:
            obj.commitment_term = CommitmentTerm.from_wire(v)
        v = get("cpuModel")
        if v is not None:
            obj.cpu_model = v
        v = get("createBy")
        if v is not None:
            obj.create_by = v
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("datacenterId")
        if v is not None:
            obj.datacenter_id = v
        v = get("expireTime")
        if v is not None:
            obj.expire_time = parse_datetime(v)
        v = get("externalIpAddress")
        if v is not None:
            obj.external_ip_address = v
        v = get("gpuModel")
        if v is not None:
            obj.gpu_model = v
        v = get("gpuModelId")
        if v is not None:
            obj.gpu_model_id = v
        v = get("gpuQuantity")
        if v is not None:
            obj.gpu_quantity = v if type(v) is int else parse_int(v)
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("imageId")
        if v is not None:
            obj.image_id = v
        v = get("imageName")
        if v is not None:
            obj.image_name = v
        v = get("internalIpAddress")
        if v is not None:
            obj.internal_ip_address = v
        v = get("machineType")
        if v is not None:
            obj.machine_type = v
        v = get("memory")
        if v is not None:
            obj.memory = v if type(v) is int else parse_int(v)
        v = get("metadata")
        if v is not None:
            obj.metadata = VMMetadata.from_dict(v)
        v = get("nics")
        if v is not None:
            obj.nics = [VMNIC.from_dict(_v0) for _v0 in v]
        v = get("price")
        if v is not None:
            obj.price = VMPrice.from_dict(v)
        v = get("privateImageId")
        if v is not None:
            obj.private_image_id = v
        v = get("projectId")
        if v is not None:
            obj.project_id = v
        v = get("publicImageId")
        if v is not None:
            obj.public_image_id = v
        v = get("publicImageName")
        if v is not None:
            obj.public_image_name = v
        v = get("publicIpAddress")
        if v is not None:
            obj.public_ip_address = v
        v = get("renewableEnergy")
        if v is not None:
            obj.renewable_energy = v
        v = get("rules")
        if v is not None:
            obj.rules = [SecurityGroupRule.from_dict(_v0) for _v0 in v]
        v = get("securityGroupIds")
        if v is not None:
            obj.security_group_ids = list(v)
        v = get("securityGroups")
        if v is not None:
            obj.security_groups = [SecurityGroup.from_dict(_v0) for _v0 in v]
        v = get("shortState")
        if v is not None:
            obj.short_state = v
        v = get("sshKeySource")
        if v is not None:
            obj.ssh_key_source = SSHKeySource.from_wire(v)
        v = get("state")
        if v is not None:
            obj.state = VMState.from_wire(v)
        v = get("storageDisks")
        if v is not None:
            obj.storage_disks = [Disk.from_dict(_v0) for _v0 in v]
        v = get("vcpus")
        if v is not None:
            obj.vcpus = v if type(v) is int else parse_int(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
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
        v = get("authorizedSshKeys")
        if v is not None:
            obj.authorized_ssh_keys = v
        v = get("bootDisk")
        if v is not None:
            obj.boot_disk = Disk._from_parsed(v)
        v = get("bootDiskSizeGib")
        if v is not None:
            obj.boot_disk_size_gib = v if type(v) is int else parse_int(v)
        v = get("commitmentEndTime")
        if v is not None:
            obj.commitment_end_time = parse_datetime(v)
        v = get("commitmentTerm")
        if v is not None:
            obj.commitment_term = CommitmentTerm.from_wire(v)
        v = get("cpuModel")
        if v is not None:
            obj.cpu_model = v
        v = get("createBy")
        if v is not None:
            obj.create_by = v
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("datacenterId")
        if v is not None:
            obj.datacenter_id = v
        v = get("expireTime")
        if v is not None:
            obj.expire_time = parse_datetime(v)
        v = get("externalIpAddress")
        if v is not None:
            obj.external_ip_address = v
        v = get("gpuModel")
        if v is not None:
            obj.gpu_model = v
        v = get("gpuModelId")
        if v is not None:
            obj.gpu_model_id = v
        v = get("gpuQuantity")
        if v is not None:
            obj.gpu_quantity = v if type(v) is int else parse_int(v)
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("imageId")
        if v is not None:
            obj.image_id = v
        v = get("imageName")
        if v is not None:
            obj.image_name = v
        v = get("internalIpAddress")
        if v is not None:
            obj.internal_ip_address = v
        v = get("machineType")
        if v is not None:
            obj.machine_type = v
        v = get("memory")
        if v is not None:
            obj.memory = v if type(v) is int else parse_int(v)
        v = get("metadata")
        if v is not None:
            obj.metadata = VMMetadata._from_parsed(v)
        v = get("nics")
        if v is not None:
            obj.nics = decoded_in_place(v, VMNIC._from_parsed)
        v = get("price")
        if v is not None:
            obj.price = VMPrice._from_parsed(v)
        v = get("privateImageId")
        if v is not None:
            obj.private_image_id = v
        v = get("projectId")
        if v is not None:
            obj.project_id = v
        v = get("publicImageId")
        if v is not None:
            obj.public_image_id = v
        v = get("publicImageName")
        if v is not None:
            obj.public_image_name = v
        v = get("publicIpAddress")
        if v is not None:
            obj.public_ip_address = v
        v = get("renewableEnergy")
        if v is not None:
            obj.renewable_energy = v
        v = get("rules")
        if v is not None:
            obj.rules = decoded_in_place(v, SecurityGroupRule._from_parsed)
        v = get("securityGroupIds")
        if v is not None:
            obj.security_group_ids = v if type(v) is list else list(v)
        v = get("securityGroups")
        if v is not None:
            obj.security_groups = decoded_in_place(v, SecurityGroup._from_parsed)
        v = get("shortState")
        if v is not None:
            obj.short_state = v
        v = get("sshKeySource")
        if v is not None:
            obj.ssh_key_source = SSHKeySource.from_wire(v)
        v = get("state")
        if v is not None:
            obj.state = VMState.from_wire(v)
        v = get("storageDisks")
        if v is not None:
            obj.storage_disks = decoded_in_place(v, Disk._from_parsed)
        v = get("vcpus")
        if v is not None:
            obj.vcpus = v if type(v) is int else parse_int(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("authorized_ssh_keys", "authorizedSshKeys", "str", False),
            ("boot_disk", "bootDisk", ("message", Disk), False),
            ("boot_disk_size_gib", "bootDiskSizeGib", "int", False),
            ("commitment_end_time", "commitmentEndTime", "datetime", False),
            ("commitment_term", "commitmentTerm", ("enum", CommitmentTerm), False),
            ("cpu_model", "cpuModel", "str", False),
            ("create_by", "createBy", "str", False),
            ("create_time", "createTime", "datetime", False),
            ("datacenter_id", "datacenterId", "str", False),
            ("expire_time", "expireTime", "datetime", False),
            ("external_ip_address", "externalIpAddress", "str", False),
            ("gpu_model", "gpuModel", "str", False),
            ("gpu_model_id", "gpuModelId", "str", False),
            ("gpu_quantity", "gpuQuantity", "int", False),
            ("id", "id", "str", False),
            ("image_id", "imageId", "str", False),
            ("image_name", "imageName", "str", False),
            ("internal_ip_address", "internalIpAddress", "str", False),
            ("machine_type", "machineType", "str", False),
            ("memory", "memory", "int", False),
            ("metadata", "metadata", ("map", VMMetadata), False),
            ("nics", "nics", ("list", ("message", VMNIC)), False),
            ("price", "price", ("message", VMPrice), False),
            ("private_image_id", "privateImageId", "str", False),
            ("project_id", "projectId", "str", False),
            ("public_image_id", "publicImageId", "str", False),
            ("public_image_name", "publicImageName", "str", False),
            ("public_ip_address", "publicIpAddress", "str", False),
            ("renewable_energy", "renewableEnergy", "bool", False),
            ("rules", "rules", ("list", ("message", SecurityGroupRule)), False),
            ("security_group_ids", "securityGroupIds", ("list", "str"), False),
            ("security_groups", "securityGroups", ("list", ("message", SecurityGroup)), False),
            ("short_state", "shortState", "str", False),
            ("ssh_key_source", "sshKeySource", ("enum", SSHKeySource), False),
            ("state", "state", ("enum", VMState), False),
            ("storage_disks", "storageDisks", ("list", ("message", Disk)), False),
            ("vcpus", "vcpus", "int", False),
        )

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
        "authorizedSshKeys",
        "bootDisk",
        "bootDiskSizeGib",
        "commitmentEndTime",
        "commitmentTerm",
        "cpuModel",
        "createBy",
        "createTime",
        "datacenterId",
        "expireTime",
        "externalIpAddress",
        "gpuModel",
        "gpuModelId",
        "gpuQuantity",
        "id",
        "imageId",
        "imageName",
        "internalIpAddress",
        "machineType",
        "memory",
        "metadata",
        "nics",
        "price",
        "privateImageId",
        "projectId",
        "publicImageId",
        "publicImageName",
        "publicIpAddress",
        "renewableEnergy",
        "rules",
        "securityGroupIds",
        "securityGroups",
        "shortState",
        "sshKeySource",
        "state",
        "storageDisks",
        "vcpus",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "authorized_ssh_keys": lambda: "",
    "boot_disk": lambda: None,
    "boot_disk_size_gib": lambda: 0,
    "commitment_end_time": lambda: None,
    "commitment_term": lambda: CommitmentTerm.COMMITMENT_TERM_NONE,
    "cpu_model": lambda: "",
    "create_by": lambda: "",
    "create_time": lambda: None,
    "datacenter_id": lambda: "",
    "expire_time": lambda: None,
    "external_ip_address": lambda: "",
    "gpu_model": lambda: "",
    "gpu_model_id": lambda: "",
    "gpu_quantity": lambda: 0,
    "id": lambda: "",
    "image_id": lambda: "",
    "image_name": lambda: "",
    "internal_ip_address": lambda: "",
    "machine_type": lambda: "",
    "memory": lambda: 0,
    "metadata": lambda: VMMetadata.from_dict({}),
    "nics": lambda: [],
    "price": lambda: None,
    "private_image_id": lambda: "",
    "project_id": lambda: "",
    "public_image_id": lambda: "",
    "public_image_name": lambda: "",
    "public_ip_address": lambda: "",
    "renewable_energy": lambda: False,
    "rules": lambda: [],
    "security_group_ids": lambda: [],
    "security_groups": lambda: [],
    "short_state": lambda: "",
    "ssh_key_source": lambda: SSHKeySource.SSH_KEY_SOURCE_UNKNOWN,
    "state": lambda: VMState.CLONING,
    "storage_disks": lambda: [],
    "vcpus": lambda: 0,
    "additional_properties": dict,
}
# Imported after the class: models that refer to each other load in any order.
from ..models.disk import Disk
from ..models.security_group import SecurityGroup
from ..models.security_group_rule import SecurityGroupRule
from ..models.vm_metadata import VMMetadata
from ..models.vm_price import VMPrice
from ..models.vmnic import VMNIC

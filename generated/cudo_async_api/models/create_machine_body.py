from __future__ import annotations

import datetime
import decimal
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..models.machine_power_state import MachinePowerState
from ..models.machine_state import MachineState
from ..models.ssh_key_source import SSHKeySource
from ..types import (
    bounded_members,
    parse_datetime,
    parse_decimal,
    parse_int,
    pydantic_schema,
    refuse_unknown_members,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="CreateMachineBody")


@_attrs_define
class CreateMachineBody:
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        data_center_id (str): The data center's id. ``dataCenterId`` on the wire. Required by the
            API.
        id (str): The machine's id. ``id`` on the wire. Required by the API.
        machine_type_id (str): The machine type's id. ``machineTypeId`` on the wire. Required by the
            API.
        os (str): The machine's OS. ``os`` on the wire. Required by the API.
        architecture (str): The machine's architecture. ``architecture`` on the wire.
        commitment_term (CommitmentTerm): The machine's commitment term: one of the
            ``CommitmentTerm`` members. ``commitmentTerm`` on the wire. The first member when absent.
        cpu_cores (int): The machine's CPU cores. ``cpuCores`` on the wire. A count of CPU cores.
        cpu_model (str): The machine's CPU model. ``cpuModel`` on the wire.
        cpu_speed_mhz (int): The machine's CPU speed. ``cpuSpeedMhz`` on the wire. In MHz.
        create_by (str): Who created it. ``createBy`` on the wire.
        create_time (datetime.datetime | None): When it was created. ``createTime`` on the wire. RFC
            3339 on the wire; a timezone-aware datetime, None when absent.
        custom_ssh_keys (list[str]): The machine's custom SSH keys: a list of ``str``.
            ``customSshKeys`` on the wire. Empty when absent.
        disk_size_gib (int): The machine's disk size. ``diskSizeGib`` on the wire. In GiB.
        disks (int): The machine's disks. ``disks`` on the wire.
        external_ip_addresses (list[str]): The machine's external IP addresses: a list of ``str``.
            ``externalIpAddresses`` on the wire. Empty when absent.
        gpu_model_id (str): The GPU model's id. ``gpuModelId`` on the wire.
        gpus (int): The machine's GPUs. ``gpus`` on the wire. A count of GPUs.
        hostname (str): The machine's hostname. ``hostname`` on the wire.
        memory_gib (int): The machine's memory. ``memoryGib`` on the wire. In GiB.
        power_state (MachinePowerState): The machine's power state: one of the ``MachinePowerState``
            members. ``powerState`` on the wire. The first member when absent.
        price_hr (decimal.Decimal): The machine's price: a ``decimal.Decimal``. ``priceHr`` on the
            wire. A price per hour, in the billing account's currency.
        ssh_key_source (SSHKeySource): The machine's SSH key source: one of the ``SSHKeySource``
            members. ``sshKeySource`` on the wire. The first member when absent.
        start_script (str): The machine's start script. ``startScript`` on the wire.
        state (MachineState): The machine's state: one of the ``MachineState`` members. ``state`` on
            the wire. The first member when absent.
        user_data (str): The machine's user data. ``userData`` on the wire.
    """

    data_center_id: str
    id: str
    machine_type_id: str
    os: str
    architecture: str = ""
    commitment_term: CommitmentTerm = CommitmentTerm.COMMITMENT_TERM_NONE
    cpu_cores: int = 0
    cpu_model: str = ""
    cpu_speed_mhz: int = 0
    create_by: str = ""
    create_time: datetime.datetime | None = None
    custom_ssh_keys: list[str] = _attrs_field(factory=list, repr=False)
    disk_size_gib: int = 0
    disks: int = 0
    external_ip_addresses: list[str] = _attrs_field(factory=list)
    gpu_model_id: str = ""
    gpus: int = 0
    hostname: str = ""
    memory_gib: int = 0
    power_state: MachinePowerState = MachinePowerState.MACHINE_POWER_STATE_UNSPECIFIED
    price_hr: decimal.Decimal = decimal.Decimal()
    ssh_key_source: SSHKeySource = _attrs_field(default=SSHKeySource.SSH_KEY_SOURCE_UNKNOWN, repr=False)
    start_script: str = ""
    state: MachineState = MachineState.STATE_UNSPECIFIED
    user_data: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["dataCenterId"] = self.data_center_id
        field_dict["id"] = self.id
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
            field_dict["createTime"] = self.create_time.isoformat()
        if self.custom_ssh_keys:
            field_dict["customSshKeys"] = list(self.custom_ssh_keys)
        if self.disk_size_gib:
            field_dict["diskSizeGib"] = self.disk_size_gib
        if self.disks:
            field_dict["disks"] = self.disks
        if self.external_ip_addresses:
            field_dict["externalIpAddresses"] = list(self.external_ip_addresses)
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
        if self.price_hr:
            field_dict["priceHr"] = {"value": str(self.price_hr)}
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
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("machineTypeId")
        if v is not None:
            obj.machine_type_id = v
        v = get("os")
        if v is not None:
            obj.os = v
        v = get("architecture")
        if v is not None:
            obj.architecture = v
        v = get("commitmentTerm")
        if v is not None:
            obj.commitment_term = CommitmentTerm.from_wire(v)
        v = get("cpuCores")
        if v is not None:
            obj.cpu_cores = v if type(v) is int else parse_int(v)
        v = get("cpuModel")
        if v is not None:
            obj.cpu_model = v
        v = get("cpuSpeedMhz")
        if v is not None:
            obj.cpu_speed_mhz = v if type(v) is int else parse_int(v)
        v = get("createBy")
        if v is not None:
            obj.create_by = v
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("customSshKeys")
        if v is not None:
            obj.custom_ssh_keys = list(v)
        v = get("diskSizeGib")
        if v is not None:
            obj.disk_size_gib = v if type(v) is int else parse_int(v)
        v = get("disks")
        if v is not None:
            obj.disks = v if type(v) is int else parse_int(v)
        v = get("externalIpAddresses")
        if v is not None:
            obj.external_ip_addresses = list(v)
        v = get("gpuModelId")
        if v is not None:
            obj.gpu_model_id = v
        v = get("gpus")
        if v is not None:
            obj.gpus = v if type(v) is int else parse_int(v)
        v = get("hostname")
        if v is not None:
            obj.hostname = v
        v = get("memoryGib")
        if v is not None:
            obj.memory_gib = v if type(v) is int else parse_int(v)
        v = get("powerState")
        if v is not None:
            obj.power_state = MachinePowerState.from_wire(v)
        v = get("priceHr")
        if v is not None:
            obj.price_hr = parse_decimal(v)
        v = get("sshKeySource")
        if v is not None:
            obj.ssh_key_source = SSHKeySource.from_wire(v)
        v = get("startScript")
        if v is not None:
            obj.start_script = v
        v = get("state")
        if v is not None:
            obj.state = MachineState.from_wire(v)
        v = get("userData")
        if v is not None:
            obj.user_data = v
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
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("machineTypeId")
        if v is not None:
            obj.machine_type_id = v
        v = get("os")
        if v is not None:
            obj.os = v
        v = get("architecture")
        if v is not None:
            obj.architecture = v
        v = get("commitmentTerm")
        if v is not None:
            obj.commitment_term = CommitmentTerm.from_wire(v)
        v = get("cpuCores")
        if v is not None:
            obj.cpu_cores = v if type(v) is int else parse_int(v)
        v = get("cpuModel")
        if v is not None:
            obj.cpu_model = v
        v = get("cpuSpeedMhz")
        if v is not None:
            obj.cpu_speed_mhz = v if type(v) is int else parse_int(v)
        v = get("createBy")
        if v is not None:
            obj.create_by = v
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("customSshKeys")
        if v is not None:
            obj.custom_ssh_keys = v if type(v) is list else list(v)
        v = get("diskSizeGib")
        if v is not None:
            obj.disk_size_gib = v if type(v) is int else parse_int(v)
        v = get("disks")
        if v is not None:
            obj.disks = v if type(v) is int else parse_int(v)
        v = get("externalIpAddresses")
        if v is not None:
            obj.external_ip_addresses = v if type(v) is list else list(v)
        v = get("gpuModelId")
        if v is not None:
            obj.gpu_model_id = v
        v = get("gpus")
        if v is not None:
            obj.gpus = v if type(v) is int else parse_int(v)
        v = get("hostname")
        if v is not None:
            obj.hostname = v
        v = get("memoryGib")
        if v is not None:
            obj.memory_gib = v if type(v) is int else parse_int(v)
        v = get("powerState")
        if v is not None:
            obj.power_state = MachinePowerState.from_wire(v)
        v = get("priceHr")
        if v is not None:
            obj.price_hr = parse_decimal(v)
        v = get("sshKeySource")
        if v is not None:
            obj.ssh_key_source = SSHKeySource.from_wire(v)
        v = get("startScript")
        if v is not None:
            obj.start_script = v
        v = get("state")
        if v is not None:
            obj.state = MachineState.from_wire(v)
        v = get("userData")
        if v is not None:
            obj.user_data = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            refuse_unknown_members(cls, d)  # a request body: a key it does not list is a mistake
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("data_center_id", "dataCenterId", "str", True),
            ("id", "id", "str", True),
            ("machine_type_id", "machineTypeId", "str", True),
            ("os", "os", "str", True),
            ("architecture", "architecture", "str", False),
            ("commitment_term", "commitmentTerm", ("enum", CommitmentTerm), False),
            ("cpu_cores", "cpuCores", "int", False),
            ("cpu_model", "cpuModel", "str", False),
            ("cpu_speed_mhz", "cpuSpeedMhz", "int", False),
            ("create_by", "createBy", "str", False),
            ("create_time", "createTime", "datetime", False),
            ("custom_ssh_keys", "customSshKeys", ("list", "str"), False),
            ("disk_size_gib", "diskSizeGib", "int", False),
            ("disks", "disks", "int", False),
            ("external_ip_addresses", "externalIpAddresses", ("list", "str"), False),
            ("gpu_model_id", "gpuModelId", "str", False),
            ("gpus", "gpus", "int", False),
            ("hostname", "hostname", "str", False),
            ("memory_gib", "memoryGib", "int", False),
            ("power_state", "powerState", ("enum", MachinePowerState), False),
            ("price_hr", "priceHr", "decimal", False),
            ("ssh_key_source", "sshKeySource", ("enum", SSHKeySource), False),
            ("start_script", "startScript", "str", False),
            ("state", "state", ("enum", MachineState), False),
            ("user_data", "userData", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "data_center_id": "dataCenterId",
                "id": "id",
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
                "id",
                "machine_type_id",
                "os",
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
        "dataCenterId",
        "id",
        "machineTypeId",
        "os",
        "architecture",
        "commitmentTerm",
        "cpuCores",
        "cpuModel",
        "cpuSpeedMhz",
        "createBy",
        "createTime",
        "customSshKeys",
        "diskSizeGib",
        "disks",
        "externalIpAddresses",
        "gpuModelId",
        "gpus",
        "hostname",
        "memoryGib",
        "powerState",
        "priceHr",
        "sshKeySource",
        "startScript",
        "state",
        "userData",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "data_center_id": lambda: "",
    "id": lambda: "",
    "machine_type_id": lambda: "",
    "os": lambda: "",
    "architecture": lambda: "",
    "commitment_term": lambda: CommitmentTerm.COMMITMENT_TERM_NONE,
    "cpu_cores": lambda: 0,
    "cpu_model": lambda: "",
    "cpu_speed_mhz": lambda: 0,
    "create_by": lambda: "",
    "create_time": lambda: None,
    "custom_ssh_keys": lambda: [],
    "disk_size_gib": lambda: 0,
    "disks": lambda: 0,
    "external_ip_addresses": lambda: [],
    "gpu_model_id": lambda: "",
    "gpus": lambda: 0,
    "hostname": lambda: "",
    "memory_gib": lambda: 0,
    "power_state": lambda: MachinePowerState.MACHINE_POWER_STATE_UNSPECIFIED,
    "price_hr": lambda: decimal.Decimal(),
    "ssh_key_source": lambda: SSHKeySource.SSH_KEY_SOURCE_UNKNOWN,
    "start_script": lambda: "",
    "state": lambda: MachineState.STATE_UNSPECIFIED,
    "user_data": lambda: "",
    "additional_properties": dict,
}

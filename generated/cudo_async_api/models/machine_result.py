from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.machine_power_state import MachinePowerState
from ..models.machine_state import MachineState
from ..types import (
    bounded_members,
    parse_datetime,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="MachineResult")


@_attrs_define
class MachineResult:
    """A MachineResult record of the API.

    Attributes:
        architecture (str): The machine result's architecture. ``architecture`` on the wire.
        cpu_cores (int): The machine result's CPU cores. ``cpuCores`` on the wire. A count of CPU
            cores.
        cpu_model (str): The machine result's CPU model. ``cpuModel`` on the wire.
        cpu_speed_mhz (int): The machine result's CPU speed. ``cpuSpeedMhz`` on the wire. In MHz.
        create_time (datetime.datetime | None): When it was created. ``createTime`` on the wire. RFC
            3339 on the wire; a timezone-aware datetime, None when absent.
        data_center_id (str): The data center's id. ``dataCenterId`` on the wire.
        disk_size_gib (int): The machine result's disk size. ``diskSizeGib`` on the wire. In GiB.
        disks (int): The machine result's disks. ``disks`` on the wire.
        external_ip_addresses (list[str]): The machine result's external IP addresses: a list of
            ``str``. ``externalIpAddresses`` on the wire. Empty when absent.
        gpu_model_id (str): The GPU model's id. ``gpuModelId`` on the wire.
        gpus (int): The machine result's GPUs. ``gpus`` on the wire. A count of GPUs.
        id (str): The machine result's id. ``id`` on the wire.
        ipv4_addresses (int): The machine result's IPv4 addresses. ``ipv4Addresses`` on the wire.
        machine_type_id (str): The machine type's id. ``machineTypeId`` on the wire.
        memory_gib (int): The machine result's memory. ``memoryGib`` on the wire. In GiB.
        os (str): The machine result's OS. ``os`` on the wire.
        power_state (MachinePowerState): The machine result's power state: one of the
            ``MachinePowerState`` members. ``powerState`` on the wire. The first member when absent.
        project_id (str): The project's id. ``projectId`` on the wire.
        state (MachineState): The machine result's state: one of the ``MachineState`` members.
            ``state`` on the wire. The first member when absent.
    """

    architecture: str = ""
    cpu_cores: int = 0
    cpu_model: str = ""
    cpu_speed_mhz: int = 0
    create_time: datetime.datetime | None = None
    data_center_id: str = ""
    disk_size_gib: int = 0
    disks: int = 0
    external_ip_addresses: list[str] = _attrs_field(factory=list)
    gpu_model_id: str = ""
    gpus: int = 0
    id: str = ""
    ipv4_addresses: int = 0
    machine_type_id: str = ""
    memory_gib: int = 0
    os: str = ""
    power_state: MachinePowerState = MachinePowerState.MACHINE_POWER_STATE_UNSPECIFIED
    project_id: str = ""
    state: MachineState = MachineState.STATE_UNSPECIFIED
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.architecture:
            field_dict["architecture"] = self.architecture
        if self.cpu_cores:
            field_dict["cpuCores"] = self.cpu_cores
        if self.cpu_model:
            field_dict["cpuModel"] = self.cpu_model
        if self.cpu_speed_mhz:
            field_dict["cpuSpeedMhz"] = self.cpu_speed_mhz
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat()
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
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
        if self.id:
            field_dict["id"] = self.id
        if self.ipv4_addresses:
            field_dict["ipv4Addresses"] = self.ipv4_addresses
        if self.machine_type_id:
            field_dict["machineTypeId"] = self.machine_type_id
        if self.memory_gib:
            field_dict["memoryGib"] = self.memory_gib
        if self.os:
            field_dict["os"] = self.os
        if self.power_state is not MachinePowerState.MACHINE_POWER_STATE_UNSPECIFIED:
            field_dict["powerState"] = self.power_state.value
        if self.project_id:
            field_dict["projectId"] = self.project_id
        if self.state is not MachineState.STATE_UNSPECIFIED:
            field_dict["state"] = self.state.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("architecture")
        if v is not None:
            obj.architecture = v
        v = get("cpuCores")
        if v is not None:
            obj.cpu_cores = v if type(v) is int else parse_int(v)
        v = get("cpuModel")
        if v is not None:
            obj.cpu_model = v
        v = get("cpuSpeedMhz")
        if v is not None:
            obj.cpu_speed_mhz = v if type(v) is int else parse_int(v)
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
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
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("ipv4Addresses")
        if v is not None:
            obj.ipv4_addresses = v if type(v) is int else parse_int(v)
        v = get("machineTypeId")
        if v is not None:
            obj.machine_type_id = v
        v = get("memoryGib")
        if v is not None:
            obj.memory_gib = v if type(v) is int else parse_int(v)
        v = get("os")
        if v is not None:
            obj.os = v
        v = get("powerState")
        if v is not None:
            obj.power_state = MachinePowerState.from_wire(v)
        v = get("projectId")
        if v is not None:
            obj.project_id = v
        v = get("state")
        if v is not None:
            obj.state = MachineState.from_wire(v)
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
        v = get("architecture")
        if v is not None:
            obj.architecture = v
        v = get("cpuCores")
        if v is not None:
            obj.cpu_cores = v if type(v) is int else parse_int(v)
        v = get("cpuModel")
        if v is not None:
            obj.cpu_model = v
        v = get("cpuSpeedMhz")
        if v is not None:
            obj.cpu_speed_mhz = v if type(v) is int else parse_int(v)
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
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
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("ipv4Addresses")
        if v is not None:
            obj.ipv4_addresses = v if type(v) is int else parse_int(v)
        v = get("machineTypeId")
        if v is not None:
            obj.machine_type_id = v
        v = get("memoryGib")
        if v is not None:
            obj.memory_gib = v if type(v) is int else parse_int(v)
        v = get("os")
        if v is not None:
            obj.os = v
        v = get("powerState")
        if v is not None:
            obj.power_state = MachinePowerState.from_wire(v)
        v = get("projectId")
        if v is not None:
            obj.project_id = v
        v = get("state")
        if v is not None:
            obj.state = MachineState.from_wire(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("architecture", "architecture", "str", False),
            ("cpu_cores", "cpuCores", "int", False),
            ("cpu_model", "cpuModel", "str", False),
            ("cpu_speed_mhz", "cpuSpeedMhz", "int", False),
            ("create_time", "createTime", "datetime", False),
            ("data_center_id", "dataCenterId", "str", False),
            ("disk_size_gib", "diskSizeGib", "int", False),
            ("disks", "disks", "int", False),
            ("external_ip_addresses", "externalIpAddresses", ("list", "str"), False),
            ("gpu_model_id", "gpuModelId", "str", False),
            ("gpus", "gpus", "int", False),
            ("id", "id", "str", False),
            ("ipv4_addresses", "ipv4Addresses", "int", False),
            ("machine_type_id", "machineTypeId", "str", False),
            ("memory_gib", "memoryGib", "int", False),
            ("os", "os", "str", False),
            ("power_state", "powerState", ("enum", MachinePowerState), False),
            ("project_id", "projectId", "str", False),
            ("state", "state", ("enum", MachineState), False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "architecture": "architecture",
                "cpu_cores": "cpuCores",
                "cpu_model": "cpuModel",
                "cpu_speed_mhz": "cpuSpeedMhz",
                "create_time": "createTime",
                "data_center_id": "dataCenterId",
                "disk_size_gib": "diskSizeGib",
                "disks": "disks",
                "external_ip_addresses": "externalIpAddresses",
                "gpu_model_id": "gpuModelId",
                "gpus": "gpus",
                "id": "id",
                "ipv4_addresses": "ipv4Addresses",
                "machine_type_id": "machineTypeId",
                "memory_gib": "memoryGib",
                "os": "os",
                "power_state": "powerState",
                "project_id": "projectId",
                "state": "state",
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
        "architecture",
        "cpuCores",
        "cpuModel",
        "cpuSpeedMhz",
        "createTime",
        "dataCenterId",
        "diskSizeGib",
        "disks",
        "externalIpAddresses",
        "gpuModelId",
        "gpus",
        "id",
        "ipv4Addresses",
        "machineTypeId",
        "memoryGib",
        "os",
        "powerState",
        "projectId",
        "state",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "architecture": lambda: "",
    "cpu_cores": lambda: 0,
    "cpu_model": lambda: "",
    "cpu_speed_mhz": lambda: 0,
    "create_time": lambda: None,
    "data_center_id": lambda: "",
    "disk_size_gib": lambda: 0,
    "disks": lambda: 0,
    "external_ip_addresses": lambda: [],
    "gpu_model_id": lambda: "",
    "gpus": lambda: 0,
    "id": lambda: "",
    "ipv4_addresses": lambda: 0,
    "machine_type_id": lambda: "",
    "memory_gib": lambda: 0,
    "os": lambda: "",
    "power_state": lambda: MachinePowerState.MACHINE_POWER_STATE_UNSPECIFIED,
    "project_id": lambda: "",
    "state": lambda: MachineState.STATE_UNSPECIFIED,
    "additional_properties": dict,
}

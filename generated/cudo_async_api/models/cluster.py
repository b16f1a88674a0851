from __future__ import annotations

import datetime
import decimal
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_state import ClusterState
from ..models.commitment_term import CommitmentTerm
from ..models.network_type import NetworkType
from ..models.ssh_key_source import SSHKeySource
from ..types import (
    bounded_members,
    decoded_in_place,
    parse_datetime,
    parse_decimal,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="Cluster")


@_attrs_define
class Cluster:
    """A bare-metal cluster.

    Attributes:
        architecture (str): The cluster's architecture. ``architecture`` on the wire.
        commitment_end_time (datetime.datetime | None): The cluster's commitment end time.
            ``commitmentEndTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None
            when absent.
        commitment_term (CommitmentTerm): The cluster's commitment term: one of the
            ``CommitmentTerm`` members. ``commitmentTerm`` on the wire. The first member when absent.
        cpu_model (str): The cluster's CPU model. ``cpuModel`` on the wire.
        cpu_speed_mhz (int): The cluster's CPU speed. ``cpuSpeedMhz`` on the wire. In MHz.
        create_by (str): Who created it. ``createBy`` on the wire.
        create_time (datetime.datetime | None): When it was created. ``createTime`` on the wire. RFC
            3339 on the wire; a timezone-aware datetime, None when absent.
        custom_ssh_keys (list[str]): The cluster's custom SSH keys: a list of ``str``.
            ``customSshKeys`` on the wire. Empty when absent.
        data_center_id (str): The data center's id. ``dataCenterId`` on the wire.
        gpu_model_id (str): The GPU model's id. ``gpuModelId`` on the wire.
        id (str): The cluster's id. ``id`` on the wire.
        ipoib_config (ClusterIPOIBConfig | None): The cluster's IPOIB config: a
            ``ClusterIPOIBConfig``. ``ipoibConfig`` on the wire. None when absent.
        machine_count (int): The cluster's machine count. ``machineCount`` on the wire.
        machine_price_hr (decimal.Decimal): The cluster's machine price: a ``decimal.Decimal``.
            ``machinePriceHr`` on the wire. A price per hour, in the billing account's currency.
        machine_type_id (str): The machine type's id. ``machineTypeId`` on the wire.
        machines (list[ClusterMachine]): The cluster's machines: a list of ``ClusterMachine``.
            ``machines`` on the wire. Empty when absent.
        network_type (NetworkType): The cluster's network type: one of the ``NetworkType`` members.
            ``networkType`` on the wire. The first member when absent.
        project_id (str): The project's id. ``projectId`` on the wire.
        ssh_key_source (SSHKeySource): The cluster's SSH key source: one of the ``SSHKeySource``
            members. ``sshKeySource`` on the wire. The first member when absent.
        start_script (str): The cluster's start script. ``startScript`` on the wire.
        state (ClusterState): The cluster's state: one of the ``ClusterState`` members. ``state`` on
            the wire. The first member when absent.
        total_cpu_cores (int): The cluster's total CPU cores. ``totalCpuCores`` on the wire. A count
            of CPU cores.
        total_disk_size_gib (int): The cluster's total disk size. ``totalDiskSizeGib`` on the wire.
            In GiB.
        total_gpus (int): The cluster's total GPUs. ``totalGpus`` on the wire.
        total_machine_price_hr (decimal.Decimal): The cluster's total machine price: a
            ``decimal.Decimal``. ``totalMachinePriceHr`` on the wire. A price per hour, in the billing
            account's currency.
        total_memory_gib (int): The cluster's total memory. ``totalMemoryGib`` on the wire. In GiB.
        total_price_hr (decimal.Decimal): The cluster's total price: a ``decimal.Decimal``.
            ``totalPriceHr`` on the wire. A price per hour, in the billing account's currency.
    """

    architecture: str = ""
    commitment_end_time: datetime.datetime | None = None
    commitment_term: CommitmentTerm = CommitmentTerm.COMMITMENT_TERM_NONE
    cpu_model: str = ""
    cpu_speed_mhz: int = 0
    create_by: str = ""
    create_time: datetime.datetime | None = None
    custom_ssh_keys: list[str] = _attrs_field(factory=list, repr=False)
    data_center_id: str = ""
    gpu_model_id: str = ""
    id: str = ""
    ipoib_config: ClusterIPOIBConfig | None = None
    machine_count: int = 0
    machine_price_hr: decimal.Decimal = decimal.Decimal()
    machine_type_id: str = ""
    machines: list[ClusterMachine] = _attrs_field(factory=list)
    network_type: NetworkType = NetworkType.NETWORK_TYPE_UNSPECIFIED
    project_id: str = ""
    ssh_key_source: SSHKeySource = _attrs_field(default=SSHKeySource.SSH_KEY_SOURCE_UNKNOWN, repr=False)
    start_script: str = ""
    state: ClusterState = ClusterState.STATE_UNSPECIFIED
    total_cpu_cores: int = 0
    total_disk_size_gib: int = 0
    total_gpus: int = 0
    total_machine_price_hr: decimal.Decimal = decimal.Decimal()
    total_memory_gib: int = 0
    total_price_hr: decimal.Decimal = decimal.Decimal()
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.architecture:
            field_dict["architecture"] = self.architecture
        if self.commitment_end_time is not None:
            field_dict["commitmentEndTime"] = self.commitment_end_time.isoformat()
        if self.commitment_term is not CommitmentTerm.COMMITMENT_TERM_NONE:
            field_dict["commitmentTerm"] = self.commitment_term.value
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
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.gpu_model_id:
            field_dict["gpuModelId"] = self.gpu_model_id
        if self.id:
            field_dict["id"] = self.id
        if self.ipoib_config is not None:
            field_dict["ipoibConfig"] = self.ipoib_config.to_dict()
        if self.machine_count:
            field_dict["machineCount"] = self.machine_count
        if self.machine_price_hr:
            field_dict["machinePriceHr"] = {"value": str(self.machine_price_hr)}
        if self.machine_type_id:
            field_dict["machineTypeId"] = self.machine_type_id
        if self.machines:
            field_dict["machines"] = [_v0.to_dict() for _v0 in self.machines]
        if self.network_type is not NetworkType.NETWORK_TYPE_UNSPECIFIED:
            field_dict["networkType"] = self.network_type.value
        if self.project_id:
            field_dict["projectId"] = self.project_id
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
        if self.total_machine_price_hr:
            field_dict["totalMachinePriceHr"] = {"value": str(self.total_machine_price_hr)}
        if self.total_memory_gib:
            field_dict["totalMemoryGib"] = self.total_memory_gib
        if self.total_price_hr:
            field_dict["totalPriceHr"] = {"value": str(self.total_price_hr)}
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
        v = get("commitmentEndTime")
        if v is not None:
            obj.commitment_end_time = parse_datetime(v)
        v = get("commitmentTerm")
        if v is not None:
            obj.commitment_term = CommitmentTerm.from_wire(v)
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
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("gpuModelId")
        if v is not None:
            obj.gpu_model_id = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("ipoibConfig")
        if v is not None:
            obj.ipoib_config = ClusterIPOIBConfig.from_dict(v)
        v = get("machineCount")
        if v is not None:
            obj.machine_count = v if type(v) is int else parse_int(v)
        v = get("machinePriceHr")
        if v is not None:
            obj.machine_price_hr = parse_decimal(v)
        v = get("machineTypeId")
        if v is not None:
            obj.machine_type_id = v
        v = get("machines")
        if v is not None:
            obj.machines = [ClusterMachine.from_dict(_v0) for _v0 in v]
        v = get("networkType")
        if v is not None:
            obj.network_type = NetworkType.from_wire(v)
        v = get("projectId")
        if v is not None:
            obj.project_id = v
        v = get("sshKeySource")
        if v is not None:
            obj.ssh_key_source = SSHKeySource.from_wire(v)
        v = get("startScript")
        if v is not None:
            obj.start_script = v
        v = get("state")
        if v is not None:
            obj.state = ClusterState.from_wire(v)
        v = get("totalCpuCores")
        if v is not None:
            obj.total_cpu_cores = v if type(v) is int else parse_int(v)
        v = get("totalDiskSizeGib")
        if v is not None:
            obj.total_disk_size_gib = v if type(v) is int else parse_int(v)
        v = get("totalGpus")
        if v is not None:
            obj.total_gpus = v if type(v) is int else parse_int(v)
        v = get("totalMachinePriceHr")
        if v is not None:
            obj.total_machine_price_hr = parse_decimal(v)
        v = get("totalMemoryGib")
        if v is not None:
            obj.total_memory_gib = v if type(v) is int else parse_int(v)
        v = get("totalPriceHr")
        if v is not None:
            obj.total_price_hr = parse_decimal(v)
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
        v = get("commitmentEndTime")
        if v is not None:
            obj.commitment_end_time = parse_datetime(v)
        v = get("commitmentTerm")
        if v is not None:
            obj.commitment_term = CommitmentTerm.from_wire(v)
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
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("gpuModelId")
        if v is not None:
            obj.gpu_model_id = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("ipoibConfig")
        if v is not None:
            obj.ipoib_config = ClusterIPOIBConfig._from_parsed(v)
        v = get("machineCount")
        if v is not None:
            obj.machine_count = v if type(v) is int else parse_int(v)
        v = get("machinePriceHr")
        if v is not None:
            obj.machine_price_hr = parse_decimal(v)
        v = get("machineTypeId")
        if v is not None:
            obj.machine_type_id = v
        v = get("machines")
        if v is not None:
            obj.machines = decoded_in_place(v, ClusterMachine._from_parsed)
        v = get("networkType")
        if v is not None:
            obj.network_type = NetworkType.from_wire(v)
        v = get("projectId")
        if v is not None:
            obj.project_id = v
        v = get("sshKeySource")
        if v is not None:
            obj.ssh_key_source = SSHKeySource.from_wire(v)
        v = get("startScript")
        if v is not None:
            obj.start_script = v
        v = get("state")
        if v is not None:
            obj.state = ClusterState.from_wire(v)
        v = get("totalCpuCores")
        if v is not None:
            obj.total_cpu_cores = v if type(v) is int else parse_int(v)
        v = get("totalDiskSizeGib")
        if v is not None:
            obj.total_disk_size_gib = v if type(v) is int else parse_int(v)
        v = get("totalGpus")
        if v is not None:
            obj.total_gpus = v if type(v) is int else parse_int(v)
        v = get("totalMachinePriceHr")
        if v is not None:
            obj.total_machine_price_hr = parse_decimal(v)
        v = get("totalMemoryGib")
        if v is not None:
            obj.total_memory_gib = v if type(v) is int else parse_int(v)
        v = get("totalPriceHr")
        if v is not None:
            obj.total_price_hr = parse_decimal(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("architecture", "architecture", "str", False),
            ("commitment_end_time", "commitmentEndTime", "datetime", False),
            ("commitment_term", "commitmentTerm", ("enum", CommitmentTerm), False),
            ("cpu_model", "cpuModel", "str", False),
            ("cpu_speed_mhz", "cpuSpeedMhz", "int", False),
            ("create_by", "createBy", "str", False),
            ("create_time", "createTime", "datetime", False),
            ("custom_ssh_keys", "customSshKeys", ("list", "str"), False),
            ("data_center_id", "dataCenterId", "str", False),
            ("gpu_model_id", "gpuModelId", "str", False),
            ("id", "id", "str", False),
            ("ipoib_config", "ipoibConfig", ("message", ClusterIPOIBConfig), False),
            ("machine_count", "machineCount", "int", False),
            ("machine_price_hr", "machinePriceHr", "decimal", False),
            ("machine_type_id", "machineTypeId", "str", False),
            ("machines", "machines", ("list", ("message", ClusterMachine)), False),
            ("network_type", "networkType", ("enum", NetworkType), False),
            ("project_id", "projectId", "str", False),
            ("ssh_key_source", "sshKeySource", ("enum", SSHKeySource), False),
            ("start_script", "startScript", "str", False),
            ("state", "state", ("enum", ClusterState), False),
            ("total_cpu_cores", "totalCpuCores", "int", False),
            ("total_disk_size_gib", "totalDiskSizeGib", "int", False),
            ("total_gpus", "totalGpus", "int", False),
            ("total_machine_price_hr", "totalMachinePriceHr", "decimal", False),
            ("total_memory_gib", "totalMemoryGib", "int", False),
            ("total_price_hr", "totalPriceHr", "decimal", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "architecture": "architecture",
                "commitment_end_time": "commitmentEndTime",
                "commitment_term": "commitmentTerm",
                "cpu_model": "cpuModel",
                "cpu_speed_mhz": "cpuSpeedMhz",
                "create_by": "createBy",
                "create_time": "createTime",
                "custom_ssh_keys": "customSshKeys",
                "data_center_id": "dataCenterId",
                "gpu_model_id": "gpuModelId",
                "id": "id",
                "ipoib_config": "ipoibConfig",
                "machine_count": "machineCount",
                "machine_price_hr": "machinePriceHr",
                "machine_type_id": "machineTypeId",
                "machines": "machines",
                "network_type": "networkType",
                "project_id": "projectId",
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
        "commitmentEndTime",
        "commitmentTerm",
        "cpuModel",
        "cpuSpeedMhz",
        "createBy",
        "createTime",
        "customSshKeys",
        "dataCenterId",
        "gpuModelId",
        "id",
        "ipoibConfig",
        "machineCount",
        "machinePriceHr",
        "machineTypeId",
        "machines",
        "networkType",
        "projectId",
        "sshKeySource",
        "startScript",
        "state",
        "totalCpuCores",
        "totalDiskSizeGib",
        "totalGpus",
        "totalMachinePriceHr",
        "totalMemoryGib",
        "totalPriceHr",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "architecture": lambda: "",
    "commitment_end_time": lambda: None,
    "commitment_term": lambda: CommitmentTerm.COMMITMENT_TERM_NONE,
    "cpu_model": lambda: "",
    "cpu_speed_mhz": lambda: 0,
    "create_by": lambda: "",
    "create_time": lambda: None,
    "custom_ssh_keys": lambda: [],
    "data_center_id": lambda: "",
    "gpu_model_id": lambda: "",
    "id": lambda: "",
    "ipoib_config": lambda: None,
    "machine_count": lambda: 0,
    "machine_price_hr": lambda: decimal.Decimal(),
    "machine_type_id": lambda: "",
    "machines": lambda: [],
    "network_type": lambda: NetworkType.NETWORK_TYPE_UNSPECIFIED,
    "project_id": lambda: "",
    "ssh_key_source": lambda: SSHKeySource.SSH_KEY_SOURCE_UNKNOWN,
    "start_script": lambda: "",
    "state": lambda: ClusterState.STATE_UNSPECIFIED,
    "total_cpu_cores": lambda: 0,
    "total_disk_size_gib": lambda: 0,
    "total_gpus": lambda: 0,
    "total_machine_price_hr": lambda: decimal.Decimal(),
    "total_memory_gib": lambda: 0,
    "total_price_hr": lambda: decimal.Decimal(),
    "additional_properties": dict,
}
# Imported after the class: models that refer to each other load in any order.
from ..models.cluster_ipoib_config import ClusterIPOIBConfig
from ..models.cluster_machine import ClusterMachine

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_machine_state import ClusterMachineState
from ..models.machine_power_state import MachinePowerState
from ..types import parse_datetime, parse_int, pydantic_schema

T = TypeVar("T", bound="ClusterMachine")


@_attrs_define
class ClusterMachine(Mapping[str, Any]):
    """One machine of a cluster.

    Attributes:
        architecture (str): ``architecture`` on the wire.
        cpu_cores (int): ``cpuCores`` on the wire. A count of CPU cores.
        cpu_model (str): ``cpuModel`` on the wire.
        cpu_speed_mhz (int): ``cpuSpeedMhz`` on the wire. In MHz.
        create_by (str): ``createBy`` on the wire.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        data_center_id (str): ``dataCenterId`` on the wire.
        disk_size_gib (int): ``diskSizeGib`` on the wire. In GiB.
        disks (int): ``disks`` on the wire.
        external_ip_address (str): ``externalIpAddress`` on the wire.
        gpu_model_id (str): ``gpuModelId`` on the wire.
        gpus (int): ``gpus`` on the wire.
        id (str): ``id`` on the wire.
        internal_ip_address (str): ``internalIpAddress`` on the wire.
        machine_type_id (str): ``machineTypeId`` on the wire.
        memory_gib (int): ``memoryGib`` on the wire. In GiB.
        power_state (MachinePowerState): ``powerState`` on the wire. The first member when absent.
        price_hr (Decimal | None): ``priceHr`` on the wire. A price per hour, in the billing account's currency. None when absent.
        project_id (str): ``projectId`` on the wire.
        state (ClusterMachineState): ``state`` on the wire. The first member when absent.
        volume_ids (list[str]): ``volumeIds`` on the wire. Empty when absent.
    """

    architecture: str = ""
    cpu_cores: int = 0
    cpu_model: str = ""
    cpu_speed_mhz: int = 0
    create_by: str = ""
    create_time: datetime.datetime | None = None
    data_center_id: str = ""
    disk_size_gib: int = 0
    disks: int = 0
    external_ip_address: str = ""
    gpu_model_id: str = ""
    gpus: int = 0
    id: str = ""
    internal_ip_address: str = ""
    machine_type_id: str = ""
    memory_gib: int = 0
    power_state: MachinePowerState = MachinePowerState.MACHINE_POWER_STATE_UNSPECIFIED
    price_hr: Decimal | None = None
    project_id: str = ""
    state: ClusterMachineState = ClusterMachineState.STATE_UNSPECIFIED
    volume_ids: list[str] = _attrs_field(factory=list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

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
        if self.create_by:
            field_dict["createBy"] = self.create_by
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat() if self.create_time is not None else None
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.disk_size_gib:
            field_dict["diskSizeGib"] = self.disk_size_gib
        if self.disks:
            field_dict["disks"] = self.disks
        if self.external_ip_address:
            field_dict["externalIpAddress"] = self.external_ip_address
        if self.gpu_model_id:
            field_dict["gpuModelId"] = self.gpu_model_id
        if self.gpus:
            field_dict["gpus"] = self.gpus
        if self.id:
            field_dict["id"] = self.id
        if self.internal_ip_address:
            field_dict["internalIpAddress"] = self.internal_ip_address
        if self.machine_type_id:
            field_dict["machineTypeId"] = self.machine_type_id
        if self.memory_gib:
            field_dict["memoryGib"] = self.memory_gib
        if self.power_state is not MachinePowerState.MACHINE_POWER_STATE_UNSPECIFIED:
            field_dict["powerState"] = self.power_state.value
        if self.price_hr is not None:
            field_dict["priceHr"] = self.price_hr.to_dict()
        if self.project_id:
            field_dict["projectId"] = self.project_id
        if self.state is not ClusterMachineState.STATE_UNSPECIFIED:
            field_dict["state"] = self.state.value
        if self.volume_ids:
            field_dict["volumeIds"] = [_v0 for _v0 in self.volume_ids]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _architecture = d.pop("architecture", None)
        _cpu_cores = d.pop("cpuCores", None)
        _cpu_model = d.pop("cpuModel", None)
        _cpu_speed_mhz = d.pop("cpuSpeedMhz", None)
        _create_by = d.pop("createBy", None)
        _create_time = d.pop("createTime", None)
        _data_center_id = d.pop("dataCenterId", None)
        _disk_size_gib = d.pop("diskSizeGib", None)
        _disks = d.pop("disks", None)
        _external_ip_address = d.pop("externalIpAddress", None)
        _gpu_model_id = d.pop("gpuModelId", None)
        _gpus = d.pop("gpus", None)
        _id = d.pop("id", None)
        _internal_ip_address = d.pop("internalIpAddress", None)
        _machine_type_id = d.pop("machineTypeId", None)
        _memory_gib = d.pop("memoryGib", None)
        _power_state = d.pop("powerState", None)
        _price_hr = d.pop("priceHr", None)
        _project_id = d.pop("projectId", None)
        _state = d.pop("state", None)
        _volume_ids = d.pop("volumeIds", None)
        obj = cls(
            architecture="" if _architecture is None else _architecture,
            cpu_cores=0 if _cpu_cores is None else parse_int(_cpu_cores),
            cpu_model="" if _cpu_model is None else _cpu_model,
            cpu_speed_mhz=0 if _cpu_speed_mhz is None else parse_int(_cpu_speed_mhz),
            create_by="" if _create_by is None else _create_by,
            create_time=None if _create_time is None else parse_datetime(_create_time),
            data_center_id="" if _data_center_id is None else _data_center_id,
            disk_size_gib=0 if _disk_size_gib is None else parse_int(_disk_size_gib),
            disks=0 if _disks is None else parse_int(_disks),
            external_ip_address="" if _external_ip_address is None else _external_ip_address,
            gpu_model_id="" if _gpu_model_id is None else _gpu_model_id,
            gpus=0 if _gpus is None else parse_int(_gpus),
            id="" if _id is None else _id,
            internal_ip_address="" if _internal_ip_address is None else _internal_ip_address,
            machine_type_id="" if _machine_type_id is None else _machine_type_id,
            memory_gib=0 if _memory_gib is None else parse_int(_memory_gib),
            power_state=MachinePowerState.MACHINE_POWER_STATE_UNSPECIFIED
            if _power_state is None
            else MachinePowerState.from_wire(_power_state),
            price_hr=None if _price_hr is None else Decimal.from_dict(_price_hr),
            project_id="" if _project_id is None else _project_id,
            state=ClusterMachineState.STATE_UNSPECIFIED if _state is None else ClusterMachineState.from_wire(_state),
            volume_ids=[] if _volume_ids is None else [_v0 for _v0 in _volume_ids],
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
                "architecture": "architecture",
                "cpu_cores": "cpuCores",
                "cpu_model": "cpuModel",
                "cpu_speed_mhz": "cpuSpeedMhz",
                "create_by": "createBy",
                "create_time": "createTime",
                "data_center_id": "dataCenterId",
                "disk_size_gib": "diskSizeGib",
                "disks": "disks",
                "external_ip_address": "externalIpAddress",
                "gpu_model_id": "gpuModelId",
                "gpus": "gpus",
                "id": "id",
                "internal_ip_address": "internalIpAddress",
                "machine_type_id": "machineTypeId",
                "memory_gib": "memoryGib",
                "power_state": "powerState",
                "price_hr": "priceHr",
                "project_id": "projectId",
                "state": "state",
                "volume_ids": "volumeIds",
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
from ..models.decimal import Decimal

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vm_state import VMState
from ..types import parse_datetime, parse_int, pydantic_schema, unknown_members

T = TypeVar("T", bound="VirtualMachineResult")


@_attrs_define
class VirtualMachineResult:
    """A VirtualMachineResult record of the API.

    Attributes:
        boot_disk_private_image_id (str): ``bootDiskPrivateImageId`` on the wire.
        boot_disk_public_image_id (str): ``bootDiskPublicImageId`` on the wire.
        boot_disk_size_gib (int): ``bootDiskSizeGib`` on the wire. In GiB.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        data_center_id (str): ``dataCenterId`` on the wire.
        gpu_model_id (str): ``gpuModelId`` on the wire.
        gpus (int): ``gpus`` on the wire.
        id (str): ``id`` on the wire.
        memory_gib (int): ``memoryGib`` on the wire. In GiB.
        project_id (str): ``projectId`` on the wire.
        state (VMState): ``state`` on the wire. The first member when absent.
        vcpus (int): ``vcpus`` on the wire.
    """

    boot_disk_private_image_id: str = ""
    boot_disk_public_image_id: str = ""
    boot_disk_size_gib: int = 0
    create_time: datetime.datetime | None = None
    data_center_id: str = ""
    gpu_model_id: str = ""
    gpus: int = 0
    id: str = ""
    memory_gib: int = 0
    project_id: str = ""
    state: VMState = VMState.CLONING
    vcpus: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.boot_disk_private_image_id:
            field_dict["bootDiskPrivateImageId"] = self.boot_disk_private_image_id
        if self.boot_disk_public_image_id:
            field_dict["bootDiskPublicImageId"] = self.boot_disk_public_image_id
        if self.boot_disk_size_gib:
            field_dict["bootDiskSizeGib"] = self.boot_disk_size_gib
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat()
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.gpu_model_id:
            field_dict["gpuModelId"] = self.gpu_model_id
        if self.gpus:
            field_dict["gpus"] = self.gpus
        if self.id:
            field_dict["id"] = self.id
        if self.memory_gib:
            field_dict["memoryGib"] = self.memory_gib
        if self.project_id:
            field_dict["projectId"] = self.project_id
        if self.state is not VMState.CLONING:
            field_dict["state"] = self.state.value
        if self.vcpus:
            field_dict["vcpus"] = self.vcpus
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("bootDiskPrivateImageId")
        obj.boot_disk_private_image_id = "" if v is None else v
        v = d.get("bootDiskPublicImageId")
        obj.boot_disk_public_image_id = "" if v is None else v
        v = d.get("bootDiskSizeGib")
        obj.boot_disk_size_gib = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("createTime")
        obj.create_time = None if v is None else parse_datetime(v)
        v = d.get("dataCenterId")
        obj.data_center_id = "" if v is None else v
        v = d.get("gpuModelId")
        obj.gpu_model_id = "" if v is None else v
        v = d.get("gpus")
        obj.gpus = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("id")
        obj.id = "" if v is None else v
        v = d.get("memoryGib")
        obj.memory_gib = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("projectId")
        obj.project_id = "" if v is None else v
        v = d.get("state")
        obj.state = VMState.CLONING if v is None else VMState.from_wire(v)
        v = d.get("vcpus")
        obj.vcpus = 0 if v is None else (v if type(v) is int else parse_int(v))
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("boot_disk_private_image_id", "bootDiskPrivateImageId", "str", False),
            ("boot_disk_public_image_id", "bootDiskPublicImageId", "str", False),
            ("boot_disk_size_gib", "bootDiskSizeGib", "int", False),
            ("create_time", "createTime", "datetime", False),
            ("data_center_id", "dataCenterId", "str", False),
            ("gpu_model_id", "gpuModelId", "str", False),
            ("gpus", "gpus", "int", False),
            ("id", "id", "str", False),
            ("memory_gib", "memoryGib", "int", False),
            ("project_id", "projectId", "str", False),
            ("state", "state", ("enum", VMState), False),
            ("vcpus", "vcpus", "int", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "boot_disk_private_image_id": "bootDiskPrivateImageId",
                "boot_disk_public_image_id": "bootDiskPublicImageId",
                "boot_disk_size_gib": "bootDiskSizeGib",
                "create_time": "createTime",
                "data_center_id": "dataCenterId",
                "gpu_model_id": "gpuModelId",
                "gpus": "gpus",
                "id": "id",
                "memory_gib": "memoryGib",
                "project_id": "projectId",
                "state": "state",
                "vcpus": "vcpus",
            },
            (),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "bootDiskPrivateImageId",
        "bootDiskPublicImageId",
        "bootDiskSizeGib",
        "createTime",
        "dataCenterId",
        "gpuModelId",
        "gpus",
        "id",
        "memoryGib",
        "projectId",
        "state",
        "vcpus",
    )
)

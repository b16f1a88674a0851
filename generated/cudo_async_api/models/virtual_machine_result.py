from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vm_state import VMState
from ..types import parse_datetime, parse_int, pydantic_schema

T = TypeVar("T", bound="VirtualMachineResult")


@_attrs_define
class VirtualMachineResult(Mapping[str, Any]):
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
        vcpus (int): ``vcpus`` on the wire. A count of virtual CPUs.
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
            field_dict["createTime"] = self.create_time.isoformat() if self.create_time is not None else None
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
        d = dict(src_dict)
        _boot_disk_private_image_id = d.pop("bootDiskPrivateImageId", None)
        _boot_disk_public_image_id = d.pop("bootDiskPublicImageId", None)
        _boot_disk_size_gib = d.pop("bootDiskSizeGib", None)
        _create_time = d.pop("createTime", None)
        _data_center_id = d.pop("dataCenterId", None)
        _gpu_model_id = d.pop("gpuModelId", None)
        _gpus = d.pop("gpus", None)
        _id = d.pop("id", None)
        _memory_gib = d.pop("memoryGib", None)
        _project_id = d.pop("projectId", None)
        _state = d.pop("state", None)
        _vcpus = d.pop("vcpus", None)
        obj = cls(
            boot_disk_private_image_id="" if _boot_disk_private_image_id is None else _boot_disk_private_image_id,
            boot_disk_public_image_id="" if _boot_disk_public_image_id is None else _boot_disk_public_image_id,
            boot_disk_size_gib=0 if _boot_disk_size_gib is None else parse_int(_boot_disk_size_gib),
            create_time=None if _create_time is None else parse_datetime(_create_time),
            data_center_id="" if _data_center_id is None else _data_center_id,
            gpu_model_id="" if _gpu_model_id is None else _gpu_model_id,
            gpus=0 if _gpus is None else parse_int(_gpus),
            id="" if _id is None else _id,
            memory_gib=0 if _memory_gib is None else parse_int(_memory_gib),
            project_id="" if _project_id is None else _project_id,
            state=VMState.CLONING if _state is None else VMState.from_wire(_state),
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

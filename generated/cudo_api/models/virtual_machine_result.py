from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vm_state import VmState
from ..types import UNSET, Unset, parse_datetime, parse_int

T = TypeVar("T", bound="VirtualMachineResult")


@_attrs_define
class VirtualMachineResult:
    """
    Attributes:
        boot_disk_private_image_id (str | Unset):
        boot_disk_public_image_id (str | Unset):
        boot_disk_size_gib (int | Unset):
        create_time (datetime.datetime | Unset):
        data_center_id (str | Unset):
        gpu_model_id (str | Unset):
        gpus (int | Unset):
        id (str | Unset):
        memory_gib (int | Unset):
        project_id (str | Unset):
        state (VmState | Unset):
        vcpus (int | Unset):
    """

    boot_disk_private_image_id: str | Unset = UNSET
    boot_disk_public_image_id: str | Unset = UNSET
    boot_disk_size_gib: int | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    data_center_id: str | Unset = UNSET
    gpu_model_id: str | Unset = UNSET
    gpus: int | Unset = UNSET
    id: str | Unset = UNSET
    memory_gib: int | Unset = UNSET
    project_id: str | Unset = UNSET
    state: VmState | Unset = UNSET
    vcpus: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        boot_disk_private_image_id = self.boot_disk_private_image_id

        boot_disk_public_image_id = self.boot_disk_public_image_id

        boot_disk_size_gib = self.boot_disk_size_gib

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        data_center_id = self.data_center_id

        gpu_model_id = self.gpu_model_id

        gpus = self.gpus

        id = self.id

        memory_gib = self.memory_gib

        project_id = self.project_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        vcpus = self.vcpus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if boot_disk_private_image_id is not UNSET:
            field_dict["bootDiskPrivateImageId"] = boot_disk_private_image_id
        if boot_disk_public_image_id is not UNSET:
            field_dict["bootDiskPublicImageId"] = boot_disk_public_image_id
        if boot_disk_size_gib is not UNSET:
            field_dict["bootDiskSizeGib"] = boot_disk_size_gib
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if data_center_id is not UNSET:
            field_dict["dataCenterId"] = data_center_id
        if gpu_model_id is not UNSET:
            field_dict["gpuModelId"] = gpu_model_id
        if gpus is not UNSET:
            field_dict["gpus"] = gpus
        if id is not UNSET:
            field_dict["id"] = id
        if memory_gib is not UNSET:
            field_dict["memoryGib"] = memory_gib
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if state is not UNSET:
            field_dict["state"] = state
        if vcpus is not UNSET:
            field_dict["vcpus"] = vcpus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        boot_disk_private_image_id = d.pop("bootDiskPrivateImageId", UNSET)

        boot_disk_public_image_id = d.pop("bootDiskPublicImageId", UNSET)

        _boot_disk_size_gib = d.pop("bootDiskSizeGib", UNSET)
        boot_disk_size_gib: int | Unset
        if _boot_disk_size_gib is UNSET:
            boot_disk_size_gib = UNSET
        else:
            boot_disk_size_gib = parse_int(_boot_disk_size_gib)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if _create_time is UNSET:
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        data_center_id = d.pop("dataCenterId", UNSET)

        gpu_model_id = d.pop("gpuModelId", UNSET)

        _gpus = d.pop("gpus", UNSET)
        gpus: int | Unset
        if _gpus is UNSET:
            gpus = UNSET
        else:
            gpus = parse_int(_gpus)

        id = d.pop("id", UNSET)

        _memory_gib = d.pop("memoryGib", UNSET)
        memory_gib: int | Unset
        if _memory_gib is UNSET:
            memory_gib = UNSET
        else:
            memory_gib = parse_int(_memory_gib)

        project_id = d.pop("projectId", UNSET)

        _state = d.pop("state", UNSET)
        state: VmState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = VmState.from_wire(_state)

        _vcpus = d.pop("vcpus", UNSET)
        vcpus: int | Unset
        if _vcpus is UNSET:
            vcpus = UNSET
        else:
            vcpus = parse_int(_vcpus)

        virtual_machine_result = cls(
            boot_disk_private_image_id=boot_disk_private_image_id,
            boot_disk_public_image_id=boot_disk_public_image_id,
            boot_disk_size_gib=boot_disk_size_gib,
            create_time=create_time,
            data_center_id=data_center_id,
            gpu_model_id=gpu_model_id,
            gpus=gpus,
            id=id,
            memory_gib=memory_gib,
            project_id=project_id,
            state=state,
            vcpus=vcpus,
        )

        virtual_machine_result.additional_properties = d
        return virtual_machine_result

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disk_state import DiskState
from ..models.disk_type import DiskType
from ..types import UNSET, Unset, parse_datetime, parse_int

T = TypeVar("T", bound="Disk")


@_attrs_define
class Disk:
    """
    Attributes:
        data_center_id (str):
        id (str):
        project_id (str):
        size_gib (int):
        create_time (datetime.datetime | Unset):
        disk_state (DiskState | Unset):
        disk_type (DiskType | Unset):
        private_image_id (str | Unset):
        public_image_id (str | Unset):
        vm_id (str | Unset):
    """

    data_center_id: str
    id: str
    project_id: str
    size_gib: int
    create_time: datetime.datetime | Unset = UNSET
    disk_state: DiskState | Unset = UNSET
    disk_type: DiskType | Unset = UNSET
    private_image_id: str | Unset = UNSET
    public_image_id: str | Unset = UNSET
    vm_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_center_id = self.data_center_id

        id = self.id

        project_id = self.project_id

        size_gib = self.size_gib

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        disk_state: str | Unset = UNSET
        if not isinstance(self.disk_state, Unset):
            disk_state = self.disk_state.value

        disk_type: str | Unset = UNSET
        if not isinstance(self.disk_type, Unset):
            disk_type = self.disk_type.value

        private_image_id = self.private_image_id

        public_image_id = self.public_image_id

        vm_id = self.vm_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataCenterId": data_center_id,
                "id": id,
                "projectId": project_id,
                "sizeGib": size_gib,
            }
        )
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if disk_state is not UNSET:
            field_dict["diskState"] = disk_state
        if disk_type is not UNSET:
            field_dict["diskType"] = disk_type
        if private_image_id is not UNSET:
            field_dict["privateImageId"] = private_image_id
        if public_image_id is not UNSET:
            field_dict["publicImageId"] = public_image_id
        if vm_id is not UNSET:
            field_dict["vmId"] = vm_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        data_center_id = d.pop("dataCenterId", "")

        id = d.pop("id", "")

        project_id = d.pop("projectId", "")

        size_gib = parse_int(d.pop("sizeGib", 0))

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if _create_time is UNSET:
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _disk_state = d.pop("diskState", UNSET)
        disk_state: DiskState | Unset
        if _disk_state is UNSET:
            disk_state = UNSET
        else:
            disk_state = DiskState.from_wire(_disk_state)

        _disk_type = d.pop("diskType", UNSET)
        disk_type: DiskType | Unset
        if _disk_type is UNSET:
            disk_type = UNSET
        else:
            disk_type = DiskType.from_wire(_disk_type)

        private_image_id = d.pop("privateImageId", UNSET)

        public_image_id = d.pop("publicImageId", UNSET)

        vm_id = d.pop("vmId", UNSET)

        disk = cls(
            data_center_id=data_center_id,
            id=id,
            project_id=project_id,
            size_gib=size_gib,
            create_time=create_time,
            disk_state=disk_state,
            disk_type=disk_type,
            private_image_id=private_image_id,
            public_image_id=public_image_id,
            vm_id=vm_id,
        )

        disk.additional_properties = d
        return disk

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

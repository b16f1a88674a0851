from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime, parse_int

T = TypeVar("T", bound="ImageResult")


@_attrs_define
class ImageResult:
    """
    Attributes:
        create_time (datetime.datetime | Unset):
        data_center_id (str | Unset):
        id (str | Unset):
        project_id (str | Unset):
        size_gib (int | Unset):
    """

    create_time: datetime.datetime | Unset = UNSET
    data_center_id: str | Unset = UNSET
    id: str | Unset = UNSET
    project_id: str | Unset = UNSET
    size_gib: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        data_center_id = self.data_center_id

        id = self.id

        project_id = self.project_id

        size_gib = self.size_gib

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if data_center_id is not UNSET:
            field_dict["dataCenterId"] = data_center_id
        if id is not UNSET:
            field_dict["id"] = id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if size_gib is not UNSET:
            field_dict["sizeGib"] = size_gib

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if _create_time is UNSET:
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        data_center_id = d.pop("dataCenterId", UNSET)

        id = d.pop("id", UNSET)

        project_id = d.pop("projectId", UNSET)

        _size_gib = d.pop("sizeGib", UNSET)
        size_gib: int | Unset
        if _size_gib is UNSET:
            size_gib = UNSET
        else:
            size_gib = parse_int(_size_gib)

        image_result = cls(
            create_time=create_time,
            data_center_id=data_center_id,
            id=id,
            project_id=project_id,
            size_gib=size_gib,
        )

        image_result.additional_properties = d
        return image_result

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="ObjectStorageUser")


@_attrs_define
class ObjectStorageUser:
    """
    Attributes:
        data_center_id (str):
        id (str):
        project_id (str):
        create_by (str | Unset):
        create_time (datetime.datetime | Unset):
        keys (list[ObjectStorageKey] | Unset):
    """

    data_center_id: str
    id: str
    project_id: str
    create_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    keys: list[ObjectStorageKey] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_center_id = self.data_center_id

        id = self.id

        project_id = self.project_id

        create_by = self.create_by

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        keys: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = []
            for keys_item_data in self.keys:
                keys_item = keys_item_data.to_dict()
                keys.append(keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataCenterId": data_center_id,
                "id": id,
                "projectId": project_id,
            }
        )
        if create_by is not UNSET:
            field_dict["createBy"] = create_by
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if keys is not UNSET:
            field_dict["keys"] = keys

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

        create_by = d.pop("createBy", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if _create_time is UNSET:
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _keys = d.pop("keys", UNSET)
        keys: list[ObjectStorageKey] | Unset = UNSET
        if _keys is not UNSET:
            keys = []
            for keys_item_data in _keys:
                keys_item = ObjectStorageKey.from_dict(keys_item_data)

                keys.append(keys_item)

        object_storage_user = cls(
            data_center_id=data_center_id,
            id=id,
            project_id=project_id,
            create_by=create_by,
            create_time=create_time,
            keys=keys,
        )

        object_storage_user.additional_properties = d
        return object_storage_user

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


# Imported after the class: models that refer to each other load in any order.
from ..models.object_storage_key import ObjectStorageKey

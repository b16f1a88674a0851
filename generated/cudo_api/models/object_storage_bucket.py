from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectStorageBucket")


@_attrs_define
class ObjectStorageBucket:
    """
    Attributes:
        data_center_id (str):
        id (str):
        project_id (str):
        billable_bytes (str | Unset):
        endpoint (str | Unset):
        object_count (str | Unset):
        size_bytes (str | Unset):
        storage_gib_price_hr (Decimal | Unset):
    """

    data_center_id: str
    id: str
    project_id: str
    billable_bytes: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    object_count: str | Unset = UNSET
    size_bytes: str | Unset = UNSET
    storage_gib_price_hr: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_center_id = self.data_center_id

        id = self.id

        project_id = self.project_id

        billable_bytes = self.billable_bytes

        endpoint = self.endpoint

        object_count = self.object_count

        size_bytes = self.size_bytes

        storage_gib_price_hr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_gib_price_hr, Unset):
            storage_gib_price_hr = self.storage_gib_price_hr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataCenterId": data_center_id,
                "id": id,
                "projectId": project_id,
            }
        )
        if billable_bytes is not UNSET:
            field_dict["billableBytes"] = billable_bytes
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if object_count is not UNSET:
            field_dict["objectCount"] = object_count
        if size_bytes is not UNSET:
            field_dict["sizeBytes"] = size_bytes
        if storage_gib_price_hr is not UNSET:
            field_dict["storageGibPriceHr"] = storage_gib_price_hr

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

        billable_bytes = d.pop("billableBytes", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        object_count = d.pop("objectCount", UNSET)

        size_bytes = d.pop("sizeBytes", UNSET)

        _storage_gib_price_hr = d.pop("storageGibPriceHr", UNSET)
        storage_gib_price_hr: Decimal | Unset
        if _storage_gib_price_hr is UNSET:
            storage_gib_price_hr = UNSET
        else:
            storage_gib_price_hr = Decimal.from_dict(_storage_gib_price_hr)

        object_storage_bucket = cls(
            data_center_id=data_center_id,
            id=id,
            project_id=project_id,
            billable_bytes=billable_bytes,
            endpoint=endpoint,
            object_count=object_count,
            size_bytes=size_bytes,
            storage_gib_price_hr=storage_gib_price_hr,
        )

        object_storage_bucket.additional_properties = d
        return object_storage_bucket

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
from ..models.decimal import Decimal

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ObjectStorageBucket")


@_attrs_define
class ObjectStorageBucket:
    """An S3-compatible bucket.

    Attributes:
        data_center_id (str): ``dataCenterId`` on the wire. Required by the API.
        id (str): ``id`` on the wire. Required by the API.
        project_id (str): ``projectId`` on the wire. Required by the API.
        billable_bytes (str): ``billableBytes`` on the wire.
        endpoint (str): ``endpoint`` on the wire.
        object_count (str): ``objectCount`` on the wire.
        size_bytes (str): ``sizeBytes`` on the wire.
        storage_gib_price_hr (Decimal | None): ``storageGibPriceHr`` on the wire. In GiB. Per hour. None when absent.
    """

    data_center_id: str
    id: str
    project_id: str
    billable_bytes: str = ""
    endpoint: str = ""
    object_count: str = ""
    size_bytes: str = ""
    storage_gib_price_hr: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["dataCenterId"] = self.data_center_id
        field_dict["id"] = self.id
        field_dict["projectId"] = self.project_id
        if self.billable_bytes:
            field_dict["billableBytes"] = self.billable_bytes
        if self.endpoint:
            field_dict["endpoint"] = self.endpoint
        if self.object_count:
            field_dict["objectCount"] = self.object_count
        if self.size_bytes:
            field_dict["sizeBytes"] = self.size_bytes
        if self.storage_gib_price_hr is not None:
            field_dict["storageGibPriceHr"] = self.storage_gib_price_hr.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _data_center_id = d.pop("dataCenterId", None)
        _id = d.pop("id", None)
        _project_id = d.pop("projectId", None)
        _billable_bytes = d.pop("billableBytes", None)
        _endpoint = d.pop("endpoint", None)
        _object_count = d.pop("objectCount", None)
        _size_bytes = d.pop("sizeBytes", None)
        _storage_gib_price_hr = d.pop("storageGibPriceHr", None)
        obj = cls(
            data_center_id="" if _data_center_id is None else _data_center_id,
            id="" if _id is None else _id,
            project_id="" if _project_id is None else _project_id,
            billable_bytes="" if _billable_bytes is None else _billable_bytes,
            endpoint="" if _endpoint is None else _endpoint,
            object_count="" if _object_count is None else _object_count,
            size_bytes="" if _size_bytes is None else _size_bytes,
            storage_gib_price_hr=None if _storage_gib_price_hr is None else Decimal.from_dict(_storage_gib_price_hr),
        )
        obj.additional_properties = d
        return obj


# Imported after the class: models that refer to each other load in any order.
from ..models.decimal import Decimal

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import pydantic_schema

T = TypeVar("T", bound="ObjectStorageBucket")


@_attrs_define
class ObjectStorageBucket(Mapping[str, Any]):
    """An S3-compatible bucket.

    Attributes:
        billable_bytes (str): ``billableBytes`` on the wire. In bytes.
        data_center_id (str): ``dataCenterId`` on the wire.
        endpoint (str): ``endpoint`` on the wire.
        id (str): ``id`` on the wire.
        object_count (str): ``objectCount`` on the wire.
        project_id (str): ``projectId`` on the wire.
        size_bytes (str): ``sizeBytes`` on the wire. In bytes.
        storage_gib_price_hr (Decimal | None): ``storageGibPriceHr`` on the wire. A price per GiB per hour, in the billing account's currency. None
            when absent.
    """

    billable_bytes: str = ""
    data_center_id: str = ""
    endpoint: str = ""
    id: str = ""
    object_count: str = ""
    project_id: str = ""
    size_bytes: str = ""
    storage_gib_price_hr: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.billable_bytes:
            field_dict["billableBytes"] = self.billable_bytes
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.endpoint:
            field_dict["endpoint"] = self.endpoint
        if self.id:
            field_dict["id"] = self.id
        if self.object_count:
            field_dict["objectCount"] = self.object_count
        if self.project_id:
            field_dict["projectId"] = self.project_id
        if self.size_bytes:
            field_dict["sizeBytes"] = self.size_bytes
        if self.storage_gib_price_hr is not None:
            field_dict["storageGibPriceHr"] = self.storage_gib_price_hr.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _billable_bytes = d.pop("billableBytes", None)
        _data_center_id = d.pop("dataCenterId", None)
        _endpoint = d.pop("endpoint", None)
        _id = d.pop("id", None)
        _object_count = d.pop("objectCount", None)
        _project_id = d.pop("projectId", None)
        _size_bytes = d.pop("sizeBytes", None)
        _storage_gib_price_hr = d.pop("storageGibPriceHr", None)
        obj = cls(
            billable_bytes="" if _billable_bytes is None else _billable_bytes,
            data_center_id="" if _data_center_id is None else _data_center_id,
            endpoint="" if _endpoint is None else _endpoint,
            id="" if _id is None else _id,
            object_count="" if _object_count is None else _object_count,
            project_id="" if _project_id is None else _project_id,
            size_bytes="" if _size_bytes is None else _size_bytes,
            storage_gib_price_hr=None if _storage_gib_price_hr is None else Decimal.from_dict(_storage_gib_price_hr),
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
                "billable_bytes": "billableBytes",
                "data_center_id": "dataCenterId",
                "endpoint": "endpoint",
                "id": "id",
                "object_count": "objectCount",
                "project_id": "projectId",
                "size_bytes": "sizeBytes",
                "storage_gib_price_hr": "storageGibPriceHr",
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

from __future__ import annotations

import decimal
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_decimal, parse_int, pydantic_schema, unknown_members

T = TypeVar("T", bound="ObjectStorageBucket")


@_attrs_define
class ObjectStorageBucket:
    """An S3-compatible bucket.

    Attributes:
        billable_bytes (int): ``billableBytes`` on the wire.
        data_center_id (str): ``dataCenterId`` on the wire.
        endpoint (str): ``endpoint`` on the wire.
        id (str): ``id`` on the wire.
        object_count (int): ``objectCount`` on the wire.
        project_id (str): ``projectId`` on the wire.
        size_bytes (int): ``sizeBytes`` on the wire.
        storage_gib_price_hr (decimal.Decimal): ``storageGibPriceHr`` on the wire. In GiB. Per hour.
    """

    billable_bytes: int = 0
    data_center_id: str = ""
    endpoint: str = ""
    id: str = ""
    object_count: int = 0
    project_id: str = ""
    size_bytes: int = 0
    storage_gib_price_hr: decimal.Decimal = decimal.Decimal()
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.billable_bytes:
            field_dict["billableBytes"] = str(self.billable_bytes)
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.endpoint:
            field_dict["endpoint"] = self.endpoint
        if self.id:
            field_dict["id"] = self.id
        if self.object_count:
            field_dict["objectCount"] = str(self.object_count)
        if self.project_id:
            field_dict["projectId"] = self.project_id
        if self.size_bytes:
            field_dict["sizeBytes"] = str(self.size_bytes)
        if self.storage_gib_price_hr:
            field_dict["storageGibPriceHr"] = {"value": str(self.storage_gib_price_hr)}
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("billableBytes")
        obj.billable_bytes = 0 if v is None else parse_int(v)
        v = d.get("dataCenterId")
        obj.data_center_id = "" if v is None else v
        v = d.get("endpoint")
        obj.endpoint = "" if v is None else v
        v = d.get("id")
        obj.id = "" if v is None else v
        v = d.get("objectCount")
        obj.object_count = 0 if v is None else parse_int(v)
        v = d.get("projectId")
        obj.project_id = "" if v is None else v
        v = d.get("sizeBytes")
        obj.size_bytes = 0 if v is None else parse_int(v)
        v = d.get("storageGibPriceHr")
        obj.storage_gib_price_hr = decimal.Decimal() if v is None else parse_decimal(v)
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("billable_bytes", "billableBytes", "int64", False),
            ("data_center_id", "dataCenterId", "str", False),
            ("endpoint", "endpoint", "str", False),
            ("id", "id", "str", False),
            ("object_count", "objectCount", "int64", False),
            ("project_id", "projectId", "str", False),
            ("size_bytes", "sizeBytes", "int64", False),
            ("storage_gib_price_hr", "storageGibPriceHr", "decimal", False),
        )

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

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "billableBytes",
        "dataCenterId",
        "endpoint",
        "id",
        "objectCount",
        "projectId",
        "sizeBytes",
        "storageGibPriceHr",
    )
)

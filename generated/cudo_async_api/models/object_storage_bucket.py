from __future__ import annotations

import decimal
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    parse_decimal,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="ObjectStorageBucket")


@_attrs_define
class ObjectStorageBucket:
    """An S3-compatible bucket.

    Attributes:
        billable_bytes (int): The object storage bucket's billable. ``billableBytes`` on the wire.
            In bytes.
        data_center_id (str): The data center's id. ``dataCenterId`` on the wire.
        endpoint (str): The object storage bucket's endpoint. ``endpoint`` on the wire.
        id (str): The object storage bucket's id. ``id`` on the wire.
        object_count (int): The object storage bucket's object count. ``objectCount`` on the wire.
        project_id (str): The project's id. ``projectId`` on the wire.
        size_bytes (int): The object storage bucket's size. ``sizeBytes`` on the wire. In bytes.
        storage_gib_price_hr (decimal.Decimal): The object storage bucket's storage gib price: a
            ``decimal.Decimal``. ``storageGibPriceHr`` on the wire. A price per GiB per hour, in the
            billing account's currency.
    """

    billable_bytes: int = 0
    data_center_id: str = ""
    endpoint: str = ""
    id: str = ""
    object_count: int = 0
    project_id: str = ""
    size_bytes: int = 0
    storage_gib_price_hr: decimal.Decimal = decimal.Decimal()
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

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
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("billableBytes")
        if v is not None:
            obj.billable_bytes = parse_int(v)
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("endpoint")
        if v is not None:
            obj.endpoint = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("objectCount")
        if v is not None:
            obj.object_count = parse_int(v)
        v = get("projectId")
        if v is not None:
            obj.project_id = v
        v = get("sizeBytes")
        if v is not None:
            obj.size_bytes = parse_int(v)
        v = get("storageGibPriceHr")
        if v is not None:
            obj.storage_gib_price_hr = parse_decimal(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

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

    if not TYPE_CHECKING:  # (for type checkers every field is always there, as it is when read)

        def __getattr__(self, name: str) -> Any:
            # A field the wire form left out (from_dict does not set it) reads as its zero value,
            # made on first read: a decoded answer holds no objects for the fields it did not carry.
            try:
                zero = _ZEROS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = zero()
            setattr(self, name, value)
            return value

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
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "billable_bytes": lambda: 0,
    "data_center_id": lambda: "",
    "endpoint": lambda: "",
    "id": lambda: "",
    "object_count": lambda: 0,
    "project_id": lambda: "",
    "size_bytes": lambda: 0,
    "storage_gib_price_hr": lambda: decimal.Decimal(),
    "additional_properties": dict,
}

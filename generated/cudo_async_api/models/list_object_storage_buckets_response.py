from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    decoded_in_place,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="ListObjectStorageBucketsResponse")


@_attrs_define
class ListObjectStorageBucketsResponse:
    """The answer of an operation.

    Attributes:
        buckets (list[ObjectStorageBucket]): The buckets: a list of ``ObjectStorageBucket``.
            ``buckets`` on the wire. Empty when absent.
        page_number (int): Which page this is. ``pageNumber`` on the wire.
        page_size (int): How many items a page holds at most. ``pageSize`` on the wire.
        total_count (int): How many items the whole listing holds (every page). ``totalCount`` on
            the wire.
    """

    buckets: list[ObjectStorageBucket] = _attrs_field(factory=list)
    page_number: int = 0
    page_size: int = 0
    total_count: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.buckets:
            field_dict["buckets"] = [_v0.to_dict() for _v0 in self.buckets]
        if self.page_number:
            field_dict["pageNumber"] = self.page_number
        if self.page_size:
            field_dict["pageSize"] = self.page_size
        if self.total_count:
            field_dict["totalCount"] = self.total_count
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("buckets")
        if v is not None:
            obj.buckets = [ObjectStorageBucket.from_dict(_v0) for _v0 in v]
        v = get("pageNumber")
        if v is not None:
            obj.page_number = v if type(v) is int else parse_int(v)
        v = get("pageSize")
        if v is not None:
            obj.page_size = v if type(v) is int else parse_int(v)
        v = get("totalCount")
        if v is not None:
            obj.total_count = v if type(v) is int else parse_int(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @classmethod
    def _from_parsed(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # from_dict for JSON the SDK has just parsed and nobody else holds: its lists become the
        # model's (lists of messages converted in place, each parsed dict freed as its model is
        # made), so a large answer allocates fewer objects and never holds both forms at once.
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("buckets")
        if v is not None:
            obj.buckets = decoded_in_place(v, ObjectStorageBucket._from_parsed)
        v = get("pageNumber")
        if v is not None:
            obj.page_number = v if type(v) is int else parse_int(v)
        v = get("pageSize")
        if v is not None:
            obj.page_size = v if type(v) is int else parse_int(v)
        v = get("totalCount")
        if v is not None:
            obj.total_count = v if type(v) is int else parse_int(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("buckets", "buckets", ("list", ("message", ObjectStorageBucket)), False),
            ("page_number", "pageNumber", "int", False),
            ("page_size", "pageSize", "int", False),
            ("total_count", "totalCount", "int", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "buckets": "buckets",
                "page_number": "pageNumber",
                "page_size": "pageSize",
                "total_count": "totalCount",
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

    def page_items(self) -> list[ObjectStorageBucket]:
        """The items this page carries (``buckets``); used by ``AsyncCudo.paginate``."""
        return self.buckets


_WIRE_NAMES = frozenset(
    (
        "buckets",
        "pageNumber",
        "pageSize",
        "totalCount",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "buckets": lambda: [],
    "page_number": lambda: 0,
    "page_size": lambda: 0,
    "total_count": lambda: 0,
    "additional_properties": dict,
}
# Imported after the class: models that refer to each other load in any order.
from ..models.object_storage_bucket import ObjectStorageBucket

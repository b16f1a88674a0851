from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    parse_datetime,
    pydantic_schema,
    refuse_unknown_members,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="UpdateVMExpireTimeBody")


@_attrs_define
class UpdateVMExpireTimeBody:
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        expire_time (datetime.datetime | None): The VM expire time's expire time. ``expireTime`` on
            the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        ttl (str): The VM expire time's ttl. ``ttl`` on the wire.
    """

    expire_time: datetime.datetime | None = None
    ttl: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.expire_time is not None:
            field_dict["expireTime"] = self.expire_time.isoformat()
        if self.ttl:
            field_dict["ttl"] = self.ttl
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("expireTime")
        if v is not None:
            obj.expire_time = parse_datetime(v)
        v = get("ttl")
        if v is not None:
            obj.ttl = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            refuse_unknown_members(cls, d)  # a request body: a key it does not list is a mistake
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("expire_time", "expireTime", "datetime", False),
            ("ttl", "ttl", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "expire_time": "expireTime",
                "ttl": "ttl",
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
        "expireTime",
        "ttl",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "expire_time": lambda: None,
    "ttl": lambda: "",
    "additional_properties": dict,
}

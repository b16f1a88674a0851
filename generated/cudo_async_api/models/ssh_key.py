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
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="SSHKey")


@_attrs_define
class SSHKey:
    """A public SSH key.

    Attributes:
        public_key (str): The SSH key's public key. ``publicKey`` on the wire. Required by the API.
        comment (str): The SSH key's comment. ``comment`` on the wire.
        create_time (datetime.datetime | None): When it was created. ``createTime`` on the wire. RFC
            3339 on the wire; a timezone-aware datetime, None when absent.
        fingerprint (str): The SSH key's fingerprint. ``fingerprint`` on the wire.
        id (str): The SSH key's id. ``id`` on the wire.
        type_ (str): The SSH key's type. ``type`` on the wire.
    """

    public_key: str
    comment: str = ""
    create_time: datetime.datetime | None = None
    fingerprint: str = ""
    id: str = ""
    type_: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["publicKey"] = self.public_key
        if self.comment:
            field_dict["comment"] = self.comment
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat()
        if self.fingerprint:
            field_dict["fingerprint"] = self.fingerprint
        if self.id:
            field_dict["id"] = self.id
        if self.type_:
            field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("publicKey")
        if v is not None:
            obj.public_key = v
        v = get("comment")
        if v is not None:
            obj.comment = v
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("fingerprint")
        if v is not None:
            obj.fingerprint = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("type")
        if v is not None:
            obj.type_ = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("public_key", "publicKey", "str", True),
            ("comment", "comment", "str", False),
            ("create_time", "createTime", "datetime", False),
            ("fingerprint", "fingerprint", "str", False),
            ("id", "id", "str", False),
            ("type_", "type", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "public_key": "publicKey",
                "comment": "comment",
                "create_time": "createTime",
                "fingerprint": "fingerprint",
                "id": "id",
                "type_": "type",
            },
            ("public_key",),
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
        "publicKey",
        "comment",
        "createTime",
        "fingerprint",
        "id",
        "type",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "public_key": lambda: "",
    "comment": lambda: "",
    "create_time": lambda: None,
    "fingerprint": lambda: "",
    "id": lambda: "",
    "type_": lambda: "",
    "additional_properties": dict,
}

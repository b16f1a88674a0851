from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime, pydantic_schema, unknown_members

T = TypeVar("T", bound="SSHKey")


@_attrs_define
class SSHKey:
    """A public SSH key.

    Attributes:
        public_key (str): ``publicKey`` on the wire. Required by the API.
        comment (str): ``comment`` on the wire.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        fingerprint (str): ``fingerprint`` on the wire.
        id (str): ``id`` on the wire.
        type_ (str): ``type`` on the wire.
    """

    public_key: str
    comment: str = ""
    create_time: datetime.datetime | None = None
    fingerprint: str = ""
    id: str = ""
    type_: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

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
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("publicKey")
        obj.public_key = "" if v is None else v
        v = d.get("comment")
        obj.comment = "" if v is None else v
        v = d.get("createTime")
        obj.create_time = None if v is None else parse_datetime(v)
        v = d.get("fingerprint")
        obj.fingerprint = "" if v is None else v
        v = d.get("id")
        obj.id = "" if v is None else v
        v = d.get("type")
        obj.type_ = "" if v is None else v
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

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

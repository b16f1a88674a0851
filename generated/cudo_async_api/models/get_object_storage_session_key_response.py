from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import pydantic_schema, unknown_members

T = TypeVar("T", bound="GetObjectStorageSessionKeyResponse")


@_attrs_define
class GetObjectStorageSessionKeyResponse:
    """The answer of an operation.

    Attributes:
        access_key (str): ``accessKey`` on the wire.
        endpoint (str): ``endpoint`` on the wire.
        secret_key (str): ``secretKey`` on the wire.
        session_name (str): ``sessionName`` on the wire.
        session_token (str): ``sessionToken`` on the wire.
    """

    access_key: str = _attrs_field(default="", repr=False)
    endpoint: str = ""
    secret_key: str = _attrs_field(default="", repr=False)
    session_name: str = ""
    session_token: str = _attrs_field(default="", repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.access_key:
            field_dict["accessKey"] = self.access_key
        if self.endpoint:
            field_dict["endpoint"] = self.endpoint
        if self.secret_key:
            field_dict["secretKey"] = self.secret_key
        if self.session_name:
            field_dict["sessionName"] = self.session_name
        if self.session_token:
            field_dict["sessionToken"] = self.session_token
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("accessKey")
        obj.access_key = "" if v is None else v
        v = d.get("endpoint")
        obj.endpoint = "" if v is None else v
        v = d.get("secretKey")
        obj.secret_key = "" if v is None else v
        v = d.get("sessionName")
        obj.session_name = "" if v is None else v
        v = d.get("sessionToken")
        obj.session_token = "" if v is None else v
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("access_key", "accessKey", "str", False),
            ("endpoint", "endpoint", "str", False),
            ("secret_key", "secretKey", "str", False),
            ("session_name", "sessionName", "str", False),
            ("session_token", "sessionToken", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "access_key": "accessKey",
                "endpoint": "endpoint",
                "secret_key": "secretKey",
                "session_name": "sessionName",
                "session_token": "sessionToken",
            },
            (),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "accessKey",
        "endpoint",
        "secretKey",
        "sessionName",
        "sessionToken",
    )
)

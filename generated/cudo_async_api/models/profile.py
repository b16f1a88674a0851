from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="Profile")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "email_address": "emailAddress",
    "first_name": "firstName",
    "last_name": "lastName",
    "picture": "picture",
}


@_attrs_define
class Profile(Mapping[str, Any]):
    """The calling user's profile.

    Attributes:
        email_address (str): ``emailAddress`` on the wire.
        first_name (str): ``firstName`` on the wire.
        last_name (str): ``lastName`` on the wire.
        picture (str): ``picture`` on the wire.
    """

    email_address: str = ""
    first_name: str = ""
    last_name: str = ""
    picture: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.email_address:
            field_dict["emailAddress"] = self.email_address
        if self.first_name:
            field_dict["firstName"] = self.first_name
        if self.last_name:
            field_dict["lastName"] = self.last_name
        if self.picture:
            field_dict["picture"] = self.picture
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _email_address = d.pop("emailAddress", None)
        _first_name = d.pop("firstName", None)
        _last_name = d.pop("lastName", None)
        _picture = d.pop("picture", None)
        obj = cls(
            email_address="" if _email_address is None else _email_address,
            first_name="" if _first_name is None else _first_name,
            last_name="" if _last_name is None else _last_name,
            picture="" if _picture is None else _picture,
        )
        obj.additional_properties = bounded_members(d) if d else d
        return obj

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            _WIRE_NAMES,
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

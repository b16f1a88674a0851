from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import (
    bounded_members,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="UserPermission")


@_attrs_define
class UserPermission:
    """A UserPermission record of the API.

    Attributes:
        permission_role (Role): The user permission's permission role: one of the ``Role`` members.
            ``permissionRole`` on the wire. The first member when absent. Required by the API.
        role (str): The user permission's role. ``role`` on the wire.
        user_email (str): The user permission's user email. ``userEmail`` on the wire.
        user_id (str): The user's id. ``userId`` on the wire.
        user_picture (str): The user permission's user picture. ``userPicture`` on the wire.
    """

    permission_role: Role
    role: str = ""
    user_email: str = ""
    user_id: str = ""
    user_picture: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["permissionRole"] = self.permission_role.value
        if self.role:
            field_dict["role"] = self.role
        if self.user_email:
            field_dict["userEmail"] = self.user_email
        if self.user_id:
            field_dict["userId"] = self.user_id
        if self.user_picture:
            field_dict["userPicture"] = self.user_picture
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("permissionRole")
        if v is not None:
            obj.permission_role = Role.from_wire(v)
        v = get("role")
        if v is not None:
            obj.role = v
        v = get("userEmail")
        if v is not None:
            obj.user_email = v
        v = get("userId")
        if v is not None:
            obj.user_id = v
        v = get("userPicture")
        if v is not None:
            obj.user_picture = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("permission_role", "permissionRole", ("enum", Role), True),
            ("role", "role", "str", False),
            ("user_email", "userEmail", "str", False),
            ("user_id", "userId", "str", False),
            ("user_picture", "userPicture", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "permission_role": "permissionRole",
                "role": "role",
                "user_email": "userEmail",
                "user_id": "userId",
                "user_picture": "userPicture",
            },
            ("permission_role",),
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
        "permissionRole",
        "role",
        "userEmail",
        "userId",
        "userPicture",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "permission_role": lambda: Role.UNKNOWN,
    "role": lambda: "",
    "user_email": lambda: "",
    "user_id": lambda: "",
    "user_picture": lambda: "",
    "additional_properties": dict,
}

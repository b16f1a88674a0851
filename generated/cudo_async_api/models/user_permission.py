from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import bounded_members, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="UserPermission")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "permission_role": "permissionRole",
    "role": "role",
    "user_email": "userEmail",
    "user_id": "userId",
    "user_picture": "userPicture",
}


@_attrs_define
class UserPermission(Mapping[str, Any]):
    """A UserPermission record of the API.

    Attributes:
        permission_role (Role): ``permissionRole`` on the wire. The first member when absent. Required by the API.
        role (str): ``role`` on the wire.
        user_email (str): ``userEmail`` on the wire.
        user_id (str): ``userId`` on the wire.
        user_picture (str): ``userPicture`` on the wire.
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
        d = dict(src_dict)
        _permission_role = d.pop("permissionRole", None)
        _role = d.pop("role", None)
        _user_email = d.pop("userEmail", None)
        _user_id = d.pop("userId", None)
        _user_picture = d.pop("userPicture", None)
        obj = cls(
            permission_role=Role.UNKNOWN if _permission_role is None else Role.from_wire(_permission_role),
            role="" if _role is None else _role,
            user_email="" if _user_email is None else _user_email,
            user_id="" if _user_id is None else _user_id,
            user_picture="" if _user_picture is None else _user_picture,
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
            ("permission_role",),
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

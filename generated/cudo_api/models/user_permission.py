from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPermission")


@_attrs_define
class UserPermission:
    """
    Attributes:
        permission_role (Role):
        role (str | Unset):
        user_email (str | Unset):
        user_id (str | Unset):
        user_picture (str | Unset):
    """

    permission_role: Role
    role: str | Unset = UNSET
    user_email: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_picture: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission_role = self.permission_role.value

        role = self.role

        user_email = self.user_email

        user_id = self.user_id

        user_picture = self.user_picture

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permissionRole": permission_role,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_picture is not UNSET:
            field_dict["userPicture"] = user_picture

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        permission_role = Role.from_wire(d.pop("permissionRole", "UNKNOWN"))

        role = d.pop("role", UNSET)

        user_email = d.pop("userEmail", UNSET)

        user_id = d.pop("userId", UNSET)

        user_picture = d.pop("userPicture", UNSET)

        user_permission = cls(
            permission_role=permission_role,
            role=role,
            user_email=user_email,
            user_id=user_id,
            user_picture=user_picture,
        )

        user_permission.additional_properties = d
        return user_permission

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_int

T = TypeVar("T", bound="UpdateProjectBody")


@_attrs_define
class UpdateProjectBody:
    """
    Attributes:
        billing_account_id (str):
        create_by (str | Unset):
        resource_count (int | Unset):
    """

    billing_account_id: str
    create_by: str | Unset = UNSET
    resource_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_account_id = self.billing_account_id

        create_by = self.create_by

        resource_count = self.resource_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billingAccountId": billing_account_id,
            }
        )
        if create_by is not UNSET:
            field_dict["createBy"] = create_by
        if resource_count is not UNSET:
            field_dict["resourceCount"] = resource_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        billing_account_id = d.pop("billingAccountId", "")

        create_by = d.pop("createBy", UNSET)

        _resource_count = d.pop("resourceCount", UNSET)
        resource_count: int | Unset
        if _resource_count is UNSET:
            resource_count = UNSET
        else:
            resource_count = parse_int(_resource_count)

        update_project_body = cls(
            billing_account_id=billing_account_id,
            create_by=create_by,
            resource_count=resource_count,
        )

        update_project_body.additional_properties = d
        return update_project_body

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

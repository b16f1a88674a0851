from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int

T = TypeVar("T", bound="ListSecurityGroupsResponse")


@_attrs_define
class ListSecurityGroupsResponse:
    """
    Attributes:
        page_number (int):
        page_size (int):
        security_groups (list[SecurityGroup]):
        total_count (int):
    """

    page_number: int
    page_size: int
    security_groups: list[SecurityGroup]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        page_size = self.page_size

        security_groups = []
        for security_groups_item_data in self.security_groups:
            security_groups_item = security_groups_item_data.to_dict()
            security_groups.append(security_groups_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pageNumber": page_number,
                "pageSize": page_size,
                "securityGroups": security_groups,
                "totalCount": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        page_number = parse_int(d.pop("pageNumber", 0))

        page_size = parse_int(d.pop("pageSize", 0))

        security_groups = []
        _security_groups = d.pop("securityGroups", [])
        for security_groups_item_data in _security_groups:
            security_groups_item = SecurityGroup.from_dict(security_groups_item_data)

            security_groups.append(security_groups_item)

        total_count = parse_int(d.pop("totalCount", 0))

        list_security_groups_response = cls(
            page_number=page_number,
            page_size=page_size,
            security_groups=security_groups,
            total_count=total_count,
        )

        list_security_groups_response.additional_properties = d
        return list_security_groups_response

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


# Imported after the class: models that refer to each other load in any order.
from ..models.security_group import SecurityGroup

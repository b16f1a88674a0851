from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int

T = TypeVar("T", bound="BillingAccountProject")


@_attrs_define
class BillingAccountProject:
    """A BillingAccountProject record of the API.

    Attributes:
        id (str): ``id`` on the wire. Required by the API.
        resource_count (int): ``resourceCount`` on the wire. Required by the API.
    """

    id: str
    resource_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["resourceCount"] = self.resource_count
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _id = d.pop("id", None)
        _resource_count = d.pop("resourceCount", None)
        obj = cls(
            id="" if _id is None else _id,
            resource_count=0 if _resource_count is None else parse_int(_resource_count),
        )
        obj.additional_properties = d
        return obj

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StatusDetail")


@_attrs_define
class StatusDetail:
    """One error detail, identified by its ``@type``.

    Attributes:
        type_ (str): ``@type`` on the wire. Required by the API.
    """

    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["@type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _type_ = d.pop("@type", None)
        obj = cls(
            type_="" if _type_ is None else _type_,
        )
        obj.additional_properties = d
        return obj

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
    """A Package record of the API.

    Attributes:
        description (str): ``description`` on the wire. Required by the API.
        name (str): ``name`` on the wire. Required by the API.
        version (str): ``version`` on the wire. Required by the API.
    """

    description: str
    name: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["description"] = self.description
        field_dict["name"] = self.name
        field_dict["version"] = self.version
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _description = d.pop("description", None)
        _name = d.pop("name", None)
        _version = d.pop("version", None)
        obj = cls(
            description="" if _description is None else _description,
            name="" if _name is None else _name,
            version="" if _version is None else _version,
        )
        obj.additional_properties = d
        return obj

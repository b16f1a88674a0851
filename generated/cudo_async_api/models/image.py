from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """A public operating system image.

    Attributes:
        description (str): ``description`` on the wire. Required by the API.
        display_name (str): ``displayName`` on the wire. Required by the API.
        id (str): ``id`` on the wire. Required by the API.
        installed_packages (list[Package]): ``installedPackages`` on the wire. Empty when absent. Required by the API.
        name (str): ``name`` on the wire. Required by the API.
        platform (str): ``platform`` on the wire. Required by the API.
        size_gib (int): ``sizeGib`` on the wire. In GiB. Required by the API.
    """

    description: str
    display_name: str
    id: str
    installed_packages: list[Package]
    name: str
    platform: str
    size_gib: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["description"] = self.description
        field_dict["displayName"] = self.display_name
        field_dict["id"] = self.id
        field_dict["installedPackages"] = [_v0.to_dict() for _v0 in self.installed_packages]
        field_dict["name"] = self.name
        field_dict["platform"] = self.platform
        field_dict["sizeGib"] = self.size_gib
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _description = d.pop("description", None)
        _display_name = d.pop("displayName", None)
        _id = d.pop("id", None)
        _installed_packages = d.pop("installedPackages", None)
        _name = d.pop("name", None)
        _platform = d.pop("platform", None)
        _size_gib = d.pop("sizeGib", None)
        obj = cls(
            description="" if _description is None else _description,
            display_name="" if _display_name is None else _display_name,
            id="" if _id is None else _id,
            installed_packages=[]
            if _installed_packages is None
            else [Package.from_dict(_v0) for _v0 in _installed_packages],
            name="" if _name is None else _name,
            platform="" if _platform is None else _platform,
            size_gib=0 if _size_gib is None else parse_int(_size_gib),
        )
        obj.additional_properties = d
        return obj


# Imported after the class: models that refer to each other load in any order.
from ..models.package import Package

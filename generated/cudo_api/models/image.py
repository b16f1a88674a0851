from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """
    Attributes:
        description (str):
        display_name (str):
        id (str):
        installed_packages (list[Package]):
        name (str):
        platform (str):
        size_gib (int):
    """

    description: str
    display_name: str
    id: str
    installed_packages: list[Package]
    name: str
    platform: str
    size_gib: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        display_name = self.display_name

        id = self.id

        installed_packages = []
        for installed_packages_item_data in self.installed_packages:
            installed_packages_item = installed_packages_item_data.to_dict()
            installed_packages.append(installed_packages_item)

        name = self.name

        platform = self.platform

        size_gib = self.size_gib

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "displayName": display_name,
                "id": id,
                "installedPackages": installed_packages,
                "name": name,
                "platform": platform,
                "sizeGib": size_gib,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        description = d.pop("description", "")

        display_name = d.pop("displayName", "")

        id = d.pop("id", "")

        installed_packages = []
        _installed_packages = d.pop("installedPackages", [])
        for installed_packages_item_data in _installed_packages:
            installed_packages_item = Package.from_dict(installed_packages_item_data)

            installed_packages.append(installed_packages_item)

        name = d.pop("name", "")

        platform = d.pop("platform", "")

        size_gib = parse_int(d.pop("sizeGib", 0))

        image = cls(
            description=description,
            display_name=display_name,
            id=id,
            installed_packages=installed_packages,
            name=name,
            platform=platform,
            size_gib=size_gib,
        )

        image.additional_properties = d
        return image

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
from ..models.package import Package

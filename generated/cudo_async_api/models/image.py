from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int, pydantic_schema, unknown_members

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """A public operating system image.

    Attributes:
        description (str): ``description`` on the wire.
        display_name (str): ``displayName`` on the wire.
        id (str): ``id`` on the wire.
        installed_packages (list[Package]): ``installedPackages`` on the wire. Empty when absent.
        name (str): ``name`` on the wire.
        platform (str): ``platform`` on the wire.
        size_gib (int): ``sizeGib`` on the wire. In GiB.
    """

    description: str = ""
    display_name: str = ""
    id: str = ""
    installed_packages: list[Package] = _attrs_field(factory=list)
    name: str = ""
    platform: str = ""
    size_gib: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.description:
            field_dict["description"] = self.description
        if self.display_name:
            field_dict["displayName"] = self.display_name
        if self.id:
            field_dict["id"] = self.id
        if self.installed_packages:
            field_dict["installedPackages"] = [_v0.to_dict() for _v0 in self.installed_packages]
        if self.name:
            field_dict["name"] = self.name
        if self.platform:
            field_dict["platform"] = self.platform
        if self.size_gib:
            field_dict["sizeGib"] = self.size_gib
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("description")
        obj.description = "" if v is None else v
        v = d.get("displayName")
        obj.display_name = "" if v is None else v
        v = d.get("id")
        obj.id = "" if v is None else v
        v = d.get("installedPackages")
        obj.installed_packages = [] if v is None else [Package.from_dict(_v0) for _v0 in v]
        v = d.get("name")
        obj.name = "" if v is None else v
        v = d.get("platform")
        obj.platform = "" if v is None else v
        v = d.get("sizeGib")
        obj.size_gib = 0 if v is None else (v if type(v) is int else parse_int(v))
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("description", "description", "str", False),
            ("display_name", "displayName", "str", False),
            ("id", "id", "str", False),
            ("installed_packages", "installedPackages", ("list", ("message", Package)), False),
            ("name", "name", "str", False),
            ("platform", "platform", "str", False),
            ("size_gib", "sizeGib", "int", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "description": "description",
                "display_name": "displayName",
                "id": "id",
                "installed_packages": "installedPackages",
                "name": "name",
                "platform": "platform",
                "size_gib": "sizeGib",
            },
            (),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "description",
        "displayName",
        "id",
        "installedPackages",
        "name",
        "platform",
        "sizeGib",
    )
)
# Imported after the class: models that refer to each other load in any order.
from ..models.package import Package

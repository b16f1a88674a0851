from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, parse_int, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="Image")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "description": "description",
    "display_name": "displayName",
    "id": "id",
    "installed_packages": "installedPackages",
    "name": "name",
    "platform": "platform",
    "size_gib": "sizeGib",
}


@_attrs_define
class Image(Mapping[str, Any]):
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

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
        obj.additional_properties = bounded_members(d) if d else d
        return obj

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            _WIRE_NAMES,
            (),
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


# Imported after the class: models that refer to each other load in any order.
from ..models.package import Package

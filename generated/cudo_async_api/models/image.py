from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    decoded_in_place,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """A public operating system image.

    Attributes:
        description (str): A free-text description. ``description`` on the wire.
        display_name (str): The name shown to people. ``displayName`` on the wire.
        id (str): The image's id. ``id`` on the wire.
        installed_packages (list[Package]): The image's installed packages: a list of ``Package``.
            ``installedPackages`` on the wire. Empty when absent.
        name (str): The image's name. ``name`` on the wire.
        platform (str): The image's platform. ``platform`` on the wire.
        size_gib (int): The image's size. ``sizeGib`` on the wire. In GiB.
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
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("description")
        if v is not None:
            obj.description = v
        v = get("displayName")
        if v is not None:
            obj.display_name = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("installedPackages")
        if v is not None:
            obj.installed_packages = [Package.from_dict(_v0) for _v0 in v]
        v = get("name")
        if v is not None:
            obj.name = v
        v = get("platform")
        if v is not None:
            obj.platform = v
        v = get("sizeGib")
        if v is not None:
            obj.size_gib = v if type(v) is int else parse_int(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @classmethod
    def _from_parsed(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # from_dict for JSON the SDK has just parsed and nobody else holds: its lists become the
        # model's (lists of messages converted in place, each parsed dict freed as its model is
        # made), so a large answer allocates fewer objects and never holds both forms at once.
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("description")
        if v is not None:
            obj.description = v
        v = get("displayName")
        if v is not None:
            obj.display_name = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("installedPackages")
        if v is not None:
            obj.installed_packages = decoded_in_place(v, Package._from_parsed)
        v = get("name")
        if v is not None:
            obj.name = v
        v = get("platform")
        if v is not None:
            obj.platform = v
        v = get("sizeGib")
        if v is not None:
            obj.size_gib = v if type(v) is int else parse_int(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
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

    if not TYPE_CHECKING:  # (for type checkers every field is always there, as it is when read)

        def __getattr__(self, name: str) -> Any:
            # A field the wire form left out (from_dict does not set it) reads as its zero value,
            # made on first read: a decoded answer holds no objects for the fields it did not carry.
            try:
                zero = _ZEROS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = zero()
            setattr(self, name, value)
            return value

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
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "description": lambda: "",
    "display_name": lambda: "",
    "id": lambda: "",
    "installed_packages": lambda: [],
    "name": lambda: "",
    "platform": lambda: "",
    "size_gib": lambda: 0,
    "additional_properties": dict,
}
# Imported after the class: models that refer to each other load in any order.
from ..models.package import Package

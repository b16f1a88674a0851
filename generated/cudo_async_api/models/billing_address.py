from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import pydantic_schema, unknown_members

T = TypeVar("T", bound="BillingAddress")


@_attrs_define
class BillingAddress:
    """A BillingAddress record of the API.

    Attributes:
        city (str): ``city`` on the wire.
        country (str): ``country`` on the wire.
        line1 (str): ``line1`` on the wire.
        line2 (str): ``line2`` on the wire.
        name (str): ``name`` on the wire.
        phone (str): ``phone`` on the wire.
        postal_code (str): ``postalCode`` on the wire.
        state (str): ``state`` on the wire.
    """

    city: str = ""
    country: str = ""
    line1: str = ""
    line2: str = ""
    name: str = ""
    phone: str = ""
    postal_code: str = ""
    state: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.city:
            field_dict["city"] = self.city
        if self.country:
            field_dict["country"] = self.country
        if self.line1:
            field_dict["line1"] = self.line1
        if self.line2:
            field_dict["line2"] = self.line2
        if self.name:
            field_dict["name"] = self.name
        if self.phone:
            field_dict["phone"] = self.phone
        if self.postal_code:
            field_dict["postalCode"] = self.postal_code
        if self.state:
            field_dict["state"] = self.state
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("city")
        obj.city = "" if v is None else v
        v = d.get("country")
        obj.country = "" if v is None else v
        v = d.get("line1")
        obj.line1 = "" if v is None else v
        v = d.get("line2")
        obj.line2 = "" if v is None else v
        v = d.get("name")
        obj.name = "" if v is None else v
        v = d.get("phone")
        obj.phone = "" if v is None else v
        v = d.get("postalCode")
        obj.postal_code = "" if v is None else v
        v = d.get("state")
        obj.state = "" if v is None else v
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("city", "city", "str", False),
            ("country", "country", "str", False),
            ("line1", "line1", "str", False),
            ("line2", "line2", "str", False),
            ("name", "name", "str", False),
            ("phone", "phone", "str", False),
            ("postal_code", "postalCode", "str", False),
            ("state", "state", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "city": "city",
                "country": "country",
                "line1": "line1",
                "line2": "line2",
                "name": "name",
                "phone": "phone",
                "postal_code": "postalCode",
                "state": "state",
            },
            (),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "city",
        "country",
        "line1",
        "line2",
        "name",
        "phone",
        "postalCode",
        "state",
    )
)

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="BillingAddress")


@_attrs_define
class BillingAddress:
    """A BillingAddress record of the API.

    Attributes:
        city (str): The billing address's city. ``city`` on the wire.
        country (str): The billing address's country. ``country`` on the wire.
        line1 (str): The billing address's line1. ``line1`` on the wire.
        line2 (str): The billing address's line2. ``line2`` on the wire.
        name (str): The billing address's name. ``name`` on the wire.
        phone (str): The billing address's phone. ``phone`` on the wire.
        postal_code (str): The billing address's postal code. ``postalCode`` on the wire.
        state (str): The billing address's state. ``state`` on the wire.
    """

    city: str = ""
    country: str = ""
    line1: str = ""
    line2: str = ""
    name: str = ""
    phone: str = ""
    postal_code: str = ""
    state: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

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
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("city")
        if v is not None:
            obj.city = v
        v = get("country")
        if v is not None:
            obj.country = v
        v = get("line1")
        if v is not None:
            obj.line1 = v
        v = get("line2")
        if v is not None:
            obj.line2 = v
        v = get("name")
        if v is not None:
            obj.name = v
        v = get("phone")
        if v is not None:
            obj.phone = v
        v = get("postalCode")
        if v is not None:
            obj.postal_code = v
        v = get("state")
        if v is not None:
            obj.state = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

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
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "city": lambda: "",
    "country": lambda: "",
    "line1": lambda: "",
    "line2": lambda: "",
    "name": lambda: "",
    "phone": lambda: "",
    "postal_code": lambda: "",
    "state": lambda: "",
    "additional_properties": dict,
}

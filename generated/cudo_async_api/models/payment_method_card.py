from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="PaymentMethodCard")


@_attrs_define
class PaymentMethodCard:
    """A PaymentMethodCard record of the API.

    Attributes:
        brand (str): The payment method card's brand. ``brand`` on the wire.
        country (str): The payment method card's country. ``country`` on the wire.
        exp_month (int): The payment method card's exp month. ``expMonth`` on the wire.
        exp_year (int): The payment method card's exp year. ``expYear`` on the wire.
        fingerprint (str): The payment method card's fingerprint. ``fingerprint`` on the wire.
        last4 (str): The payment method card's last4. ``last4`` on the wire.
    """

    brand: str = ""
    country: str = ""
    exp_month: int = 0
    exp_year: int = 0
    fingerprint: str = ""
    last4: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.brand:
            field_dict["brand"] = self.brand
        if self.country:
            field_dict["country"] = self.country
        if self.exp_month:
            field_dict["expMonth"] = str(self.exp_month)
        if self.exp_year:
            field_dict["expYear"] = str(self.exp_year)
        if self.fingerprint:
            field_dict["fingerprint"] = self.fingerprint
        if self.last4:
            field_dict["last4"] = self.last4
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("brand")
        if v is not None:
            obj.brand = v
        v = get("country")
        if v is not None:
            obj.country = v
        v = get("expMonth")
        if v is not None:
            obj.exp_month = parse_int(v)
        v = get("expYear")
        if v is not None:
            obj.exp_year = parse_int(v)
        v = get("fingerprint")
        if v is not None:
            obj.fingerprint = v
        v = get("last4")
        if v is not None:
            obj.last4 = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("brand", "brand", "str", False),
            ("country", "country", "str", False),
            ("exp_month", "expMonth", "int64", False),
            ("exp_year", "expYear", "int64", False),
            ("fingerprint", "fingerprint", "str", False),
            ("last4", "last4", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "brand": "brand",
                "country": "country",
                "exp_month": "expMonth",
                "exp_year": "expYear",
                "fingerprint": "fingerprint",
                "last4": "last4",
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
        "brand",
        "country",
        "expMonth",
        "expYear",
        "fingerprint",
        "last4",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "brand": lambda: "",
    "country": lambda: "",
    "exp_month": lambda: 0,
    "exp_year": lambda: 0,
    "fingerprint": lambda: "",
    "last4": lambda: "",
    "additional_properties": dict,
}

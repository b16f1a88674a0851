from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="PaymentMethodCard")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "brand": "brand",
    "country": "country",
    "exp_month": "expMonth",
    "exp_year": "expYear",
    "fingerprint": "fingerprint",
    "last4": "last4",
}


@_attrs_define
class PaymentMethodCard(Mapping[str, Any]):
    """A PaymentMethodCard record of the API.

    Attributes:
        brand (str): ``brand`` on the wire.
        country (str): ``country`` on the wire.
        exp_month (str): ``expMonth`` on the wire.
        exp_year (str): ``expYear`` on the wire.
        fingerprint (str): ``fingerprint`` on the wire.
        last4 (str): ``last4`` on the wire.
    """

    brand: str = ""
    country: str = ""
    exp_month: str = ""
    exp_year: str = ""
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
            field_dict["expMonth"] = self.exp_month
        if self.exp_year:
            field_dict["expYear"] = self.exp_year
        if self.fingerprint:
            field_dict["fingerprint"] = self.fingerprint
        if self.last4:
            field_dict["last4"] = self.last4
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _brand = d.pop("brand", None)
        _country = d.pop("country", None)
        _exp_month = d.pop("expMonth", None)
        _exp_year = d.pop("expYear", None)
        _fingerprint = d.pop("fingerprint", None)
        _last4 = d.pop("last4", None)
        obj = cls(
            brand="" if _brand is None else _brand,
            country="" if _country is None else _country,
            exp_month="" if _exp_month is None else _exp_month,
            exp_year="" if _exp_year is None else _exp_year,
            fingerprint="" if _fingerprint is None else _fingerprint,
            last4="" if _last4 is None else _last4,
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

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="BillingAddress")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "city": "city",
    "country": "country",
    "line1": "line1",
    "line2": "line2",
    "name": "name",
    "phone": "phone",
    "postal_code": "postalCode",
    "state": "state",
}


@_attrs_define
class BillingAddress(Mapping[str, Any]):
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
        d = dict(src_dict)
        _city = d.pop("city", None)
        _country = d.pop("country", None)
        _line1 = d.pop("line1", None)
        _line2 = d.pop("line2", None)
        _name = d.pop("name", None)
        _phone = d.pop("phone", None)
        _postal_code = d.pop("postalCode", None)
        _state = d.pop("state", None)
        obj = cls(
            city="" if _city is None else _city,
            country="" if _country is None else _country,
            line1="" if _line1 is None else _line1,
            line2="" if _line2 is None else _line2,
            name="" if _name is None else _name,
            phone="" if _phone is None else _phone,
            postal_code="" if _postal_code is None else _postal_code,
            state="" if _state is None else _state,
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

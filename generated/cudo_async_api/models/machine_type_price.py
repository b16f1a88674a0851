from __future__ import annotations

import decimal
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..types import (
    bounded_members,
    parse_decimal,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="MachineTypePrice")


@_attrs_define
class MachineTypePrice:
    """A MachineTypePrice record of the API.

    Attributes:
        ipv4_price_hr (decimal.Decimal): The machine type price's IPv4 price: a ``decimal.Decimal``.
            ``ipv4PriceHr`` on the wire. A price per hour, in the billing account's currency. Required
            by the API.
        price_hr (decimal.Decimal): The machine type price's price: a ``decimal.Decimal``.
            ``priceHr`` on the wire. A price per hour, in the billing account's currency. Required by
            the API.
        commitment_term (CommitmentTerm): The machine type price's commitment term: one of the
            ``CommitmentTerm`` members. ``commitmentTerm`` on the wire. The first member when absent.
        data_center_id (str): The data center's id. ``dataCenterId`` on the wire.
        machine_type_id (str): The machine type's id. ``machineTypeId`` on the wire.
    """

    ipv4_price_hr: decimal.Decimal
    price_hr: decimal.Decimal
    commitment_term: CommitmentTerm = CommitmentTerm.COMMITMENT_TERM_NONE
    data_center_id: str = ""
    machine_type_id: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["ipv4PriceHr"] = {"value": str(self.ipv4_price_hr)}
        field_dict["priceHr"] = {"value": str(self.price_hr)}
        if self.commitment_term is not CommitmentTerm.COMMITMENT_TERM_NONE:
            field_dict["commitmentTerm"] = self.commitment_term.value
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.machine_type_id:
            field_dict["machineTypeId"] = self.machine_type_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("ipv4PriceHr")
        if v is not None:
            obj.ipv4_price_hr = parse_decimal(v)
        v = get("priceHr")
        if v is not None:
            obj.price_hr = parse_decimal(v)
        v = get("commitmentTerm")
        if v is not None:
            obj.commitment_term = CommitmentTerm.from_wire(v)
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("machineTypeId")
        if v is not None:
            obj.machine_type_id = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("ipv4_price_hr", "ipv4PriceHr", "decimal", True),
            ("price_hr", "priceHr", "decimal", True),
            ("commitment_term", "commitmentTerm", ("enum", CommitmentTerm), False),
            ("data_center_id", "dataCenterId", "str", False),
            ("machine_type_id", "machineTypeId", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "ipv4_price_hr": "ipv4PriceHr",
                "price_hr": "priceHr",
                "commitment_term": "commitmentTerm",
                "data_center_id": "dataCenterId",
                "machine_type_id": "machineTypeId",
            },
            (
                "ipv4_price_hr",
                "price_hr",
            ),
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
        "ipv4PriceHr",
        "priceHr",
        "commitmentTerm",
        "dataCenterId",
        "machineTypeId",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "ipv4_price_hr": lambda: decimal.Decimal(),
    "price_hr": lambda: decimal.Decimal(),
    "commitment_term": lambda: CommitmentTerm.COMMITMENT_TERM_NONE,
    "data_center_id": lambda: "",
    "machine_type_id": lambda: "",
    "additional_properties": dict,
}

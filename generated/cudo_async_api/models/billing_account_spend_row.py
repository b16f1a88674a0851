from __future__ import annotations

import decimal
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit import Unit
from ..types import (
    bounded_members,
    float_to_wire,
    parse_decimal,
    parse_float,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="BillingAccountSpendRow")


@_attrs_define
class BillingAccountSpendRow:
    """A BillingAccountSpendRow record of the API.

    Attributes:
        amount (decimal.Decimal): The billing account spend row's amount: a ``decimal.Decimal``.
            ``amount`` on the wire. Required by the API.
        unit_amount (decimal.Decimal): The billing account spend row's unit amount: a
            ``decimal.Decimal``. ``unitAmount`` on the wire. Required by the API.
        description (str): A free-text description. ``description`` on the wire.
        project_id (str): The project's id. ``projectId`` on the wire.
        quantity (float): The billing account spend row's quantity. ``quantity`` on the wire.
        unit (Unit): The billing account spend row's unit: one of the ``Unit`` members. ``unit`` on
            the wire. The first member when absent.
    """

    amount: decimal.Decimal
    unit_amount: decimal.Decimal
    description: str = ""
    project_id: str = ""
    quantity: float = 0.0
    unit: Unit = Unit.UNIT_UNKNOWN
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["amount"] = {"value": str(self.amount)}
        field_dict["unitAmount"] = {"value": str(self.unit_amount)}
        if self.description:
            field_dict["description"] = self.description
        if self.project_id:
            field_dict["projectId"] = self.project_id
        if self.quantity:
            field_dict["quantity"] = float_to_wire(self.quantity)
        if self.unit is not Unit.UNIT_UNKNOWN:
            field_dict["unit"] = self.unit.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("amount")
        if v is not None:
            obj.amount = parse_decimal(v)
        v = get("unitAmount")
        if v is not None:
            obj.unit_amount = parse_decimal(v)
        v = get("description")
        if v is not None:
            obj.description = v
        v = get("projectId")
        if v is not None:
            obj.project_id = v
        v = get("quantity")
        if v is not None:
            obj.quantity = v if type(v) is float else parse_float(v)
        v = get("unit")
        if v is not None:
            obj.unit = Unit.from_wire(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("amount", "amount", "decimal", True),
            ("unit_amount", "unitAmount", "decimal", True),
            ("description", "description", "str", False),
            ("project_id", "projectId", "str", False),
            ("quantity", "quantity", "float", False),
            ("unit", "unit", ("enum", Unit), False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "amount": "amount",
                "unit_amount": "unitAmount",
                "description": "description",
                "project_id": "projectId",
                "quantity": "quantity",
                "unit": "unit",
            },
            (
                "amount",
                "unit_amount",
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
        "amount",
        "unitAmount",
        "description",
        "projectId",
        "quantity",
        "unit",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "amount": lambda: decimal.Decimal(),
    "unit_amount": lambda: decimal.Decimal(),
    "description": lambda: "",
    "project_id": lambda: "",
    "quantity": lambda: 0.0,
    "unit": lambda: Unit.UNIT_UNKNOWN,
    "additional_properties": dict,
}

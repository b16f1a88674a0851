from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit import Unit
from ..types import bounded_members, parse_float, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="BillingAccountSpendRow")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "amount": "amount",
    "unit_amount": "unitAmount",
    "description": "description",
    "project_id": "projectId",
    "quantity": "quantity",
    "unit": "unit",
}


@_attrs_define
class BillingAccountSpendRow(Mapping[str, Any]):
    """A BillingAccountSpendRow record of the API.

    Attributes:
        amount (Decimal): ``amount`` on the wire. Required by the API.
        unit_amount (Decimal): ``unitAmount`` on the wire. Required by the API.
        description (str): ``description`` on the wire.
        project_id (str): ``projectId`` on the wire.
        quantity (float): ``quantity`` on the wire.
        unit (Unit): ``unit`` on the wire. The first member when absent.
    """

    amount: Decimal
    unit_amount: Decimal
    description: str = ""
    project_id: str = ""
    quantity: float = 0.0
    unit: Unit = Unit.UNIT_UNKNOWN
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["amount"] = self.amount.to_dict()
        field_dict["unitAmount"] = self.unit_amount.to_dict()
        if self.description:
            field_dict["description"] = self.description
        if self.project_id:
            field_dict["projectId"] = self.project_id
        if self.quantity:
            field_dict["quantity"] = self.quantity
        if self.unit is not Unit.UNIT_UNKNOWN:
            field_dict["unit"] = self.unit.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _amount = d.pop("amount", None)
        _unit_amount = d.pop("unitAmount", None)
        _description = d.pop("description", None)
        _project_id = d.pop("projectId", None)
        _quantity = d.pop("quantity", None)
        _unit = d.pop("unit", None)
        obj = cls(
            amount=Decimal.from_dict({}) if _amount is None else Decimal.from_dict(_amount),
            unit_amount=Decimal.from_dict({}) if _unit_amount is None else Decimal.from_dict(_unit_amount),
            description="" if _description is None else _description,
            project_id="" if _project_id is None else _project_id,
            quantity=0.0 if _quantity is None else parse_float(_quantity),
            unit=Unit.UNIT_UNKNOWN if _unit is None else Unit.from_wire(_unit),
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
            (
                "amount",
                "unit_amount",
            ),
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
from ..models.decimal import Decimal

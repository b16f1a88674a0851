from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit import Unit
from ..types import parse_float

T = TypeVar("T", bound="BillingAccountSpendRow")


@_attrs_define
class BillingAccountSpendRow:
    """
    Attributes:
        amount (Decimal):
        description (str):
        project_id (str):
        quantity (float):
        unit (Unit):
        unit_amount (Decimal):
    """

    amount: Decimal
    description: str
    project_id: str
    quantity: float
    unit: Unit
    unit_amount: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount.to_dict()

        description = self.description

        project_id = self.project_id

        quantity = self.quantity

        unit = self.unit.value

        unit_amount = self.unit_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "description": description,
                "projectId": project_id,
                "quantity": quantity,
                "unit": unit,
                "unitAmount": unit_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        amount = Decimal.from_dict(d.pop("amount", {}))

        description = d.pop("description", "")

        project_id = d.pop("projectId", "")

        quantity = parse_float(d.pop("quantity", 0.0))

        unit = Unit.from_wire(d.pop("unit", "UNIT_UNKNOWN"))

        unit_amount = Decimal.from_dict(d.pop("unitAmount", {}))

        billing_account_spend_row = cls(
            amount=amount,
            description=description,
            project_id=project_id,
            quantity=quantity,
            unit=unit,
            unit_amount=unit_amount,
        )

        billing_account_spend_row.additional_properties = d
        return billing_account_spend_row

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: models that refer to each other load in any order.
from ..models.decimal import Decimal

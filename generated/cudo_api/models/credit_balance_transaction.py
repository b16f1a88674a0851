from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="CreditBalanceTransaction")


@_attrs_define
class CreditBalanceTransaction:
    """
    Attributes:
        amount (Decimal):
        create_time (datetime.datetime):
        description (str):
        id (str):
    """

    amount: Decimal
    create_time: datetime.datetime
    description: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount.to_dict()

        create_time = self.create_time.isoformat()

        description = self.description

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "createTime": create_time,
                "description": description,
                "id": id,
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

        create_time = parse_datetime(d.pop("createTime", "1970-01-01T00:00:00Z"))

        description = d.pop("description", "")

        id = d.pop("id", "")

        credit_balance_transaction = cls(
            amount=amount,
            create_time=create_time,
            description=description,
            id=id,
        )

        credit_balance_transaction.additional_properties = d
        return credit_balance_transaction

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditBalanceRecharge")


@_attrs_define
class CreditBalanceRecharge:
    """
    Attributes:
        auto_recharge (bool):
        high (Decimal):
        low (Decimal):
        transaction (Transaction | Unset):
    """

    auto_recharge: bool
    high: Decimal
    low: Decimal
    transaction: Transaction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_recharge = self.auto_recharge

        high = self.high.to_dict()

        low = self.low.to_dict()

        transaction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction, Unset):
            transaction = self.transaction.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "autoRecharge": auto_recharge,
                "high": high,
                "low": low,
            }
        )
        if transaction is not UNSET:
            field_dict["transaction"] = transaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        auto_recharge = d.pop("autoRecharge", False)

        high = Decimal.from_dict(d.pop("high", {}))

        low = Decimal.from_dict(d.pop("low", {}))

        _transaction = d.pop("transaction", UNSET)
        transaction: Transaction | Unset
        if _transaction is UNSET:
            transaction = UNSET
        else:
            transaction = Transaction.from_dict(_transaction)

        credit_balance_recharge = cls(
            auto_recharge=auto_recharge,
            high=high,
            low=low,
            transaction=transaction,
        )

        credit_balance_recharge.additional_properties = d
        return credit_balance_recharge

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
from ..models.transaction import Transaction

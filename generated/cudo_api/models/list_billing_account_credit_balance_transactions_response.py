from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListBillingAccountCreditBalanceTransactionsResponse")


@_attrs_define
class ListBillingAccountCreditBalanceTransactionsResponse:
    """
    Attributes:
        credit_balance_transactions (list[CreditBalanceTransaction]):
        has_more (bool):
    """

    credit_balance_transactions: list[CreditBalanceTransaction]
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_balance_transactions = []
        for credit_balance_transactions_item_data in self.credit_balance_transactions:
            credit_balance_transactions_item = credit_balance_transactions_item_data.to_dict()
            credit_balance_transactions.append(credit_balance_transactions_item)

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creditBalanceTransactions": credit_balance_transactions,
                "hasMore": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        credit_balance_transactions = []
        _credit_balance_transactions = d.pop("creditBalanceTransactions", [])
        for credit_balance_transactions_item_data in _credit_balance_transactions:
            credit_balance_transactions_item = CreditBalanceTransaction.from_dict(credit_balance_transactions_item_data)

            credit_balance_transactions.append(credit_balance_transactions_item)

        has_more = d.pop("hasMore", False)

        list_billing_account_credit_balance_transactions_response = cls(
            credit_balance_transactions=credit_balance_transactions,
            has_more=has_more,
        )

        list_billing_account_credit_balance_transactions_response.additional_properties = d
        return list_billing_account_credit_balance_transactions_response

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
from ..models.credit_balance_transaction import CreditBalanceTransaction

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int

T = TypeVar("T", bound="ListBillingAccountsResponse")


@_attrs_define
class ListBillingAccountsResponse:
    """
    Attributes:
        billing_accounts (list[BillingAccount]):
        page_size (int):
        page_token (str):
    """

    billing_accounts: list[BillingAccount]
    page_size: int
    page_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_accounts = []
        for billing_accounts_item_data in self.billing_accounts:
            billing_accounts_item = billing_accounts_item_data.to_dict()
            billing_accounts.append(billing_accounts_item)

        page_size = self.page_size

        page_token = self.page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billingAccounts": billing_accounts,
                "pageSize": page_size,
                "pageToken": page_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        billing_accounts = []
        _billing_accounts = d.pop("billingAccounts", [])
        for billing_accounts_item_data in _billing_accounts:
            billing_accounts_item = BillingAccount.from_dict(billing_accounts_item_data)

            billing_accounts.append(billing_accounts_item)

        page_size = parse_int(d.pop("pageSize", 0))

        page_token = d.pop("pageToken", "")

        list_billing_accounts_response = cls(
            billing_accounts=billing_accounts,
            page_size=page_size,
            page_token=page_token,
        )

        list_billing_accounts_response.additional_properties = d
        return list_billing_accounts_response

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
from ..models.billing_account import BillingAccount

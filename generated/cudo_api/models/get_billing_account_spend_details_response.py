from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetBillingAccountSpendDetailsResponse")


@_attrs_define
class GetBillingAccountSpendDetailsResponse:
    """
    Attributes:
        spend (list[BillingAccountSpendRow]):
    """

    spend: list[BillingAccountSpendRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spend = []
        for spend_item_data in self.spend:
            spend_item = spend_item_data.to_dict()
            spend.append(spend_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spend": spend,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        spend = []
        _spend = d.pop("spend", [])
        for spend_item_data in _spend:
            spend_item = BillingAccountSpendRow.from_dict(spend_item_data)

            spend.append(spend_item)

        get_billing_account_spend_details_response = cls(
            spend=spend,
        )

        get_billing_account_spend_details_response.additional_properties = d
        return get_billing_account_spend_details_response

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
from ..models.billing_account_spend_row import BillingAccountSpendRow

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetBillingAccountDetailsResponse")


@_attrs_define
class GetBillingAccountDetailsResponse:
    """
    Attributes:
        billing_account (BillingAccount):
        stripe_customer (StripeCustomer):
    """

    billing_account: BillingAccount
    stripe_customer: StripeCustomer
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_account = self.billing_account.to_dict()

        stripe_customer = self.stripe_customer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billingAccount": billing_account,
                "stripeCustomer": stripe_customer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        billing_account = BillingAccount.from_dict(d.pop("billingAccount", {}))

        stripe_customer = StripeCustomer.from_dict(d.pop("stripeCustomer", {}))

        get_billing_account_details_response = cls(
            billing_account=billing_account,
            stripe_customer=stripe_customer,
        )

        get_billing_account_details_response.additional_properties = d
        return get_billing_account_details_response

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
from ..models.stripe_customer import StripeCustomer

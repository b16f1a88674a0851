from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBillingAccountBody")


@_attrs_define
class UpdateBillingAccountBody:
    """
    Attributes:
        update_mask (str):
        billing_account (UpdateBillingAccountBodyBillingAccount | Unset):
    """

    update_mask: str
    billing_account: UpdateBillingAccountBodyBillingAccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_mask = self.update_mask

        billing_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_account, Unset):
            billing_account = self.billing_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "updateMask": update_mask,
            }
        )
        if billing_account is not UNSET:
            field_dict["billingAccount"] = billing_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        update_mask = d.pop("updateMask", "")

        _billing_account = d.pop("billingAccount", UNSET)
        billing_account: UpdateBillingAccountBodyBillingAccount | Unset
        if _billing_account is UNSET:
            billing_account = UNSET
        else:
            billing_account = UpdateBillingAccountBodyBillingAccount.from_dict(_billing_account)

        update_billing_account_body = cls(
            update_mask=update_mask,
            billing_account=billing_account,
        )

        update_billing_account_body.additional_properties = d
        return update_billing_account_body

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
from ..models.update_billing_account_body_billing_account import UpdateBillingAccountBodyBillingAccount

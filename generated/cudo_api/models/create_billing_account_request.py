from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateBillingAccountRequest")


@_attrs_define
class CreateBillingAccountRequest:
    """
    Attributes:
        display_name (str):
        email (str):
        billing_address (BillingAddress | Unset):
        invoice_name (str | Unset):
        referral (str | Unset):
        tax_id (TaxId | Unset):
    """

    display_name: str
    email: str
    billing_address: BillingAddress | Unset = UNSET
    invoice_name: str | Unset = UNSET
    referral: str | Unset = UNSET
    tax_id: TaxId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        email = self.email

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        invoice_name = self.invoice_name

        referral = self.referral

        tax_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_id, Unset):
            tax_id = self.tax_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "email": email,
            }
        )
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if invoice_name is not UNSET:
            field_dict["invoiceName"] = invoice_name
        if referral is not UNSET:
            field_dict["referral"] = referral
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        display_name = d.pop("displayName", "")

        email = d.pop("email", "")

        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: BillingAddress | Unset
        if _billing_address is UNSET:
            billing_address = UNSET
        else:
            billing_address = BillingAddress.from_dict(_billing_address)

        invoice_name = d.pop("invoiceName", UNSET)

        referral = d.pop("referral", UNSET)

        _tax_id = d.pop("taxId", UNSET)
        tax_id: TaxId | Unset
        if _tax_id is UNSET:
            tax_id = UNSET
        else:
            tax_id = TaxId.from_dict(_tax_id)

        create_billing_account_request = cls(
            display_name=display_name,
            email=email,
            billing_address=billing_address,
            invoice_name=invoice_name,
            referral=referral,
            tax_id=tax_id,
        )

        create_billing_account_request.additional_properties = d
        return create_billing_account_request

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
from ..models.billing_address import BillingAddress
from ..models.tax_id import TaxId

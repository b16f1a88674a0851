from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingAccountPaymentMethod")


@_attrs_define
class BillingAccountPaymentMethod:
    """
    Attributes:
        card (PaymentMethodCard | Unset):
        id (str | Unset):
        is_default (bool | Unset):
        paypal (PaymentMethodPaypal | Unset):
        type_ (str | Unset):
    """

    card: PaymentMethodCard | Unset = UNSET
    id: str | Unset = UNSET
    is_default: bool | Unset = UNSET
    paypal: PaymentMethodPaypal | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        id = self.id

        is_default = self.is_default

        paypal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paypal, Unset):
            paypal = self.paypal.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card is not UNSET:
            field_dict["card"] = card
        if id is not UNSET:
            field_dict["id"] = id
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if paypal is not UNSET:
            field_dict["paypal"] = paypal
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        _card = d.pop("card", UNSET)
        card: PaymentMethodCard | Unset
        if _card is UNSET:
            card = UNSET
        else:
            card = PaymentMethodCard.from_dict(_card)

        id = d.pop("id", UNSET)

        is_default = d.pop("isDefault", UNSET)

        _paypal = d.pop("paypal", UNSET)
        paypal: PaymentMethodPaypal | Unset
        if _paypal is UNSET:
            paypal = UNSET
        else:
            paypal = PaymentMethodPaypal.from_dict(_paypal)

        type_ = d.pop("type", UNSET)

        billing_account_payment_method = cls(
            card=card,
            id=id,
            is_default=is_default,
            paypal=paypal,
            type_=type_,
        )

        billing_account_payment_method.additional_properties = d
        return billing_account_payment_method

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
from ..models.payment_method_card import PaymentMethodCard
from ..models.payment_method_paypal import PaymentMethodPaypal

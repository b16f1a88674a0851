from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodPaypal")


@_attrs_define
class PaymentMethodPaypal:
    """
    Attributes:
        payer_email (str | Unset):
        payer_id (str | Unset):
    """

    payer_email: str | Unset = UNSET
    payer_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payer_email = self.payer_email

        payer_id = self.payer_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payer_email is not UNSET:
            field_dict["payerEmail"] = payer_email
        if payer_id is not UNSET:
            field_dict["payerId"] = payer_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        payer_email = d.pop("payerEmail", UNSET)

        payer_id = d.pop("payerId", UNSET)

        payment_method_paypal = cls(
            payer_email=payer_email,
            payer_id=payer_id,
        )

        payment_method_paypal.additional_properties = d
        return payment_method_paypal

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentMethodCard")


@_attrs_define
class PaymentMethodCard:
    """
    Attributes:
        brand (str | Unset):
        country (str | Unset):
        exp_month (str | Unset):
        exp_year (str | Unset):
        fingerprint (str | Unset):
        last4 (str | Unset):
    """

    brand: str | Unset = UNSET
    country: str | Unset = UNSET
    exp_month: str | Unset = UNSET
    exp_year: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    last4: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand

        country = self.country

        exp_month = self.exp_month

        exp_year = self.exp_year

        fingerprint = self.fingerprint

        last4 = self.last4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if country is not UNSET:
            field_dict["country"] = country
        if exp_month is not UNSET:
            field_dict["expMonth"] = exp_month
        if exp_year is not UNSET:
            field_dict["expYear"] = exp_year
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if last4 is not UNSET:
            field_dict["last4"] = last4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        brand = d.pop("brand", UNSET)

        country = d.pop("country", UNSET)

        exp_month = d.pop("expMonth", UNSET)

        exp_year = d.pop("expYear", UNSET)

        fingerprint = d.pop("fingerprint", UNSET)

        last4 = d.pop("last4", UNSET)

        payment_method_card = cls(
            brand=brand,
            country=country,
            exp_month=exp_month,
            exp_year=exp_year,
            fingerprint=fingerprint,
            last4=last4,
        )

        payment_method_card.additional_properties = d
        return payment_method_card

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

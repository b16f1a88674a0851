from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkPriceHr")


@_attrs_define
class NetworkPriceHr:
    """
    Attributes:
        price_hr (Decimal | Unset):
    """

    price_hr: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_hr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_hr, Unset):
            price_hr = self.price_hr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price_hr is not UNSET:
            field_dict["priceHr"] = price_hr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        _price_hr = d.pop("priceHr", UNSET)
        price_hr: Decimal | Unset
        if _price_hr is UNSET:
            price_hr = UNSET
        else:
            price_hr = Decimal.from_dict(_price_hr)

        network_price_hr = cls(
            price_hr=price_hr,
        )

        network_price_hr.additional_properties = d
        return network_price_hr

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_int

T = TypeVar("T", bound="ListVolumePricesResponse")


@_attrs_define
class ListVolumePricesResponse:
    """
    Attributes:
        page_number (int | Unset):
        page_size (int | Unset):
        prices (list[VolumePrice] | Unset):
        total_count (int | Unset):
    """

    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    prices: list[VolumePrice] | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        page_size = self.page_size

        prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.prices, Unset):
            prices = []
            for prices_item_data in self.prices:
                prices_item = prices_item_data.to_dict()
                prices.append(prices_item)

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if prices is not UNSET:
            field_dict["prices"] = prices
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        _page_number = d.pop("pageNumber", UNSET)
        page_number: int | Unset
        if _page_number is UNSET:
            page_number = UNSET
        else:
            page_number = parse_int(_page_number)

        _page_size = d.pop("pageSize", UNSET)
        page_size: int | Unset
        if _page_size is UNSET:
            page_size = UNSET
        else:
            page_size = parse_int(_page_size)

        _prices = d.pop("prices", UNSET)
        prices: list[VolumePrice] | Unset = UNSET
        if _prices is not UNSET:
            prices = []
            for prices_item_data in _prices:
                prices_item = VolumePrice.from_dict(prices_item_data)

                prices.append(prices_item)

        _total_count = d.pop("totalCount", UNSET)
        total_count: int | Unset
        if _total_count is UNSET:
            total_count = UNSET
        else:
            total_count = parse_int(_total_count)

        list_volume_prices_response = cls(
            page_number=page_number,
            page_size=page_size,
            prices=prices,
            total_count=total_count,
        )

        list_volume_prices_response.additional_properties = d
        return list_volume_prices_response

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
from ..models.volume_price import VolumePrice

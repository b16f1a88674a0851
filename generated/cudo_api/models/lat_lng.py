from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_float

T = TypeVar("T", bound="LatLng")


@_attrs_define
class LatLng:
    """
    Attributes:
        latitude (float | Unset):
        longitude (float | Unset):
    """

    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        _latitude = d.pop("latitude", UNSET)
        latitude: float | Unset
        if _latitude is UNSET:
            latitude = UNSET
        else:
            latitude = parse_float(_latitude)

        _longitude = d.pop("longitude", UNSET)
        longitude: float | Unset
        if _longitude is UNSET:
            longitude = UNSET
        else:
            longitude = parse_float(_longitude)

        lat_lng = cls(
            latitude=latitude,
            longitude=longitude,
        )

        lat_lng.additional_properties = d
        return lat_lng

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

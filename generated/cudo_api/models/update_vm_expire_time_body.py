from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="UpdateVMExpireTimeBody")


@_attrs_define
class UpdateVMExpireTimeBody:
    """
    Attributes:
        expire_time (datetime.datetime | Unset):
        ttl (str | Unset):
    """

    expire_time: datetime.datetime | Unset = UNSET
    ttl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        _expire_time = d.pop("expireTime", UNSET)
        expire_time: datetime.datetime | Unset
        if _expire_time is UNSET:
            expire_time = UNSET
        else:
            expire_time = parse_datetime(_expire_time)

        ttl = d.pop("ttl", UNSET)

        update_vm_expire_time_body = cls(
            expire_time=expire_time,
            ttl=ttl,
        )

        update_vm_expire_time_body.additional_properties = d
        return update_vm_expire_time_body

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

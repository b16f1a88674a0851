from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VMNIC")


@_attrs_define
class VMNIC:
    """
    Attributes:
        external_ip_address (str | Unset):
        internal_ip_address (str | Unset):
        network_address (str | Unset):
        network_id (str | Unset):
        security_group_ids (list[str] | Unset):
    """

    external_ip_address: str | Unset = UNSET
    internal_ip_address: str | Unset = UNSET
    network_address: str | Unset = UNSET
    network_id: str | Unset = UNSET
    security_group_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_ip_address = self.external_ip_address

        internal_ip_address = self.internal_ip_address

        network_address = self.network_address

        network_id = self.network_id

        security_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.security_group_ids, Unset):
            security_group_ids = self.security_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_ip_address is not UNSET:
            field_dict["externalIpAddress"] = external_ip_address
        if internal_ip_address is not UNSET:
            field_dict["internalIpAddress"] = internal_ip_address
        if network_address is not UNSET:
            field_dict["networkAddress"] = network_address
        if network_id is not UNSET:
            field_dict["networkId"] = network_id
        if security_group_ids is not UNSET:
            field_dict["securityGroupIds"] = security_group_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        external_ip_address = d.pop("externalIpAddress", UNSET)

        internal_ip_address = d.pop("internalIpAddress", UNSET)

        network_address = d.pop("networkAddress", UNSET)

        network_id = d.pop("networkId", UNSET)

        security_group_ids = cast(list[str], d.pop("securityGroupIds", UNSET))

        vmnic = cls(
            external_ip_address=external_ip_address,
            internal_ip_address=internal_ip_address,
            network_address=network_address,
            network_id=network_id,
            security_group_ids=security_group_ids,
        )

        vmnic.additional_properties = d
        return vmnic

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

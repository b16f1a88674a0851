from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVMRequestNIC")


@_attrs_define
class CreateVMRequestNIC:
    """
    Attributes:
        assign_public_ip (bool | Unset):
        network_id (str | Unset):
        security_group_ids (list[str] | Unset):
    """

    assign_public_ip: bool | Unset = UNSET
    network_id: str | Unset = UNSET
    security_group_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assign_public_ip = self.assign_public_ip

        network_id = self.network_id

        security_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.security_group_ids, Unset):
            security_group_ids = self.security_group_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assign_public_ip is not UNSET:
            field_dict["assignPublicIp"] = assign_public_ip
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
        assign_public_ip = d.pop("assignPublicIp", UNSET)

        network_id = d.pop("networkId", UNSET)

        security_group_ids = cast(list[str], d.pop("securityGroupIds", UNSET))

        create_vm_request_nic = cls(
            assign_public_ip=assign_public_ip,
            network_id=network_id,
            security_group_ids=security_group_ids,
        )

        create_vm_request_nic.additional_properties = d
        return create_vm_request_nic

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

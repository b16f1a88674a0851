from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListProjectSshKeysResponse")


@_attrs_define
class ListProjectSshKeysResponse:
    """
    Attributes:
        ssh_keys (list[SshKey]):
    """

    ssh_keys: list[SshKey]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ssh_keys = []
        for ssh_keys_item_data in self.ssh_keys:
            ssh_keys_item = ssh_keys_item_data.to_dict()
            ssh_keys.append(ssh_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sshKeys": ssh_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        ssh_keys = []
        _ssh_keys = d.pop("sshKeys", [])
        for ssh_keys_item_data in _ssh_keys:
            ssh_keys_item = SshKey.from_dict(ssh_keys_item_data)

            ssh_keys.append(ssh_keys_item)

        list_project_ssh_keys_response = cls(
            ssh_keys=ssh_keys,
        )

        list_project_ssh_keys_response.additional_properties = d
        return list_project_ssh_keys_response

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
from ..models.ssh_key import SshKey

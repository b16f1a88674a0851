from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ssh_key_source import SshKeySource
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateVMAuthorizedSSHKeysBody")


@_attrs_define
class UpdateVMAuthorizedSSHKeysBody:
    """
    Attributes:
        custom_ssh_keys (list[str] | Unset):
        ssh_key_source (SshKeySource | Unset):
    """

    custom_ssh_keys: list[str] | Unset = UNSET
    ssh_key_source: SshKeySource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_ssh_keys: list[str] | Unset = UNSET
        if not isinstance(self.custom_ssh_keys, Unset):
            custom_ssh_keys = self.custom_ssh_keys

        ssh_key_source: str | Unset = UNSET
        if not isinstance(self.ssh_key_source, Unset):
            ssh_key_source = self.ssh_key_source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_ssh_keys is not UNSET:
            field_dict["customSshKeys"] = custom_ssh_keys
        if ssh_key_source is not UNSET:
            field_dict["sshKeySource"] = ssh_key_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        custom_ssh_keys = cast(list[str], d.pop("customSshKeys", UNSET))

        _ssh_key_source = d.pop("sshKeySource", UNSET)
        ssh_key_source: SshKeySource | Unset
        if _ssh_key_source is UNSET:
            ssh_key_source = UNSET
        else:
            ssh_key_source = SshKeySource.from_wire(_ssh_key_source)

        update_vm_authorized_ssh_keys_body = cls(
            custom_ssh_keys=custom_ssh_keys,
            ssh_key_source=ssh_key_source,
        )

        update_vm_authorized_ssh_keys_body.additional_properties = d
        return update_vm_authorized_ssh_keys_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ssh_key_source import SshKeySource
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeployMachineOSBody")


@_attrs_define
class DeployMachineOSBody:
    """
    Attributes:
        os (str):
        custom_ssh_keys (list[str] | Unset):
        ssh_key_source (SshKeySource | Unset):
        start_script (str | Unset):
        user_data (str | Unset):
    """

    os: str
    custom_ssh_keys: list[str] | Unset = UNSET
    ssh_key_source: SshKeySource | Unset = UNSET
    start_script: str | Unset = UNSET
    user_data: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os = self.os

        custom_ssh_keys: list[str] | Unset = UNSET
        if not isinstance(self.custom_ssh_keys, Unset):
            custom_ssh_keys = self.custom_ssh_keys

        ssh_key_source: str | Unset = UNSET
        if not isinstance(self.ssh_key_source, Unset):
            ssh_key_source = self.ssh_key_source.value

        start_script = self.start_script

        user_data = self.user_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "os": os,
            }
        )
        if custom_ssh_keys is not UNSET:
            field_dict["customSshKeys"] = custom_ssh_keys
        if ssh_key_source is not UNSET:
            field_dict["sshKeySource"] = ssh_key_source
        if start_script is not UNSET:
            field_dict["startScript"] = start_script
        if user_data is not UNSET:
            field_dict["userData"] = user_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        os = d.pop("os", "")

        custom_ssh_keys = cast(list[str], d.pop("customSshKeys", UNSET))

        _ssh_key_source = d.pop("sshKeySource", UNSET)
        ssh_key_source: SshKeySource | Unset
        if _ssh_key_source is UNSET:
            ssh_key_source = UNSET
        else:
            ssh_key_source = SshKeySource.from_wire(_ssh_key_source)

        start_script = d.pop("startScript", UNSET)

        user_data = d.pop("userData", UNSET)

        deploy_machine_os_body = cls(
            os=os,
            custom_ssh_keys=custom_ssh_keys,
            ssh_key_source=ssh_key_source,
            start_script=start_script,
            user_data=user_data,
        )

        deploy_machine_os_body.additional_properties = d
        return deploy_machine_os_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetObjectStorageSessionKeyResponse")


@_attrs_define
class GetObjectStorageSessionKeyResponse:
    """
    Attributes:
        access_key (str | Unset):
        endpoint (str | Unset):
        secret_key (str | Unset):
        session_name (str | Unset):
        session_token (str | Unset):
    """

    access_key: str | Unset = _attrs_field(default=UNSET, repr=False)
    endpoint: str | Unset = UNSET
    secret_key: str | Unset = _attrs_field(default=UNSET, repr=False)
    session_name: str | Unset = UNSET
    session_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key = self.access_key

        endpoint = self.endpoint

        secret_key = self.secret_key

        session_name = self.session_name

        session_token = self.session_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key is not UNSET:
            field_dict["accessKey"] = access_key
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if secret_key is not UNSET:
            field_dict["secretKey"] = secret_key
        if session_name is not UNSET:
            field_dict["sessionName"] = session_name
        if session_token is not UNSET:
            field_dict["sessionToken"] = session_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        access_key = d.pop("accessKey", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        secret_key = d.pop("secretKey", UNSET)

        session_name = d.pop("sessionName", UNSET)

        session_token = d.pop("sessionToken", UNSET)

        get_object_storage_session_key_response = cls(
            access_key=access_key,
            endpoint=endpoint,
            secret_key=secret_key,
            session_name=session_name,
            session_token=session_token,
        )

        get_object_storage_session_key_response.additional_properties = d
        return get_object_storage_session_key_response

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

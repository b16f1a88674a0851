from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConnectVMResponse")


@_attrs_define
class ConnectVMResponse:
    """The answer of an operation.

    Attributes:
        connect_url (str): ``connectUrl`` on the wire. Required by the API.
        token (str): ``token`` on the wire. Required by the API.
    """

    connect_url: str
    token: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["connectUrl"] = self.connect_url
        field_dict["token"] = self.token
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _connect_url = d.pop("connectUrl", None)
        _token = d.pop("token", None)
        obj = cls(
            connect_url="" if _connect_url is None else _connect_url,
            token="" if _token is None else _token,
        )
        obj.additional_properties = d
        return obj

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CheckoutSession")


@_attrs_define
class CheckoutSession:
    """A CheckoutSession record of the API.

    Attributes:
        client_secret (str): ``clientSecret`` on the wire. Required by the API.
    """

    client_secret: str = _attrs_field(repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["clientSecret"] = self.client_secret
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _client_secret = d.pop("clientSecret", None)
        obj = cls(
            client_secret="" if _client_secret is None else _client_secret,
        )
        obj.additional_properties = d
        return obj

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaymentMethodPaypal")


@_attrs_define
class PaymentMethodPaypal:
    """A PaymentMethodPaypal record of the API.

    Attributes:
        payer_email (str): ``payerEmail`` on the wire.
        payer_id (str): ``payerId`` on the wire.
    """

    payer_email: str = ""
    payer_id: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.payer_email:
            field_dict["payerEmail"] = self.payer_email
        if self.payer_id:
            field_dict["payerId"] = self.payer_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _payer_email = d.pop("payerEmail", None)
        _payer_id = d.pop("payerId", None)
        obj = cls(
            payer_email="" if _payer_email is None else _payer_email,
            payer_id="" if _payer_id is None else _payer_id,
        )
        obj.additional_properties = d
        return obj

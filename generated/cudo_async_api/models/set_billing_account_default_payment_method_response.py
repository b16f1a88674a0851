from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetBillingAccountDefaultPaymentMethodResponse")


@_attrs_define
class SetBillingAccountDefaultPaymentMethodResponse:
    """The answer of an operation.

    Attributes:
        id (str): ``id`` on the wire. Required by the API.
        payment_method_id (str): ``paymentMethodId`` on the wire. Required by the API.
    """

    id: str
    payment_method_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["paymentMethodId"] = self.payment_method_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _id = d.pop("id", None)
        _payment_method_id = d.pop("paymentMethodId", None)
        obj = cls(
            id="" if _id is None else _id,
            payment_method_id="" if _payment_method_id is None else _payment_method_id,
        )
        obj.additional_properties = d
        return obj

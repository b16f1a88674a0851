from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime

T = TypeVar("T", bound="CreditBalanceTransaction")


@_attrs_define
class CreditBalanceTransaction:
    """A CreditBalanceTransaction record of the API.

    Attributes:
        amount (Decimal): ``amount`` on the wire. Required by the API.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
            Required by the API.
        description (str): ``description`` on the wire. Required by the API.
        id (str): ``id`` on the wire. Required by the API.
    """

    amount: Decimal
    create_time: datetime.datetime | None
    description: str
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["amount"] = self.amount.to_dict()
        field_dict["createTime"] = self.create_time.isoformat() if self.create_time is not None else None
        field_dict["description"] = self.description
        field_dict["id"] = self.id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _amount = d.pop("amount", None)
        _create_time = d.pop("createTime", None)
        _description = d.pop("description", None)
        _id = d.pop("id", None)
        obj = cls(
            amount=Decimal.from_dict({}) if _amount is None else Decimal.from_dict(_amount),
            create_time=None if _create_time is None else parse_datetime(_create_time),
            description="" if _description is None else _description,
            id="" if _id is None else _id,
        )
        obj.additional_properties = d
        return obj


# Imported after the class: models that refer to each other load in any order.
from ..models.decimal import Decimal

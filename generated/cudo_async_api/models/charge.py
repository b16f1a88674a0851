from __future__ import annotations

import datetime
import decimal
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime, parse_decimal, pydantic_schema, unknown_members

T = TypeVar("T", bound="Charge")


@_attrs_define
class Charge:
    """A Charge record of the API.

    Attributes:
        amount (decimal.Decimal): ``amount`` on the wire. Required by the API.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
            Required by the API.
        paid (bool): ``paid`` on the wire. Required by the API.
        refunded (bool): ``refunded`` on the wire. Required by the API.
        status (str): ``status`` on the wire. Required by the API.
        failure_code (str): ``failureCode`` on the wire.
    """

    amount: decimal.Decimal
    create_time: datetime.datetime | None
    paid: bool
    refunded: bool
    status: str
    failure_code: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["amount"] = {"value": str(self.amount)}
        field_dict["createTime"] = self.create_time.isoformat() if self.create_time is not None else None
        field_dict["paid"] = self.paid
        field_dict["refunded"] = self.refunded
        field_dict["status"] = self.status
        if self.failure_code:
            field_dict["failureCode"] = self.failure_code
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("amount")
        obj.amount = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("createTime")
        obj.create_time = None if v is None else parse_datetime(v)
        v = d.get("paid")
        obj.paid = False if v is None else v
        v = d.get("refunded")
        obj.refunded = False if v is None else v
        v = d.get("status")
        obj.status = "" if v is None else v
        v = d.get("failureCode")
        obj.failure_code = "" if v is None else v
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("amount", "amount", "decimal", True),
            ("create_time", "createTime", "datetime", True),
            ("paid", "paid", "bool", True),
            ("refunded", "refunded", "bool", True),
            ("status", "status", "str", True),
            ("failure_code", "failureCode", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "amount": "amount",
                "create_time": "createTime",
                "paid": "paid",
                "refunded": "refunded",
                "status": "status",
                "failure_code": "failureCode",
            },
            (
                "amount",
                "create_time",
                "paid",
                "refunded",
                "status",
            ),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "amount",
        "createTime",
        "paid",
        "refunded",
        "status",
        "failureCode",
    )
)

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, parse_datetime, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="Charge")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "amount": "amount",
    "create_time": "createTime",
    "paid": "paid",
    "refunded": "refunded",
    "status": "status",
    "failure_code": "failureCode",
}


@_attrs_define
class Charge(Mapping[str, Any]):
    """A Charge record of the API.

    Attributes:
        amount (Decimal): ``amount`` on the wire. Required by the API.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
            Required by the API.
        paid (bool): ``paid`` on the wire. Required by the API.
        refunded (bool): ``refunded`` on the wire. Required by the API.
        status (str): ``status`` on the wire. Required by the API.
        failure_code (str): ``failureCode`` on the wire.
    """

    amount: Decimal
    create_time: datetime.datetime | None
    paid: bool
    refunded: bool
    status: str
    failure_code: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["amount"] = self.amount.to_dict()
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
        d = dict(src_dict)
        _amount = d.pop("amount", None)
        _create_time = d.pop("createTime", None)
        _paid = d.pop("paid", None)
        _refunded = d.pop("refunded", None)
        _status = d.pop("status", None)
        _failure_code = d.pop("failureCode", None)
        obj = cls(
            amount=Decimal.from_dict({}) if _amount is None else Decimal.from_dict(_amount),
            create_time=None if _create_time is None else parse_datetime(_create_time),
            paid=False if _paid is None else _paid,
            refunded=False if _refunded is None else _refunded,
            status="" if _status is None else _status,
            failure_code="" if _failure_code is None else _failure_code,
        )
        obj.additional_properties = bounded_members(d) if d else d
        return obj

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            _WIRE_NAMES,
            (
                "amount",
                "create_time",
                "paid",
                "refunded",
                "status",
            ),
        )

    # A read-only mapping of the wire form: dict(obj) == obj.to_dict(), obj["wireName"], "wireName" in obj.
    # (FastAPI takes a mapping parameter from the request body, and encodes a returned one with dict().)
    def __getitem__(self, name: str) -> Any:
        return self.to_dict()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())

    def __bool__(self) -> bool:
        # A message is there or it is None; one with every field at zero is still a message.
        return True


# Imported after the class: models that refer to each other load in any order.
from ..models.decimal import Decimal

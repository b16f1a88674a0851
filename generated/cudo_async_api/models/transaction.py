from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, parse_datetime, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="Transaction")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "amount": "amount",
    "create_time": "createTime",
    "description": "description",
    "id": "id",
    "last_payment_error": "lastPaymentError",
    "latest_charge": "latestCharge",
    "status": "status",
    "succeeded": "succeeded",
}


@_attrs_define
class Transaction(Mapping[str, Any]):
    """A charge or payment on a billing account.

    Attributes:
        amount (Decimal): ``amount`` on the wire. Required by the API.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
            Required by the API.
        description (str): ``description`` on the wire. Required by the API.
        id (str): ``id`` on the wire. Required by the API.
        last_payment_error (LastPaymentError): ``lastPaymentError`` on the wire. Required by the API.
        latest_charge (Charge): ``latestCharge`` on the wire. Required by the API.
        status (str): ``status`` on the wire. Required by the API.
        succeeded (bool): ``succeeded`` on the wire. Required by the API.
    """

    amount: Decimal
    create_time: datetime.datetime | None
    description: str
    id: str
    last_payment_error: LastPaymentError
    latest_charge: Charge
    status: str
    succeeded: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["amount"] = self.amount.to_dict()
        field_dict["createTime"] = self.create_time.isoformat() if self.create_time is not None else None
        field_dict["description"] = self.description
        field_dict["id"] = self.id
        field_dict["lastPaymentError"] = self.last_payment_error.to_dict()
        field_dict["latestCharge"] = self.latest_charge.to_dict()
        field_dict["status"] = self.status
        field_dict["succeeded"] = self.succeeded
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _amount = d.pop("amount", None)
        _create_time = d.pop("createTime", None)
        _description = d.pop("description", None)
        _id = d.pop("id", None)
        _last_payment_error = d.pop("lastPaymentError", None)
        _latest_charge = d.pop("latestCharge", None)
        _status = d.pop("status", None)
        _succeeded = d.pop("succeeded", None)
        obj = cls(
            amount=Decimal.from_dict({}) if _amount is None else Decimal.from_dict(_amount),
            create_time=None if _create_time is None else parse_datetime(_create_time),
            description="" if _description is None else _description,
            id="" if _id is None else _id,
            last_payment_error=LastPaymentError.from_dict({})
            if _last_payment_error is None
            else LastPaymentError.from_dict(_last_payment_error),
            latest_charge=Charge.from_dict({}) if _latest_charge is None else Charge.from_dict(_latest_charge),
            status="" if _status is None else _status,
            succeeded=False if _succeeded is None else _succeeded,
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
                "description",
                "id",
                "last_payment_error",
                "latest_charge",
                "status",
                "succeeded",
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
from ..models.charge import Charge
from ..models.decimal import Decimal
from ..models.last_payment_error import LastPaymentError

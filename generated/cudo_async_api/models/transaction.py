from __future__ import annotations

import datetime
import decimal
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    parse_datetime,
    parse_decimal,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="Transaction")


@_attrs_define
class Transaction:
    """A charge or payment on a billing account.

    Attributes:
        amount (decimal.Decimal): The transaction's amount: a ``decimal.Decimal``. ``amount`` on the
            wire. Required by the API.
        create_time (datetime.datetime | None): When it was created. ``createTime`` on the wire. RFC
            3339 on the wire; a timezone-aware datetime, None when absent. Required by the API.
        description (str): A free-text description. ``description`` on the wire. Required by the
            API.
        id (str): The transaction's id. ``id`` on the wire. Required by the API.
        last_payment_error (LastPaymentError): The transaction's last payment error: a
            ``LastPaymentError``. ``lastPaymentError`` on the wire. Required by the API.
        latest_charge (Charge): The transaction's latest charge: a ``Charge``. ``latestCharge`` on
            the wire. Required by the API.
        status (str): The transaction's status. ``status`` on the wire. Required by the API.
        succeeded (bool): The transaction's succeeded (a flag). ``succeeded`` on the wire. Required
            by the API.
    """

    amount: decimal.Decimal
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
        field_dict["amount"] = {"value": str(self.amount)}
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
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("amount")
        if v is not None:
            obj.amount = parse_decimal(v)
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("description")
        if v is not None:
            obj.description = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("lastPaymentError")
        if v is not None:
            obj.last_payment_error = LastPaymentError.from_dict(v)
        v = get("latestCharge")
        if v is not None:
            obj.latest_charge = Charge.from_dict(v)
        v = get("status")
        if v is not None:
            obj.status = v
        v = get("succeeded")
        if v is not None:
            obj.succeeded = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @classmethod
    def _from_parsed(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # from_dict for JSON the SDK has just parsed and nobody else holds: its lists become the
        # model's (lists of messages converted in place, each parsed dict freed as its model is
        # made), so a large answer allocates fewer objects and never holds both forms at once.
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("amount")
        if v is not None:
            obj.amount = parse_decimal(v)
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("description")
        if v is not None:
            obj.description = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("lastPaymentError")
        if v is not None:
            obj.last_payment_error = LastPaymentError._from_parsed(v)
        v = get("latestCharge")
        if v is not None:
            obj.latest_charge = Charge._from_parsed(v)
        v = get("status")
        if v is not None:
            obj.status = v
        v = get("succeeded")
        if v is not None:
            obj.succeeded = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("amount", "amount", "decimal", True),
            ("create_time", "createTime", "datetime", True),
            ("description", "description", "str", True),
            ("id", "id", "str", True),
            ("last_payment_error", "lastPaymentError", ("message", LastPaymentError), True),
            ("latest_charge", "latestCharge", ("message", Charge), True),
            ("status", "status", "str", True),
            ("succeeded", "succeeded", "bool", True),
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
                "description": "description",
                "id": "id",
                "last_payment_error": "lastPaymentError",
                "latest_charge": "latestCharge",
                "status": "status",
                "succeeded": "succeeded",
            },
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

    if not TYPE_CHECKING:  # (for type checkers every field is always there, as it is when read)

        def __getattr__(self, name: str) -> Any:
            # A field the wire form left out (from_dict does not set it) reads as its zero value,
            # made on first read: a decoded answer holds no objects for the fields it did not carry.
            try:
                zero = _ZEROS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = zero()
            setattr(self, name, value)
            return value

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "amount",
        "createTime",
        "description",
        "id",
        "lastPaymentError",
        "latestCharge",
        "status",
        "succeeded",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "amount": lambda: decimal.Decimal(),
    "create_time": lambda: None,
    "description": lambda: "",
    "id": lambda: "",
    "last_payment_error": lambda: LastPaymentError.from_dict({}),
    "latest_charge": lambda: Charge.from_dict({}),
    "status": lambda: "",
    "succeeded": lambda: False,
    "additional_properties": dict,
}
# Imported after the class: models that refer to each other load in any order.
from ..models.charge import Charge
from ..models.last_payment_error import LastPaymentError

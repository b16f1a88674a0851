from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice of a billing account.

    Attributes:
        amount_due (int): The invoice's amount due. ``amountDue`` on the wire.
        amount_paid (int): The invoice's amount paid. ``amountPaid`` on the wire.
        amount_remaining (int): The invoice's amount remaining. ``amountRemaining`` on the wire.
        auto_advance (bool): The invoice's auto advance (a flag). ``autoAdvance`` on the wire.
        billing_reason (str): The invoice's billing reason. ``billingReason`` on the wire.
        created (int): The invoice's created. ``created`` on the wire.
        currency (str): The invoice's currency. ``currency`` on the wire.
        description (str): A free-text description. ``description`` on the wire.
        due_date (int): The invoice's due date. ``dueDate`` on the wire.
        hosted_invoice_url (str): The invoice's hosted invoice URL. ``hostedInvoiceUrl`` on the
            wire.
        id (str): The invoice's id. ``id`` on the wire.
        number (str): The invoice's number. ``number`` on the wire.
        paid_date (int): The invoice's paid date. ``paidDate`` on the wire.
        period_end (int): The invoice's period end. ``periodEnd`` on the wire.
        period_start (int): The invoice's period start. ``periodStart`` on the wire.
        status (str): The invoice's status. ``status`` on the wire.
        subtotal (int): The invoice's subtotal. ``subtotal`` on the wire.
        subtotal_excluding_tax (int): The invoice's subtotal excluding tax. ``subtotalExcludingTax``
            on the wire.
        tax (int): The invoice's tax. ``tax`` on the wire.
        total (int): The invoice's total. ``total`` on the wire.
        total_excluding_tax (int): The invoice's total excluding tax. ``totalExcludingTax`` on the
            wire.
    """

    amount_due: int = 0
    amount_paid: int = 0
    amount_remaining: int = 0
    auto_advance: bool = False
    billing_reason: str = ""
    created: int = 0
    currency: str = ""
    description: str = ""
    due_date: int = 0
    hosted_invoice_url: str = ""
    id: str = ""
    number: str = ""
    paid_date: int = 0
    period_end: int = 0
    period_start: int = 0
    status: str = ""
    subtotal: int = 0
    subtotal_excluding_tax: int = 0
    tax: int = 0
    total: int = 0
    total_excluding_tax: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.amount_due:
            field_dict["amountDue"] = str(self.amount_due)
        if self.amount_paid:
            field_dict["amountPaid"] = str(self.amount_paid)
        if self.amount_remaining:
            field_dict["amountRemaining"] = str(self.amount_remaining)
        if self.auto_advance:
            field_dict["autoAdvance"] = self.auto_advance
        if self.billing_reason:
            field_dict["billingReason"] = self.billing_reason
        if self.created:
            field_dict["created"] = str(self.created)
        if self.currency:
            field_dict["currency"] = self.currency
        if self.description:
            field_dict["description"] = self.description
        if self.due_date:
            field_dict["dueDate"] = str(self.due_date)
        if self.hosted_invoice_url:
            field_dict["hostedInvoiceUrl"] = self.hosted_invoice_url
        if self.id:
            field_dict["id"] = self.id
        if self.number:
            field_dict["number"] = self.number
        if self.paid_date:
            field_dict["paidDate"] = str(self.paid_date)
        if self.period_end:
            field_dict["periodEnd"] = str(self.period_end)
        if self.period_start:
            field_dict["periodStart"] = str(self.period_start)
        if self.status:
            field_dict["status"] = self.status
        if self.subtotal:
            field_dict["subtotal"] = str(self.subtotal)
        if self.subtotal_excluding_tax:
            field_dict["subtotalExcludingTax"] = str(self.subtotal_excluding_tax)
        if self.tax:
            field_dict["tax"] = str(self.tax)
        if self.total:
            field_dict["total"] = str(self.total)
        if self.total_excluding_tax:
            field_dict["totalExcludingTax"] = str(self.total_excluding_tax)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("amountDue")
        if v is not None:
            obj.amount_due = parse_int(v)
        v = get("amountPaid")
        if v is not None:
            obj.amount_paid = parse_int(v)
        v = get("amountRemaining")
        if v is not None:
            obj.amount_remaining = parse_int(v)
        v = get("autoAdvance")
        if v is not None:
            obj.auto_advance = v
        v = get("billingReason")
        if v is not None:
            obj.billing_reason = v
        v = get("created")
        if v is not None:
            obj.created = parse_int(v)
        v = get("currency")
        if v is not None:
            obj.currency = v
        v = get("description")
        if v is not None:
            obj.description = v
        v = get("dueDate")
        if v is not None:
            obj.due_date = parse_int(v)
        v = get("hostedInvoiceUrl")
        if v is not None:
            obj.hosted_invoice_url = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("number")
        if v is not None:
            obj.number = v
        v = get("paidDate")
        if v is not None:
            obj.paid_date = parse_int(v)
        v = get("periodEnd")
        if v is not None:
            obj.period_end = parse_int(v)
        v = get("periodStart")
        if v is not None:
            obj.period_start = parse_int(v)
        v = get("status")
        if v is not None:
            obj.status = v
        v = get("subtotal")
        if v is not None:
            obj.subtotal = parse_int(v)
        v = get("subtotalExcludingTax")
        if v is not None:
            obj.subtotal_excluding_tax = parse_int(v)
        v = get("tax")
        if v is not None:
            obj.tax = parse_int(v)
        v = get("total")
        if v is not None:
            obj.total = parse_int(v)
        v = get("totalExcludingTax")
        if v is not None:
            obj.total_excluding_tax = parse_int(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("amount_due", "amountDue", "int64", False),
            ("amount_paid", "amountPaid", "int64", False),
            ("amount_remaining", "amountRemaining", "int64", False),
            ("auto_advance", "autoAdvance", "bool", False),
            ("billing_reason", "billingReason", "str", False),
            ("created", "created", "int64", False),
            ("currency", "currency", "str", False),
            ("description", "description", "str", False),
            ("due_date", "dueDate", "int64", False),
            ("hosted_invoice_url", "hostedInvoiceUrl", "str", False),
            ("id", "id", "str", False),
            ("number", "number", "str", False),
            ("paid_date", "paidDate", "int64", False),
            ("period_end", "periodEnd", "int64", False),
            ("period_start", "periodStart", "int64", False),
            ("status", "status", "str", False),
            ("subtotal", "subtotal", "int64", False),
            ("subtotal_excluding_tax", "subtotalExcludingTax", "int64", False),
            ("tax", "tax", "int64", False),
            ("total", "total", "int64", False),
            ("total_excluding_tax", "totalExcludingTax", "int64", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "amount_due": "amountDue",
                "amount_paid": "amountPaid",
                "amount_remaining": "amountRemaining",
                "auto_advance": "autoAdvance",
                "billing_reason": "billingReason",
                "created": "created",
                "currency": "currency",
                "description": "description",
                "due_date": "dueDate",
                "hosted_invoice_url": "hostedInvoiceUrl",
                "id": "id",
                "number": "number",
                "paid_date": "paidDate",
                "period_end": "periodEnd",
                "period_start": "periodStart",
                "status": "status",
                "subtotal": "subtotal",
                "subtotal_excluding_tax": "subtotalExcludingTax",
                "tax": "tax",
                "total": "total",
                "total_excluding_tax": "totalExcludingTax",
            },
            (),
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
        "amountDue",
        "amountPaid",
        "amountRemaining",
        "autoAdvance",
        "billingReason",
        "created",
        "currency",
        "description",
        "dueDate",
        "hostedInvoiceUrl",
        "id",
        "number",
        "paidDate",
        "periodEnd",
        "periodStart",
        "status",
        "subtotal",
        "subtotalExcludingTax",
        "tax",
        "total",
        "totalExcludingTax",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "amount_due": lambda: 0,
    "amount_paid": lambda: 0,
    "amount_remaining": lambda: 0,
    "auto_advance": lambda: False,
    "billing_reason": lambda: "",
    "created": lambda: 0,
    "currency": lambda: "",
    "description": lambda: "",
    "due_date": lambda: 0,
    "hosted_invoice_url": lambda: "",
    "id": lambda: "",
    "number": lambda: "",
    "paid_date": lambda: 0,
    "period_end": lambda: 0,
    "period_start": lambda: 0,
    "status": lambda: "",
    "subtotal": lambda: 0,
    "subtotal_excluding_tax": lambda: 0,
    "tax": lambda: 0,
    "total": lambda: 0,
    "total_excluding_tax": lambda: 0,
    "additional_properties": dict,
}

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int, pydantic_schema, unknown_members

T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice of a billing account.

    Attributes:
        amount_due (int): ``amountDue`` on the wire.
        amount_paid (int): ``amountPaid`` on the wire.
        amount_remaining (int): ``amountRemaining`` on the wire.
        auto_advance (bool): ``autoAdvance`` on the wire.
        billing_reason (str): ``billingReason`` on the wire.
        created (int): ``created`` on the wire.
        currency (str): ``currency`` on the wire.
        description (str): ``description`` on the wire.
        due_date (int): ``dueDate`` on the wire.
        hosted_invoice_url (str): ``hostedInvoiceUrl`` on the wire.
        id (str): ``id`` on the wire.
        number (str): ``number`` on the wire.
        paid_date (int): ``paidDate`` on the wire.
        period_end (int): ``periodEnd`` on the wire.
        period_start (int): ``periodStart`` on the wire.
        status (str): ``status`` on the wire.
        subtotal (int): ``subtotal`` on the wire.
        subtotal_excluding_tax (int): ``subtotalExcludingTax`` on the wire.
        tax (int): ``tax`` on the wire.
        total (int): ``total`` on the wire.
        total_excluding_tax (int): ``totalExcludingTax`` on the wire.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

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
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("amountDue")
        obj.amount_due = 0 if v is None else parse_int(v)
        v = d.get("amountPaid")
        obj.amount_paid = 0 if v is None else parse_int(v)
        v = d.get("amountRemaining")
        obj.amount_remaining = 0 if v is None else parse_int(v)
        v = d.get("autoAdvance")
        obj.auto_advance = False if v is None else v
        v = d.get("billingReason")
        obj.billing_reason = "" if v is None else v
        v = d.get("created")
        obj.created = 0 if v is None else parse_int(v)
        v = d.get("currency")
        obj.currency = "" if v is None else v
        v = d.get("description")
        obj.description = "" if v is None else v
        v = d.get("dueDate")
        obj.due_date = 0 if v is None else parse_int(v)
        v = d.get("hostedInvoiceUrl")
        obj.hosted_invoice_url = "" if v is None else v
        v = d.get("id")
        obj.id = "" if v is None else v
        v = d.get("number")
        obj.number = "" if v is None else v
        v = d.get("paidDate")
        obj.paid_date = 0 if v is None else parse_int(v)
        v = d.get("periodEnd")
        obj.period_end = 0 if v is None else parse_int(v)
        v = d.get("periodStart")
        obj.period_start = 0 if v is None else parse_int(v)
        v = d.get("status")
        obj.status = "" if v is None else v
        v = d.get("subtotal")
        obj.subtotal = 0 if v is None else parse_int(v)
        v = d.get("subtotalExcludingTax")
        obj.subtotal_excluding_tax = 0 if v is None else parse_int(v)
        v = d.get("tax")
        obj.tax = 0 if v is None else parse_int(v)
        v = d.get("total")
        obj.total = 0 if v is None else parse_int(v)
        v = d.get("totalExcludingTax")
        obj.total_excluding_tax = 0 if v is None else parse_int(v)
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

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

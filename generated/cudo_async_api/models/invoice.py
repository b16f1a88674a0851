from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="Invoice")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
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
}


@_attrs_define
class Invoice(Mapping[str, Any]):
    """An invoice of a billing account.

    Attributes:
        amount_due (str): ``amountDue`` on the wire.
        amount_paid (str): ``amountPaid`` on the wire.
        amount_remaining (str): ``amountRemaining`` on the wire.
        auto_advance (bool): ``autoAdvance`` on the wire.
        billing_reason (str): ``billingReason`` on the wire.
        created (str): ``created`` on the wire.
        currency (str): ``currency`` on the wire.
        description (str): ``description`` on the wire.
        due_date (str): ``dueDate`` on the wire.
        hosted_invoice_url (str): ``hostedInvoiceUrl`` on the wire.
        id (str): ``id`` on the wire.
        number (str): ``number`` on the wire.
        paid_date (str): ``paidDate`` on the wire.
        period_end (str): ``periodEnd`` on the wire.
        period_start (str): ``periodStart`` on the wire.
        status (str): ``status`` on the wire.
        subtotal (str): ``subtotal`` on the wire.
        subtotal_excluding_tax (str): ``subtotalExcludingTax`` on the wire.
        tax (str): ``tax`` on the wire.
        total (str): ``total`` on the wire.
        total_excluding_tax (str): ``totalExcludingTax`` on the wire.
    """

    amount_due: str = ""
    amount_paid: str = ""
    amount_remaining: str = ""
    auto_advance: bool = False
    billing_reason: str = ""
    created: str = ""
    currency: str = ""
    description: str = ""
    due_date: str = ""
    hosted_invoice_url: str = ""
    id: str = ""
    number: str = ""
    paid_date: str = ""
    period_end: str = ""
    period_start: str = ""
    status: str = ""
    subtotal: str = ""
    subtotal_excluding_tax: str = ""
    tax: str = ""
    total: str = ""
    total_excluding_tax: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.amount_due:
            field_dict["amountDue"] = self.amount_due
        if self.amount_paid:
            field_dict["amountPaid"] = self.amount_paid
        if self.amount_remaining:
            field_dict["amountRemaining"] = self.amount_remaining
        if self.auto_advance:
            field_dict["autoAdvance"] = self.auto_advance
        if self.billing_reason:
            field_dict["billingReason"] = self.billing_reason
        if self.created:
            field_dict["created"] = self.created
        if self.currency:
            field_dict["currency"] = self.currency
        if self.description:
            field_dict["description"] = self.description
        if self.due_date:
            field_dict["dueDate"] = self.due_date
        if self.hosted_invoice_url:
            field_dict["hostedInvoiceUrl"] = self.hosted_invoice_url
        if self.id:
            field_dict["id"] = self.id
        if self.number:
            field_dict["number"] = self.number
        if self.paid_date:
            field_dict["paidDate"] = self.paid_date
        if self.period_end:
            field_dict["periodEnd"] = self.period_end
        if self.period_start:
            field_dict["periodStart"] = self.period_start
        if self.status:
            field_dict["status"] = self.status
        if self.subtotal:
            field_dict["subtotal"] = self.subtotal
        if self.subtotal_excluding_tax:
            field_dict["subtotalExcludingTax"] = self.subtotal_excluding_tax
        if self.tax:
            field_dict["tax"] = self.tax
        if self.total:
            field_dict["total"] = self.total
        if self.total_excluding_tax:
            field_dict["totalExcludingTax"] = self.total_excluding_tax
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _amount_due = d.pop("amountDue", None)
        _amount_paid = d.pop("amountPaid", None)
        _amount_remaining = d.pop("amountRemaining", None)
        _auto_advance = d.pop("autoAdvance", None)
        _billing_reason = d.pop("billingReason", None)
        _created = d.pop("created", None)
        _currency = d.pop("currency", None)
        _description = d.pop("description", None)
        _due_date = d.pop("dueDate", None)
        _hosted_invoice_url = d.pop("hostedInvoiceUrl", None)
        _id = d.pop("id", None)
        _number = d.pop("number", None)
        _paid_date = d.pop("paidDate", None)
        _period_end = d.pop("periodEnd", None)
        _period_start = d.pop("periodStart", None)
        _status = d.pop("status", None)
        _subtotal = d.pop("subtotal", None)
        _subtotal_excluding_tax = d.pop("subtotalExcludingTax", None)
        _tax = d.pop("tax", None)
        _total = d.pop("total", None)
        _total_excluding_tax = d.pop("totalExcludingTax", None)
        obj = cls(
            amount_due="" if _amount_due is None else _amount_due,
            amount_paid="" if _amount_paid is None else _amount_paid,
            amount_remaining="" if _amount_remaining is None else _amount_remaining,
            auto_advance=False if _auto_advance is None else _auto_advance,
            billing_reason="" if _billing_reason is None else _billing_reason,
            created="" if _created is None else _created,
            currency="" if _currency is None else _currency,
            description="" if _description is None else _description,
            due_date="" if _due_date is None else _due_date,
            hosted_invoice_url="" if _hosted_invoice_url is None else _hosted_invoice_url,
            id="" if _id is None else _id,
            number="" if _number is None else _number,
            paid_date="" if _paid_date is None else _paid_date,
            period_end="" if _period_end is None else _period_end,
            period_start="" if _period_start is None else _period_start,
            status="" if _status is None else _status,
            subtotal="" if _subtotal is None else _subtotal,
            subtotal_excluding_tax="" if _subtotal_excluding_tax is None else _subtotal_excluding_tax,
            tax="" if _tax is None else _tax,
            total="" if _total is None else _total,
            total_excluding_tax="" if _total_excluding_tax is None else _total_excluding_tax,
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
            (),
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

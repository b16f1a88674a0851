from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """
    Attributes:
        amount_due (str | Unset):
        amount_paid (str | Unset):
        amount_remaining (str | Unset):
        auto_advance (bool | Unset):
        billing_reason (str | Unset):
        created (str | Unset):
        currency (str | Unset):
        description (str | Unset):
        due_date (str | Unset):
        hosted_invoice_url (str | Unset):
        id (str | Unset):
        number (str | Unset):
        paid_date (str | Unset):
        period_end (str | Unset):
        period_start (str | Unset):
        status (str | Unset):
        subtotal (str | Unset):
        subtotal_excluding_tax (str | Unset):
        tax (str | Unset):
        total (str | Unset):
        total_excluding_tax (str | Unset):
    """

    amount_due: str | Unset = UNSET
    amount_paid: str | Unset = UNSET
    amount_remaining: str | Unset = UNSET
    auto_advance: bool | Unset = UNSET
    billing_reason: str | Unset = UNSET
    created: str | Unset = UNSET
    currency: str | Unset = UNSET
    description: str | Unset = UNSET
    due_date: str | Unset = UNSET
    hosted_invoice_url: str | Unset = UNSET
    id: str | Unset = UNSET
    number: str | Unset = UNSET
    paid_date: str | Unset = UNSET
    period_end: str | Unset = UNSET
    period_start: str | Unset = UNSET
    status: str | Unset = UNSET
    subtotal: str | Unset = UNSET
    subtotal_excluding_tax: str | Unset = UNSET
    tax: str | Unset = UNSET
    total: str | Unset = UNSET
    total_excluding_tax: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_due = self.amount_due

        amount_paid = self.amount_paid

        amount_remaining = self.amount_remaining

        auto_advance = self.auto_advance

        billing_reason = self.billing_reason

        created = self.created

        currency = self.currency

        description = self.description

        due_date = self.due_date

        hosted_invoice_url = self.hosted_invoice_url

        id = self.id

        number = self.number

        paid_date = self.paid_date

        period_end = self.period_end

        period_start = self.period_start

        status = self.status

        subtotal = self.subtotal

        subtotal_excluding_tax = self.subtotal_excluding_tax

        tax = self.tax

        total = self.total

        total_excluding_tax = self.total_excluding_tax

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_due is not UNSET:
            field_dict["amountDue"] = amount_due
        if amount_paid is not UNSET:
            field_dict["amountPaid"] = amount_paid
        if amount_remaining is not UNSET:
            field_dict["amountRemaining"] = amount_remaining
        if auto_advance is not UNSET:
            field_dict["autoAdvance"] = auto_advance
        if billing_reason is not UNSET:
            field_dict["billingReason"] = billing_reason
        if created is not UNSET:
            field_dict["created"] = created
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if hosted_invoice_url is not UNSET:
            field_dict["hostedInvoiceUrl"] = hosted_invoice_url
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if paid_date is not UNSET:
            field_dict["paidDate"] = paid_date
        if period_end is not UNSET:
            field_dict["periodEnd"] = period_end
        if period_start is not UNSET:
            field_dict["periodStart"] = period_start
        if status is not UNSET:
            field_dict["status"] = status
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if subtotal_excluding_tax is not UNSET:
            field_dict["subtotalExcludingTax"] = subtotal_excluding_tax
        if tax is not UNSET:
            field_dict["tax"] = tax
        if total is not UNSET:
            field_dict["total"] = total
        if total_excluding_tax is not UNSET:
            field_dict["totalExcludingTax"] = total_excluding_tax

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        amount_due = d.pop("amountDue", UNSET)

        amount_paid = d.pop("amountPaid", UNSET)

        amount_remaining = d.pop("amountRemaining", UNSET)

        auto_advance = d.pop("autoAdvance", UNSET)

        billing_reason = d.pop("billingReason", UNSET)

        created = d.pop("created", UNSET)

        currency = d.pop("currency", UNSET)

        description = d.pop("description", UNSET)

        due_date = d.pop("dueDate", UNSET)

        hosted_invoice_url = d.pop("hostedInvoiceUrl", UNSET)

        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        paid_date = d.pop("paidDate", UNSET)

        period_end = d.pop("periodEnd", UNSET)

        period_start = d.pop("periodStart", UNSET)

        status = d.pop("status", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        subtotal_excluding_tax = d.pop("subtotalExcludingTax", UNSET)

        tax = d.pop("tax", UNSET)

        total = d.pop("total", UNSET)

        total_excluding_tax = d.pop("totalExcludingTax", UNSET)

        invoice = cls(
            amount_due=amount_due,
            amount_paid=amount_paid,
            amount_remaining=amount_remaining,
            auto_advance=auto_advance,
            billing_reason=billing_reason,
            created=created,
            currency=currency,
            description=description,
            due_date=due_date,
            hosted_invoice_url=hosted_invoice_url,
            id=id,
            number=number,
            paid_date=paid_date,
            period_end=period_end,
            period_start=period_start,
            status=status,
            subtotal=subtotal,
            subtotal_excluding_tax=subtotal_excluding_tax,
            tax=tax,
            total=total,
            total_excluding_tax=total_excluding_tax,
        )

        invoice.additional_properties = d
        return invoice

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

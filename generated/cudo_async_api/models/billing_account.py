from __future__ import annotations

import datetime
import decimal
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_account_state import BillingAccountState
from ..models.payment_terms import PaymentTerms
from ..types import parse_datetime, parse_decimal, pydantic_schema, unknown_members

T = TypeVar("T", bound="BillingAccount")


@_attrs_define
class BillingAccount:
    """A billing account: who pays, and how.

    Attributes:
        billing_address (BillingAddress | None): ``billingAddress`` on the wire. None when absent.
        billing_threshold (decimal.Decimal): ``billingThreshold`` on the wire.
        create_by (str): ``createBy`` on the wire.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        credit_balance (decimal.Decimal): ``creditBalance`` on the wire.
        credit_balance_recharge (CreditBalanceRecharge | None): ``creditBalanceRecharge`` on the wire. None when absent.
        delete_time (datetime.datetime | None): ``deleteTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        display_name (str): ``displayName`` on the wire.
        hourly_spend_limit (decimal.Decimal): ``hourlySpendLimit`` on the wire.
        hourly_spend_rate (decimal.Decimal): ``hourlySpendRate`` on the wire.
        id (str): ``id`` on the wire.
        invoice_time (datetime.datetime | None): ``invoiceTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        monthly_spend (str): ``monthlySpend`` on the wire.
        monthly_spend_limit (decimal.Decimal): ``monthlySpendLimit`` on the wire.
        next_invoice_total (decimal.Decimal): ``nextInvoiceTotal`` on the wire.
        payment_terms (PaymentTerms): ``paymentTerms`` on the wire. The first member when absent.
        purge_time (datetime.datetime | None): ``purgeTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        state (BillingAccountState): ``state`` on the wire. The first member when absent.
        stripe_ref (str): ``stripeRef`` on the wire.
        tax_id (TaxId | None): ``taxId`` on the wire. None when absent.
    """

    billing_address: BillingAddress | None = None
    billing_threshold: decimal.Decimal = decimal.Decimal()
    create_by: str = ""
    create_time: datetime.datetime | None = None
    credit_balance: decimal.Decimal = decimal.Decimal()
    credit_balance_recharge: CreditBalanceRecharge | None = None
    delete_time: datetime.datetime | None = None
    display_name: str = ""
    hourly_spend_limit: decimal.Decimal = decimal.Decimal()
    hourly_spend_rate: decimal.Decimal = decimal.Decimal()
    id: str = ""
    invoice_time: datetime.datetime | None = None
    monthly_spend: str = ""
    monthly_spend_limit: decimal.Decimal = decimal.Decimal()
    next_invoice_total: decimal.Decimal = decimal.Decimal()
    payment_terms: PaymentTerms = PaymentTerms.PAYMENT_TERMS_UNSPECIFIED
    purge_time: datetime.datetime | None = None
    state: BillingAccountState = BillingAccountState.STATE_UNSPECIFIED
    stripe_ref: str = ""
    tax_id: TaxId | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.billing_address is not None:
            field_dict["billingAddress"] = self.billing_address.to_dict()
        if self.billing_threshold:
            field_dict["billingThreshold"] = {"value": str(self.billing_threshold)}
        if self.create_by:
            field_dict["createBy"] = self.create_by
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat()
        if self.credit_balance:
            field_dict["creditBalance"] = {"value": str(self.credit_balance)}
        if self.credit_balance_recharge is not None:
            field_dict["creditBalanceRecharge"] = self.credit_balance_recharge.to_dict()
        if self.delete_time is not None:
            field_dict["deleteTime"] = self.delete_time.isoformat()
        if self.display_name:
            field_dict["displayName"] = self.display_name
        if self.hourly_spend_limit:
            field_dict["hourlySpendLimit"] = {"value": str(self.hourly_spend_limit)}
        if self.hourly_spend_rate:
            field_dict["hourlySpendRate"] = {"value": str(self.hourly_spend_rate)}
        if self.id:
            field_dict["id"] = self.id
        if self.invoice_time is not None:
            field_dict["invoiceTime"] = self.invoice_time.isoformat()
        if self.monthly_spend:
            field_dict["monthlySpend"] = self.monthly_spend
        if self.monthly_spend_limit:
            field_dict["monthlySpendLimit"] = {"value": str(self.monthly_spend_limit)}
        if self.next_invoice_total:
            field_dict["nextInvoiceTotal"] = {"value": str(self.next_invoice_total)}
        if self.payment_terms is not PaymentTerms.PAYMENT_TERMS_UNSPECIFIED:
            field_dict["paymentTerms"] = self.payment_terms.value
        if self.purge_time is not None:
            field_dict["purgeTime"] = self.purge_time.isoformat()
        if self.state is not BillingAccountState.STATE_UNSPECIFIED:
            field_dict["state"] = self.state.value
        if self.stripe_ref:
            field_dict["stripeRef"] = self.stripe_ref
        if self.tax_id is not None:
            field_dict["taxId"] = self.tax_id.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("billingAddress")
        obj.billing_address = None if v is None else BillingAddress.from_dict(v)
        v = d.get("billingThreshold")
        obj.billing_threshold = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("createBy")
        obj.create_by = "" if v is None else v
        v = d.get("createTime")
        obj.create_time = None if v is None else parse_datetime(v)
        v = d.get("creditBalance")
        obj.credit_balance = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("creditBalanceRecharge")
        obj.credit_balance_recharge = None if v is None else CreditBalanceRecharge.from_dict(v)
        v = d.get("deleteTime")
        obj.delete_time = None if v is None else parse_datetime(v)
        v = d.get("displayName")
        obj.display_name = "" if v is None else v
        v = d.get("hourlySpendLimit")
        obj.hourly_spend_limit = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("hourlySpendRate")
        obj.hourly_spend_rate = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("id")
        obj.id = "" if v is None else v
        v = d.get("invoiceTime")
        obj.invoice_time = None if v is None else parse_datetime(v)
        v = d.get("monthlySpend")
        obj.monthly_spend = "" if v is None else v
        v = d.get("monthlySpendLimit")
        obj.monthly_spend_limit = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("nextInvoiceTotal")
        obj.next_invoice_total = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("paymentTerms")
        obj.payment_terms = PaymentTerms.PAYMENT_TERMS_UNSPECIFIED if v is None else PaymentTerms.from_wire(v)
        v = d.get("purgeTime")
        obj.purge_time = None if v is None else parse_datetime(v)
        v = d.get("state")
        obj.state = BillingAccountState.STATE_UNSPECIFIED if v is None else BillingAccountState.from_wire(v)
        v = d.get("stripeRef")
        obj.stripe_ref = "" if v is None else v
        v = d.get("taxId")
        obj.tax_id = None if v is None else TaxId.from_dict(v)
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("billing_address", "billingAddress", ("message", BillingAddress), False),
            ("billing_threshold", "billingThreshold", "decimal", False),
            ("create_by", "createBy", "str", False),
            ("create_time", "createTime", "datetime", False),
            ("credit_balance", "creditBalance", "decimal", False),
            ("credit_balance_recharge", "creditBalanceRecharge", ("message", CreditBalanceRecharge), False),
            ("delete_time", "deleteTime", "datetime", False),
            ("display_name", "displayName", "str", False),
            ("hourly_spend_limit", "hourlySpendLimit", "decimal", False),
            ("hourly_spend_rate", "hourlySpendRate", "decimal", False),
            ("id", "id", "str", False),
            ("invoice_time", "invoiceTime", "datetime", False),
            ("monthly_spend", "monthlySpend", "str", False),
            ("monthly_spend_limit", "monthlySpendLimit", "decimal", False),
            ("next_invoice_total", "nextInvoiceTotal", "decimal", False),
            ("payment_terms", "paymentTerms", ("enum", PaymentTerms), False),
            ("purge_time", "purgeTime", "datetime", False),
            ("state", "state", ("enum", BillingAccountState), False),
            ("stripe_ref", "stripeRef", "str", False),
            ("tax_id", "taxId", ("message", TaxId), False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "billing_address": "billingAddress",
                "billing_threshold": "billingThreshold",
                "create_by": "createBy",
                "create_time": "createTime",
                "credit_balance": "creditBalance",
                "credit_balance_recharge": "creditBalanceRecharge",
                "delete_time": "deleteTime",
                "display_name": "displayName",
                "hourly_spend_limit": "hourlySpendLimit",
                "hourly_spend_rate": "hourlySpendRate",
                "id": "id",
                "invoice_time": "invoiceTime",
                "monthly_spend": "monthlySpend",
                "monthly_spend_limit": "monthlySpendLimit",
                "next_invoice_total": "nextInvoiceTotal",
                "payment_terms": "paymentTerms",
                "purge_time": "purgeTime",
                "state": "state",
                "stripe_ref": "stripeRef",
                "tax_id": "taxId",
            },
            (),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "billingAddress",
        "billingThreshold",
        "createBy",
        "createTime",
        "creditBalance",
        "creditBalanceRecharge",
        "deleteTime",
        "displayName",
        "hourlySpendLimit",
        "hourlySpendRate",
        "id",
        "invoiceTime",
        "monthlySpend",
        "monthlySpendLimit",
        "nextInvoiceTotal",
        "paymentTerms",
        "purgeTime",
        "state",
        "stripeRef",
        "taxId",
    )
)
# Imported after the class: models that refer to each other load in any order.
from ..models.billing_address import BillingAddress
from ..models.credit_balance_recharge import CreditBalanceRecharge
from ..models.tax_id import TaxId

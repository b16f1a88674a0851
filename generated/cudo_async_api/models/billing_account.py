from __future__ import annotations

import datetime
import decimal
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_account_state import BillingAccountState
from ..models.payment_terms import PaymentTerms
from ..types import (
    bounded_members,
    parse_datetime,
    parse_decimal,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="BillingAccount")


@_attrs_define
class BillingAccount:
    """A billing account: who pays, and how.

    Attributes:
        billing_address (BillingAddress | None): The billing account's billing address: a
            ``BillingAddress``. ``billingAddress`` on the wire. None when absent.
        billing_threshold (decimal.Decimal): The billing account's billing threshold: a
            ``decimal.Decimal``. ``billingThreshold`` on the wire. An amount in the billing account's
            currency.
        create_by (str): Who created it. ``createBy`` on the wire.
        create_time (datetime.datetime | None): When it was created. ``createTime`` on the wire. RFC
            3339 on the wire; a timezone-aware datetime, None when absent.
        credit_balance (decimal.Decimal): The billing account's credit balance: a
            ``decimal.Decimal``. ``creditBalance`` on the wire.
        credit_balance_recharge (CreditBalanceRecharge | None): The billing account's credit balance
            recharge: a ``CreditBalanceRecharge``. ``creditBalanceRecharge`` on the wire. None when
            absent.
        delete_time (datetime.datetime | None): The billing account's delete time. ``deleteTime`` on
            the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        display_name (str): The name shown to people. ``displayName`` on the wire.
        hourly_spend_limit (decimal.Decimal): The billing account's hourly spend limit: a
            ``decimal.Decimal``. ``hourlySpendLimit`` on the wire. An amount per hour, in the billing
            account's currency.
        hourly_spend_rate (decimal.Decimal): The billing account's hourly spend rate: a
            ``decimal.Decimal``. ``hourlySpendRate`` on the wire. An amount per hour, in the billing
            account's currency.
        id (str): The billing account's id. ``id`` on the wire.
        invoice_time (datetime.datetime | None): The billing account's invoice time. ``invoiceTime``
            on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        monthly_spend (str): The billing account's monthly spend. ``monthlySpend`` on the wire.
        monthly_spend_limit (decimal.Decimal): The billing account's monthly spend limit: a
            ``decimal.Decimal``. ``monthlySpendLimit`` on the wire.
        next_invoice_total (decimal.Decimal): The billing account's next invoice total: a
            ``decimal.Decimal``. ``nextInvoiceTotal`` on the wire.
        payment_terms (PaymentTerms): The billing account's payment terms: one of the
            ``PaymentTerms`` members. ``paymentTerms`` on the wire. The first member when absent.
        purge_time (datetime.datetime | None): The billing account's purge time. ``purgeTime`` on
            the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        state (BillingAccountState): The billing account's state: one of the ``BillingAccountState``
            members. ``state`` on the wire. The first member when absent.
        stripe_ref (str): The billing account's stripe ref. ``stripeRef`` on the wire.
        tax_id (TaxId | None): The billing account's tax id: a ``TaxId``. ``taxId`` on the wire.
            None when absent.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

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
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("billingAddress")
        if v is not None:
            obj.billing_address = BillingAddress.from_dict(v)
        v = get("billingThreshold")
        if v is not None:
            obj.billing_threshold = parse_decimal(v)
        v = get("createBy")
        if v is not None:
            obj.create_by = v
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("creditBalance")
        if v is not None:
            obj.credit_balance = parse_decimal(v)
        v = get("creditBalanceRecharge")
        if v is not None:
            obj.credit_balance_recharge = CreditBalanceRecharge.from_dict(v)
        v = get("deleteTime")
        if v is not None:
            obj.delete_time = parse_datetime(v)
        v = get("displayName")
        if v is not None:
            obj.display_name = v
        v = get("hourlySpendLimit")
        if v is not None:
            obj.hourly_spend_limit = parse_decimal(v)
        v = get("hourlySpendRate")
        if v is not None:
            obj.hourly_spend_rate = parse_decimal(v)
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("invoiceTime")
        if v is not None:
            obj.invoice_time = parse_datetime(v)
        v = get("monthlySpend")
        if v is not None:
            obj.monthly_spend = v
        v = get("monthlySpendLimit")
        if v is not None:
            obj.monthly_spend_limit = parse_decimal(v)
        v = get("nextInvoiceTotal")
        if v is not None:
            obj.next_invoice_total = parse_decimal(v)
        v = get("paymentTerms")
        if v is not None:
            obj.payment_terms = PaymentTerms.from_wire(v)
        v = get("purgeTime")
        if v is not None:
            obj.purge_time = parse_datetime(v)
        v = get("state")
        if v is not None:
            obj.state = BillingAccountState.from_wire(v)
        v = get("stripeRef")
        if v is not None:
            obj.stripe_ref = v
        v = get("taxId")
        if v is not None:
            obj.tax_id = TaxId.from_dict(v)
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
        v = get("billingAddress")
        if v is not None:
            obj.billing_address = BillingAddress._from_parsed(v)
        v = get("billingThreshold")
        if v is not None:
            obj.billing_threshold = parse_decimal(v)
        v = get("createBy")
        if v is not None:
            obj.create_by = v
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("creditBalance")
        if v is not None:
            obj.credit_balance = parse_decimal(v)
        v = get("creditBalanceRecharge")
        if v is not None:
            obj.credit_balance_recharge = CreditBalanceRecharge._from_parsed(v)
        v = get("deleteTime")
        if v is not None:
            obj.delete_time = parse_datetime(v)
        v = get("displayName")
        if v is not None:
            obj.display_name = v
        v = get("hourlySpendLimit")
        if v is not None:
            obj.hourly_spend_limit = parse_decimal(v)
        v = get("hourlySpendRate")
        if v is not None:
            obj.hourly_spend_rate = parse_decimal(v)
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("invoiceTime")
        if v is not None:
            obj.invoice_time = parse_datetime(v)
        v = get("monthlySpend")
        if v is not None:
            obj.monthly_spend = v
        v = get("monthlySpendLimit")
        if v is not None:
            obj.monthly_spend_limit = parse_decimal(v)
        v = get("nextInvoiceTotal")
        if v is not None:
            obj.next_invoice_total = parse_decimal(v)
        v = get("paymentTerms")
        if v is not None:
            obj.payment_terms = PaymentTerms.from_wire(v)
        v = get("purgeTime")
        if v is not None:
            obj.purge_time = parse_datetime(v)
        v = get("state")
        if v is not None:
            obj.state = BillingAccountState.from_wire(v)
        v = get("stripeRef")
        if v is not None:
            obj.stripe_ref = v
        v = get("taxId")
        if v is not None:
            obj.tax_id = TaxId._from_parsed(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
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
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "billing_address": lambda: None,
    "billing_threshold": lambda: decimal.Decimal(),
    "create_by": lambda: "",
    "create_time": lambda: None,
    "credit_balance": lambda: decimal.Decimal(),
    "credit_balance_recharge": lambda: None,
    "delete_time": lambda: None,
    "display_name": lambda: "",
    "hourly_spend_limit": lambda: decimal.Decimal(),
    "hourly_spend_rate": lambda: decimal.Decimal(),
    "id": lambda: "",
    "invoice_time": lambda: None,
    "monthly_spend": lambda: "",
    "monthly_spend_limit": lambda: decimal.Decimal(),
    "next_invoice_total": lambda: decimal.Decimal(),
    "payment_terms": lambda: PaymentTerms.PAYMENT_TERMS_UNSPECIFIED,
    "purge_time": lambda: None,
    "state": lambda: BillingAccountState.STATE_UNSPECIFIED,
    "stripe_ref": lambda: "",
    "tax_id": lambda: None,
    "additional_properties": dict,
}
# Imported after the class: models that refer to each other load in any order.
from ..models.billing_address import BillingAddress
from ..models.credit_balance_recharge import CreditBalanceRecharge
from ..models.tax_id import TaxId

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_account_state import BillingAccountState
from ..models.payment_terms import PaymentTerms
from ..types import parse_datetime, pydantic_schema

T = TypeVar("T", bound="UpdateBillingAccountBodyBillingAccount")


@_attrs_define
class UpdateBillingAccountBodyBillingAccount(Mapping[str, Any]):
    """A UpdateBillingAccountBodyBillingAccount record of the API.

    Attributes:
        billing_address (BillingAddress | None): ``billingAddress`` on the wire. None when absent.
        billing_threshold (Decimal | None): ``billingThreshold`` on the wire. An amount in the billing account's currency. None when absent.
        create_by (str): ``createBy`` on the wire.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        credit_balance (Decimal | None): ``creditBalance`` on the wire. None when absent.
        credit_balance_recharge (CreditBalanceRecharge | None): ``creditBalanceRecharge`` on the wire. None when absent.
        delete_time (datetime.datetime | None): ``deleteTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        display_name (str): ``displayName`` on the wire.
        hourly_spend_limit (Decimal | None): ``hourlySpendLimit`` on the wire. An amount per hour, in the billing account's currency. None when
            absent.
        hourly_spend_rate (Decimal | None): ``hourlySpendRate`` on the wire. An amount per hour, in the billing account's currency. None when
            absent.
        invoice_time (datetime.datetime | None): ``invoiceTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        monthly_spend (str): ``monthlySpend`` on the wire.
        monthly_spend_limit (Decimal | None): ``monthlySpendLimit`` on the wire. None when absent.
        next_invoice_total (Decimal | None): ``nextInvoiceTotal`` on the wire. None when absent.
        payment_terms (PaymentTerms): ``paymentTerms`` on the wire. The first member when absent.
        purge_time (datetime.datetime | None): ``purgeTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        state (BillingAccountState): ``state`` on the wire. The first member when absent.
        stripe_ref (str): ``stripeRef`` on the wire.
        tax_id (TaxId | None): ``taxId`` on the wire. None when absent.
    """

    billing_address: BillingAddress | None = None
    billing_threshold: Decimal | None = None
    create_by: str = ""
    create_time: datetime.datetime | None = None
    credit_balance: Decimal | None = None
    credit_balance_recharge: CreditBalanceRecharge | None = None
    delete_time: datetime.datetime | None = None
    display_name: str = ""
    hourly_spend_limit: Decimal | None = None
    hourly_spend_rate: Decimal | None = None
    invoice_time: datetime.datetime | None = None
    monthly_spend: str = ""
    monthly_spend_limit: Decimal | None = None
    next_invoice_total: Decimal | None = None
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
        if self.billing_threshold is not None:
            field_dict["billingThreshold"] = self.billing_threshold.to_dict()
        if self.create_by:
            field_dict["createBy"] = self.create_by
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat() if self.create_time is not None else None
        if self.credit_balance is not None:
            field_dict["creditBalance"] = self.credit_balance.to_dict()
        if self.credit_balance_recharge is not None:
            field_dict["creditBalanceRecharge"] = self.credit_balance_recharge.to_dict()
        if self.delete_time is not None:
            field_dict["deleteTime"] = self.delete_time.isoformat() if self.delete_time is not None else None
        if self.display_name:
            field_dict["displayName"] = self.display_name
        if self.hourly_spend_limit is not None:
            field_dict["hourlySpendLimit"] = self.hourly_spend_limit.to_dict()
        if self.hourly_spend_rate is not None:
            field_dict["hourlySpendRate"] = self.hourly_spend_rate.to_dict()
        if self.invoice_time is not None:
            field_dict["invoiceTime"] = self.invoice_time.isoformat() if self.invoice_time is not None else None
        if self.monthly_spend:
            field_dict["monthlySpend"] = self.monthly_spend
        if self.monthly_spend_limit is not None:
            field_dict["monthlySpendLimit"] = self.monthly_spend_limit.to_dict()
        if self.next_invoice_total is not None:
            field_dict["nextInvoiceTotal"] = self.next_invoice_total.to_dict()
        if self.payment_terms is not PaymentTerms.PAYMENT_TERMS_UNSPECIFIED:
            field_dict["paymentTerms"] = self.payment_terms.value
        if self.purge_time is not None:
            field_dict["purgeTime"] = self.purge_time.isoformat() if self.purge_time is not None else None
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
        d = dict(src_dict)
        _billing_address = d.pop("billingAddress", None)
        _billing_threshold = d.pop("billingThreshold", None)
        _create_by = d.pop("createBy", None)
        _create_time = d.pop("createTime", None)
        _credit_balance = d.pop("creditBalance", None)
        _credit_balance_recharge = d.pop("creditBalanceRecharge", None)
        _delete_time = d.pop("deleteTime", None)
        _display_name = d.pop("displayName", None)
        _hourly_spend_limit = d.pop("hourlySpendLimit", None)
        _hourly_spend_rate = d.pop("hourlySpendRate", None)
        _invoice_time = d.pop("invoiceTime", None)
        _monthly_spend = d.pop("monthlySpend", None)
        _monthly_spend_limit = d.pop("monthlySpendLimit", None)
        _next_invoice_total = d.pop("nextInvoiceTotal", None)
        _payment_terms = d.pop("paymentTerms", None)
        _purge_time = d.pop("purgeTime", None)
        _state = d.pop("state", None)
        _stripe_ref = d.pop("stripeRef", None)
        _tax_id = d.pop("taxId", None)
        obj = cls(
            billing_address=None if _billing_address is None else BillingAddress.from_dict(_billing_address),
            billing_threshold=None if _billing_threshold is None else Decimal.from_dict(_billing_threshold),
            create_by="" if _create_by is None else _create_by,
            create_time=None if _create_time is None else parse_datetime(_create_time),
            credit_balance=None if _credit_balance is None else Decimal.from_dict(_credit_balance),
            credit_balance_recharge=None
            if _credit_balance_recharge is None
            else CreditBalanceRecharge.from_dict(_credit_balance_recharge),
            delete_time=None if _delete_time is None else parse_datetime(_delete_time),
            display_name="" if _display_name is None else _display_name,
            hourly_spend_limit=None if _hourly_spend_limit is None else Decimal.from_dict(_hourly_spend_limit),
            hourly_spend_rate=None if _hourly_spend_rate is None else Decimal.from_dict(_hourly_spend_rate),
            invoice_time=None if _invoice_time is None else parse_datetime(_invoice_time),
            monthly_spend="" if _monthly_spend is None else _monthly_spend,
            monthly_spend_limit=None if _monthly_spend_limit is None else Decimal.from_dict(_monthly_spend_limit),
            next_invoice_total=None if _next_invoice_total is None else Decimal.from_dict(_next_invoice_total),
            payment_terms=PaymentTerms.PAYMENT_TERMS_UNSPECIFIED
            if _payment_terms is None
            else PaymentTerms.from_wire(_payment_terms),
            purge_time=None if _purge_time is None else parse_datetime(_purge_time),
            state=BillingAccountState.STATE_UNSPECIFIED if _state is None else BillingAccountState.from_wire(_state),
            stripe_ref="" if _stripe_ref is None else _stripe_ref,
            tax_id=None if _tax_id is None else TaxId.from_dict(_tax_id),
        )
        obj.additional_properties = d
        return obj

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
from ..models.billing_address import BillingAddress
from ..models.credit_balance_recharge import CreditBalanceRecharge
from ..models.decimal import Decimal
from ..models.tax_id import TaxId

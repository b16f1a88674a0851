from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_account_state import BillingAccountState
from ..models.payment_terms import PaymentTerms
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="BillingAccount")


@_attrs_define
class BillingAccount:
    """
    Attributes:
        billing_address (BillingAddress | Unset):
        billing_threshold (Decimal | Unset):
        create_by (str | Unset):
        create_time (datetime.datetime | Unset):
        credit_balance (Decimal | Unset):
        credit_balance_recharge (CreditBalanceRecharge | Unset):
        delete_time (datetime.datetime | Unset):
        display_name (str | Unset):
        hourly_spend_limit (Decimal | Unset):
        hourly_spend_rate (Decimal | Unset):
        id (str | Unset):
        invoice_time (datetime.datetime | Unset):
        monthly_spend (str | Unset):
        monthly_spend_limit (Decimal | Unset):
        next_invoice_total (Decimal | Unset):
        payment_terms (PaymentTerms | Unset):
        purge_time (datetime.datetime | Unset):
        state (BillingAccountState | Unset):
        stripe_ref (str | Unset):
        tax_id (TaxId | Unset):
    """

    billing_address: BillingAddress | Unset = UNSET
    billing_threshold: Decimal | Unset = UNSET
    create_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    credit_balance: Decimal | Unset = UNSET
    credit_balance_recharge: CreditBalanceRecharge | Unset = UNSET
    delete_time: datetime.datetime | Unset = UNSET
    display_name: str | Unset = UNSET
    hourly_spend_limit: Decimal | Unset = UNSET
    hourly_spend_rate: Decimal | Unset = UNSET
    id: str | Unset = UNSET
    invoice_time: datetime.datetime | Unset = UNSET
    monthly_spend: str | Unset = UNSET
    monthly_spend_limit: Decimal | Unset = UNSET
    next_invoice_total: Decimal | Unset = UNSET
    payment_terms: PaymentTerms | Unset = UNSET
    purge_time: datetime.datetime | Unset = UNSET
    state: BillingAccountState | Unset = UNSET
    stripe_ref: str | Unset = UNSET
    tax_id: TaxId | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        billing_threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_threshold, Unset):
            billing_threshold = self.billing_threshold.to_dict()

        create_by = self.create_by

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        credit_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_balance, Unset):
            credit_balance = self.credit_balance.to_dict()

        credit_balance_recharge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credit_balance_recharge, Unset):
            credit_balance_recharge = self.credit_balance_recharge.to_dict()

        delete_time: str | Unset = UNSET
        if not isinstance(self.delete_time, Unset):
            delete_time = self.delete_time.isoformat()

        display_name = self.display_name

        hourly_spend_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hourly_spend_limit, Unset):
            hourly_spend_limit = self.hourly_spend_limit.to_dict()

        hourly_spend_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hourly_spend_rate, Unset):
            hourly_spend_rate = self.hourly_spend_rate.to_dict()

        id = self.id

        invoice_time: str | Unset = UNSET
        if not isinstance(self.invoice_time, Unset):
            invoice_time = self.invoice_time.isoformat()

        monthly_spend = self.monthly_spend

        monthly_spend_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monthly_spend_limit, Unset):
            monthly_spend_limit = self.monthly_spend_limit.to_dict()

        next_invoice_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_invoice_total, Unset):
            next_invoice_total = self.next_invoice_total.to_dict()

        payment_terms: str | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.value

        purge_time: str | Unset = UNSET
        if not isinstance(self.purge_time, Unset):
            purge_time = self.purge_time.isoformat()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        stripe_ref = self.stripe_ref

        tax_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_id, Unset):
            tax_id = self.tax_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_address is not UNSET:
            field_dict["billingAddress"] = billing_address
        if billing_threshold is not UNSET:
            field_dict["billingThreshold"] = billing_threshold
        if create_by is not UNSET:
            field_dict["createBy"] = create_by
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if credit_balance is not UNSET:
            field_dict["creditBalance"] = credit_balance
        if credit_balance_recharge is not UNSET:
            field_dict["creditBalanceRecharge"] = credit_balance_recharge
        if delete_time is not UNSET:
            field_dict["deleteTime"] = delete_time
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if hourly_spend_limit is not UNSET:
            field_dict["hourlySpendLimit"] = hourly_spend_limit
        if hourly_spend_rate is not UNSET:
            field_dict["hourlySpendRate"] = hourly_spend_rate
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_time is not UNSET:
            field_dict["invoiceTime"] = invoice_time
        if monthly_spend is not UNSET:
            field_dict["monthlySpend"] = monthly_spend
        if monthly_spend_limit is not UNSET:
            field_dict["monthlySpendLimit"] = monthly_spend_limit
        if next_invoice_total is not UNSET:
            field_dict["nextInvoiceTotal"] = next_invoice_total
        if payment_terms is not UNSET:
            field_dict["paymentTerms"] = payment_terms
        if purge_time is not UNSET:
            field_dict["purgeTime"] = purge_time
        if state is not UNSET:
            field_dict["state"] = state
        if stripe_ref is not UNSET:
            field_dict["stripeRef"] = stripe_ref
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        _billing_address = d.pop("billingAddress", UNSET)
        billing_address: BillingAddress | Unset
        if _billing_address is UNSET:
            billing_address = UNSET
        else:
            billing_address = BillingAddress.from_dict(_billing_address)

        _billing_threshold = d.pop("billingThreshold", UNSET)
        billing_threshold: Decimal | Unset
        if _billing_threshold is UNSET:
            billing_threshold = UNSET
        else:
            billing_threshold = Decimal.from_dict(_billing_threshold)

        create_by = d.pop("createBy", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if _create_time is UNSET:
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _credit_balance = d.pop("creditBalance", UNSET)
        credit_balance: Decimal | Unset
        if _credit_balance is UNSET:
            credit_balance = UNSET
        else:
            credit_balance = Decimal.from_dict(_credit_balance)

        _credit_balance_recharge = d.pop("creditBalanceRecharge", UNSET)
        credit_balance_recharge: CreditBalanceRecharge | Unset
        if _credit_balance_recharge is UNSET:
            credit_balance_recharge = UNSET
        else:
            credit_balance_recharge = CreditBalanceRecharge.from_dict(_credit_balance_recharge)

        _delete_time = d.pop("deleteTime", UNSET)
        delete_time: datetime.datetime | Unset
        if _delete_time is UNSET:
            delete_time = UNSET
        else:
            delete_time = parse_datetime(_delete_time)

        display_name = d.pop("displayName", UNSET)

        _hourly_spend_limit = d.pop("hourlySpendLimit", UNSET)
        hourly_spend_limit: Decimal | Unset
        if _hourly_spend_limit is UNSET:
            hourly_spend_limit = UNSET
        else:
            hourly_spend_limit = Decimal.from_dict(_hourly_spend_limit)

        _hourly_spend_rate = d.pop("hourlySpendRate", UNSET)
        hourly_spend_rate: Decimal | Unset
        if _hourly_spend_rate is UNSET:
            hourly_spend_rate = UNSET
        else:
            hourly_spend_rate = Decimal.from_dict(_hourly_spend_rate)

        id = d.pop("id", UNSET)

        _invoice_time = d.pop("invoiceTime", UNSET)
        invoice_time: datetime.datetime | Unset
        if _invoice_time is UNSET:
            invoice_time = UNSET
        else:
            invoice_time = parse_datetime(_invoice_time)

        monthly_spend = d.pop("monthlySpend", UNSET)

        _monthly_spend_limit = d.pop("monthlySpendLimit", UNSET)
        monthly_spend_limit: Decimal | Unset
        if _monthly_spend_limit is UNSET:
            monthly_spend_limit = UNSET
        else:
            monthly_spend_limit = Decimal.from_dict(_monthly_spend_limit)

        _next_invoice_total = d.pop("nextInvoiceTotal", UNSET)
        next_invoice_total: Decimal | Unset
        if _next_invoice_total is UNSET:
            next_invoice_total = UNSET
        else:
            next_invoice_total = Decimal.from_dict(_next_invoice_total)

        _payment_terms = d.pop("paymentTerms", UNSET)
        payment_terms: PaymentTerms | Unset
        if _payment_terms is UNSET:
            payment_terms = UNSET
        else:
            payment_terms = PaymentTerms.from_wire(_payment_terms)

        _purge_time = d.pop("purgeTime", UNSET)
        purge_time: datetime.datetime | Unset
        if _purge_time is UNSET:
            purge_time = UNSET
        else:
            purge_time = parse_datetime(_purge_time)

        _state = d.pop("state", UNSET)
        state: BillingAccountState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = BillingAccountState.from_wire(_state)

        stripe_ref = d.pop("stripeRef", UNSET)

        _tax_id = d.pop("taxId", UNSET)
        tax_id: TaxId | Unset
        if _tax_id is UNSET:
            tax_id = UNSET
        else:
            tax_id = TaxId.from_dict(_tax_id)

        billing_account = cls(
            billing_address=billing_address,
            billing_threshold=billing_threshold,
            create_by=create_by,
            create_time=create_time,
            credit_balance=credit_balance,
            credit_balance_recharge=credit_balance_recharge,
            delete_time=delete_time,
            display_name=display_name,
            hourly_spend_limit=hourly_spend_limit,
            hourly_spend_rate=hourly_spend_rate,
            id=id,
            invoice_time=invoice_time,
            monthly_spend=monthly_spend,
            monthly_spend_limit=monthly_spend_limit,
            next_invoice_total=next_invoice_total,
            payment_terms=payment_terms,
            purge_time=purge_time,
            state=state,
            stripe_ref=stripe_ref,
            tax_id=tax_id,
        )

        billing_account.additional_properties = d
        return billing_account

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


# Imported after the class: models that refer to each other load in any order.
from ..models.billing_address import BillingAddress
from ..models.credit_balance_recharge import CreditBalanceRecharge
from ..models.decimal import Decimal
from ..models.tax_id import TaxId

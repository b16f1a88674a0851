"""Operations tagged billing."""

import datetime
from typing import Any, cast

from ...models.add_billing_account_permission_response_200 import AddBillingAccountPermissionResponse200
from ...models.billing_account import BillingAccount
from ...models.billing_account_payment_methods import BillingAccountPaymentMethods
from ...models.billing_account_setup_intent import BillingAccountSetupIntent
from ...models.checkout_session import CheckoutSession
from ...models.create_billing_account_credit_payment_response import CreateBillingAccountCreditPaymentResponse
from ...models.create_billing_account_request import CreateBillingAccountRequest
from ...models.get_billing_account_details_response import GetBillingAccountDetailsResponse
from ...models.get_billing_account_permissions_response import GetBillingAccountPermissionsResponse
from ...models.get_billing_account_spend_details_response import GetBillingAccountSpendDetailsResponse
from ...models.list_billing_account_credit_balance_transactions_response import (
    ListBillingAccountCreditBalanceTransactionsResponse,
)
from ...models.list_billing_account_projects_response import ListBillingAccountProjectsResponse
from ...models.list_billing_account_transactions_response import ListBillingAccountTransactionsResponse
from ...models.list_billing_accounts_response import ListBillingAccountsResponse
from ...models.list_invoices_response import ListInvoicesResponse
from ...models.list_outstanding_invoices_response import ListOutstandingInvoicesResponse
from ...models.remove_billing_account_payment_method_response import RemoveBillingAccountPaymentMethodResponse
from ...models.remove_billing_account_permission_response_200 import RemoveBillingAccountPermissionResponse200
from ...models.set_billing_account_default_payment_method_response import SetBillingAccountDefaultPaymentMethodResponse
from ...models.status import Status
from ...models.update_billing_account_body import UpdateBillingAccountBody
from ...models.user_permission import UserPermission
from ...types import UNSET, Send, Unset
from . import add_billing_account_permission as _add_billing_account_permission
from . import create_billing_account as _create_billing_account
from . import create_billing_account_credit_checkout_session as _create_billing_account_credit_checkout_session
from . import create_billing_account_credit_payment as _create_billing_account_credit_payment
from . import delete_billing_account as _delete_billing_account
from . import get_billing_account as _get_billing_account
from . import get_billing_account_details as _get_billing_account_details
from . import get_billing_account_payment_methods as _get_billing_account_payment_methods
from . import get_billing_account_permissions as _get_billing_account_permissions
from . import get_billing_account_setup_intent as _get_billing_account_setup_intent
from . import get_billing_account_spend_details as _get_billing_account_spend_details
from . import list_billing_account_credit_balance_transactions as _list_billing_account_credit_balance_transactions
from . import list_billing_account_projects as _list_billing_account_projects
from . import list_billing_account_transactions as _list_billing_account_transactions
from . import list_billing_accounts as _list_billing_accounts
from . import list_invoices as _list_invoices
from . import list_outstanding_invoices as _list_outstanding_invoices
from . import remove_billing_account_payment_method as _remove_billing_account_payment_method
from . import remove_billing_account_permission as _remove_billing_account_permission
from . import set_billing_account_default_payment_method as _set_billing_account_default_payment_method
from . import undelete_billing_account as _undelete_billing_account
from . import update_billing_account as _update_billing_account


class BillingApi:
    """The ``billing`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def list_billing_accounts(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> ListBillingAccountsResponse:
        """``GET /v1/billing-accounts``"""
        return await self._send(
            "list_billing_accounts",
            _list_billing_accounts._request(
                page_token=page_token,
                page_size=page_size,
            ),
            _list_billing_accounts._decode,
        )

    async def create_billing_account(
        self,
        *,
        body: CreateBillingAccountRequest,
    ) -> BillingAccount:
        """``POST /v1/billing-accounts``"""
        return await self._send(
            "create_billing_account",
            _create_billing_account._request(
                body=body,
            ),
            _create_billing_account._decode,
        )

    async def get_billing_account_spend_details(
        self,
        billing_account_id: str,
        *,
        start_time: datetime.datetime,
        end_time: datetime.datetime,
    ) -> GetBillingAccountSpendDetailsResponse:
        """``GET /v1/billing-accounts/{billing_account_id}/spend/details``"""
        return await self._send(
            "get_billing_account_spend_details",
            _get_billing_account_spend_details._request(
                billing_account_id=billing_account_id,
                start_time=start_time,
                end_time=end_time,
            ),
            _get_billing_account_spend_details._decode,
        )

    async def get_billing_account(
        self,
        id: str,
    ) -> BillingAccount:
        """``GET /v1/billing-accounts/{id}``"""
        return await self._send(
            "get_billing_account",
            _get_billing_account._request(
                id=id,
            ),
            _get_billing_account._decode,
        )

    async def delete_billing_account(
        self,
        id: str,
    ) -> BillingAccount:
        """``DELETE /v1/billing-accounts/{id}``"""
        return await self._send(
            "delete_billing_account",
            _delete_billing_account._request(
                id=id,
            ),
            _delete_billing_account._decode,
        )

    async def update_billing_account(
        self,
        id: str,
        *,
        body: UpdateBillingAccountBody,
    ) -> BillingAccount:
        """``PATCH /v1/billing-accounts/{id}``"""
        return await self._send(
            "update_billing_account",
            _update_billing_account._request(
                id=id,
                body=body,
            ),
            _update_billing_account._decode,
        )

    async def add_billing_account_permission(
        self,
        id: str,
        *,
        body: UserPermission,
    ) -> AddBillingAccountPermissionResponse200:
        """``POST /v1/billing-accounts/{id}:add-permission``"""
        return await self._send(
            "add_billing_account_permission",
            _add_billing_account_permission._request(
                id=id,
                body=body,
            ),
            _add_billing_account_permission._decode,
        )

    async def get_billing_account_permissions(
        self,
        id: str,
    ) -> GetBillingAccountPermissionsResponse:
        """``GET /v1/billing-accounts/{id}:list-permissions``"""
        return await self._send(
            "get_billing_account_permissions",
            _get_billing_account_permissions._request(
                id=id,
            ),
            _get_billing_account_permissions._decode,
        )

    async def remove_billing_account_permission(
        self,
        id: str,
        *,
        body: UserPermission,
    ) -> RemoveBillingAccountPermissionResponse200:
        """``POST /v1/billing-accounts/{id}:remove-permission``"""
        return await self._send(
            "remove_billing_account_permission",
            _remove_billing_account_permission._request(
                id=id,
                body=body,
            ),
            _remove_billing_account_permission._decode,
        )

    async def undelete_billing_account(
        self,
        id: str,
    ) -> BillingAccount:
        """``POST /v1/billing-accounts/{id}:undelete``"""
        return await self._send(
            "undelete_billing_account",
            _undelete_billing_account._request(
                id=id,
            ),
            _undelete_billing_account._decode,
        )

    async def create_billing_account_credit_payment(
        self,
        id: str,
        *,
        amount_value: str | Unset = UNSET,
        payment_method: str,
        radar_session_id: str | Unset = UNSET,
    ) -> CreateBillingAccountCreditPaymentResponse:
        """``POST /v1/billing-accounts/{id}/credit``"""
        return await self._send(
            "create_billing_account_credit_payment",
            _create_billing_account_credit_payment._request(
                id=id,
                amount_value=amount_value,
                payment_method=payment_method,
                radar_session_id=radar_session_id,
            ),
            _create_billing_account_credit_payment._decode,
        )

    async def list_billing_account_credit_balance_transactions(
        self,
        id: str,
        *,
        page_size: int | Unset = UNSET,
        starting_after: str | Unset = UNSET,
    ) -> ListBillingAccountCreditBalanceTransactionsResponse:
        """``GET /v1/billing-accounts/{id}/credit-balance-transactions``"""
        return await self._send(
            "list_billing_account_credit_balance_transactions",
            _list_billing_account_credit_balance_transactions._request(
                id=id,
                page_size=page_size,
                starting_after=starting_after,
            ),
            _list_billing_account_credit_balance_transactions._decode,
        )

    async def create_billing_account_credit_checkout_session(
        self,
        id: str,
        *,
        amount_value: str | Unset = UNSET,
        return_url: str,
    ) -> CheckoutSession:
        """``POST /v1/billing-accounts/{id}/credit-checkout-session``"""
        return await self._send(
            "create_billing_account_credit_checkout_session",
            _create_billing_account_credit_checkout_session._request(
                id=id,
                amount_value=amount_value,
                return_url=return_url,
            ),
            _create_billing_account_credit_checkout_session._decode,
        )

    async def get_billing_account_details(
        self,
        id: str,
    ) -> GetBillingAccountDetailsResponse:
        """``GET /v1/billing-accounts/{id}/details``"""
        return await self._send(
            "get_billing_account_details",
            _get_billing_account_details._request(
                id=id,
            ),
            _get_billing_account_details._decode,
        )

    async def get_billing_account_payment_methods(
        self,
        id: str,
    ) -> BillingAccountPaymentMethods:
        """``GET /v1/billing-accounts/{id}/payment-methods``"""
        return await self._send(
            "get_billing_account_payment_methods",
            _get_billing_account_payment_methods._request(
                id=id,
            ),
            _get_billing_account_payment_methods._decode,
        )

    async def remove_billing_account_payment_method(
        self,
        id: str,
        payment_method_id: str,
    ) -> RemoveBillingAccountPaymentMethodResponse:
        """``DELETE /v1/billing-accounts/{id}/payment-methods/{payment_method_id}``"""
        return await self._send(
            "remove_billing_account_payment_method",
            _remove_billing_account_payment_method._request(
                id=id,
                payment_method_id=payment_method_id,
            ),
            _remove_billing_account_payment_method._decode,
        )

    async def set_billing_account_default_payment_method(
        self,
        id: str,
        payment_method_id: str,
    ) -> SetBillingAccountDefaultPaymentMethodResponse:
        """``POST /v1/billing-accounts/{id}/payment-methods/{payment_method_id}/set-default``"""
        return await self._send(
            "set_billing_account_default_payment_method",
            _set_billing_account_default_payment_method._request(
                id=id,
                payment_method_id=payment_method_id,
            ),
            _set_billing_account_default_payment_method._decode,
        )

    async def list_billing_account_projects(
        self,
        id: str,
    ) -> ListBillingAccountProjectsResponse:
        """``GET /v1/billing-accounts/{id}/projects``"""
        return await self._send(
            "list_billing_account_projects",
            _list_billing_account_projects._request(
                id=id,
            ),
            _list_billing_account_projects._decode,
        )

    async def get_billing_account_setup_intent(
        self,
        id: str,
    ) -> BillingAccountSetupIntent:
        """``GET /v1/billing-accounts/{id}/setup-intent``"""
        return await self._send(
            "get_billing_account_setup_intent",
            _get_billing_account_setup_intent._request(
                id=id,
            ),
            _get_billing_account_setup_intent._decode,
        )

    async def list_billing_account_transactions(
        self,
        id: str,
        *,
        page_size: int | Unset = UNSET,
        starting_after: str | Unset = UNSET,
    ) -> ListBillingAccountTransactionsResponse:
        """``GET /v1/billing-accounts/{id}/transactions``"""
        return await self._send(
            "list_billing_account_transactions",
            _list_billing_account_transactions._request(
                id=id,
                page_size=page_size,
                starting_after=starting_after,
            ),
            _list_billing_account_transactions._decode,
        )

    async def list_outstanding_invoices(
        self,
    ) -> ListOutstandingInvoicesResponse:
        """``GET /v1/billing-accounts/invoices/outstanding``"""
        return await self._send(
            "list_outstanding_invoices",
            _list_outstanding_invoices._request(),
            _list_outstanding_invoices._decode,
        )

    async def list_invoices(
        self,
        *,
        id: str,
        page_size: int | Unset = UNSET,
        starting_after: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> ListInvoicesResponse:
        """``GET /v1/invoices``"""
        return await self._send(
            "list_invoices",
            _list_invoices._request(
                id=id,
                page_size=page_size,
                starting_after=starting_after,
                status=status,
            ),
            _list_invoices._decode,
        )

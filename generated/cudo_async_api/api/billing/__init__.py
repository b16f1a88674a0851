"""Billing accounts, their payment methods, credit, spend, invoices and permissions."""

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models.billing_account import BillingAccount
from ...models.billing_account_payment_methods import BillingAccountPaymentMethods
from ...models.billing_account_setup_intent import BillingAccountSetupIntent
from ...models.checkout_session import CheckoutSession
from ...models.create_billing_account_credit_payment_response import CreateBillingAccountCreditPaymentResponse
from ...models.create_billing_account_request import CreateBillingAccountRequest
from ...models.empty import Empty
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
from ...models.set_billing_account_default_payment_method_response import SetBillingAccountDefaultPaymentMethodResponse
from ...models.status import Status
from ...models.update_billing_account_body import UpdateBillingAccountBody
from ...models.user_permission import UserPermission
from ...types import Send, SyncSend
from ...types import by_keyword as _by_keyword
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

if TYPE_CHECKING:
    from cudo_async import RetryPolicy


class BillingAPI:
    """Billing accounts, their payment methods, credit, spend, invoices and permissions. Reached as ``AsyncCudo.billing``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    @_by_keyword
    async def list_billing_accounts(
        self,
        *,
        page_token: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListBillingAccountsResponse:
        """List the billing accounts the caller can see.

        ``GET /v1/billing-accounts``

        Args:
            page_token: Where to continue, from the previous page; AsyncCudo.paginate follows it.
                Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListBillingAccountsResponse.

        Paginated by a page token (``page_token``): ``AsyncCudo.paginate`` yields every item.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "list_billing_accounts",
            _list_billing_accounts._request(
                page_token=page_token,
                page_size=page_size,
            ),
            _list_billing_accounts._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def create_billing_account(
        self,
        *,
        body: CreateBillingAccountRequest,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BillingAccount:
        """Open a new billing account.

        ``POST /v1/billing-accounts``

        Args:
            body: What to create or change. A ``models.CreateBillingAccountRequest`` (or a mapping
                of its wire form), given by keyword (``body=``): it requires ``display_name``,
                ``email``; the other fields are optional.

        Returns:
            BillingAccount.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            AlreadyExistsError: a resource with that id exists already.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "create_billing_account",
            _create_billing_account._request(
                body=body,
            ),
            _create_billing_account._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_billing_account_spend_details(
        self,
        billing_account_id: str,
        *,
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetBillingAccountSpendDetailsResponse:
        """Break down what a billing account spent between two times.

        ``GET /v1/billing-accounts/{billing_account_id}/spend/details``

        Args:
            billing_account_id: The billing account's id.
            start_time: Start of the period.
            end_time: End of the period.

        Returns:
            GetBillingAccountSpendDetailsResponse.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "get_billing_account_spend_details",
            _get_billing_account_spend_details._request(
                billing_account_id,
                start_time=start_time,
                end_time=end_time,
            ),
            _get_billing_account_spend_details._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_billing_account(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BillingAccount:
        """Read one billing account.

        ``GET /v1/billing-accounts/{billing_account_id}``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            BillingAccount.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "get_billing_account",
            _get_billing_account._request(
                billing_account_id,
            ),
            _get_billing_account._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def delete_billing_account(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> BillingAccount:
        """Close a billing account (it can be restored with undelete_billing_account).

        ``DELETE /v1/billing-accounts/{billing_account_id}``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            BillingAccount.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: it is still in use.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
            missing_ok: True: a NOT_FOUND answer counts as done (it is already gone) and returns the
                empty answer, for a teardown that may run twice.
        """
        return await self._send(
            "delete_billing_account",
            _delete_billing_account._request(
                billing_account_id,
            ),
            _delete_billing_account._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    async def update_billing_account(
        self,
        billing_account_id: str,
        *,
        body: UpdateBillingAccountBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BillingAccount:
        """Change a billing account's name, address or other settings.

        ``PATCH /v1/billing-accounts/{billing_account_id}``

        Args:
            billing_account_id: The billing account's id.
            body: What to create or change. A ``models.UpdateBillingAccountBody`` (or a mapping of
                its wire form), given by keyword (``body=``): it requires ``update_mask``; the other
                fields are optional.

        Returns:
            BillingAccount.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "update_billing_account",
            _update_billing_account._request(
                billing_account_id,
                body=body,
            ),
            _update_billing_account._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def add_billing_account_permission(
        self,
        billing_account_id: str,
        *,
        body: UserPermission,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Give a user a role on a billing account.

        ``POST /v1/billing-accounts/{billing_account_id}:add-permission``

        Args:
            billing_account_id: The billing account's id.
            body: What to create or change. A ``models.UserPermission`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``permission_role``; the other
                fields are optional.

        Returns:
            Empty: an empty answer.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            AlreadyExistsError: a resource with that id exists already.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "add_billing_account_permission",
            _add_billing_account_permission._request(
                billing_account_id,
                body=body,
            ),
            _add_billing_account_permission._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_billing_account_permissions(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetBillingAccountPermissionsResponse:
        """List who holds which role on a billing account.

        ``GET /v1/billing-accounts/{billing_account_id}:list-permissions``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            GetBillingAccountPermissionsResponse.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "get_billing_account_permissions",
            _get_billing_account_permissions._request(
                billing_account_id,
            ),
            _get_billing_account_permissions._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def remove_billing_account_permission(
        self,
        billing_account_id: str,
        *,
        body: UserPermission,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Take a user's role on a billing account away.

        ``POST /v1/billing-accounts/{billing_account_id}:remove-permission``

        Args:
            billing_account_id: The billing account's id.
            body: What to create or change. A ``models.UserPermission`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``permission_role``; the other
                fields are optional.

        Returns:
            Empty: an empty answer.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
            missing_ok: True: a NOT_FOUND answer counts as done (it is already gone) and returns the
                empty answer, for a teardown that may run twice.
        """
        return await self._send(
            "remove_billing_account_permission",
            _remove_billing_account_permission._request(
                billing_account_id,
                body=body,
            ),
            _remove_billing_account_permission._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    async def undelete_billing_account(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BillingAccount:
        """Restore a billing account that was closed.

        ``POST /v1/billing-accounts/{billing_account_id}:undelete``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            BillingAccount.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "undelete_billing_account",
            _undelete_billing_account._request(
                billing_account_id,
            ),
            _undelete_billing_account._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def create_billing_account_credit_payment(
        self,
        billing_account_id: str,
        *,
        payment_method: str,
        amount_value: str | None = None,
        radar_session_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateBillingAccountCreditPaymentResponse:
        """Buy prepaid credit for a billing account with a stored payment method.

        ``POST /v1/billing-accounts/{billing_account_id}/credit``

        Args:
            billing_account_id: The billing account's id.
            amount_value: The amount, as a decimal string in the account's currency. Optional; left
                out when None.
            payment_method: The stored payment method to charge.
            radar_session_id: The fraud-check session of the payment form, if any. Optional; left
                out when None.

        Returns:
            CreateBillingAccountCreditPaymentResponse.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            AlreadyExistsError: a resource with that id exists already.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "create_billing_account_credit_payment",
            _create_billing_account_credit_payment._request(
                billing_account_id,
                amount_value=amount_value,
                payment_method=payment_method,
                radar_session_id=radar_session_id,
            ),
            _create_billing_account_credit_payment._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_billing_account_credit_balance_transactions(
        self,
        billing_account_id: str,
        *,
        page_size: int | None = None,
        starting_after: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListBillingAccountCreditBalanceTransactionsResponse:
        """List the movements of a billing account's credit balance.

        ``GET /v1/billing-accounts/{billing_account_id}/credit-balance-transactions``

        Args:
            billing_account_id: The billing account's id.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.
            starting_after: The id of the last item already read; AsyncCudo.paginate follows it.
                Optional; left out when None.

        Returns:
            ListBillingAccountCreditBalanceTransactionsResponse.

        Paginated by a cursor (``starting_after`` the last id, while ``has_more``): ``AsyncCudo.paginate`` yields every item.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "list_billing_account_credit_balance_transactions",
            _list_billing_account_credit_balance_transactions._request(
                billing_account_id,
                page_size=page_size,
                starting_after=starting_after,
            ),
            _list_billing_account_credit_balance_transactions._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def create_billing_account_credit_checkout_session(
        self,
        billing_account_id: str,
        *,
        return_url: str,
        amount_value: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CheckoutSession:
        """Start a hosted checkout page for buying credit.

        ``POST /v1/billing-accounts/{billing_account_id}/credit-checkout-session``

        Args:
            billing_account_id: The billing account's id.
            amount_value: The amount, as a decimal string in the account's currency. Optional; left
                out when None.
            return_url: Where the checkout page sends the buyer afterwards.

        Returns:
            CheckoutSession.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            AlreadyExistsError: a resource with that id exists already.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "create_billing_account_credit_checkout_session",
            _create_billing_account_credit_checkout_session._request(
                billing_account_id,
                amount_value=amount_value,
                return_url=return_url,
            ),
            _create_billing_account_credit_checkout_session._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_billing_account_details(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetBillingAccountDetailsResponse:
        """Read a billing account with its payment and tax details.

        ``GET /v1/billing-accounts/{billing_account_id}/details``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            GetBillingAccountDetailsResponse.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "get_billing_account_details",
            _get_billing_account_details._request(
                billing_account_id,
            ),
            _get_billing_account_details._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_billing_account_payment_methods(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BillingAccountPaymentMethods:
        """List the cards and other payment methods stored on a billing account.

        ``GET /v1/billing-accounts/{billing_account_id}/payment-methods``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            BillingAccountPaymentMethods.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "get_billing_account_payment_methods",
            _get_billing_account_payment_methods._request(
                billing_account_id,
            ),
            _get_billing_account_payment_methods._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def remove_billing_account_payment_method(
        self,
        billing_account_id: str,
        payment_method_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> RemoveBillingAccountPaymentMethodResponse:
        """Remove a stored payment method from a billing account.

        ``DELETE /v1/billing-accounts/{billing_account_id}/payment-methods/{payment_method_id}``

        Args:
            billing_account_id: The billing account's id.
            payment_method_id: The stored payment method's id.

        Returns:
            RemoveBillingAccountPaymentMethodResponse.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: it is still in use.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
            missing_ok: True: a NOT_FOUND answer counts as done (it is already gone) and returns the
                empty answer, for a teardown that may run twice.
        """
        return await self._send(
            "remove_billing_account_payment_method",
            _remove_billing_account_payment_method._request(
                billing_account_id,
                payment_method_id,
            ),
            _remove_billing_account_payment_method._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    async def set_billing_account_default_payment_method(
        self,
        billing_account_id: str,
        payment_method_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SetBillingAccountDefaultPaymentMethodResponse:
        """Make a stored payment method the one a billing account charges first.

        ``POST /v1/billing-accounts/{billing_account_id}/payment-methods/{payment_method_id}/set-default``

        Args:
            billing_account_id: The billing account's id.
            payment_method_id: The stored payment method's id.

        Returns:
            SetBillingAccountDefaultPaymentMethodResponse.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "set_billing_account_default_payment_method",
            _set_billing_account_default_payment_method._request(
                billing_account_id,
                payment_method_id,
            ),
            _set_billing_account_default_payment_method._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_billing_account_projects(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListBillingAccountProjectsResponse:
        """List the projects a billing account pays for.

        ``GET /v1/billing-accounts/{billing_account_id}/projects``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            ListBillingAccountProjectsResponse.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "list_billing_account_projects",
            _list_billing_account_projects._request(
                billing_account_id,
            ),
            _list_billing_account_projects._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_billing_account_setup_intent(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BillingAccountSetupIntent:
        """Get what a payment form needs to store a new payment method.

        ``GET /v1/billing-accounts/{billing_account_id}/setup-intent``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            BillingAccountSetupIntent.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "get_billing_account_setup_intent",
            _get_billing_account_setup_intent._request(
                billing_account_id,
            ),
            _get_billing_account_setup_intent._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_billing_account_transactions(
        self,
        billing_account_id: str,
        *,
        page_size: int | None = None,
        starting_after: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListBillingAccountTransactionsResponse:
        """List the charges and payments of a billing account.

        ``GET /v1/billing-accounts/{billing_account_id}/transactions``

        Args:
            billing_account_id: The billing account's id.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.
            starting_after: The id of the last item already read; AsyncCudo.paginate follows it.
                Optional; left out when None.

        Returns:
            ListBillingAccountTransactionsResponse.

        Paginated by a cursor (``starting_after`` the last id, while ``has_more``): ``AsyncCudo.paginate`` yields every item.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "list_billing_account_transactions",
            _list_billing_account_transactions._request(
                billing_account_id,
                page_size=page_size,
                starting_after=starting_after,
            ),
            _list_billing_account_transactions._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_outstanding_invoices(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListOutstandingInvoicesResponse:
        """List the invoices that are still unpaid.

        ``GET /v1/billing-accounts/invoices/outstanding``

        Returns:
            ListOutstandingInvoicesResponse.

        Raises:
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "list_outstanding_invoices",
            _list_outstanding_invoices._request(),
            _list_outstanding_invoices._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_invoices(
        self,
        *,
        id: str,
        page_size: int | None = None,
        starting_after: str | None = None,
        status: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListInvoicesResponse:
        """List invoices, optionally one by id or those in one status.

        ``GET /v1/invoices``

        Args:
            id: The id to give the new resource, or to look for.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.
            starting_after: The id of the last item already read; AsyncCudo.paginate follows it.
                Optional; left out when None.
            status: Only items in this status. Optional; left out when None.

        Returns:
            ListInvoicesResponse.

        Paginated by a cursor (``starting_after`` the last id, while ``has_more``): ``AsyncCudo.paginate`` yields every item.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "list_invoices",
            _list_invoices._request(
                id=id,
                page_size=page_size,
                starting_after=starting_after,
                status=status,
            ),
            _list_invoices._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )


class BillingSyncAPI:
    """Billing accounts, their payment methods, credit, spend, invoices and permissions. Reached as ``Cudo.billing``; every method is one API call, returning when it is done."""

    __slots__ = ("_send",)
    #: The attribute of a client that holds this namespace.
    TAG = "billing"

    def __init__(self, send: SyncSend) -> None:
        self._send = send

    @_by_keyword
    def list_billing_accounts(
        self,
        *,
        page_token: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListBillingAccountsResponse:
        """List the billing accounts the caller can see.

        ``GET /v1/billing-accounts``

        Args:
            page_token: Where to continue, from the previous page; Cudo.paginate follows it.
                Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListBillingAccountsResponse.

        Paginated by a page token (``page_token``): ``Cudo.paginate`` yields every item.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "list_billing_accounts",
            _list_billing_accounts._request(
                page_token=page_token,
                page_size=page_size,
            ),
            _list_billing_accounts._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def create_billing_account(
        self,
        *,
        body: CreateBillingAccountRequest,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BillingAccount:
        """Open a new billing account.

        ``POST /v1/billing-accounts``

        Args:
            body: What to create or change. A ``models.CreateBillingAccountRequest`` (or a mapping
                of its wire form), given by keyword (``body=``): it requires ``display_name``,
                ``email``; the other fields are optional.

        Returns:
            BillingAccount.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            AlreadyExistsError: a resource with that id exists already.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "create_billing_account",
            _create_billing_account._request(
                body=body,
            ),
            _create_billing_account._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_billing_account_spend_details(
        self,
        billing_account_id: str,
        *,
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetBillingAccountSpendDetailsResponse:
        """Break down what a billing account spent between two times.

        ``GET /v1/billing-accounts/{billing_account_id}/spend/details``

        Args:
            billing_account_id: The billing account's id.
            start_time: Start of the period.
            end_time: End of the period.

        Returns:
            GetBillingAccountSpendDetailsResponse.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "get_billing_account_spend_details",
            _get_billing_account_spend_details._request(
                billing_account_id,
                start_time=start_time,
                end_time=end_time,
            ),
            _get_billing_account_spend_details._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_billing_account(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BillingAccount:
        """Read one billing account.

        ``GET /v1/billing-accounts/{billing_account_id}``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            BillingAccount.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "get_billing_account",
            _get_billing_account._request(
                billing_account_id,
            ),
            _get_billing_account._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def delete_billing_account(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> BillingAccount:
        """Close a billing account (it can be restored with undelete_billing_account).

        ``DELETE /v1/billing-accounts/{billing_account_id}``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            BillingAccount.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: it is still in use.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
            missing_ok: True: a NOT_FOUND answer counts as done (it is already gone) and returns the
                empty answer, for a teardown that may run twice.
        """
        return self._send(
            "delete_billing_account",
            _delete_billing_account._request(
                billing_account_id,
            ),
            _delete_billing_account._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    def update_billing_account(
        self,
        billing_account_id: str,
        *,
        body: UpdateBillingAccountBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BillingAccount:
        """Change a billing account's name, address or other settings.

        ``PATCH /v1/billing-accounts/{billing_account_id}``

        Args:
            billing_account_id: The billing account's id.
            body: What to create or change. A ``models.UpdateBillingAccountBody`` (or a mapping of
                its wire form), given by keyword (``body=``): it requires ``update_mask``; the other
                fields are optional.

        Returns:
            BillingAccount.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "update_billing_account",
            _update_billing_account._request(
                billing_account_id,
                body=body,
            ),
            _update_billing_account._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def add_billing_account_permission(
        self,
        billing_account_id: str,
        *,
        body: UserPermission,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Give a user a role on a billing account.

        ``POST /v1/billing-accounts/{billing_account_id}:add-permission``

        Args:
            billing_account_id: The billing account's id.
            body: What to create or change. A ``models.UserPermission`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``permission_role``; the other
                fields are optional.

        Returns:
            Empty: an empty answer.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            AlreadyExistsError: a resource with that id exists already.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "add_billing_account_permission",
            _add_billing_account_permission._request(
                billing_account_id,
                body=body,
            ),
            _add_billing_account_permission._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_billing_account_permissions(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetBillingAccountPermissionsResponse:
        """List who holds which role on a billing account.

        ``GET /v1/billing-accounts/{billing_account_id}:list-permissions``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            GetBillingAccountPermissionsResponse.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "get_billing_account_permissions",
            _get_billing_account_permissions._request(
                billing_account_id,
            ),
            _get_billing_account_permissions._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def remove_billing_account_permission(
        self,
        billing_account_id: str,
        *,
        body: UserPermission,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Take a user's role on a billing account away.

        ``POST /v1/billing-accounts/{billing_account_id}:remove-permission``

        Args:
            billing_account_id: The billing account's id.
            body: What to create or change. A ``models.UserPermission`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``permission_role``; the other
                fields are optional.

        Returns:
            Empty: an empty answer.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
            missing_ok: True: a NOT_FOUND answer counts as done (it is already gone) and returns the
                empty answer, for a teardown that may run twice.
        """
        return self._send(
            "remove_billing_account_permission",
            _remove_billing_account_permission._request(
                billing_account_id,
                body=body,
            ),
            _remove_billing_account_permission._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    def undelete_billing_account(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BillingAccount:
        """Restore a billing account that was closed.

        ``POST /v1/billing-accounts/{billing_account_id}:undelete``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            BillingAccount.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "undelete_billing_account",
            _undelete_billing_account._request(
                billing_account_id,
            ),
            _undelete_billing_account._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def create_billing_account_credit_payment(
        self,
        billing_account_id: str,
        *,
        payment_method: str,
        amount_value: str | None = None,
        radar_session_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateBillingAccountCreditPaymentResponse:
        """Buy prepaid credit for a billing account with a stored payment method.

        ``POST /v1/billing-accounts/{billing_account_id}/credit``

        Args:
            billing_account_id: The billing account's id.
            amount_value: The amount, as a decimal string in the account's currency. Optional; left
                out when None.
            payment_method: The stored payment method to charge.
            radar_session_id: The fraud-check session of the payment form, if any. Optional; left
                out when None.

        Returns:
            CreateBillingAccountCreditPaymentResponse.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            AlreadyExistsError: a resource with that id exists already.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "create_billing_account_credit_payment",
            _create_billing_account_credit_payment._request(
                billing_account_id,
                amount_value=amount_value,
                payment_method=payment_method,
                radar_session_id=radar_session_id,
            ),
            _create_billing_account_credit_payment._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_billing_account_credit_balance_transactions(
        self,
        billing_account_id: str,
        *,
        page_size: int | None = None,
        starting_after: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListBillingAccountCreditBalanceTransactionsResponse:
        """List the movements of a billing account's credit balance.

        ``GET /v1/billing-accounts/{billing_account_id}/credit-balance-transactions``

        Args:
            billing_account_id: The billing account's id.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.
            starting_after: The id of the last item already read; Cudo.paginate follows it.
                Optional; left out when None.

        Returns:
            ListBillingAccountCreditBalanceTransactionsResponse.

        Paginated by a cursor (``starting_after`` the last id, while ``has_more``): ``Cudo.paginate`` yields every item.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "list_billing_account_credit_balance_transactions",
            _list_billing_account_credit_balance_transactions._request(
                billing_account_id,
                page_size=page_size,
                starting_after=starting_after,
            ),
            _list_billing_account_credit_balance_transactions._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def create_billing_account_credit_checkout_session(
        self,
        billing_account_id: str,
        *,
        return_url: str,
        amount_value: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CheckoutSession:
        """Start a hosted checkout page for buying credit.

        ``POST /v1/billing-accounts/{billing_account_id}/credit-checkout-session``

        Args:
            billing_account_id: The billing account's id.
            amount_value: The amount, as a decimal string in the account's currency. Optional; left
                out when None.
            return_url: Where the checkout page sends the buyer afterwards.

        Returns:
            CheckoutSession.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            AlreadyExistsError: a resource with that id exists already.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "create_billing_account_credit_checkout_session",
            _create_billing_account_credit_checkout_session._request(
                billing_account_id,
                amount_value=amount_value,
                return_url=return_url,
            ),
            _create_billing_account_credit_checkout_session._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_billing_account_details(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetBillingAccountDetailsResponse:
        """Read a billing account with its payment and tax details.

        ``GET /v1/billing-accounts/{billing_account_id}/details``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            GetBillingAccountDetailsResponse.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "get_billing_account_details",
            _get_billing_account_details._request(
                billing_account_id,
            ),
            _get_billing_account_details._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_billing_account_payment_methods(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BillingAccountPaymentMethods:
        """List the cards and other payment methods stored on a billing account.

        ``GET /v1/billing-accounts/{billing_account_id}/payment-methods``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            BillingAccountPaymentMethods.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "get_billing_account_payment_methods",
            _get_billing_account_payment_methods._request(
                billing_account_id,
            ),
            _get_billing_account_payment_methods._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def remove_billing_account_payment_method(
        self,
        billing_account_id: str,
        payment_method_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> RemoveBillingAccountPaymentMethodResponse:
        """Remove a stored payment method from a billing account.

        ``DELETE /v1/billing-accounts/{billing_account_id}/payment-methods/{payment_method_id}``

        Args:
            billing_account_id: The billing account's id.
            payment_method_id: The stored payment method's id.

        Returns:
            RemoveBillingAccountPaymentMethodResponse.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: it is still in use.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
            missing_ok: True: a NOT_FOUND answer counts as done (it is already gone) and returns the
                empty answer, for a teardown that may run twice.
        """
        return self._send(
            "remove_billing_account_payment_method",
            _remove_billing_account_payment_method._request(
                billing_account_id,
                payment_method_id,
            ),
            _remove_billing_account_payment_method._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    def set_billing_account_default_payment_method(
        self,
        billing_account_id: str,
        payment_method_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SetBillingAccountDefaultPaymentMethodResponse:
        """Make a stored payment method the one a billing account charges first.

        ``POST /v1/billing-accounts/{billing_account_id}/payment-methods/{payment_method_id}/set-default``

        Args:
            billing_account_id: The billing account's id.
            payment_method_id: The stored payment method's id.

        Returns:
            SetBillingAccountDefaultPaymentMethodResponse.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: its state does not allow this now.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "set_billing_account_default_payment_method",
            _set_billing_account_default_payment_method._request(
                billing_account_id,
                payment_method_id,
            ),
            _set_billing_account_default_payment_method._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_billing_account_projects(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListBillingAccountProjectsResponse:
        """List the projects a billing account pays for.

        ``GET /v1/billing-accounts/{billing_account_id}/projects``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            ListBillingAccountProjectsResponse.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "list_billing_account_projects",
            _list_billing_account_projects._request(
                billing_account_id,
            ),
            _list_billing_account_projects._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_billing_account_setup_intent(
        self,
        billing_account_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> BillingAccountSetupIntent:
        """Get what a payment form needs to store a new payment method.

        ``GET /v1/billing-accounts/{billing_account_id}/setup-intent``

        Args:
            billing_account_id: The billing account's id.

        Returns:
            BillingAccountSetupIntent.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "get_billing_account_setup_intent",
            _get_billing_account_setup_intent._request(
                billing_account_id,
            ),
            _get_billing_account_setup_intent._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_billing_account_transactions(
        self,
        billing_account_id: str,
        *,
        page_size: int | None = None,
        starting_after: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListBillingAccountTransactionsResponse:
        """List the charges and payments of a billing account.

        ``GET /v1/billing-accounts/{billing_account_id}/transactions``

        Args:
            billing_account_id: The billing account's id.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.
            starting_after: The id of the last item already read; Cudo.paginate follows it.
                Optional; left out when None.

        Returns:
            ListBillingAccountTransactionsResponse.

        Paginated by a cursor (``starting_after`` the last id, while ``has_more``): ``Cudo.paginate`` yields every item.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "list_billing_account_transactions",
            _list_billing_account_transactions._request(
                billing_account_id,
                page_size=page_size,
                starting_after=starting_after,
            ),
            _list_billing_account_transactions._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_outstanding_invoices(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListOutstandingInvoicesResponse:
        """List the invoices that are still unpaid.

        ``GET /v1/billing-accounts/invoices/outstanding``

        Returns:
            ListOutstandingInvoicesResponse.

        Raises:
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "list_outstanding_invoices",
            _list_outstanding_invoices._request(),
            _list_outstanding_invoices._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_invoices(
        self,
        *,
        id: str,
        page_size: int | None = None,
        starting_after: str | None = None,
        status: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListInvoicesResponse:
        """List invoices, optionally one by id or those in one status.

        ``GET /v1/invoices``

        Args:
            id: The id to give the new resource, or to look for.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.
            starting_after: The id of the last item already read; Cudo.paginate follows it.
                Optional; left out when None.
            status: Only items in this status. Optional; left out when None.

        Returns:
            ListInvoicesResponse.

        Paginated by a cursor (``starting_after`` the last id, while ``has_more``): ``Cudo.paginate`` yields every item.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "list_invoices",
            _list_invoices._request(
                id=id,
                page_size=page_size,
                starting_after=starting_after,
                status=status,
            ),
            _list_invoices._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

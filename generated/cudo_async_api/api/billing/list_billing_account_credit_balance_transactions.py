"""``GET /v1/billing-accounts/{billing_account_id}/credit-balance-transactions``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_billing_account_credit_balance_transactions_response import (
    ListBillingAccountCreditBalanceTransactionsResponse,
)
from ...types import OperationRequest


def _request(
    billing_account_id: str,
    *,
    page_size: int | None = None,
    starting_after: str | None = None,
) -> OperationRequest:
    params: dict[str, Any] = {}
    if page_size is not None:
        params["pageSize"] = page_size
    if starting_after is not None:
        params["startingAfter"] = starting_after

    return {
        "method": "GET",
        "path": "/v1/billing-accounts/{billing_account_id}/credit-balance-transactions",
        "path_params": {
            "billing_account_id": billing_account_id,
        },
        "params": params,
    }


def _decode(data: Any) -> ListBillingAccountCreditBalanceTransactionsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return ListBillingAccountCreditBalanceTransactionsResponse.from_dict(data)

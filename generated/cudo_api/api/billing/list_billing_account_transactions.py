"""``GET /v1/billing-accounts/{id}/transactions``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_billing_account_transactions_response import ListBillingAccountTransactionsResponse
from ...types import UNSET, OperationRequest, Unset


def _request(
    id: str,
    *,
    page_size: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["pageSize"] = page_size

    params["startingAfter"] = starting_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/billing-accounts/{id}/transactions",
        "path_params": {
            "id": id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> ListBillingAccountTransactionsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListBillingAccountTransactionsResponse.from_dict(data)

    return response_200

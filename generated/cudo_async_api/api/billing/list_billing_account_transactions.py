"""``GET /v1/billing-accounts/{billing_account_id}/transactions``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_billing_account_transactions_response import ListBillingAccountTransactionsResponse
from ...types import OperationRequest, check_range

#: Each query parameter's wire name -> its Python name and its type in the spec.
QUERY_TYPES: dict[str, tuple[str, str]] = {
    "pageSize": ("page_size", "int"),
    "startingAfter": ("starting_after", "str"),
}


def _request(
    billing_account_id: str,
    *,
    page_size: int | None = None,
    starting_after: str | None = None,
) -> OperationRequest:
    check_range("page_size", page_size, 0, None, False, False, "at least 0")
    # Values as given: the facade checks each against its spec type (QUERY_TYPES) and encodes it.
    params: dict[str, Any] = {}
    if page_size is not None:
        params["pageSize"] = page_size
    if starting_after is not None:
        params["startingAfter"] = starting_after
    return {
        "method": "GET",
        "path": "/v1/billing-accounts/{billing_account_id}/transactions",
        "path_params": {
            "billing_account_id": billing_account_id,
        },
        "params": params,
        "query_types": QUERY_TYPES,
    }


def _decode(data: Any, *, reuse: bool = True) -> ListBillingAccountTransactionsResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return (
        ListBillingAccountTransactionsResponse._from_parsed(data)
        if reuse
        else ListBillingAccountTransactionsResponse.from_dict(data)
    )

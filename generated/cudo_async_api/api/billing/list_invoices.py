"""``GET /v1/invoices``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_invoices_response import ListInvoicesResponse
from ...types import OperationRequest


def _request(
    *,
    id: str,
    page_size: int | None = None,
    starting_after: str | None = None,
    status: str | None = None,
) -> OperationRequest:
    params: dict[str, Any] = {}
    params["id"] = id
    if page_size is not None:
        params["pageSize"] = page_size
    if starting_after is not None:
        params["startingAfter"] = starting_after
    if status is not None:
        params["status"] = status

    return {
        "method": "GET",
        "path": "/v1/invoices",
        "path_params": {},
        "params": params,
    }


def _decode(data: Any) -> ListInvoicesResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return ListInvoicesResponse.from_dict(data)

"""``GET /v1/invoices``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_invoices_response import ListInvoicesResponse
from ...types import UNSET, OperationRequest, Unset


def _request(
    *,
    id: str,
    page_size: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["id"] = id

    params["pageSize"] = page_size

    params["startingAfter"] = starting_after

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/invoices",
        "path_params": {},
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> ListInvoicesResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListInvoicesResponse.from_dict(data)

    return response_200

"""``GET /v1/billing-accounts/invoices/outstanding``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_outstanding_invoices_response import ListOutstandingInvoicesResponse
from ...types import OperationRequest


def _request() -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/billing-accounts/invoices/outstanding",
        "path_params": {},
    }
    return _kwargs


def _decode(data: Any) -> ListOutstandingInvoicesResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListOutstandingInvoicesResponse.from_dict(data)

    return response_200

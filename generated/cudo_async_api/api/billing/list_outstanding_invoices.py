"""``GET /v1/billing-accounts/invoices/outstanding``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_outstanding_invoices_response import ListOutstandingInvoicesResponse
from ...types import OperationRequest


def _request() -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/billing-accounts/invoices/outstanding",
        "path_params": {},
    }


def _decode(data: Any) -> ListOutstandingInvoicesResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return ListOutstandingInvoicesResponse.from_dict(data)

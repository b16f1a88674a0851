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


def _decode(data: Any, *, reuse: bool = True) -> ListOutstandingInvoicesResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return (
        ListOutstandingInvoicesResponse._from_parsed(data) if reuse else ListOutstandingInvoicesResponse.from_dict(data)
    )

"""``POST /v1/billing-accounts``: the request builder and the answer decoder."""

from typing import Any

from ...models.billing_account import BillingAccount
from ...models.create_billing_account_request import CreateBillingAccountRequest
from ...types import OperationRequest, wire_body


def _request(
    *,
    body: CreateBillingAccountRequest,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/billing-accounts",
        "path_params": {},
        "json": wire_body(body, CreateBillingAccountRequest, "body"),
    }


def _decode(data: Any) -> BillingAccount:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return BillingAccount.from_dict(data)

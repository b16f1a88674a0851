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


def _decode(data: Any, *, reuse: bool = True) -> BillingAccount:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return BillingAccount._from_parsed(data) if reuse else BillingAccount.from_dict(data)

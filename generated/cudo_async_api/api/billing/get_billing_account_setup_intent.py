"""``GET /v1/billing-accounts/{billing_account_id}/setup-intent``: the request builder and the answer decoder."""

from typing import Any

from ...models.billing_account_setup_intent import BillingAccountSetupIntent
from ...types import OperationRequest


def _request(
    billing_account_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/billing-accounts/{billing_account_id}/setup-intent",
        "path_params": {
            "billing_account_id": billing_account_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> BillingAccountSetupIntent:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return BillingAccountSetupIntent._from_parsed(data) if reuse else BillingAccountSetupIntent.from_dict(data)

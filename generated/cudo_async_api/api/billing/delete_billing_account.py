"""``DELETE /v1/billing-accounts/{billing_account_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.billing_account import BillingAccount
from ...types import OperationRequest


def _request(
    billing_account_id: str,
) -> OperationRequest:
    return {
        "method": "DELETE",
        "path": "/v1/billing-accounts/{billing_account_id}",
        "path_params": {
            "billing_account_id": billing_account_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> BillingAccount:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return BillingAccount._from_parsed(data) if reuse else BillingAccount.from_dict(data)

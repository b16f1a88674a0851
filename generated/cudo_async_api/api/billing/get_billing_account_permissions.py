"""``GET /v1/billing-accounts/{billing_account_id}:list-permissions``: the request builder and the answer decoder."""

from typing import Any

from ...models.get_billing_account_permissions_response import GetBillingAccountPermissionsResponse
from ...types import OperationRequest


def _request(
    billing_account_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/billing-accounts/{billing_account_id}:list-permissions",
        "path_params": {
            "billing_account_id": billing_account_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> GetBillingAccountPermissionsResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return (
        GetBillingAccountPermissionsResponse._from_parsed(data)
        if reuse
        else GetBillingAccountPermissionsResponse.from_dict(data)
    )

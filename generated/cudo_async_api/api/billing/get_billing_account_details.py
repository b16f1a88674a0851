"""``GET /v1/billing-accounts/{billing_account_id}/details``: the request builder and the answer decoder."""

from typing import Any

from ...models.get_billing_account_details_response import GetBillingAccountDetailsResponse
from ...types import OperationRequest


def _request(
    billing_account_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/billing-accounts/{billing_account_id}/details",
        "path_params": {
            "billing_account_id": billing_account_id,
        },
    }


def _decode(data: Any) -> GetBillingAccountDetailsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return GetBillingAccountDetailsResponse.from_dict(data)

"""``GET /v1/billing-accounts/{id}/setup-intent``: the request builder and the answer decoder."""

from typing import Any

from ...models.billing_account_setup_intent import BillingAccountSetupIntent
from ...types import OperationRequest


def _request(
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/billing-accounts/{id}/setup-intent",
        "path_params": {
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> BillingAccountSetupIntent:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = BillingAccountSetupIntent.from_dict(data)

    return response_200

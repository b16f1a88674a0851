"""``DELETE /v1/billing-accounts/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.billing_account import BillingAccount
from ...types import OperationRequest


def _request(
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "DELETE",
        "path": "/v1/billing-accounts/{id}",
        "path_params": {
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> BillingAccount:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = BillingAccount.from_dict(data)

    return response_200

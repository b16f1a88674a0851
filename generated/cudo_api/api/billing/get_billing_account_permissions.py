"""``GET /v1/billing-accounts/{id}:list-permissions``: the request builder and the answer decoder."""

from typing import Any

from ...models.get_billing_account_permissions_response import GetBillingAccountPermissionsResponse
from ...types import OperationRequest


def _request(
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/billing-accounts/{id}:list-permissions",
        "path_params": {
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> GetBillingAccountPermissionsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = GetBillingAccountPermissionsResponse.from_dict(data)

    return response_200

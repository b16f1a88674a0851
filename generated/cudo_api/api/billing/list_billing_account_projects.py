"""``GET /v1/billing-accounts/{id}/projects``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_billing_account_projects_response import ListBillingAccountProjectsResponse
from ...types import OperationRequest


def _request(
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/billing-accounts/{id}/projects",
        "path_params": {
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> ListBillingAccountProjectsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListBillingAccountProjectsResponse.from_dict(data)

    return response_200

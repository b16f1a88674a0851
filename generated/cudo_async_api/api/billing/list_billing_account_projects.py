"""``GET /v1/billing-accounts/{billing_account_id}/projects``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_billing_account_projects_response import ListBillingAccountProjectsResponse
from ...types import OperationRequest


def _request(
    billing_account_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/billing-accounts/{billing_account_id}/projects",
        "path_params": {
            "billing_account_id": billing_account_id,
        },
    }


def _decode(data: Any) -> ListBillingAccountProjectsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return ListBillingAccountProjectsResponse.from_dict(data)

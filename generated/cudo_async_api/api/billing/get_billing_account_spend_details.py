"""``GET /v1/billing-accounts/{billing_account_id}/spend/details``: the request builder and the answer decoder."""

import datetime
from typing import Any

from ...models.get_billing_account_spend_details_response import GetBillingAccountSpendDetailsResponse
from ...types import OperationRequest


def _request(
    billing_account_id: str,
    *,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
) -> OperationRequest:
    params: dict[str, Any] = {}
    params["startTime"] = start_time.isoformat()
    params["endTime"] = end_time.isoformat()

    return {
        "method": "GET",
        "path": "/v1/billing-accounts/{billing_account_id}/spend/details",
        "path_params": {
            "billing_account_id": billing_account_id,
        },
        "params": params,
    }


def _decode(data: Any) -> GetBillingAccountSpendDetailsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return GetBillingAccountSpendDetailsResponse.from_dict(data)

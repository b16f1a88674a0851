"""``GET /v1/billing-accounts/{billing_account_id}/spend/details``: the request builder and the answer decoder."""

import datetime
from typing import Any

from ...models.get_billing_account_spend_details_response import GetBillingAccountSpendDetailsResponse
from ...types import UNSET, OperationRequest


def _request(
    billing_account_id: str,
    *,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
) -> OperationRequest:
    params: dict[str, Any] = {}

    json_start_time = start_time.isoformat()
    params["startTime"] = json_start_time

    json_end_time = end_time.isoformat()
    params["endTime"] = json_end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/billing-accounts/{billing_account_id}/spend/details",
        "path_params": {
            "billing_account_id": billing_account_id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> GetBillingAccountSpendDetailsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = GetBillingAccountSpendDetailsResponse.from_dict(data)

    return response_200

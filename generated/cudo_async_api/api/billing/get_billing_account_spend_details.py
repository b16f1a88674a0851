"""``GET /v1/billing-accounts/{billing_account_id}/spend/details``: the request builder and the answer decoder."""

import datetime
from typing import Any

from ...models.get_billing_account_spend_details_response import GetBillingAccountSpendDetailsResponse
from ...types import OperationRequest

#: Each query parameter's wire name -> its Python name and its type in the spec.
QUERY_TYPES: dict[str, tuple[str, str]] = {
    "startTime": ("start_time", "datetime"),
    "endTime": ("end_time", "datetime"),
}


def _request(
    billing_account_id: str,
    *,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
) -> OperationRequest:
    # Values as given: the facade checks each against its spec type (QUERY_TYPES) and encodes it.
    params: dict[str, Any] = {}
    params["startTime"] = start_time
    params["endTime"] = end_time
    return {
        "method": "GET",
        "path": "/v1/billing-accounts/{billing_account_id}/spend/details",
        "path_params": {
            "billing_account_id": billing_account_id,
        },
        "params": params,
        "query_types": QUERY_TYPES,
    }


def _decode(data: Any, *, reuse: bool = True) -> GetBillingAccountSpendDetailsResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return (
        GetBillingAccountSpendDetailsResponse._from_parsed(data)
        if reuse
        else GetBillingAccountSpendDetailsResponse.from_dict(data)
    )

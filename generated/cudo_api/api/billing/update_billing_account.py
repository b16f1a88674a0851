"""``PATCH /v1/billing-accounts/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.billing_account import BillingAccount
from ...models.update_billing_account_body import UpdateBillingAccountBody
from ...types import OperationRequest


def _request(
    id: str,
    *,
    body: UpdateBillingAccountBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "PATCH",
        "path": "/v1/billing-accounts/{id}",
        "path_params": {
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> BillingAccount:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = BillingAccount.from_dict(data)

    return response_200

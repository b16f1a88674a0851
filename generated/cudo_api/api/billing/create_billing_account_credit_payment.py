"""``POST /v1/billing-accounts/{id}/credit``: the request builder and the answer decoder."""

from typing import Any

from ...models.create_billing_account_credit_payment_response import CreateBillingAccountCreditPaymentResponse
from ...types import UNSET, OperationRequest, Unset


def _request(
    id: str,
    *,
    amount_value: str | Unset = UNSET,
    payment_method: str,
    radar_session_id: str | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["amount.value"] = amount_value

    params["paymentMethod"] = payment_method

    params["radarSessionId"] = radar_session_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/billing-accounts/{id}/credit",
        "path_params": {
            "id": id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> CreateBillingAccountCreditPaymentResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = CreateBillingAccountCreditPaymentResponse.from_dict(data)

    return response_200

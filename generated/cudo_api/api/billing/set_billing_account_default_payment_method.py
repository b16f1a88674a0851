"""``POST /v1/billing-accounts/{id}/payment-methods/{payment_method_id}/set-default``: the request builder and the answer decoder."""

from typing import Any

from ...models.set_billing_account_default_payment_method_response import SetBillingAccountDefaultPaymentMethodResponse
from ...types import OperationRequest


def _request(
    id: str,
    payment_method_id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/billing-accounts/{id}/payment-methods/{payment_method_id}/set-default",
        "path_params": {
            "id": id,
            "payment_method_id": payment_method_id,
        },
    }
    return _kwargs


def _decode(data: Any) -> SetBillingAccountDefaultPaymentMethodResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = SetBillingAccountDefaultPaymentMethodResponse.from_dict(data)

    return response_200

"""``DELETE /v1/billing-accounts/{id}/payment-methods/{payment_method_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.remove_billing_account_payment_method_response import RemoveBillingAccountPaymentMethodResponse
from ...types import OperationRequest


def _request(
    id: str,
    payment_method_id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "DELETE",
        "path": "/v1/billing-accounts/{id}/payment-methods/{payment_method_id}",
        "path_params": {
            "id": id,
            "payment_method_id": payment_method_id,
        },
    }
    return _kwargs


def _decode(data: Any) -> RemoveBillingAccountPaymentMethodResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = RemoveBillingAccountPaymentMethodResponse.from_dict(data)

    return response_200

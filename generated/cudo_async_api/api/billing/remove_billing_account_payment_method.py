"""``DELETE /v1/billing-accounts/{billing_account_id}/payment-methods/{payment_method_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.remove_billing_account_payment_method_response import RemoveBillingAccountPaymentMethodResponse
from ...types import OperationRequest


def _request(
    billing_account_id: str,
    payment_method_id: str,
) -> OperationRequest:
    return {
        "method": "DELETE",
        "path": "/v1/billing-accounts/{billing_account_id}/payment-methods/{payment_method_id}",
        "path_params": {
            "billing_account_id": billing_account_id,
            "payment_method_id": payment_method_id,
        },
    }


def _decode(data: Any) -> RemoveBillingAccountPaymentMethodResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return RemoveBillingAccountPaymentMethodResponse.from_dict(data)

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


def _decode(data: Any, *, reuse: bool = True) -> RemoveBillingAccountPaymentMethodResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return (
        RemoveBillingAccountPaymentMethodResponse._from_parsed(data)
        if reuse
        else RemoveBillingAccountPaymentMethodResponse.from_dict(data)
    )

"""``POST /v1/billing-accounts/{billing_account_id}/payment-methods/{payment_method_id}/set-default``: the request builder and the answer decoder."""

from typing import Any

from ...models.set_billing_account_default_payment_method_response import SetBillingAccountDefaultPaymentMethodResponse
from ...types import OperationRequest


def _request(
    billing_account_id: str,
    payment_method_id: str,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/billing-accounts/{billing_account_id}/payment-methods/{payment_method_id}/set-default",
        "path_params": {
            "billing_account_id": billing_account_id,
            "payment_method_id": payment_method_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> SetBillingAccountDefaultPaymentMethodResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return (
        SetBillingAccountDefaultPaymentMethodResponse._from_parsed(data)
        if reuse
        else SetBillingAccountDefaultPaymentMethodResponse.from_dict(data)
    )

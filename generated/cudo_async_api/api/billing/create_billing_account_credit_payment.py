"""``POST /v1/billing-accounts/{billing_account_id}/credit``: the request builder and the answer decoder."""

from typing import Any

from ...models.create_billing_account_credit_payment_response import CreateBillingAccountCreditPaymentResponse
from ...types import OperationRequest

#: Each query parameter's wire name -> its Python name and its type in the spec.
QUERY_TYPES: dict[str, tuple[str, str]] = {
    "amount.value": ("amount_value", "str"),
    "paymentMethod": ("payment_method", "str"),
    "radarSessionId": ("radar_session_id", "str"),
}


def _request(
    billing_account_id: str,
    *,
    payment_method: str,
    amount_value: str | None = None,
    radar_session_id: str | None = None,
) -> OperationRequest:
    # Values as given: the facade checks each against its spec type (QUERY_TYPES) and encodes it.
    params: dict[str, Any] = {}
    if amount_value is not None:
        params["amount.value"] = amount_value
    params["paymentMethod"] = payment_method
    if radar_session_id is not None:
        params["radarSessionId"] = radar_session_id
    return {
        "method": "POST",
        "path": "/v1/billing-accounts/{billing_account_id}/credit",
        "path_params": {
            "billing_account_id": billing_account_id,
        },
        "params": params,
        "query_types": QUERY_TYPES,
    }


def _decode(data: Any, *, reuse: bool = True) -> CreateBillingAccountCreditPaymentResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return (
        CreateBillingAccountCreditPaymentResponse._from_parsed(data)
        if reuse
        else CreateBillingAccountCreditPaymentResponse.from_dict(data)
    )

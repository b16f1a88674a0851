"""``POST /v1/billing-accounts/{billing_account_id}/credit-checkout-session``: the request builder and the answer decoder."""

from typing import Any

from ...models.checkout_session import CheckoutSession
from ...types import OperationRequest

#: Each query parameter's wire name -> its Python name and its type in the spec.
QUERY_TYPES: dict[str, tuple[str, str]] = {
    "amount.value": ("amount_value", "str"),
    "returnUrl": ("return_url", "str"),
}


def _request(
    billing_account_id: str,
    *,
    return_url: str,
    amount_value: str | None = None,
) -> OperationRequest:
    # Values as given: the facade checks each against its spec type (QUERY_TYPES) and encodes it.
    params: dict[str, Any] = {}
    if amount_value is not None:
        params["amount.value"] = amount_value
    params["returnUrl"] = return_url
    return {
        "method": "POST",
        "path": "/v1/billing-accounts/{billing_account_id}/credit-checkout-session",
        "path_params": {
            "billing_account_id": billing_account_id,
        },
        "params": params,
        "query_types": QUERY_TYPES,
    }


def _decode(data: Any, *, reuse: bool = True) -> CheckoutSession:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return CheckoutSession._from_parsed(data) if reuse else CheckoutSession.from_dict(data)

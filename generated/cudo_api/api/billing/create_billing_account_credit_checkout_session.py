"""``POST /v1/billing-accounts/{id}/credit-checkout-session``: the request builder and the answer decoder."""

from typing import Any

from ...models.checkout_session import CheckoutSession
from ...types import UNSET, OperationRequest, Unset


def _request(
    id: str,
    *,
    amount_value: str | Unset = UNSET,
    return_url: str,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["amount.value"] = amount_value

    params["returnUrl"] = return_url

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/billing-accounts/{id}/credit-checkout-session",
        "path_params": {
            "id": id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> CheckoutSession:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = CheckoutSession.from_dict(data)

    return response_200

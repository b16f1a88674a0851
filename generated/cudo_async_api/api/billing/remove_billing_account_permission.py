"""``POST /v1/billing-accounts/{billing_account_id}:remove-permission``: the request builder and the answer decoder."""

from typing import Any

from ...models.empty import Empty
from ...models.user_permission import UserPermission
from ...types import OperationRequest, wire_body


def _request(
    billing_account_id: str,
    *,
    body: UserPermission,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/billing-accounts/{billing_account_id}:remove-permission",
        "path_params": {
            "billing_account_id": billing_account_id,
        },
        "json": wire_body(body, UserPermission, "body"),
    }


def _decode(data: Any, *, reuse: bool = True) -> Empty:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Empty._from_parsed(data) if reuse else Empty.from_dict(data)

"""``DELETE /v1/api-keys/{api_key_name}``: the request builder and the answer decoder."""

from typing import Any

from ...models.empty import Empty
from ...types import OperationRequest


def _request(
    api_key_name: str,
) -> OperationRequest:
    return {
        "method": "DELETE",
        "path": "/v1/api-keys/{api_key_name}",
        "path_params": {
            "api_key_name": api_key_name,
        },
    }


def _decode(data: Any) -> Empty:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return Empty.from_dict(data)

"""``DELETE /v1/auth``: the request builder and the answer decoder."""

from typing import Any

from ...models.empty import Empty
from ...types import OperationRequest


def _request() -> OperationRequest:
    return {
        "method": "DELETE",
        "path": "/v1/auth",
        "path_params": {},
    }


def _decode(data: Any) -> Empty:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return Empty.from_dict(data)

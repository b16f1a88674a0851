"""``DELETE /v1/auth``: the request builder and the answer decoder."""

from typing import Any

from ...models.delete_user_response_200 import DeleteUserResponse200
from ...types import OperationRequest


def _request() -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "DELETE",
        "path": "/v1/auth",
        "path_params": {},
    }
    return _kwargs


def _decode(data: Any) -> DeleteUserResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = DeleteUserResponse200.from_dict(data)

    return response_200

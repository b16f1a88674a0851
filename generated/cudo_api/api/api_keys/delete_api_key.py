"""``DELETE /v1/api-keys/{name}``: the request builder and the answer decoder."""

from typing import Any

from ...models.delete_api_key_response_200 import DeleteApiKeyResponse200
from ...types import OperationRequest


def _request(
    name: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "DELETE",
        "path": "/v1/api-keys/{name}",
        "path_params": {
            "name": name,
        },
    }
    return _kwargs


def _decode(data: Any) -> DeleteApiKeyResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = DeleteApiKeyResponse200.from_dict(data)

    return response_200

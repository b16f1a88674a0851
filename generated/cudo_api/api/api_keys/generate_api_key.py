"""``POST /v1/api-keys``: the request builder and the answer decoder."""

from typing import Any

from ...models.api_key import ApiKey
from ...models.generate_api_key_request import GenerateApiKeyRequest
from ...types import OperationRequest


def _request(
    *,
    body: GenerateApiKeyRequest,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/api-keys",
        "path_params": {},
        "safe_to_repeat": True,
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> ApiKey:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ApiKey.from_dict(data)

    return response_200

"""``POST /v1/api-keys``: the request builder and the answer decoder."""

from typing import Any

from ...models.api_key import APIKey
from ...models.generate_api_key_request import GenerateAPIKeyRequest
from ...types import OperationRequest, wire_body


def _request(
    *,
    body: GenerateAPIKeyRequest,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/api-keys",
        "path_params": {},
        "json": wire_body(body, GenerateAPIKeyRequest, "body"),
        "safe_to_repeat": True,
    }


def _decode(data: Any, *, reuse: bool = True) -> APIKey:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return APIKey._from_parsed(data) if reuse else APIKey.from_dict(data)

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


def _decode(data: Any, *, reuse: bool = True) -> Empty:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Empty._from_parsed(data) if reuse else Empty.from_dict(data)

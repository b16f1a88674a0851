"""``GET /v1/auth``: the request builder and the answer decoder."""

from typing import Any

from ...models.profile import Profile
from ...types import OperationRequest


def _request() -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/auth",
        "path_params": {},
    }


def _decode(data: Any, *, reuse: bool = True) -> Profile:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Profile._from_parsed(data) if reuse else Profile.from_dict(data)

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


def _decode(data: Any) -> Profile:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return Profile.from_dict(data)

"""``POST /v1/ssh-keys``: the request builder and the answer decoder."""

from typing import Any

from ...models.ssh_key import SshKey
from ...types import OperationRequest


def _request(
    *,
    body: SshKey,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/ssh-keys",
        "path_params": {},
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> SshKey:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = SshKey.from_dict(data)

    return response_200

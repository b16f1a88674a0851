"""``POST /v1/ssh-keys``: the request builder and the answer decoder."""

from typing import Any

from ...models.ssh_key import SSHKey
from ...types import OperationRequest, wire_body


def _request(
    *,
    body: SSHKey,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/ssh-keys",
        "path_params": {},
        "json": wire_body(body, SSHKey, "body"),
    }


def _decode(data: Any) -> SSHKey:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return SSHKey.from_dict(data)

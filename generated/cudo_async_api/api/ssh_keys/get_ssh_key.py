"""``GET /v1/ssh-keys/{ssh_key_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.ssh_key import SSHKey
from ...types import OperationRequest


def _request(
    ssh_key_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/ssh-keys/{ssh_key_id}",
        "path_params": {
            "ssh_key_id": ssh_key_id,
        },
    }


def _decode(data: Any) -> SSHKey:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return SSHKey.from_dict(data)

"""``DELETE /v1/ssh-keys/{ssh_key_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.empty import Empty
from ...types import OperationRequest


def _request(
    ssh_key_id: str,
) -> OperationRequest:
    return {
        "method": "DELETE",
        "path": "/v1/ssh-keys/{ssh_key_id}",
        "path_params": {
            "ssh_key_id": ssh_key_id,
        },
    }


def _decode(data: Any) -> Empty:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return Empty.from_dict(data)

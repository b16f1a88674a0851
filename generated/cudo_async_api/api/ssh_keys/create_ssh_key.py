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


def _decode(data: Any, *, reuse: bool = True) -> SSHKey:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return SSHKey._from_parsed(data) if reuse else SSHKey.from_dict(data)

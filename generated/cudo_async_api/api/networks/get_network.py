"""``GET /v1/projects/{project_id}/networks/{network_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.network import Network
from ...types import OperationRequest


def _request(
    project_id: str,
    network_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/projects/{project_id}/networks/{network_id}",
        "path_params": {
            "project_id": project_id,
            "network_id": network_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> Network:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Network._from_parsed(data) if reuse else Network.from_dict(data)

"""``POST /v1/projects/{project_id}/networks``: the request builder and the answer decoder."""

from typing import Any

from ...models.create_network_body import CreateNetworkBody
from ...models.network import Network
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    *,
    body: CreateNetworkBody,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/networks",
        "path_params": {
            "project_id": project_id,
        },
        "json": wire_body(body, CreateNetworkBody, "body"),
        "safe_to_repeat": True,
    }


def _decode(data: Any, *, reuse: bool = True) -> Network:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Network._from_parsed(data) if reuse else Network.from_dict(data)

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


def _decode(data: Any) -> Network:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return Network.from_dict(data)

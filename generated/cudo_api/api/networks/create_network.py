"""``POST /v1/projects/{project_id}/networks``: the request builder and the answer decoder."""

from typing import Any

from ...models.create_network_body import CreateNetworkBody
from ...models.network import Network
from ...types import OperationRequest


def _request(
    project_id: str,
    *,
    body: CreateNetworkBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/networks",
        "path_params": {
            "project_id": project_id,
        },
        "safe_to_repeat": True,
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> Network:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = Network.from_dict(data)

    return response_200

"""``POST /v1/projects/{project_id}/networks/{id}/stop``: the request builder and the answer decoder."""

from typing import Any

from ...models.stop_network_response_200 import StopNetworkResponse200
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/networks/{id}/stop",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> StopNetworkResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = StopNetworkResponse200.from_dict(data)

    return response_200

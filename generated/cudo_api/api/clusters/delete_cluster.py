"""``DELETE /v1/projects/{project_id}/clusters/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.delete_cluster_response_200 import DeleteClusterResponse200
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "DELETE",
        "path": "/v1/projects/{project_id}/clusters/{id}",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> DeleteClusterResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = DeleteClusterResponse200.from_dict(data)

    return response_200

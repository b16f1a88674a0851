"""``PATCH /v1/projects/{project_id}/clusters/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.cluster import Cluster
from ...models.update_cluster_body import UpdateClusterBody
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
    *,
    body: UpdateClusterBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}/clusters/{id}",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> Cluster:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = Cluster.from_dict(data)

    return response_200

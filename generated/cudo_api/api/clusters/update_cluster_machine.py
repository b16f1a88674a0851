"""``PATCH /v1/projects/{project_id}/cluster-machines/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.cluster_machine import ClusterMachine
from ...models.update_cluster_machine_body import UpdateClusterMachineBody
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
    *,
    body: UpdateClusterMachineBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}/cluster-machines/{id}",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> ClusterMachine:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ClusterMachine.from_dict(data)

    return response_200

"""``PATCH /v1/projects/{project_id}/cluster-machines/{cluster_machine_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.cluster_machine import ClusterMachine
from ...models.update_cluster_machine_body import UpdateClusterMachineBody
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    cluster_machine_id: str,
    *,
    body: UpdateClusterMachineBody,
) -> OperationRequest:
    return {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}/cluster-machines/{cluster_machine_id}",
        "path_params": {
            "project_id": project_id,
            "cluster_machine_id": cluster_machine_id,
        },
        "json": wire_body(body, UpdateClusterMachineBody, "body"),
    }


def _decode(data: Any) -> ClusterMachine:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return ClusterMachine.from_dict(data)

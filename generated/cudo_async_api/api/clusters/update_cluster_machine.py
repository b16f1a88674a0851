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


def _decode(data: Any, *, reuse: bool = True) -> ClusterMachine:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ClusterMachine._from_parsed(data) if reuse else ClusterMachine.from_dict(data)

"""``PATCH /v1/projects/{project_id}/clusters/{cluster_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.cluster import Cluster
from ...models.update_cluster_body import UpdateClusterBody
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    cluster_id: str,
    *,
    body: UpdateClusterBody,
) -> OperationRequest:
    return {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}/clusters/{cluster_id}",
        "path_params": {
            "project_id": project_id,
            "cluster_id": cluster_id,
        },
        "json": wire_body(body, UpdateClusterBody, "body"),
    }


def _decode(data: Any, *, reuse: bool = True) -> Cluster:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Cluster._from_parsed(data) if reuse else Cluster.from_dict(data)

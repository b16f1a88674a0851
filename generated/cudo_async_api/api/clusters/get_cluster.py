"""``GET /v1/projects/{project_id}/clusters/{cluster_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.cluster import Cluster
from ...types import OperationRequest


def _request(
    project_id: str,
    cluster_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/projects/{project_id}/clusters/{cluster_id}",
        "path_params": {
            "project_id": project_id,
            "cluster_id": cluster_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> Cluster:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Cluster._from_parsed(data) if reuse else Cluster.from_dict(data)

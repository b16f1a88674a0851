"""``POST /v1/projects/{project_id}/clusters``: the request builder and the answer decoder."""

from typing import Any

from ...models.cluster import Cluster
from ...models.create_cluster_body import CreateClusterBody
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    *,
    body: CreateClusterBody,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/clusters",
        "path_params": {
            "project_id": project_id,
        },
        "json": wire_body(body, CreateClusterBody, "body"),
        "safe_to_repeat": True,
    }


def _decode(data: Any, *, reuse: bool = True) -> Cluster:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Cluster._from_parsed(data) if reuse else Cluster.from_dict(data)

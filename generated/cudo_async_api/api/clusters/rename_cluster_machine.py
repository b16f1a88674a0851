"""``POST /v1/projects/{project_id}/cluster-machines/{cluster_machine_id}:rename``: the request builder and the answer decoder."""

from typing import Any

from ...models.empty import Empty
from ...types import OperationRequest

#: Each query parameter's wire name -> its Python name and its type in the spec.
QUERY_TYPES: dict[str, tuple[str, str]] = {
    "newId": ("new_id", "str"),
}


def _request(
    project_id: str,
    cluster_machine_id: str,
    *,
    new_id: str,
) -> OperationRequest:
    # Values as given: the facade checks each against its spec type (QUERY_TYPES) and encodes it.
    params: dict[str, Any] = {}
    params["newId"] = new_id
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/cluster-machines/{cluster_machine_id}:rename",
        "path_params": {
            "project_id": project_id,
            "cluster_machine_id": cluster_machine_id,
        },
        "params": params,
        "query_types": QUERY_TYPES,
    }


def _decode(data: Any, *, reuse: bool = True) -> Empty:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Empty._from_parsed(data) if reuse else Empty.from_dict(data)

"""``POST /v1/projects/{project_id}/cluster-machines/{id}:rename``: the request builder and the answer decoder."""

from typing import Any

from ...models.rename_cluster_machine_response_200 import RenameClusterMachineResponse200
from ...types import UNSET, OperationRequest


def _request(
    project_id: str,
    id: str,
    *,
    new_id: str,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["newId"] = new_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/cluster-machines/{id}:rename",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> RenameClusterMachineResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = RenameClusterMachineResponse200.from_dict(data)

    return response_200

"""``POST /v1/projects/{project_id}/cluster-machines/{id}:reboot``: the request builder and the answer decoder."""

from typing import Any

from ...models.reboot_cluster_machine_response_200 import RebootClusterMachineResponse200
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/cluster-machines/{id}:reboot",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> RebootClusterMachineResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = RebootClusterMachineResponse200.from_dict(data)

    return response_200

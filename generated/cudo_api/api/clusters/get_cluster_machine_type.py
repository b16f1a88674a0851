"""``GET /v1/clusters/data-centers/{data_center_id}/machine-types/{machine_type_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.get_cluster_machine_type_response import GetClusterMachineTypeResponse
from ...types import UNSET, OperationRequest, Unset


def _request(
    data_center_id: str,
    machine_type_id: str,
    *,
    project_id: str | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/clusters/data-centers/{data_center_id}/machine-types/{machine_type_id}",
        "path_params": {
            "data_center_id": data_center_id,
            "machine_type_id": machine_type_id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> GetClusterMachineTypeResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = GetClusterMachineTypeResponse.from_dict(data)

    return response_200

"""``GET /v1/clusters/data-centers/{data_center_id}/machine-types/{machine_type_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.get_cluster_machine_type_response import GetClusterMachineTypeResponse
from ...types import OperationRequest

#: Each query parameter's wire name -> its Python name and its type in the spec.
QUERY_TYPES: dict[str, tuple[str, str]] = {
    "projectId": ("project_id", "str"),
}


def _request(
    data_center_id: str,
    machine_type_id: str,
    *,
    project_id: str | None = None,
) -> OperationRequest:
    # Values as given: the facade checks each against its spec type (QUERY_TYPES) and encodes it.
    params: dict[str, Any] = {}
    if project_id is not None:
        params["projectId"] = project_id
    return {
        "method": "GET",
        "path": "/v1/clusters/data-centers/{data_center_id}/machine-types/{machine_type_id}",
        "path_params": {
            "data_center_id": data_center_id,
            "machine_type_id": machine_type_id,
        },
        "params": params,
        "query_types": QUERY_TYPES,
    }


def _decode(data: Any, *, reuse: bool = True) -> GetClusterMachineTypeResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return GetClusterMachineTypeResponse._from_parsed(data) if reuse else GetClusterMachineTypeResponse.from_dict(data)

"""``GET /v1/projects/{project_id}/vms/{id}/connect``: the request builder and the answer decoder."""

from typing import Any

from ...models.connect_vm_response import ConnectVMResponse
from ...types import UNSET, OperationRequest, Unset


def _request(
    project_id: str,
    id: str,
    *,
    connection_id: str | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["connectionId"] = connection_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/projects/{project_id}/vms/{id}/connect",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> ConnectVMResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ConnectVMResponse.from_dict(data)

    return response_200

"""``GET /v1/projects/{project_id}/vms/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.get_vm_response import GetVMResponse
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/projects/{project_id}/vms/{id}",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> GetVMResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = GetVMResponse.from_dict(data)

    return response_200

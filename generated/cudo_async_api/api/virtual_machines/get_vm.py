"""``GET /v1/projects/{project_id}/vms/{vm_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.get_vm_response import GetVMResponse
from ...types import OperationRequest


def _request(
    project_id: str,
    vm_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/projects/{project_id}/vms/{vm_id}",
        "path_params": {
            "project_id": project_id,
            "vm_id": vm_id,
        },
    }


def _decode(data: Any) -> GetVMResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return GetVMResponse.from_dict(data)

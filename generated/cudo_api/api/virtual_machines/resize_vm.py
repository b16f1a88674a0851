"""``POST /v1/projects/{project_id}/vms/{id}/resize``: the request builder and the answer decoder."""

from typing import Any

from ...models.resize_vm_response import ResizeVMResponse
from ...types import UNSET, OperationRequest, Unset


def _request(
    project_id: str,
    id: str,
    *,
    vcpus: int | Unset = UNSET,
    memory_gib: int | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["vcpus"] = vcpus

    params["memoryGib"] = memory_gib

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/vms/{id}/resize",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> ResizeVMResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ResizeVMResponse.from_dict(data)

    return response_200

"""``PATCH /v1/projects/{project_id}/vms/{id}/disks``: the request builder and the answer decoder."""

from typing import Any

from ...models.resize_vm_disk_response_200 import ResizeVmDiskResponse200
from ...types import UNSET, OperationRequest, Unset


def _request(
    project_id: str,
    id: str,
    *,
    disk_id: str | Unset = UNSET,
    size_gib: int | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["diskId"] = disk_id

    params["sizeGib"] = size_gib

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}/vms/{id}/disks",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> ResizeVmDiskResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ResizeVmDiskResponse200.from_dict(data)

    return response_200

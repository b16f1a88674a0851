"""``PATCH /v1/projects/{project_id}/disk/{id}/attach``: the request builder and the answer decoder."""

from typing import Any

from ...models.attach_storage_disk_response_200 import AttachStorageDiskResponse200
from ...types import UNSET, OperationRequest, Unset


def _request(
    project_id: str,
    id: str,
    *,
    vm_id: str | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["vmId"] = vm_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}/disk/{id}/attach",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> AttachStorageDiskResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = AttachStorageDiskResponse200.from_dict(data)

    return response_200

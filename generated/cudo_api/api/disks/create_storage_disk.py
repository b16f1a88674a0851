"""``POST /v1/projects/{project_id}/disks``: the request builder and the answer decoder."""

from typing import Any

from ...models.create_storage_disk_body import CreateStorageDiskBody
from ...models.create_storage_disk_response_200 import CreateStorageDiskResponse200
from ...types import OperationRequest


def _request(
    project_id: str,
    *,
    body: CreateStorageDiskBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/disks",
        "path_params": {
            "project_id": project_id,
        },
        "safe_to_repeat": True,
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> CreateStorageDiskResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = CreateStorageDiskResponse200.from_dict(data)

    return response_200

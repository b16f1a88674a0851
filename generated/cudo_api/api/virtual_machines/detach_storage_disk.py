"""``PUT /v1/projects/{project_id}/disk/{id}/detach``: the request builder and the answer decoder."""

from typing import Any

from ...models.detach_storage_disk_response_200 import DetachStorageDiskResponse200
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "PUT",
        "path": "/v1/projects/{project_id}/disk/{id}/detach",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> DetachStorageDiskResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = DetachStorageDiskResponse200.from_dict(data)

    return response_200

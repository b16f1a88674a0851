"""``GET /v1/projects/{project_id}/object-storage/buckets/{data_center_id}/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.object_storage_bucket import ObjectStorageBucket
from ...types import OperationRequest


def _request(
    project_id: str,
    data_center_id: str,
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/projects/{project_id}/object-storage/buckets/{data_center_id}/{id}",
        "path_params": {
            "project_id": project_id,
            "data_center_id": data_center_id,
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> ObjectStorageBucket:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ObjectStorageBucket.from_dict(data)

    return response_200

"""``DELETE /v1/projects/{project_id}/object-storage/users/{data_center_id}/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.delete_object_storage_user_response_200 import DeleteObjectStorageUserResponse200
from ...types import OperationRequest


def _request(
    project_id: str,
    data_center_id: str,
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "DELETE",
        "path": "/v1/projects/{project_id}/object-storage/users/{data_center_id}/{id}",
        "path_params": {
            "project_id": project_id,
            "data_center_id": data_center_id,
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> DeleteObjectStorageUserResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = DeleteObjectStorageUserResponse200.from_dict(data)

    return response_200

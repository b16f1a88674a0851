"""``DELETE /v1/projects/{project_id}/object-storage/users/{data_center_id}/{id}/keys/{access_key}``: the request builder and the answer decoder."""

from typing import Any

from ...models.delete_object_storage_key_response_200 import DeleteObjectStorageKeyResponse200
from ...types import OperationRequest


def _request(
    project_id: str,
    data_center_id: str,
    id: str,
    access_key: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "DELETE",
        "path": "/v1/projects/{project_id}/object-storage/users/{data_center_id}/{id}/keys/{access_key}",
        "path_params": {
            "project_id": project_id,
            "data_center_id": data_center_id,
            "id": id,
            "access_key": access_key,
        },
    }
    return _kwargs


def _decode(data: Any) -> DeleteObjectStorageKeyResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = DeleteObjectStorageKeyResponse200.from_dict(data)

    return response_200

"""``GET /v1/projects/{project_id}/object-storage/users``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_object_storage_users_response import ListObjectStorageUsersResponse
from ...types import UNSET, OperationRequest, Unset


def _request(
    project_id: str,
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/projects/{project_id}/object-storage/users",
        "path_params": {
            "project_id": project_id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> ListObjectStorageUsersResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListObjectStorageUsersResponse.from_dict(data)

    return response_200

"""``POST /v1/projects/{id}:remove-permission``: the request builder and the answer decoder."""

from typing import Any

from ...models.remove_project_permission_response_200 import RemoveProjectPermissionResponse200
from ...models.user_permission import UserPermission
from ...types import OperationRequest


def _request(
    id: str,
    *,
    body: UserPermission,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{id}:remove-permission",
        "path_params": {
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> RemoveProjectPermissionResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = RemoveProjectPermissionResponse200.from_dict(data)

    return response_200

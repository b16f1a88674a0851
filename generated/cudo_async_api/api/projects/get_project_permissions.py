"""``GET /v1/projects/{project_id}:list-permissions``: the request builder and the answer decoder."""

from typing import Any

from ...models.get_project_permissions_response import GetProjectPermissionsResponse
from ...types import OperationRequest


def _request(
    project_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/projects/{project_id}:list-permissions",
        "path_params": {
            "project_id": project_id,
        },
    }


def _decode(data: Any) -> GetProjectPermissionsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return GetProjectPermissionsResponse.from_dict(data)

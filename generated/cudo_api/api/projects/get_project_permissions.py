"""``GET /v1/projects/{id}:list-permissions``: the request builder and the answer decoder."""

from typing import Any

from ...models.get_project_permissions_response import GetProjectPermissionsResponse
from ...types import OperationRequest


def _request(
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/projects/{id}:list-permissions",
        "path_params": {
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> GetProjectPermissionsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = GetProjectPermissionsResponse.from_dict(data)

    return response_200

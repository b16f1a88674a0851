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


def _decode(data: Any, *, reuse: bool = True) -> GetProjectPermissionsResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return GetProjectPermissionsResponse._from_parsed(data) if reuse else GetProjectPermissionsResponse.from_dict(data)

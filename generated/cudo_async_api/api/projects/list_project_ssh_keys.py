"""``GET /v1/project/{project_id}/ssh-keys``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_project_ssh_keys_response import ListProjectSSHKeysResponse
from ...types import OperationRequest


def _request(
    project_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/project/{project_id}/ssh-keys",
        "path_params": {
            "project_id": project_id,
        },
    }


def _decode(data: Any) -> ListProjectSSHKeysResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return ListProjectSSHKeysResponse.from_dict(data)

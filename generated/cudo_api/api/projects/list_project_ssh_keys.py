"""``GET /v1/project/{project_id}/ssh-keys``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_project_ssh_keys_response import ListProjectSshKeysResponse
from ...types import OperationRequest


def _request(
    project_id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/project/{project_id}/ssh-keys",
        "path_params": {
            "project_id": project_id,
        },
    }
    return _kwargs


def _decode(data: Any) -> ListProjectSshKeysResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListProjectSshKeysResponse.from_dict(data)

    return response_200

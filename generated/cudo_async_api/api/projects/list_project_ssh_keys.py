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


def _decode(data: Any, *, reuse: bool = True) -> ListProjectSSHKeysResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ListProjectSSHKeysResponse._from_parsed(data) if reuse else ListProjectSSHKeysResponse.from_dict(data)

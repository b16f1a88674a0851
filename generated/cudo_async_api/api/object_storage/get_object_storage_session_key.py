"""``GET /v1/projects/{project_id}/object-storage/session-key/{data_center_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.get_object_storage_session_key_response import GetObjectStorageSessionKeyResponse
from ...types import OperationRequest


def _request(
    project_id: str,
    data_center_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/projects/{project_id}/object-storage/session-key/{data_center_id}",
        "path_params": {
            "project_id": project_id,
            "data_center_id": data_center_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> GetObjectStorageSessionKeyResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return (
        GetObjectStorageSessionKeyResponse._from_parsed(data)
        if reuse
        else GetObjectStorageSessionKeyResponse.from_dict(data)
    )

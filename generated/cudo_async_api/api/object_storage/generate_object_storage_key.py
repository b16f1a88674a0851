"""``POST /v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.object_storage_key import ObjectStorageKey
from ...types import OperationRequest


def _request(
    project_id: str,
    data_center_id: str,
    user_id: str,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}",
        "path_params": {
            "project_id": project_id,
            "data_center_id": data_center_id,
            "user_id": user_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> ObjectStorageKey:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ObjectStorageKey._from_parsed(data) if reuse else ObjectStorageKey.from_dict(data)

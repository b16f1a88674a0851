"""``POST /v1/projects/{project_id}/object-storage/users/{data_center_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.create_object_storage_user_body import CreateObjectStorageUserBody
from ...models.object_storage_user import ObjectStorageUser
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    data_center_id: str,
    *,
    body: CreateObjectStorageUserBody,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/object-storage/users/{data_center_id}",
        "path_params": {
            "project_id": project_id,
            "data_center_id": data_center_id,
        },
        "json": wire_body(body, CreateObjectStorageUserBody, "body"),
        "safe_to_repeat": True,
    }


def _decode(data: Any, *, reuse: bool = True) -> ObjectStorageUser:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ObjectStorageUser._from_parsed(data) if reuse else ObjectStorageUser.from_dict(data)

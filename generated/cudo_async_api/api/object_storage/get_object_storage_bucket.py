"""``GET /v1/projects/{project_id}/object-storage/buckets/{data_center_id}/{bucket_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.object_storage_bucket import ObjectStorageBucket
from ...types import OperationRequest


def _request(
    project_id: str,
    data_center_id: str,
    bucket_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/projects/{project_id}/object-storage/buckets/{data_center_id}/{bucket_id}",
        "path_params": {
            "project_id": project_id,
            "data_center_id": data_center_id,
            "bucket_id": bucket_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> ObjectStorageBucket:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ObjectStorageBucket._from_parsed(data) if reuse else ObjectStorageBucket.from_dict(data)

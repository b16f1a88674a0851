"""``GET /v1/projects/{project_id}/disks/{disk_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.get_disk_response import GetDiskResponse
from ...types import OperationRequest


def _request(
    project_id: str,
    disk_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/projects/{project_id}/disks/{disk_id}",
        "path_params": {
            "project_id": project_id,
            "disk_id": disk_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> GetDiskResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return GetDiskResponse._from_parsed(data) if reuse else GetDiskResponse.from_dict(data)

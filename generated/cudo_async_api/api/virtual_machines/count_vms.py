"""``GET /v1/projects/{project_id}/count-vms``: the request builder and the answer decoder."""

from typing import Any

from ...models.count_vms_response import CountVMsResponse
from ...types import OperationRequest


def _request(
    project_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/projects/{project_id}/count-vms",
        "path_params": {
            "project_id": project_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> CountVMsResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return CountVMsResponse._from_parsed(data) if reuse else CountVMsResponse.from_dict(data)

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


def _decode(data: Any) -> CountVMsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return CountVMsResponse.from_dict(data)

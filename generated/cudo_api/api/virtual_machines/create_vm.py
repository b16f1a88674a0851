"""``POST /v1/projects/{project_id}/vm``: the request builder and the answer decoder."""

from typing import Any

from ...models.create_vm_body import CreateVMBody
from ...models.create_vm_response import CreateVMResponse
from ...types import OperationRequest


def _request(
    project_id: str,
    *,
    body: CreateVMBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/vm",
        "path_params": {
            "project_id": project_id,
        },
        "safe_to_repeat": True,
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> CreateVMResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = CreateVMResponse.from_dict(data)

    return response_200

"""``POST /v1/projects/{project_id}/images``: the request builder and the answer decoder."""

from typing import Any

from ...models.create_private_vm_image_response import CreatePrivateVMImageResponse
from ...types import OperationRequest


def _request(
    project_id: str,
    *,
    vm_id: str,
    id: str,
    description: str | None = None,
) -> OperationRequest:
    params: dict[str, Any] = {}
    params["vmId"] = vm_id
    params["id"] = id
    if description is not None:
        params["description"] = description

    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/images",
        "path_params": {
            "project_id": project_id,
        },
        "params": params,
    }


def _decode(data: Any) -> CreatePrivateVMImageResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return CreatePrivateVMImageResponse.from_dict(data)

"""``POST /v1/projects/{project_id}/images/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.update_private_vm_image_response_200 import UpdatePrivateVmImageResponse200
from ...types import UNSET, OperationRequest, Unset


def _request(
    project_id: str,
    id: str,
    *,
    description: str | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["description"] = description

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/images/{id}",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> UpdatePrivateVmImageResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = UpdatePrivateVmImageResponse200.from_dict(data)

    return response_200

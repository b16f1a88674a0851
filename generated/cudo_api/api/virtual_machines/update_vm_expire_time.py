"""``POST /v1/projects/{project_id}/vm/{id}/expire-time``: the request builder and the answer decoder."""

from typing import Any

from ...models.update_vm_expire_time_body import UpdateVMExpireTimeBody
from ...models.update_vm_expire_time_response import UpdateVMExpireTimeResponse
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
    *,
    body: UpdateVMExpireTimeBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/vm/{id}/expire-time",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> UpdateVMExpireTimeResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = UpdateVMExpireTimeResponse.from_dict(data)

    return response_200

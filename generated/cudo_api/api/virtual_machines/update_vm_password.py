"""``POST /v1/projects/{project_id}/vm/{id}/password``: the request builder and the answer decoder."""

from typing import Any

from ...models.update_vm_password_body import UpdateVMPasswordBody
from ...models.update_vm_password_response_200 import UpdateVmPasswordResponse200
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
    *,
    body: UpdateVMPasswordBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/vm/{id}/password",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> UpdateVmPasswordResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = UpdateVmPasswordResponse200.from_dict(data)

    return response_200

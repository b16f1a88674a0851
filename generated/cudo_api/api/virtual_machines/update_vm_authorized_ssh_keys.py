"""``POST /v1/projects/{project_id}/vm/{id}/authorized-ssh-keys``: the request builder and the answer decoder."""

from typing import Any

from ...models.update_vm_authorized_ssh_keys_body import UpdateVMAuthorizedSSHKeysBody
from ...models.update_vm_authorized_ssh_keys_response_200 import UpdateVmAuthorizedSshKeysResponse200
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
    *,
    body: UpdateVMAuthorizedSSHKeysBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/vm/{id}/authorized-ssh-keys",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> UpdateVmAuthorizedSshKeysResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = UpdateVmAuthorizedSshKeysResponse200.from_dict(data)

    return response_200

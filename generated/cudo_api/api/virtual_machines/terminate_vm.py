"""``POST /v1/projects/{project_id}/vms/{id}/terminate``: the request builder and the answer decoder."""

from typing import Any

from ...models.terminate_vm_response_200 import TerminateVmResponse200
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/vms/{id}/terminate",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> TerminateVmResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = TerminateVmResponse200.from_dict(data)

    return response_200

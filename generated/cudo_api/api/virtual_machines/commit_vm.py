"""``POST /v1/projects/{project_id}/vm/{id}/commit``: the request builder and the answer decoder."""

from typing import Any

from ...models.commit_vm_body import CommitVMBody
from ...models.commit_vm_response_200 import CommitVmResponse200
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
    *,
    body: CommitVMBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects/{project_id}/vm/{id}/commit",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> CommitVmResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = CommitVmResponse200.from_dict(data)

    return response_200

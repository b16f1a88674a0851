"""``POST /v1/projects/{project_id}/vm/{vm_id}/commit``: the request builder and the answer decoder."""

from typing import Any

from ...models.commit_vm_body import CommitVMBody
from ...models.empty import Empty
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    vm_id: str,
    *,
    body: CommitVMBody,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/vm/{vm_id}/commit",
        "path_params": {
            "project_id": project_id,
            "vm_id": vm_id,
        },
        "json": wire_body(body, CommitVMBody, "body"),
    }


def _decode(data: Any) -> Empty:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return Empty.from_dict(data)

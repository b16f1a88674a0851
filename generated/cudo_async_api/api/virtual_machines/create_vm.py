"""``POST /v1/projects/{project_id}/vm``: the request builder and the answer decoder."""

from typing import Any

from ...models.create_vm_body import CreateVMBody
from ...models.create_vm_response import CreateVMResponse
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    *,
    body: CreateVMBody,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/vm",
        "path_params": {
            "project_id": project_id,
        },
        "json": wire_body(body, CreateVMBody, "body"),
        "safe_to_repeat": True,
    }


def _decode(data: Any, *, reuse: bool = True) -> CreateVMResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return CreateVMResponse._from_parsed(data) if reuse else CreateVMResponse.from_dict(data)

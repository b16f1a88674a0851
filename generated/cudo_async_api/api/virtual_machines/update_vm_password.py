"""``POST /v1/projects/{project_id}/vm/{vm_id}/password``: the request builder and the answer decoder."""

from typing import Any

from ...models.empty import Empty
from ...models.update_vm_password_body import UpdateVMPasswordBody
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    vm_id: str,
    *,
    body: UpdateVMPasswordBody,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/vm/{vm_id}/password",
        "path_params": {
            "project_id": project_id,
            "vm_id": vm_id,
        },
        "json": wire_body(body, UpdateVMPasswordBody, "body"),
    }


def _decode(data: Any, *, reuse: bool = True) -> Empty:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Empty._from_parsed(data) if reuse else Empty.from_dict(data)

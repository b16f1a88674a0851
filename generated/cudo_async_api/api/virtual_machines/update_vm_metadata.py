"""``POST /v1/projects/{project_id}/vm/{vm_id}/metadata``: the request builder and the answer decoder."""

from typing import Any

from ...models.update_vm_metadata_body import UpdateVMMetadataBody
from ...models.update_vm_metadata_response import UpdateVMMetadataResponse
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    vm_id: str,
    *,
    body: UpdateVMMetadataBody,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/vm/{vm_id}/metadata",
        "path_params": {
            "project_id": project_id,
            "vm_id": vm_id,
        },
        "json": wire_body(body, UpdateVMMetadataBody, "body"),
    }


def _decode(data: Any, *, reuse: bool = True) -> UpdateVMMetadataResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return UpdateVMMetadataResponse._from_parsed(data) if reuse else UpdateVMMetadataResponse.from_dict(data)

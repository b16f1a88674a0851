"""``POST /v1/projects/{project_id}/vms/{vm_id}/resize``: the request builder and the answer decoder."""

from typing import Any

from ...models.resize_vm_response import ResizeVMResponse
from ...types import OperationRequest

#: Each query parameter's wire name -> its Python name and its type in the spec.
QUERY_TYPES: dict[str, tuple[str, str]] = {
    "vcpus": ("vcpus", "int"),
    "memoryGib": ("memory_gib", "int"),
}


def _request(
    project_id: str,
    vm_id: str,
    *,
    vcpus: int | None = None,
    memory_gib: int | None = None,
) -> OperationRequest:
    # Values as given: the facade checks each against its spec type (QUERY_TYPES) and encodes it.
    params: dict[str, Any] = {}
    if vcpus is not None:
        params["vcpus"] = vcpus
    if memory_gib is not None:
        params["memoryGib"] = memory_gib
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/vms/{vm_id}/resize",
        "path_params": {
            "project_id": project_id,
            "vm_id": vm_id,
        },
        "params": params,
        "query_types": QUERY_TYPES,
    }


def _decode(data: Any, *, reuse: bool = True) -> ResizeVMResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ResizeVMResponse._from_parsed(data) if reuse else ResizeVMResponse.from_dict(data)

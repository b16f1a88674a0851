"""``GET /v1/projects/{project_id}/vms/{vm_id}/connect``: the request builder and the answer decoder."""

from typing import Any

from ...models.connect_vm_response import ConnectVMResponse
from ...types import OperationRequest

#: Each query parameter's wire name -> its Python name and its type in the spec.
QUERY_TYPES: dict[str, tuple[str, str]] = {
    "connectionId": ("connection_id", "str"),
}


def _request(
    project_id: str,
    vm_id: str,
    *,
    connection_id: str | None = None,
) -> OperationRequest:
    # Values as given: the facade checks each against its spec type (QUERY_TYPES) and encodes it.
    params: dict[str, Any] = {}
    if connection_id is not None:
        params["connectionId"] = connection_id
    return {
        "method": "GET",
        "path": "/v1/projects/{project_id}/vms/{vm_id}/connect",
        "path_params": {
            "project_id": project_id,
            "vm_id": vm_id,
        },
        "params": params,
        "query_types": QUERY_TYPES,
    }


def _decode(data: Any, *, reuse: bool = True) -> ConnectVMResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ConnectVMResponse._from_parsed(data) if reuse else ConnectVMResponse.from_dict(data)

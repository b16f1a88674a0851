"""``GET /v1/projects/{project_id}/vms``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_vms_response import ListVMsResponse
from ...types import OperationRequest

#: Each query parameter's wire name -> its Python name and its type in the spec.
QUERY_TYPES: dict[str, tuple[str, str]] = {
    "networkId": ("network_id", "str"),
}


def _request(
    project_id: str,
    *,
    network_id: str | None = None,
) -> OperationRequest:
    # Values as given: the facade checks each against its spec type (QUERY_TYPES) and encodes it.
    params: dict[str, Any] = {}
    if network_id is not None:
        params["networkId"] = network_id
    return {
        "method": "GET",
        "path": "/v1/projects/{project_id}/vms",
        "path_params": {
            "project_id": project_id,
        },
        "params": params,
        "query_types": QUERY_TYPES,
    }


def _decode(data: Any, *, reuse: bool = True) -> ListVMsResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ListVMsResponse._from_parsed(data) if reuse else ListVMsResponse.from_dict(data)

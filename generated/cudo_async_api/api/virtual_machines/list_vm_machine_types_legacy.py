"""``GET /v1/vms/machine-types-2``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_vm_machine_types_response import ListVMMachineTypesResponse
from ...types import OperationRequest

#: Each query parameter's wire name -> its Python name and its type in the spec.
QUERY_TYPES: dict[str, tuple[str, str]] = {
    "projectId": ("project_id", "str"),
}


def _request(
    *,
    project_id: str | None = None,
) -> OperationRequest:
    # Values as given: the facade checks each against its spec type (QUERY_TYPES) and encodes it.
    params: dict[str, Any] = {}
    if project_id is not None:
        params["projectId"] = project_id
    return {
        "method": "GET",
        "path": "/v1/vms/machine-types-2",
        "path_params": {},
        "params": params,
        "query_types": QUERY_TYPES,
    }


def _decode(data: Any, *, reuse: bool = True) -> ListVMMachineTypesResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ListVMMachineTypesResponse._from_parsed(data) if reuse else ListVMMachineTypesResponse.from_dict(data)

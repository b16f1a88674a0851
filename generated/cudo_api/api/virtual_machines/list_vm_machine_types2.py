"""``GET /v1/vms/machine-types-2``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_vm_machine_types_response import ListVMMachineTypesResponse
from ...types import UNSET, OperationRequest, Unset


def _request(
    *,
    project_id: str | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/vms/machine-types-2",
        "path_params": {},
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> ListVMMachineTypesResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListVMMachineTypesResponse.from_dict(data)

    return response_200

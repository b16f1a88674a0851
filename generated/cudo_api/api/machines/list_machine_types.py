"""``GET /v1/machines-types``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_machine_types_response import ListMachineTypesResponse
from ...types import UNSET, OperationRequest, Unset


def _request(
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    project_id: str | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/machines-types",
        "path_params": {},
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> ListMachineTypesResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListMachineTypesResponse.from_dict(data)

    return response_200

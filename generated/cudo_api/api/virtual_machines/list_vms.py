"""``GET /v1/projects/{project_id}/vms``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_v_ms_response import ListVMsResponse
from ...types import UNSET, OperationRequest, Unset


def _request(
    project_id: str,
    *,
    network_id: str | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["networkId"] = network_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/projects/{project_id}/vms",
        "path_params": {
            "project_id": project_id,
        },
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> ListVMsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListVMsResponse.from_dict(data)

    return response_200

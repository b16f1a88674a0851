"""``GET /v1/projects``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_projects_response import ListProjectsResponse
from ...types import UNSET, OperationRequest, Unset


def _request(
    *,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["pageToken"] = page_token

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/projects",
        "path_params": {},
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> ListProjectsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListProjectsResponse.from_dict(data)

    return response_200

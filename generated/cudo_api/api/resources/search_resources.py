"""``GET /v1/resources/search``: the request builder and the answer decoder."""

from typing import Any

from ...models.search_resources_response import SearchResourcesResponse
from ...types import UNSET, OperationRequest


def _request(
    *,
    query: str,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/resources/search",
        "path_params": {},
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> SearchResourcesResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = SearchResourcesResponse.from_dict(data)

    return response_200

"""``GET /v1/resources/search``: the request builder and the answer decoder."""

from typing import Any

from ...models.search_resources_response import SearchResourcesResponse
from ...types import OperationRequest


def _request(
    *,
    query: str,
) -> OperationRequest:
    params: dict[str, Any] = {}
    params["query"] = query

    return {
        "method": "GET",
        "path": "/v1/resources/search",
        "path_params": {},
        "params": params,
    }


def _decode(data: Any) -> SearchResourcesResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return SearchResourcesResponse.from_dict(data)

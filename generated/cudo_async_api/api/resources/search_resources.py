"""``GET /v1/resources/search``: the request builder and the answer decoder."""

from typing import Any

from ...models.search_resources_response import SearchResourcesResponse
from ...types import OperationRequest

#: Each query parameter's wire name -> its Python name and its type in the spec.
QUERY_TYPES: dict[str, tuple[str, str]] = {
    "query": ("query", "str"),
}


def _request(
    *,
    query: str,
) -> OperationRequest:
    # Values as given: the facade checks each against its spec type (QUERY_TYPES) and encodes it.
    params: dict[str, Any] = {}
    params["query"] = query
    return {
        "method": "GET",
        "path": "/v1/resources/search",
        "path_params": {},
        "params": params,
        "query_types": QUERY_TYPES,
    }


def _decode(data: Any, *, reuse: bool = True) -> SearchResourcesResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return SearchResourcesResponse._from_parsed(data) if reuse else SearchResourcesResponse.from_dict(data)

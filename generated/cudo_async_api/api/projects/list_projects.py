"""``GET /v1/projects``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_projects_response import ListProjectsResponse
from ...types import OperationRequest, check_range

#: Each query parameter's wire name -> its Python name and its type in the spec.
QUERY_TYPES: dict[str, tuple[str, str]] = {
    "pageToken": ("page_token", "str"),
    "pageSize": ("page_size", "int"),
}


def _request(
    *,
    page_token: str | None = None,
    page_size: int | None = None,
) -> OperationRequest:
    check_range("page_size", page_size, 0, None, False, False, "at least 0")
    # Values as given: the facade checks each against its spec type (QUERY_TYPES) and encodes it.
    params: dict[str, Any] = {}
    if page_token is not None:
        params["pageToken"] = page_token
    if page_size is not None:
        params["pageSize"] = page_size
    return {
        "method": "GET",
        "path": "/v1/projects",
        "path_params": {},
        "params": params,
        "query_types": QUERY_TYPES,
    }


def _decode(data: Any, *, reuse: bool = True) -> ListProjectsResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ListProjectsResponse._from_parsed(data) if reuse else ListProjectsResponse.from_dict(data)

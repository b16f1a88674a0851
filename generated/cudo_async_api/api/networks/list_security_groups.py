"""``GET /v1/projects/{project_id}/security-groups``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_security_groups_response import ListSecurityGroupsResponse
from ...types import OperationRequest, check_range

#: Each query parameter's wire name -> its Python name and its type in the spec.
QUERY_TYPES: dict[str, tuple[str, str]] = {
    "dataCenterId": ("data_center_id", "str"),
    "pageNumber": ("page_number", "int"),
    "pageSize": ("page_size", "int"),
}


def _request(
    project_id: str,
    *,
    data_center_id: str | None = None,
    page_number: int | None = None,
    page_size: int | None = None,
) -> OperationRequest:
    check_range("page_number", page_number, 0, None, False, False, "at least 0")
    check_range("page_size", page_size, 0, None, False, False, "at least 0")
    # Values as given: the facade checks each against its spec type (QUERY_TYPES) and encodes it.
    params: dict[str, Any] = {}
    if data_center_id is not None:
        params["dataCenterId"] = data_center_id
    if page_number is not None:
        params["pageNumber"] = page_number
    if page_size is not None:
        params["pageSize"] = page_size
    return {
        "method": "GET",
        "path": "/v1/projects/{project_id}/security-groups",
        "path_params": {
            "project_id": project_id,
        },
        "params": params,
        "query_types": QUERY_TYPES,
    }


def _decode(data: Any, *, reuse: bool = True) -> ListSecurityGroupsResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ListSecurityGroupsResponse._from_parsed(data) if reuse else ListSecurityGroupsResponse.from_dict(data)

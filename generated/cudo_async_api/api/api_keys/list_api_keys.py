"""``GET /v1/api-keys``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_api_keys_response import ListAPIKeysResponse
from ...types import OperationRequest


def _request(
    *,
    page_number: int | None = None,
    page_size: int | None = None,
) -> OperationRequest:
    params: dict[str, Any] = {}
    if page_number is not None:
        params["pageNumber"] = page_number
    if page_size is not None:
        params["pageSize"] = page_size

    return {
        "method": "GET",
        "path": "/v1/api-keys",
        "path_params": {},
        "params": params,
    }


def _decode(data: Any) -> ListAPIKeysResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return ListAPIKeysResponse.from_dict(data)

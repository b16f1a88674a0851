"""``GET /v1/api-keys``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_api_keys_response import ListApiKeysResponse
from ...types import UNSET, OperationRequest, Unset


def _request(
    *,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> OperationRequest:
    params: dict[str, Any] = {}

    params["pageNumber"] = page_number

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/api-keys",
        "path_params": {},
        "params": params,
    }
    return _kwargs


def _decode(data: Any) -> ListApiKeysResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListApiKeysResponse.from_dict(data)

    return response_200

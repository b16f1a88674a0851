"""``GET /v1/vms/data-centers``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_vm_data_centers_response import ListVMDataCentersResponse
from ...types import OperationRequest


def _request() -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/vms/data-centers",
        "path_params": {},
    }
    return _kwargs


def _decode(data: Any) -> ListVMDataCentersResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListVMDataCentersResponse.from_dict(data)

    return response_200

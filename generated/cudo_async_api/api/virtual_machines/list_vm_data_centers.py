"""``GET /v1/vms/data-centers``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_vm_data_centers_response import ListVMDataCentersResponse
from ...types import OperationRequest


def _request() -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/vms/data-centers",
        "path_params": {},
    }


def _decode(data: Any) -> ListVMDataCentersResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return ListVMDataCentersResponse.from_dict(data)

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


def _decode(data: Any, *, reuse: bool = True) -> ListVMDataCentersResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ListVMDataCentersResponse._from_parsed(data) if reuse else ListVMDataCentersResponse.from_dict(data)

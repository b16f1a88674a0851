"""``GET /v1/vms/gpu-models``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_vm_gpu_models_response import ListVMGpuModelsResponse
from ...types import OperationRequest


def _request() -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/vms/gpu-models",
        "path_params": {},
    }
    return _kwargs


def _decode(data: Any) -> ListVMGpuModelsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListVMGpuModelsResponse.from_dict(data)

    return response_200

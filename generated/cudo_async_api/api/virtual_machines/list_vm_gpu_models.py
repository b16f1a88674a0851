"""``GET /v1/vms/gpu-models``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_vmgpu_models_response import ListVMGPUModelsResponse
from ...types import OperationRequest


def _request() -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/vms/gpu-models",
        "path_params": {},
    }


def _decode(data: Any) -> ListVMGPUModelsResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return ListVMGPUModelsResponse.from_dict(data)

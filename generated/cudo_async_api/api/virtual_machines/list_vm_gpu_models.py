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


def _decode(data: Any, *, reuse: bool = True) -> ListVMGPUModelsResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ListVMGPUModelsResponse._from_parsed(data) if reuse else ListVMGPUModelsResponse.from_dict(data)

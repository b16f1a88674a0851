"""``GET /v1/projects/{project_id}/vms/{vm_id}/monitor``: the request builder and the answer decoder."""

from typing import Any

from ...models.monitor_vm_response import MonitorVMResponse
from ...types import OperationRequest


def _request(
    project_id: str,
    vm_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/projects/{project_id}/vms/{vm_id}/monitor",
        "path_params": {
            "project_id": project_id,
            "vm_id": vm_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> MonitorVMResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return MonitorVMResponse._from_parsed(data) if reuse else MonitorVMResponse.from_dict(data)

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


def _decode(data: Any) -> MonitorVMResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return MonitorVMResponse.from_dict(data)

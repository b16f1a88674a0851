"""``POST /v1/projects/{project_id}/machines/{machine_id}/deploy``: the request builder and the answer decoder."""

from typing import Any

from ...models.deploy_machine_os_body import DeployMachineOSBody
from ...models.empty import Empty
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    machine_id: str,
    *,
    body: DeployMachineOSBody,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/machines/{machine_id}/deploy",
        "path_params": {
            "project_id": project_id,
            "machine_id": machine_id,
        },
        "json": wire_body(body, DeployMachineOSBody, "body"),
    }


def _decode(data: Any) -> Empty:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return Empty.from_dict(data)

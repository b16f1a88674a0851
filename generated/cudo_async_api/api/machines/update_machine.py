"""``PATCH /v1/projects/{project_id}/machines/{machine_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.machine import Machine
from ...models.update_machine_body import UpdateMachineBody
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    machine_id: str,
    *,
    body: UpdateMachineBody,
) -> OperationRequest:
    return {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}/machines/{machine_id}",
        "path_params": {
            "project_id": project_id,
            "machine_id": machine_id,
        },
        "json": wire_body(body, UpdateMachineBody, "body"),
    }


def _decode(data: Any) -> Machine:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return Machine.from_dict(data)

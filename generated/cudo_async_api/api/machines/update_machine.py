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


def _decode(data: Any, *, reuse: bool = True) -> Machine:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Machine._from_parsed(data) if reuse else Machine.from_dict(data)

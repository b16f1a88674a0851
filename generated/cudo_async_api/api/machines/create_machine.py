"""``POST /v1/projects/{project_id}/machines``: the request builder and the answer decoder."""

from typing import Any

from ...models.create_machine_body import CreateMachineBody
from ...models.machine import Machine
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    *,
    body: CreateMachineBody,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/machines",
        "path_params": {
            "project_id": project_id,
        },
        "json": wire_body(body, CreateMachineBody, "body"),
        "safe_to_repeat": True,
    }


def _decode(data: Any, *, reuse: bool = True) -> Machine:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Machine._from_parsed(data) if reuse else Machine.from_dict(data)

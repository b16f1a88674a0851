"""``PATCH /v1/projects/{project_id}/machines/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.machine import Machine
from ...models.update_machine_body import UpdateMachineBody
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
    *,
    body: UpdateMachineBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}/machines/{id}",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> Machine:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = Machine.from_dict(data)

    return response_200

"""``PATCH /v1/projects/{project_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.project import Project
from ...models.update_project_body import UpdateProjectBody
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    *,
    body: UpdateProjectBody,
) -> OperationRequest:
    return {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}",
        "path_params": {
            "project_id": project_id,
        },
        "json": wire_body(body, UpdateProjectBody, "body"),
    }


def _decode(data: Any, *, reuse: bool = True) -> Project:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Project._from_parsed(data) if reuse else Project.from_dict(data)

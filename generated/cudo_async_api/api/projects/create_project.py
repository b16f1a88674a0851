"""``POST /v1/projects``: the request builder and the answer decoder."""

from typing import Any

from ...models.project import Project
from ...types import OperationRequest, wire_body


def _request(
    *,
    body: Project,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/projects",
        "path_params": {},
        "json": wire_body(body, Project, "body"),
        "safe_to_repeat": True,
    }


def _decode(data: Any, *, reuse: bool = True) -> Project:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Project._from_parsed(data) if reuse else Project.from_dict(data)

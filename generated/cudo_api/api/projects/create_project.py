"""``POST /v1/projects``: the request builder and the answer decoder."""

from typing import Any

from ...models.project import Project
from ...types import OperationRequest


def _request(
    *,
    body: Project,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "POST",
        "path": "/v1/projects",
        "path_params": {},
        "safe_to_repeat": True,
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> Project:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = Project.from_dict(data)

    return response_200

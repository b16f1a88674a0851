"""``PATCH /v1/projects/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.project import Project
from ...models.update_project_body import UpdateProjectBody
from ...types import OperationRequest


def _request(
    id: str,
    *,
    body: UpdateProjectBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "PATCH",
        "path": "/v1/projects/{id}",
        "path_params": {
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> Project:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = Project.from_dict(data)

    return response_200

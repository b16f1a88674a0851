"""``GET /v1/projects/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.project import Project
from ...types import OperationRequest


def _request(
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/projects/{id}",
        "path_params": {
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> Project:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = Project.from_dict(data)

    return response_200

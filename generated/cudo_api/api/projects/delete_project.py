"""``DELETE /v1/projects/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.delete_project_response_200 import DeleteProjectResponse200
from ...types import OperationRequest


def _request(
    id: str,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "DELETE",
        "path": "/v1/projects/{id}",
        "path_params": {
            "id": id,
        },
    }
    return _kwargs


def _decode(data: Any) -> DeleteProjectResponse200:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = DeleteProjectResponse200.from_dict(data)

    return response_200

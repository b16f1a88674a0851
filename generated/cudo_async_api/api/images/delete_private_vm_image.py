"""``DELETE /v1/projects/{project_id}/images/{image_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.empty import Empty
from ...types import OperationRequest


def _request(
    project_id: str,
    image_id: str,
) -> OperationRequest:
    return {
        "method": "DELETE",
        "path": "/v1/projects/{project_id}/images/{image_id}",
        "path_params": {
            "project_id": project_id,
            "image_id": image_id,
        },
    }


def _decode(data: Any) -> Empty:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return Empty.from_dict(data)

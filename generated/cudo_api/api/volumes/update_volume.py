"""``PATCH /v1/projects/{project_id}/volumes/{id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.update_volume_body import UpdateVolumeBody
from ...models.volume import Volume
from ...types import OperationRequest


def _request(
    project_id: str,
    id: str,
    *,
    body: UpdateVolumeBody,
) -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}/volumes/{id}",
        "path_params": {
            "project_id": project_id,
            "id": id,
        },
    }
    _kwargs["json"] = body.to_dict()

    return _kwargs


def _decode(data: Any) -> Volume:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = Volume.from_dict(data)

    return response_200

"""``PATCH /v1/projects/{project_id}/volumes/{volume_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.update_volume_body import UpdateVolumeBody
from ...models.volume import Volume
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    volume_id: str,
    *,
    body: UpdateVolumeBody,
) -> OperationRequest:
    return {
        "method": "PATCH",
        "path": "/v1/projects/{project_id}/volumes/{volume_id}",
        "path_params": {
            "project_id": project_id,
            "volume_id": volume_id,
        },
        "json": wire_body(body, UpdateVolumeBody, "body"),
    }


def _decode(data: Any, *, reuse: bool = True) -> Volume:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Volume._from_parsed(data) if reuse else Volume.from_dict(data)

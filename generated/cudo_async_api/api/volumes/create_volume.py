"""``POST /v1/projects/{project_id}/volumes``: the request builder and the answer decoder."""

from typing import Any

from ...models.create_volume_body import CreateVolumeBody
from ...models.volume import Volume
from ...types import OperationRequest, wire_body


def _request(
    project_id: str,
    *,
    body: CreateVolumeBody,
) -> OperationRequest:
    return {
        "method": "POST",
        "path": "/v1/projects/{project_id}/volumes",
        "path_params": {
            "project_id": project_id,
        },
        "json": wire_body(body, CreateVolumeBody, "body"),
        "safe_to_repeat": True,
    }


def _decode(data: Any, *, reuse: bool = True) -> Volume:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Volume._from_parsed(data) if reuse else Volume.from_dict(data)

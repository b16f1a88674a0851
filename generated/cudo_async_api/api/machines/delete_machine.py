"""``DELETE /v1/projects/{project_id}/machines/{machine_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.empty import Empty
from ...types import OperationRequest


def _request(
    project_id: str,
    machine_id: str,
) -> OperationRequest:
    return {
        "method": "DELETE",
        "path": "/v1/projects/{project_id}/machines/{machine_id}",
        "path_params": {
            "project_id": project_id,
            "machine_id": machine_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> Empty:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return Empty._from_parsed(data) if reuse else Empty.from_dict(data)

"""``GET /v1/projects/{project_id}/images/{image_id}``: the request builder and the answer decoder."""

from typing import Any

from ...models.get_private_vm_image_response import GetPrivateVMImageResponse
from ...types import OperationRequest


def _request(
    project_id: str,
    image_id: str,
) -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/projects/{project_id}/images/{image_id}",
        "path_params": {
            "project_id": project_id,
            "image_id": image_id,
        },
    }


def _decode(data: Any, *, reuse: bool = True) -> GetPrivateVMImageResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return GetPrivateVMImageResponse._from_parsed(data) if reuse else GetPrivateVMImageResponse.from_dict(data)

"""``GET /v1/vms/public-images``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_public_vm_images_response import ListPublicVMImagesResponse
from ...types import OperationRequest


def _request() -> OperationRequest:
    return {
        "method": "GET",
        "path": "/v1/vms/public-images",
        "path_params": {},
    }


def _decode(data: Any, *, reuse: bool = True) -> ListPublicVMImagesResponse:
    """Decode the parsed JSON of a 2xx answer into the success type. With ``reuse`` (the default:
    ``data`` was just parsed and is the decoder's alone) its lists become the model's; a caller
    that keeps ``data`` passes ``reuse=False``."""
    return ListPublicVMImagesResponse._from_parsed(data) if reuse else ListPublicVMImagesResponse.from_dict(data)

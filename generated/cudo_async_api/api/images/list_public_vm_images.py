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


def _decode(data: Any) -> ListPublicVMImagesResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    return ListPublicVMImagesResponse.from_dict(data)

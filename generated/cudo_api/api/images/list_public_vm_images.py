"""``GET /v1/vms/public-images``: the request builder and the answer decoder."""

from typing import Any

from ...models.list_public_vm_images_response import ListPublicVMImagesResponse
from ...types import OperationRequest


def _request() -> OperationRequest:

    _kwargs: OperationRequest = {
        "method": "GET",
        "path": "/v1/vms/public-images",
        "path_params": {},
    }
    return _kwargs


def _decode(data: Any) -> ListPublicVMImagesResponse:
    """Decode the already parsed JSON of a 2xx answer into the success type."""
    response_200 = ListPublicVMImagesResponse.from_dict(data)

    return response_200

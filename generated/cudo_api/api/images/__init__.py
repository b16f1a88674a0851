"""Operations tagged images."""

from typing import Any, cast

from ...models.create_private_vm_image_response import CreatePrivateVMImageResponse
from ...models.delete_private_vm_image_response_200 import DeletePrivateVmImageResponse200
from ...models.get_private_vm_image_response import GetPrivateVMImageResponse
from ...models.list_private_vm_images_response import ListPrivateVMImagesResponse
from ...models.list_public_vm_images_response import ListPublicVMImagesResponse
from ...models.status import Status
from ...models.update_private_vm_image_response_200 import UpdatePrivateVmImageResponse200
from ...types import UNSET, Send, Unset
from . import create_private_vm_image as _create_private_vm_image
from . import delete_private_vm_image as _delete_private_vm_image
from . import get_private_vm_image as _get_private_vm_image
from . import list_private_vm_images as _list_private_vm_images
from . import list_public_vm_images as _list_public_vm_images
from . import update_private_vm_image as _update_private_vm_image


class ImagesApi:
    """The ``images`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def list_private_vm_images(
        self,
        project_id: str,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> ListPrivateVMImagesResponse:
        """``GET /v1/projects/{project_id}/images``"""
        return await self._send(
            "list_private_vm_images",
            _list_private_vm_images._request(
                project_id=project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_private_vm_images._decode,
        )

    async def create_private_vm_image(
        self,
        project_id: str,
        *,
        vm_id: str,
        id: str,
        description: str | Unset = UNSET,
    ) -> CreatePrivateVMImageResponse:
        """``POST /v1/projects/{project_id}/images``"""
        return await self._send(
            "create_private_vm_image",
            _create_private_vm_image._request(
                project_id=project_id,
                vm_id=vm_id,
                id=id,
                description=description,
            ),
            _create_private_vm_image._decode,
        )

    async def get_private_vm_image(
        self,
        project_id: str,
        id: str,
    ) -> GetPrivateVMImageResponse:
        """``GET /v1/projects/{project_id}/images/{id}``"""
        return await self._send(
            "get_private_vm_image",
            _get_private_vm_image._request(
                project_id=project_id,
                id=id,
            ),
            _get_private_vm_image._decode,
        )

    async def update_private_vm_image(
        self,
        project_id: str,
        id: str,
        *,
        description: str | Unset = UNSET,
    ) -> UpdatePrivateVmImageResponse200:
        """``POST /v1/projects/{project_id}/images/{id}``"""
        return await self._send(
            "update_private_vm_image",
            _update_private_vm_image._request(
                project_id=project_id,
                id=id,
                description=description,
            ),
            _update_private_vm_image._decode,
        )

    async def delete_private_vm_image(
        self,
        project_id: str,
        id: str,
    ) -> DeletePrivateVmImageResponse200:
        """``DELETE /v1/projects/{project_id}/images/{id}``"""
        return await self._send(
            "delete_private_vm_image",
            _delete_private_vm_image._request(
                project_id=project_id,
                id=id,
            ),
            _delete_private_vm_image._decode,
        )

    async def list_public_vm_images(
        self,
    ) -> ListPublicVMImagesResponse:
        """``GET /v1/vms/public-images``"""
        return await self._send(
            "list_public_vm_images",
            _list_public_vm_images._request(),
            _list_public_vm_images._decode,
        )

"""Operations tagged disks."""

from typing import Any, cast

from ...models.create_storage_disk_body import CreateStorageDiskBody
from ...models.create_storage_disk_response_200 import CreateStorageDiskResponse200
from ...models.delete_storage_disk_response_200 import DeleteStorageDiskResponse200
from ...models.get_disk_response import GetDiskResponse
from ...models.list_disks_response import ListDisksResponse
from ...models.resize_vm_disk_response_200 import ResizeVmDiskResponse200
from ...models.status import Status
from ...types import UNSET, Send, Unset
from . import create_storage_disk as _create_storage_disk
from . import delete_storage_disk as _delete_storage_disk
from . import get_disk as _get_disk
from . import list_disks as _list_disks
from . import resize_vm_disk as _resize_vm_disk


class DisksApi:
    """The ``disks`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def list_disks(
        self,
        project_id: str,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        data_center_id: str | Unset = UNSET,
    ) -> ListDisksResponse:
        """``GET /v1/projects/{project_id}/disks``"""
        return await self._send(
            "list_disks",
            _list_disks._request(
                project_id=project_id,
                page_number=page_number,
                page_size=page_size,
                data_center_id=data_center_id,
            ),
            _list_disks._decode,
        )

    async def create_storage_disk(
        self,
        project_id: str,
        *,
        body: CreateStorageDiskBody,
    ) -> CreateStorageDiskResponse200:
        """``POST /v1/projects/{project_id}/disks``"""
        return await self._send(
            "create_storage_disk",
            _create_storage_disk._request(
                project_id=project_id,
                body=body,
            ),
            _create_storage_disk._decode,
        )

    async def get_disk(
        self,
        project_id: str,
        id: str,
    ) -> GetDiskResponse:
        """``GET /v1/projects/{project_id}/disks/{id}``"""
        return await self._send(
            "get_disk",
            _get_disk._request(
                project_id=project_id,
                id=id,
            ),
            _get_disk._decode,
        )

    async def delete_storage_disk(
        self,
        project_id: str,
        id: str,
    ) -> DeleteStorageDiskResponse200:
        """``DELETE /v1/projects/{project_id}/disks/{id}``"""
        return await self._send(
            "delete_storage_disk",
            _delete_storage_disk._request(
                project_id=project_id,
                id=id,
            ),
            _delete_storage_disk._decode,
        )

    async def resize_vm_disk(
        self,
        project_id: str,
        id: str,
        *,
        disk_id: str | Unset = UNSET,
        size_gib: int | Unset = UNSET,
    ) -> ResizeVmDiskResponse200:
        """``PATCH /v1/projects/{project_id}/vms/{id}/disks``"""
        return await self._send(
            "resize_vm_disk",
            _resize_vm_disk._request(
                project_id=project_id,
                id=id,
                disk_id=disk_id,
                size_gib=size_gib,
            ),
            _resize_vm_disk._decode,
        )

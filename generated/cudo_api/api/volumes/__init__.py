"""Operations tagged volumes."""

from typing import Any, cast

from ...models.create_volume_body import CreateVolumeBody
from ...models.delete_volume_response_200 import DeleteVolumeResponse200
from ...models.list_volume_prices_response import ListVolumePricesResponse
from ...models.list_volumes_response import ListVolumesResponse
from ...models.status import Status
from ...models.update_volume_body import UpdateVolumeBody
from ...models.volume import Volume
from ...types import UNSET, Send, Unset
from . import create_volume as _create_volume
from . import delete_volume as _delete_volume
from . import get_volume as _get_volume
from . import list_volume_prices as _list_volume_prices
from . import list_volumes as _list_volumes
from . import update_volume as _update_volume


class VolumesApi:
    """The ``volumes`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def list_volumes(
        self,
        project_id: str,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> ListVolumesResponse:
        """``GET /v1/projects/{project_id}/volumes``"""
        return await self._send(
            "list_volumes",
            _list_volumes._request(
                project_id=project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_volumes._decode,
        )

    async def create_volume(
        self,
        project_id: str,
        *,
        body: CreateVolumeBody,
    ) -> Volume:
        """``POST /v1/projects/{project_id}/volumes``"""
        return await self._send(
            "create_volume",
            _create_volume._request(
                project_id=project_id,
                body=body,
            ),
            _create_volume._decode,
        )

    async def get_volume(
        self,
        project_id: str,
        id: str,
    ) -> Volume:
        """``GET /v1/projects/{project_id}/volumes/{id}``"""
        return await self._send(
            "get_volume",
            _get_volume._request(
                project_id=project_id,
                id=id,
            ),
            _get_volume._decode,
        )

    async def delete_volume(
        self,
        project_id: str,
        id: str,
    ) -> DeleteVolumeResponse200:
        """``DELETE /v1/projects/{project_id}/volumes/{id}``"""
        return await self._send(
            "delete_volume",
            _delete_volume._request(
                project_id=project_id,
                id=id,
            ),
            _delete_volume._decode,
        )

    async def update_volume(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateVolumeBody,
    ) -> Volume:
        """``PATCH /v1/projects/{project_id}/volumes/{id}``"""
        return await self._send(
            "update_volume",
            _update_volume._request(
                project_id=project_id,
                id=id,
                body=body,
            ),
            _update_volume._decode,
        )

    async def list_volume_prices(
        self,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> ListVolumePricesResponse:
        """``GET /v1/volumes/prices``"""
        return await self._send(
            "list_volume_prices",
            _list_volume_prices._request(
                page_number=page_number,
                page_size=page_size,
            ),
            _list_volume_prices._decode,
        )

"""Operations tagged object_storage."""

from typing import Any, cast

from ...models.create_object_storage_user_body import CreateObjectStorageUserBody
from ...models.delete_object_storage_key_response_200 import DeleteObjectStorageKeyResponse200
from ...models.delete_object_storage_user_response_200 import DeleteObjectStorageUserResponse200
from ...models.get_object_storage_session_key_response import GetObjectStorageSessionKeyResponse
from ...models.list_object_storage_buckets_response import ListObjectStorageBucketsResponse
from ...models.list_object_storage_users_response import ListObjectStorageUsersResponse
from ...models.object_storage_bucket import ObjectStorageBucket
from ...models.object_storage_key import ObjectStorageKey
from ...models.object_storage_user import ObjectStorageUser
from ...models.status import Status
from ...types import UNSET, Send, Unset
from . import create_object_storage_user as _create_object_storage_user
from . import delete_object_storage_key as _delete_object_storage_key
from . import delete_object_storage_user as _delete_object_storage_user
from . import generate_object_storage_key as _generate_object_storage_key
from . import get_object_storage_bucket as _get_object_storage_bucket
from . import get_object_storage_session_key as _get_object_storage_session_key
from . import get_object_storage_user as _get_object_storage_user
from . import list_object_storage_buckets as _list_object_storage_buckets
from . import list_object_storage_users as _list_object_storage_users


class ObjectStorageApi:
    """The ``object_storage`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def list_object_storage_buckets(
        self,
        project_id: str,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> ListObjectStorageBucketsResponse:
        """``GET /v1/projects/{project_id}/object-storage/buckets``"""
        return await self._send(
            "list_object_storage_buckets",
            _list_object_storage_buckets._request(
                project_id=project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_object_storage_buckets._decode,
        )

    async def get_object_storage_bucket(
        self,
        project_id: str,
        data_center_id: str,
        id: str,
    ) -> ObjectStorageBucket:
        """``GET /v1/projects/{project_id}/object-storage/buckets/{data_center_id}/{id}``"""
        return await self._send(
            "get_object_storage_bucket",
            _get_object_storage_bucket._request(
                project_id=project_id,
                data_center_id=data_center_id,
                id=id,
            ),
            _get_object_storage_bucket._decode,
        )

    async def get_object_storage_session_key(
        self,
        project_id: str,
        data_center_id: str,
    ) -> GetObjectStorageSessionKeyResponse:
        """``GET /v1/projects/{project_id}/object-storage/session-key/{data_center_id}``"""
        return await self._send(
            "get_object_storage_session_key",
            _get_object_storage_session_key._request(
                project_id=project_id,
                data_center_id=data_center_id,
            ),
            _get_object_storage_session_key._decode,
        )

    async def list_object_storage_users(
        self,
        project_id: str,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> ListObjectStorageUsersResponse:
        """``GET /v1/projects/{project_id}/object-storage/users``"""
        return await self._send(
            "list_object_storage_users",
            _list_object_storage_users._request(
                project_id=project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_object_storage_users._decode,
        )

    async def create_object_storage_user(
        self,
        project_id: str,
        data_center_id: str,
        *,
        body: CreateObjectStorageUserBody,
    ) -> ObjectStorageUser:
        """``POST /v1/projects/{project_id}/object-storage/users/{data_center_id}``"""
        return await self._send(
            "create_object_storage_user",
            _create_object_storage_user._request(
                project_id=project_id,
                data_center_id=data_center_id,
                body=body,
            ),
            _create_object_storage_user._decode,
        )

    async def get_object_storage_user(
        self,
        project_id: str,
        data_center_id: str,
        id: str,
    ) -> ObjectStorageUser:
        """``GET /v1/projects/{project_id}/object-storage/users/{data_center_id}/{id}``"""
        return await self._send(
            "get_object_storage_user",
            _get_object_storage_user._request(
                project_id=project_id,
                data_center_id=data_center_id,
                id=id,
            ),
            _get_object_storage_user._decode,
        )

    async def generate_object_storage_key(
        self,
        project_id: str,
        data_center_id: str,
        id: str,
    ) -> ObjectStorageKey:
        """``POST /v1/projects/{project_id}/object-storage/users/{data_center_id}/{id}``"""
        return await self._send(
            "generate_object_storage_key",
            _generate_object_storage_key._request(
                project_id=project_id,
                data_center_id=data_center_id,
                id=id,
            ),
            _generate_object_storage_key._decode,
        )

    async def delete_object_storage_user(
        self,
        project_id: str,
        data_center_id: str,
        id: str,
    ) -> DeleteObjectStorageUserResponse200:
        """``DELETE /v1/projects/{project_id}/object-storage/users/{data_center_id}/{id}``"""
        return await self._send(
            "delete_object_storage_user",
            _delete_object_storage_user._request(
                project_id=project_id,
                data_center_id=data_center_id,
                id=id,
            ),
            _delete_object_storage_user._decode,
        )

    async def delete_object_storage_key(
        self,
        project_id: str,
        data_center_id: str,
        id: str,
        access_key: str,
    ) -> DeleteObjectStorageKeyResponse200:
        """``DELETE /v1/projects/{project_id}/object-storage/users/{data_center_id}/{id}/keys/{access_key}``"""
        return await self._send(
            "delete_object_storage_key",
            _delete_object_storage_key._request(
                project_id=project_id,
                data_center_id=data_center_id,
                id=id,
                access_key=access_key,
            ),
            _delete_object_storage_key._decode,
        )

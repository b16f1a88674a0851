"""Operations tagged ssh_keys."""

from typing import Any, cast

from ...models.delete_ssh_key_response_200 import DeleteSshKeyResponse200
from ...models.list_ssh_keys_response import ListSshKeysResponse
from ...models.ssh_key import SshKey
from ...models.status import Status
from ...types import UNSET, Send, Unset
from . import create_ssh_key as _create_ssh_key
from . import delete_ssh_key as _delete_ssh_key
from . import get_ssh_key as _get_ssh_key
from . import list_ssh_keys as _list_ssh_keys


class SshKeysApi:
    """The ``ssh_keys`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def list_ssh_keys(
        self,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> ListSshKeysResponse:
        """``GET /v1/ssh-keys``"""
        return await self._send(
            "list_ssh_keys",
            _list_ssh_keys._request(
                page_number=page_number,
                page_size=page_size,
            ),
            _list_ssh_keys._decode,
        )

    async def create_ssh_key(
        self,
        *,
        body: SshKey,
    ) -> SshKey:
        """``POST /v1/ssh-keys``"""
        return await self._send(
            "create_ssh_key",
            _create_ssh_key._request(
                body=body,
            ),
            _create_ssh_key._decode,
        )

    async def get_ssh_key(
        self,
        id: str,
    ) -> SshKey:
        """``GET /v1/ssh-keys/{id}``"""
        return await self._send(
            "get_ssh_key",
            _get_ssh_key._request(
                id=id,
            ),
            _get_ssh_key._decode,
        )

    async def delete_ssh_key(
        self,
        id: str,
    ) -> DeleteSshKeyResponse200:
        """``DELETE /v1/ssh-keys/{id}``"""
        return await self._send(
            "delete_ssh_key",
            _delete_ssh_key._request(
                id=id,
            ),
            _delete_ssh_key._decode,
        )

"""Operations tagged users."""

from typing import Any, cast

from ...models.delete_user_response_200 import DeleteUserResponse200
from ...models.profile import Profile
from ...models.status import Status
from ...types import UNSET, Send, Unset
from . import delete_user as _delete_user
from . import get as _get


class UsersApi:
    """The ``users`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def get(
        self,
    ) -> Profile:
        """``GET /v1/auth``"""
        return await self._send(
            "get",
            _get._request(),
            _get._decode,
        )

    async def delete_user(
        self,
    ) -> DeleteUserResponse200:
        """``DELETE /v1/auth``"""
        return await self._send(
            "delete_user",
            _delete_user._request(),
            _delete_user._decode,
        )

"""The calling user's own account."""

import datetime
import warnings
from typing import Any, cast

from ...models.empty import Empty
from ...models.profile import Profile
from ...models.status import Status
from ...types import Send
from . import delete_user as _delete_user
from . import get_profile as _get_profile


class UsersAPI:
    """The calling user's own account. Reached as ``AsyncCudo.users``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def get_profile(
        self,
    ) -> Profile:
        """Read the caller's own profile: name, email address and picture.

        ``GET /v1/auth``

        Returns:
            Profile.

        Raises:
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.
        """
        return await self._send(
            "get_profile",
            _get_profile._request(),
            _get_profile._decode,
        )

    async def delete_user(
        self,
    ) -> Empty:
        """Delete the caller's own user account.

        ``DELETE /v1/auth``

        Returns:
            Empty: an empty answer.

        Raises:
            FailedPreconditionError: it is still in use.
            PermissionDeniedError: the key may not do this.
            UnauthenticatedError: the key is missing, wrong or revoked.
            ResourceExhaustedError: rate limited, once the retries give up.
            APIConnectionError: no answer came (APITimeoutError: not in time).

        Every error named here is in ``cudo_async.errors``.
        """
        return await self._send(
            "delete_user",
            _delete_user._request(),
            _delete_user._decode,
        )

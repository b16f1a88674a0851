"""The calling user's own account."""

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models.empty import Empty
from ...models.profile import Profile
from ...models.status import Status
from ...types import Send, SyncSend
from ...types import by_keyword as _by_keyword
from . import delete_user as _delete_user
from . import get_profile as _get_profile

if TYPE_CHECKING:
    from cudo_async import RetryPolicy


class UsersAPI:
    """The calling user's own account. Reached as ``AsyncCudo.users``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    @_by_keyword
    async def get_profile(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return await self._send(
            "get_profile",
            _get_profile._request(),
            _get_profile._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def delete_user(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
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

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
            missing_ok: True: a NOT_FOUND answer counts as done (it is already gone) and returns the
                empty answer, for a teardown that may run twice.
        """
        return await self._send(
            "delete_user",
            _delete_user._request(),
            _delete_user._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )


class UsersSyncAPI:
    """The calling user's own account. Reached as ``Cudo.users``; every method is one API call, returning when it is done."""

    __slots__ = ("_send",)
    #: The attribute of a client that holds this namespace.
    TAG = "users"

    def __init__(self, send: SyncSend) -> None:
        self._send = send

    @_by_keyword
    def get_profile(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
        """
        return self._send(
            "get_profile",
            _get_profile._request(),
            _get_profile._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def delete_user(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
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

        Per-call options (keyword-only; None keeps the client's):
            timeout: Seconds for one attempt of this call.
            retry: The RetryPolicy of this call.
            extra_headers: Headers added to this call's requests (not Authorization or Content-Type).
            extra_query: Query parameters added to this call's requests.
            missing_ok: True: a NOT_FOUND answer counts as done (it is already gone) and returns the
                empty answer, for a teardown that may run twice.
        """
        return self._send(
            "delete_user",
            _delete_user._request(),
            _delete_user._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

"""SSH keys of the calling user."""

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models.empty import Empty
from ...models.list_ssh_keys_response import ListSSHKeysResponse
from ...models.ssh_key import SSHKey
from ...models.status import Status
from ...types import Send, SyncSend
from ...types import by_keyword as _by_keyword
from . import create_ssh_key as _create_ssh_key
from . import delete_ssh_key as _delete_ssh_key
from . import get_ssh_key as _get_ssh_key
from . import list_ssh_keys as _list_ssh_keys

if TYPE_CHECKING:
    from cudo_async import RetryPolicy


class SSHKeysAPI:
    """SSH keys of the calling user. Reached as ``AsyncCudo.ssh_keys``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    @_by_keyword
    async def list_ssh_keys(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListSSHKeysResponse:
        """List the caller's SSH keys.

        ``GET /v1/ssh-keys``

        Args:
            page_number: Which page to read; AsyncCudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListSSHKeysResponse.

        Paginated by numbered pages (``page_number``/``page_size``): ``AsyncCudo.paginate`` yields every item.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
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
            "list_ssh_keys",
            _list_ssh_keys._request(
                page_number=page_number,
                page_size=page_size,
            ),
            _list_ssh_keys._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def create_ssh_key(
        self,
        *,
        body: SSHKey,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SSHKey:
        """Store a public SSH key for the caller.

        ``POST /v1/ssh-keys``

        Args:
            body: What to create or change. A ``models.SSHKey`` (or a mapping of its wire form),
                given by keyword (``body=``): it requires ``public_key``; the other fields are
                optional.

        Returns:
            SSHKey.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            AlreadyExistsError: a resource with that id exists already.
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
            "create_ssh_key",
            _create_ssh_key._request(
                body=body,
            ),
            _create_ssh_key._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_ssh_key(
        self,
        ssh_key_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SSHKey:
        """Read one of the caller's SSH keys.

        ``GET /v1/ssh-keys/{ssh_key_id}``

        Args:
            ssh_key_id: The SSH key's id.

        Returns:
            SSHKey.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
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
            "get_ssh_key",
            _get_ssh_key._request(
                ssh_key_id,
            ),
            _get_ssh_key._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def delete_ssh_key(
        self,
        ssh_key_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete one of the caller's SSH keys.

        ``DELETE /v1/ssh-keys/{ssh_key_id}``

        Args:
            ssh_key_id: The SSH key's id.

        Returns:
            Empty: an empty answer.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
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
            "delete_ssh_key",
            _delete_ssh_key._request(
                ssh_key_id,
            ),
            _delete_ssh_key._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )


class SSHKeysSyncAPI:
    """SSH keys of the calling user. Reached as ``Cudo.ssh_keys``; every method is one API call, returning when it is done."""

    __slots__ = ("_send",)
    #: The attribute of a client that holds this namespace.
    TAG = "ssh_keys"

    def __init__(self, send: SyncSend) -> None:
        self._send = send

    @_by_keyword
    def list_ssh_keys(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListSSHKeysResponse:
        """List the caller's SSH keys.

        ``GET /v1/ssh-keys``

        Args:
            page_number: Which page to read; Cudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListSSHKeysResponse.

        Paginated by numbered pages (``page_number``/``page_size``): ``Cudo.paginate`` yields every item.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
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
            "list_ssh_keys",
            _list_ssh_keys._request(
                page_number=page_number,
                page_size=page_size,
            ),
            _list_ssh_keys._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def create_ssh_key(
        self,
        *,
        body: SSHKey,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SSHKey:
        """Store a public SSH key for the caller.

        ``POST /v1/ssh-keys``

        Args:
            body: What to create or change. A ``models.SSHKey`` (or a mapping of its wire form),
                given by keyword (``body=``): it requires ``public_key``; the other fields are
                optional.

        Returns:
            SSHKey.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            AlreadyExistsError: a resource with that id exists already.
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
            "create_ssh_key",
            _create_ssh_key._request(
                body=body,
            ),
            _create_ssh_key._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_ssh_key(
        self,
        ssh_key_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SSHKey:
        """Read one of the caller's SSH keys.

        ``GET /v1/ssh-keys/{ssh_key_id}``

        Args:
            ssh_key_id: The SSH key's id.

        Returns:
            SSHKey.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
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
            "get_ssh_key",
            _get_ssh_key._request(
                ssh_key_id,
            ),
            _get_ssh_key._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def delete_ssh_key(
        self,
        ssh_key_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete one of the caller's SSH keys.

        ``DELETE /v1/ssh-keys/{ssh_key_id}``

        Args:
            ssh_key_id: The SSH key's id.

        Returns:
            Empty: an empty answer.

        Raises:
            NotFoundError: what the path names does not exist, or the key cannot see it.
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
            "delete_ssh_key",
            _delete_ssh_key._request(
                ssh_key_id,
            ),
            _delete_ssh_key._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

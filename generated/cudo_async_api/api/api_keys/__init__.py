"""API keys of the calling user."""

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models.api_key import APIKey
from ...models.empty import Empty
from ...models.generate_api_key_request import GenerateAPIKeyRequest
from ...models.list_api_keys_response import ListAPIKeysResponse
from ...models.status import Status
from ...types import Send, SyncSend
from ...types import by_keyword as _by_keyword
from . import delete_api_key as _delete_api_key
from . import generate_api_key as _generate_api_key
from . import list_api_keys as _list_api_keys

if TYPE_CHECKING:
    from cudo_async import RetryPolicy


class APIKeysAPI:
    """API keys of the calling user. Reached as ``AsyncCudo.api_keys``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    @_by_keyword
    async def list_api_keys(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListAPIKeysResponse:
        """List the caller's API keys (names and dates; never the secret).

        ``GET /v1/api-keys``

        Args:
            page_number: Which page to read; AsyncCudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListAPIKeysResponse.

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
            "list_api_keys",
            _list_api_keys._request(
                page_number=page_number,
                page_size=page_size,
            ),
            _list_api_keys._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def generate_api_key(
        self,
        *,
        body: GenerateAPIKeyRequest,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIKey:
        """Make a new API key; the answer is the only time its secret is shown.

        ``POST /v1/api-keys``

        Args:
            body: What to create or change. A ``models.GenerateAPIKeyRequest`` (or a mapping of its
                wire form), given by keyword (``body=``): it requires ``apikey_id``; the other
                fields are optional.

        Returns:
            APIKey.

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
            "generate_api_key",
            _generate_api_key._request(
                body=body,
            ),
            _generate_api_key._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def delete_api_key(
        self,
        api_key_name: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Revoke an API key by its name; calls made with it fail from then on.

        ``DELETE /v1/api-keys/{api_key_name}``

        Args:
            api_key_name: The API key's name.

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
            "delete_api_key",
            _delete_api_key._request(
                api_key_name,
            ),
            _delete_api_key._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )


class APIKeysSyncAPI:
    """API keys of the calling user. Reached as ``Cudo.api_keys``; every method is one API call, returning when it is done."""

    __slots__ = ("_send",)
    #: The attribute of a client that holds this namespace.
    TAG = "api_keys"

    def __init__(self, send: SyncSend) -> None:
        self._send = send

    @_by_keyword
    def list_api_keys(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListAPIKeysResponse:
        """List the caller's API keys (names and dates; never the secret).

        ``GET /v1/api-keys``

        Args:
            page_number: Which page to read; Cudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListAPIKeysResponse.

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
            "list_api_keys",
            _list_api_keys._request(
                page_number=page_number,
                page_size=page_size,
            ),
            _list_api_keys._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def generate_api_key(
        self,
        *,
        body: GenerateAPIKeyRequest,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> APIKey:
        """Make a new API key; the answer is the only time its secret is shown.

        ``POST /v1/api-keys``

        Args:
            body: What to create or change. A ``models.GenerateAPIKeyRequest`` (or a mapping of its
                wire form), given by keyword (``body=``): it requires ``apikey_id``; the other
                fields are optional.

        Returns:
            APIKey.

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
            "generate_api_key",
            _generate_api_key._request(
                body=body,
            ),
            _generate_api_key._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def delete_api_key(
        self,
        api_key_name: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Revoke an API key by its name; calls made with it fail from then on.

        ``DELETE /v1/api-keys/{api_key_name}``

        Args:
            api_key_name: The API key's name.

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
            "delete_api_key",
            _delete_api_key._request(
                api_key_name,
            ),
            _delete_api_key._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

"""Search across the resources the caller can see."""

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models.search_resources_response import SearchResourcesResponse
from ...models.status import Status
from ...types import Send, SyncSend
from ...types import by_keyword as _by_keyword
from . import search_resources as _search_resources

if TYPE_CHECKING:
    from cudo_async import RetryPolicy


class ResourcesAPI:
    """Search across the resources the caller can see. Reached as ``AsyncCudo.resources``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    @_by_keyword
    async def search_resources(
        self,
        *,
        query: str,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SearchResourcesResponse:
        """Find resources (VMs, disks, networks and more) by a search text.

        ``GET /v1/resources/search``

        Args:
            query: The text to search for.

        Returns:
            SearchResourcesResponse.

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
            "search_resources",
            _search_resources._request(
                query=query,
            ),
            _search_resources._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )


class ResourcesSyncAPI:
    """Search across the resources the caller can see. Reached as ``Cudo.resources``; every method is one API call, returning when it is done."""

    __slots__ = ("_send",)
    #: The attribute of a client that holds this namespace.
    TAG = "resources"

    def __init__(self, send: SyncSend) -> None:
        self._send = send

    @_by_keyword
    def search_resources(
        self,
        *,
        query: str,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SearchResourcesResponse:
        """Find resources (VMs, disks, networks and more) by a search text.

        ``GET /v1/resources/search``

        Args:
            query: The text to search for.

        Returns:
            SearchResourcesResponse.

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
            "search_resources",
            _search_resources._request(
                query=query,
            ),
            _search_resources._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

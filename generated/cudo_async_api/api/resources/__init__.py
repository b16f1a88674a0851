"""Search across the resources the caller can see."""

import datetime
import warnings
from typing import Any, cast

from ...models.search_resources_response import SearchResourcesResponse
from ...models.status import Status
from ...types import Send
from . import search_resources as _search_resources


class ResourcesAPI:
    """Search across the resources the caller can see. Reached as ``AsyncCudo.resources``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def search_resources(
        self,
        *,
        query: str,
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
        """
        return await self._send(
            "search_resources",
            _search_resources._request(
                query=query,
            ),
            _search_resources._decode,
        )

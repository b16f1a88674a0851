"""Operations tagged resources."""

from typing import Any, cast

from ...models.search_resources_response import SearchResourcesResponse
from ...models.status import Status
from ...types import UNSET, Send, Unset
from . import search_resources as _search_resources


class ResourcesApi:
    """The ``resources`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def search_resources(
        self,
        *,
        query: str,
    ) -> SearchResourcesResponse:
        """``GET /v1/resources/search``"""
        return await self._send(
            "search_resources",
            _search_resources._request(
                query=query,
            ),
            _search_resources._decode,
        )

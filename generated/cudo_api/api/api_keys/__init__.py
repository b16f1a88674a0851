"""Operations tagged api_keys."""

from typing import Any, cast

from ...models.api_key import ApiKey
from ...models.delete_api_key_response_200 import DeleteApiKeyResponse200
from ...models.generate_api_key_request import GenerateApiKeyRequest
from ...models.list_api_keys_response import ListApiKeysResponse
from ...models.status import Status
from ...types import UNSET, Send, Unset
from . import delete_api_key as _delete_api_key
from . import generate_api_key as _generate_api_key
from . import list_api_keys as _list_api_keys


class ApiKeysApi:
    """The ``api_keys`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def list_api_keys(
        self,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> ListApiKeysResponse:
        """``GET /v1/api-keys``"""
        return await self._send(
            "list_api_keys",
            _list_api_keys._request(
                page_number=page_number,
                page_size=page_size,
            ),
            _list_api_keys._decode,
        )

    async def generate_api_key(
        self,
        *,
        body: GenerateApiKeyRequest,
    ) -> ApiKey:
        """``POST /v1/api-keys``"""
        return await self._send(
            "generate_api_key",
            _generate_api_key._request(
                body=body,
            ),
            _generate_api_key._decode,
        )

    async def delete_api_key(
        self,
        name: str,
    ) -> DeleteApiKeyResponse200:
        """``DELETE /v1/api-keys/{name}``"""
        return await self._send(
            "delete_api_key",
            _delete_api_key._request(
                name=name,
            ),
            _delete_api_key._decode,
        )

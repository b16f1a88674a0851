"""SSH keys of the calling user."""

import datetime
import warnings
from typing import Any, cast

from ...models.empty import Empty
from ...models.list_ssh_keys_response import ListSSHKeysResponse
from ...models.ssh_key import SSHKey
from ...models.status import Status
from ...types import Send
from . import create_ssh_key as _create_ssh_key
from . import delete_ssh_key as _delete_ssh_key
from . import get_ssh_key as _get_ssh_key
from . import list_ssh_keys as _list_ssh_keys


class SSHKeysAPI:
    """SSH keys of the calling user. Reached as ``AsyncCudo.ssh_keys``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def list_ssh_keys(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> ListSSHKeysResponse:
        """List the caller's SSH keys.

        ``GET /v1/ssh-keys``

        Args:
            page_number: Which page to read; AsyncCudo.paginate reads them all. Optional; left out when None.
            page_size: How many items a page holds at most. Optional; left out when None.

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
        """
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
        body: SSHKey,
    ) -> SSHKey:
        """Store a public SSH key for the caller.

        ``POST /v1/ssh-keys``

        Args:
            body: What to create or change.

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
        """
        return await self._send(
            "create_ssh_key",
            _create_ssh_key._request(
                body=body,
            ),
            _create_ssh_key._decode,
        )

    async def get_ssh_key(
        self,
        ssh_key_id: str,
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
        """
        return await self._send(
            "get_ssh_key",
            _get_ssh_key._request(
                ssh_key_id,
            ),
            _get_ssh_key._decode,
        )

    async def delete_ssh_key(
        self,
        ssh_key_id: str,
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
        """
        return await self._send(
            "delete_ssh_key",
            _delete_ssh_key._request(
                ssh_key_id,
            ),
            _delete_ssh_key._decode,
        )

"""Storage disks of a project."""

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models.create_storage_disk_body import CreateStorageDiskBody
from ...models.empty import Empty
from ...models.get_disk_response import GetDiskResponse
from ...models.list_disks_response import ListDisksResponse
from ...models.status import Status
from ...types import Send, SyncSend
from ...types import by_keyword as _by_keyword
from . import create_storage_disk as _create_storage_disk
from . import delete_storage_disk as _delete_storage_disk
from . import get_disk as _get_disk
from . import list_disks as _list_disks
from . import resize_vm_disk as _resize_vm_disk

if TYPE_CHECKING:
    from cudo_async import RetryPolicy


class DisksAPI:
    """Storage disks of a project. Reached as ``AsyncCudo.disks``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    @_by_keyword
    async def list_disks(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        data_center_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListDisksResponse:
        """List the storage disks of a project, optionally in one data center.

        ``GET /v1/projects/{project_id}/disks``

        Args:
            project_id: The project's id.
            page_number: Which page to read; AsyncCudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``. Optional; left out when
                None.

        Returns:
            ListDisksResponse.

        Paginated by numbered pages (``page_number``/``page_size``): ``AsyncCudo.paginate`` yields every item.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
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
            "list_disks",
            _list_disks._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
                data_center_id=data_center_id,
            ),
            _list_disks._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def create_storage_disk(
        self,
        project_id: str,
        *,
        body: CreateStorageDiskBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Create a storage disk that can later be attached to a VM.

        ``POST /v1/projects/{project_id}/disks``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.CreateStorageDiskBody`` (or a mapping of its
                wire form), given by keyword (``body=``): it requires ``data_center_id``, ``id``,
                ``size_gib``; the other fields are optional.

        Returns:
            Empty: an empty answer.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            AlreadyExistsError: a resource with that id exists already.
            FailedPreconditionError: its state does not allow this now.
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
            "create_storage_disk",
            _create_storage_disk._request(
                project_id,
                body=body,
            ),
            _create_storage_disk._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_disk(
        self,
        project_id: str,
        disk_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetDiskResponse:
        """Read one storage disk.

        ``GET /v1/projects/{project_id}/disks/{disk_id}``

        Args:
            project_id: The project's id.
            disk_id: The storage disk's id.

        Returns:
            GetDiskResponse.

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
            "get_disk",
            _get_disk._request(
                project_id,
                disk_id,
            ),
            _get_disk._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def delete_storage_disk(
        self,
        project_id: str,
        disk_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a storage disk; it must not be attached.

        ``DELETE /v1/projects/{project_id}/disks/{disk_id}``

        Args:
            project_id: The project's id.
            disk_id: The storage disk's id.

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
            "delete_storage_disk",
            _delete_storage_disk._request(
                project_id,
                disk_id,
            ),
            _delete_storage_disk._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    async def resize_vm_disk(
        self,
        project_id: str,
        vm_id: str,
        *,
        disk_id: str | None = None,
        size_gib: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Grow one of a VM's disks to a new size in GiB.

        ``PATCH /v1/projects/{project_id}/vms/{vm_id}/disks``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            disk_id: The storage disk's id. Optional; left out when None.
            size_gib: The new size in GiB. Optional; left out when None.

        Returns:
            Empty: an empty answer.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: its state does not allow this now.
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
            "resize_vm_disk",
            _resize_vm_disk._request(
                project_id,
                vm_id,
                disk_id=disk_id,
                size_gib=size_gib,
            ),
            _resize_vm_disk._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )


class DisksSyncAPI:
    """Storage disks of a project. Reached as ``Cudo.disks``; every method is one API call, returning when it is done."""

    __slots__ = ("_send",)
    #: The attribute of a client that holds this namespace.
    TAG = "disks"

    def __init__(self, send: SyncSend) -> None:
        self._send = send

    @_by_keyword
    def list_disks(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        data_center_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListDisksResponse:
        """List the storage disks of a project, optionally in one data center.

        ``GET /v1/projects/{project_id}/disks``

        Args:
            project_id: The project's id.
            page_number: Which page to read; Cudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``. Optional; left out when
                None.

        Returns:
            ListDisksResponse.

        Paginated by numbered pages (``page_number``/``page_size``): ``Cudo.paginate`` yields every item.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
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
            "list_disks",
            _list_disks._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
                data_center_id=data_center_id,
            ),
            _list_disks._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def create_storage_disk(
        self,
        project_id: str,
        *,
        body: CreateStorageDiskBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Create a storage disk that can later be attached to a VM.

        ``POST /v1/projects/{project_id}/disks``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.CreateStorageDiskBody`` (or a mapping of its
                wire form), given by keyword (``body=``): it requires ``data_center_id``, ``id``,
                ``size_gib``; the other fields are optional.

        Returns:
            Empty: an empty answer.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            AlreadyExistsError: a resource with that id exists already.
            FailedPreconditionError: its state does not allow this now.
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
            "create_storage_disk",
            _create_storage_disk._request(
                project_id,
                body=body,
            ),
            _create_storage_disk._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_disk(
        self,
        project_id: str,
        disk_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetDiskResponse:
        """Read one storage disk.

        ``GET /v1/projects/{project_id}/disks/{disk_id}``

        Args:
            project_id: The project's id.
            disk_id: The storage disk's id.

        Returns:
            GetDiskResponse.

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
            "get_disk",
            _get_disk._request(
                project_id,
                disk_id,
            ),
            _get_disk._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def delete_storage_disk(
        self,
        project_id: str,
        disk_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a storage disk; it must not be attached.

        ``DELETE /v1/projects/{project_id}/disks/{disk_id}``

        Args:
            project_id: The project's id.
            disk_id: The storage disk's id.

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
            "delete_storage_disk",
            _delete_storage_disk._request(
                project_id,
                disk_id,
            ),
            _delete_storage_disk._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    def resize_vm_disk(
        self,
        project_id: str,
        vm_id: str,
        *,
        disk_id: str | None = None,
        size_gib: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Grow one of a VM's disks to a new size in GiB.

        ``PATCH /v1/projects/{project_id}/vms/{vm_id}/disks``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            disk_id: The storage disk's id. Optional; left out when None.
            size_gib: The new size in GiB. Optional; left out when None.

        Returns:
            Empty: an empty answer.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            NotFoundError: what the path names does not exist, or the key cannot see it.
            FailedPreconditionError: its state does not allow this now.
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
            "resize_vm_disk",
            _resize_vm_disk._request(
                project_id,
                vm_id,
                disk_id=disk_id,
                size_gib=size_gib,
            ),
            _resize_vm_disk._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

"""S3-compatible object storage: buckets, users and their access keys."""

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models.create_object_storage_user_body import CreateObjectStorageUserBody
from ...models.empty import Empty
from ...models.get_object_storage_session_key_response import GetObjectStorageSessionKeyResponse
from ...models.list_object_storage_buckets_response import ListObjectStorageBucketsResponse
from ...models.list_object_storage_users_response import ListObjectStorageUsersResponse
from ...models.object_storage_bucket import ObjectStorageBucket
from ...models.object_storage_key import ObjectStorageKey
from ...models.object_storage_user import ObjectStorageUser
from ...models.status import Status
from ...types import Send, SyncSend
from ...types import by_keyword as _by_keyword
from . import create_object_storage_user as _create_object_storage_user
from . import delete_object_storage_key as _delete_object_storage_key
from . import delete_object_storage_user as _delete_object_storage_user
from . import generate_object_storage_key as _generate_object_storage_key
from . import get_object_storage_bucket as _get_object_storage_bucket
from . import get_object_storage_session_key as _get_object_storage_session_key
from . import get_object_storage_user as _get_object_storage_user
from . import list_object_storage_buckets as _list_object_storage_buckets
from . import list_object_storage_users as _list_object_storage_users

if TYPE_CHECKING:
    from cudo_async import RetryPolicy


class ObjectStorageAPI:
    """S3-compatible object storage: buckets, users and their access keys. Reached as ``AsyncCudo.object_storage``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    @_by_keyword
    async def list_object_storage_buckets(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListObjectStorageBucketsResponse:
        """List the object storage buckets of a project.

        ``GET /v1/projects/{project_id}/object-storage/buckets``

        Args:
            project_id: The project's id.
            page_number: Which page to read; AsyncCudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListObjectStorageBucketsResponse.

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
            "list_object_storage_buckets",
            _list_object_storage_buckets._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_object_storage_buckets._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_object_storage_bucket(
        self,
        project_id: str,
        data_center_id: str,
        bucket_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ObjectStorageBucket:
        """Read one bucket in a data center.

        ``GET /v1/projects/{project_id}/object-storage/buckets/{data_center_id}/{bucket_id}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            bucket_id: The bucket's id (its name).

        Returns:
            ObjectStorageBucket.

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
            "get_object_storage_bucket",
            _get_object_storage_bucket._request(
                project_id,
                data_center_id,
                bucket_id,
            ),
            _get_object_storage_bucket._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_object_storage_session_key(
        self,
        project_id: str,
        data_center_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetObjectStorageSessionKeyResponse:
        """Get short-lived S3 credentials for a project's storage in a data center.

        ``GET /v1/projects/{project_id}/object-storage/session-key/{data_center_id}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.

        Returns:
            GetObjectStorageSessionKeyResponse.

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
            "get_object_storage_session_key",
            _get_object_storage_session_key._request(
                project_id,
                data_center_id,
            ),
            _get_object_storage_session_key._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_object_storage_users(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListObjectStorageUsersResponse:
        """List the object storage users of a project.

        ``GET /v1/projects/{project_id}/object-storage/users``

        Args:
            project_id: The project's id.
            page_number: Which page to read; AsyncCudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListObjectStorageUsersResponse.

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
            "list_object_storage_users",
            _list_object_storage_users._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_object_storage_users._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def create_object_storage_user(
        self,
        project_id: str,
        data_center_id: str,
        *,
        body: CreateObjectStorageUserBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ObjectStorageUser:
        """Create an object storage user in a data center.

        ``POST /v1/projects/{project_id}/object-storage/users/{data_center_id}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            body: What to create or change. A ``models.CreateObjectStorageUserBody`` (or a mapping
                of its wire form), given by keyword (``body=``): it requires ``id``; the other
                fields are optional.

        Returns:
            ObjectStorageUser.

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
            "create_object_storage_user",
            _create_object_storage_user._request(
                project_id,
                data_center_id,
                body=body,
            ),
            _create_object_storage_user._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_object_storage_user(
        self,
        project_id: str,
        data_center_id: str,
        user_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ObjectStorageUser:
        """Read one object storage user with its keys.

        ``GET /v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            user_id: The object storage user's id.

        Returns:
            ObjectStorageUser.

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
            "get_object_storage_user",
            _get_object_storage_user._request(
                project_id,
                data_center_id,
                user_id,
            ),
            _get_object_storage_user._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def generate_object_storage_key(
        self,
        project_id: str,
        data_center_id: str,
        user_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ObjectStorageKey:
        """Make a new S3 access key for an object storage user; its secret is shown once.

        ``POST /v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            user_id: The object storage user's id.

        Returns:
            ObjectStorageKey.

        Raises:
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
            "generate_object_storage_key",
            _generate_object_storage_key._request(
                project_id,
                data_center_id,
                user_id,
            ),
            _generate_object_storage_key._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def delete_object_storage_user(
        self,
        project_id: str,
        data_center_id: str,
        user_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete an object storage user and its keys.

        ``DELETE /v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            user_id: The object storage user's id.

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
            "delete_object_storage_user",
            _delete_object_storage_user._request(
                project_id,
                data_center_id,
                user_id,
            ),
            _delete_object_storage_user._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    async def delete_object_storage_key(
        self,
        project_id: str,
        data_center_id: str,
        user_id: str,
        access_key: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Revoke one S3 access key of an object storage user.

        ``DELETE /v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}/keys/{access_key}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            user_id: The object storage user's id.
            access_key: The S3 access key id.

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
            "delete_object_storage_key",
            _delete_object_storage_key._request(
                project_id,
                data_center_id,
                user_id,
                access_key,
            ),
            _delete_object_storage_key._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )


class ObjectStorageSyncAPI:
    """S3-compatible object storage: buckets, users and their access keys. Reached as ``Cudo.object_storage``; every method is one API call, returning when it is done."""

    __slots__ = ("_send",)
    #: The attribute of a client that holds this namespace.
    TAG = "object_storage"

    def __init__(self, send: SyncSend) -> None:
        self._send = send

    @_by_keyword
    def list_object_storage_buckets(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListObjectStorageBucketsResponse:
        """List the object storage buckets of a project.

        ``GET /v1/projects/{project_id}/object-storage/buckets``

        Args:
            project_id: The project's id.
            page_number: Which page to read; Cudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListObjectStorageBucketsResponse.

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
            "list_object_storage_buckets",
            _list_object_storage_buckets._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_object_storage_buckets._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_object_storage_bucket(
        self,
        project_id: str,
        data_center_id: str,
        bucket_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ObjectStorageBucket:
        """Read one bucket in a data center.

        ``GET /v1/projects/{project_id}/object-storage/buckets/{data_center_id}/{bucket_id}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            bucket_id: The bucket's id (its name).

        Returns:
            ObjectStorageBucket.

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
            "get_object_storage_bucket",
            _get_object_storage_bucket._request(
                project_id,
                data_center_id,
                bucket_id,
            ),
            _get_object_storage_bucket._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_object_storage_session_key(
        self,
        project_id: str,
        data_center_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetObjectStorageSessionKeyResponse:
        """Get short-lived S3 credentials for a project's storage in a data center.

        ``GET /v1/projects/{project_id}/object-storage/session-key/{data_center_id}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.

        Returns:
            GetObjectStorageSessionKeyResponse.

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
            "get_object_storage_session_key",
            _get_object_storage_session_key._request(
                project_id,
                data_center_id,
            ),
            _get_object_storage_session_key._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_object_storage_users(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListObjectStorageUsersResponse:
        """List the object storage users of a project.

        ``GET /v1/projects/{project_id}/object-storage/users``

        Args:
            project_id: The project's id.
            page_number: Which page to read; Cudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListObjectStorageUsersResponse.

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
            "list_object_storage_users",
            _list_object_storage_users._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_object_storage_users._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def create_object_storage_user(
        self,
        project_id: str,
        data_center_id: str,
        *,
        body: CreateObjectStorageUserBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ObjectStorageUser:
        """Create an object storage user in a data center.

        ``POST /v1/projects/{project_id}/object-storage/users/{data_center_id}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            body: What to create or change. A ``models.CreateObjectStorageUserBody`` (or a mapping
                of its wire form), given by keyword (``body=``): it requires ``id``; the other
                fields are optional.

        Returns:
            ObjectStorageUser.

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
            "create_object_storage_user",
            _create_object_storage_user._request(
                project_id,
                data_center_id,
                body=body,
            ),
            _create_object_storage_user._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_object_storage_user(
        self,
        project_id: str,
        data_center_id: str,
        user_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ObjectStorageUser:
        """Read one object storage user with its keys.

        ``GET /v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            user_id: The object storage user's id.

        Returns:
            ObjectStorageUser.

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
            "get_object_storage_user",
            _get_object_storage_user._request(
                project_id,
                data_center_id,
                user_id,
            ),
            _get_object_storage_user._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def generate_object_storage_key(
        self,
        project_id: str,
        data_center_id: str,
        user_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ObjectStorageKey:
        """Make a new S3 access key for an object storage user; its secret is shown once.

        ``POST /v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            user_id: The object storage user's id.

        Returns:
            ObjectStorageKey.

        Raises:
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
            "generate_object_storage_key",
            _generate_object_storage_key._request(
                project_id,
                data_center_id,
                user_id,
            ),
            _generate_object_storage_key._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def delete_object_storage_user(
        self,
        project_id: str,
        data_center_id: str,
        user_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete an object storage user and its keys.

        ``DELETE /v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            user_id: The object storage user's id.

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
            "delete_object_storage_user",
            _delete_object_storage_user._request(
                project_id,
                data_center_id,
                user_id,
            ),
            _delete_object_storage_user._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    def delete_object_storage_key(
        self,
        project_id: str,
        data_center_id: str,
        user_id: str,
        access_key: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Revoke one S3 access key of an object storage user.

        ``DELETE /v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}/keys/{access_key}``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            user_id: The object storage user's id.
            access_key: The S3 access key id.

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
            "delete_object_storage_key",
            _delete_object_storage_key._request(
                project_id,
                data_center_id,
                user_id,
                access_key,
            ),
            _delete_object_storage_key._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

"""Private VM images of a project, and the public images every project can boot."""

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models.create_private_vm_image_response import CreatePrivateVMImageResponse
from ...models.empty import Empty
from ...models.get_private_vm_image_response import GetPrivateVMImageResponse
from ...models.list_private_vm_images_response import ListPrivateVMImagesResponse
from ...models.list_public_vm_images_response import ListPublicVMImagesResponse
from ...models.status import Status
from ...types import Send, SyncSend
from ...types import by_keyword as _by_keyword
from . import create_private_vm_image as _create_private_vm_image
from . import delete_private_vm_image as _delete_private_vm_image
from . import get_private_vm_image as _get_private_vm_image
from . import list_private_vm_images as _list_private_vm_images
from . import list_public_vm_images as _list_public_vm_images
from . import update_private_vm_image as _update_private_vm_image

if TYPE_CHECKING:
    from cudo_async import RetryPolicy


class ImagesAPI:
    """Private VM images of a project, and the public images every project can boot. Reached as ``AsyncCudo.images``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    @_by_keyword
    async def list_private_vm_images(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListPrivateVMImagesResponse:
        """List the private images a project made from its VMs.

        ``GET /v1/projects/{project_id}/images``

        Args:
            project_id: The project's id.
            page_number: Which page to read; AsyncCudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListPrivateVMImagesResponse.

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
            "list_private_vm_images",
            _list_private_vm_images._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_private_vm_images._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def create_private_vm_image(
        self,
        project_id: str,
        *,
        vm_id: str,
        id: str,
        description: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreatePrivateVMImageResponse:
        """Make a private image from a VM's boot disk.

        ``POST /v1/projects/{project_id}/images``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            id: The id to give the new resource, or to look for.
            description: A free-text description. Optional; left out when None.

        Returns:
            CreatePrivateVMImageResponse.

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
            "create_private_vm_image",
            _create_private_vm_image._request(
                project_id,
                vm_id=vm_id,
                id=id,
                description=description,
            ),
            _create_private_vm_image._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_private_vm_image(
        self,
        project_id: str,
        image_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetPrivateVMImageResponse:
        """Read one private image.

        ``GET /v1/projects/{project_id}/images/{image_id}``

        Args:
            project_id: The project's id.
            image_id: The private image's id.

        Returns:
            GetPrivateVMImageResponse.

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
            "get_private_vm_image",
            _get_private_vm_image._request(
                project_id,
                image_id,
            ),
            _get_private_vm_image._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def update_private_vm_image(
        self,
        project_id: str,
        image_id: str,
        *,
        description: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Change a private image's description.

        ``POST /v1/projects/{project_id}/images/{image_id}``

        Args:
            project_id: The project's id.
            image_id: The private image's id.
            description: A free-text description. Optional; left out when None.

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
            "update_private_vm_image",
            _update_private_vm_image._request(
                project_id,
                image_id,
                description=description,
            ),
            _update_private_vm_image._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def delete_private_vm_image(
        self,
        project_id: str,
        image_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a private image.

        ``DELETE /v1/projects/{project_id}/images/{image_id}``

        Args:
            project_id: The project's id.
            image_id: The private image's id.

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
            "delete_private_vm_image",
            _delete_private_vm_image._request(
                project_id,
                image_id,
            ),
            _delete_private_vm_image._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    async def list_public_vm_images(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListPublicVMImagesResponse:
        """List the operating system images every project can boot a VM from.

        ``GET /v1/vms/public-images``

        Returns:
            ListPublicVMImagesResponse.

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
            "list_public_vm_images",
            _list_public_vm_images._request(),
            _list_public_vm_images._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )


class ImagesSyncAPI:
    """Private VM images of a project, and the public images every project can boot. Reached as ``Cudo.images``; every method is one API call, returning when it is done."""

    __slots__ = ("_send",)
    #: The attribute of a client that holds this namespace.
    TAG = "images"

    def __init__(self, send: SyncSend) -> None:
        self._send = send

    @_by_keyword
    def list_private_vm_images(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListPrivateVMImagesResponse:
        """List the private images a project made from its VMs.

        ``GET /v1/projects/{project_id}/images``

        Args:
            project_id: The project's id.
            page_number: Which page to read; Cudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListPrivateVMImagesResponse.

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
            "list_private_vm_images",
            _list_private_vm_images._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_private_vm_images._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def create_private_vm_image(
        self,
        project_id: str,
        *,
        vm_id: str,
        id: str,
        description: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreatePrivateVMImageResponse:
        """Make a private image from a VM's boot disk.

        ``POST /v1/projects/{project_id}/images``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            id: The id to give the new resource, or to look for.
            description: A free-text description. Optional; left out when None.

        Returns:
            CreatePrivateVMImageResponse.

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
            "create_private_vm_image",
            _create_private_vm_image._request(
                project_id,
                vm_id=vm_id,
                id=id,
                description=description,
            ),
            _create_private_vm_image._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_private_vm_image(
        self,
        project_id: str,
        image_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetPrivateVMImageResponse:
        """Read one private image.

        ``GET /v1/projects/{project_id}/images/{image_id}``

        Args:
            project_id: The project's id.
            image_id: The private image's id.

        Returns:
            GetPrivateVMImageResponse.

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
            "get_private_vm_image",
            _get_private_vm_image._request(
                project_id,
                image_id,
            ),
            _get_private_vm_image._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def update_private_vm_image(
        self,
        project_id: str,
        image_id: str,
        *,
        description: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Change a private image's description.

        ``POST /v1/projects/{project_id}/images/{image_id}``

        Args:
            project_id: The project's id.
            image_id: The private image's id.
            description: A free-text description. Optional; left out when None.

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
            "update_private_vm_image",
            _update_private_vm_image._request(
                project_id,
                image_id,
                description=description,
            ),
            _update_private_vm_image._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def delete_private_vm_image(
        self,
        project_id: str,
        image_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a private image.

        ``DELETE /v1/projects/{project_id}/images/{image_id}``

        Args:
            project_id: The project's id.
            image_id: The private image's id.

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
            "delete_private_vm_image",
            _delete_private_vm_image._request(
                project_id,
                image_id,
            ),
            _delete_private_vm_image._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    def list_public_vm_images(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListPublicVMImagesResponse:
        """List the operating system images every project can boot a VM from.

        ``GET /v1/vms/public-images``

        Returns:
            ListPublicVMImagesResponse.

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
            "list_public_vm_images",
            _list_public_vm_images._request(),
            _list_public_vm_images._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

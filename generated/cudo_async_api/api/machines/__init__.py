"""Bare-metal machines of a project, their types and operating systems."""

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models.create_machine_body import CreateMachineBody
from ...models.deploy_machine_os_body import DeployMachineOSBody
from ...models.empty import Empty
from ...models.list_machine_operating_systems_response import ListMachineOperatingSystemsResponse
from ...models.list_machine_types_response import ListMachineTypesResponse
from ...models.list_machines_response import ListMachinesResponse
from ...models.machine import Machine
from ...models.status import Status
from ...models.update_machine_body import UpdateMachineBody
from ...types import Send, SyncSend
from ...types import by_keyword as _by_keyword
from . import create_machine as _create_machine
from . import delete_machine as _delete_machine
from . import deploy_machine_os as _deploy_machine_os
from . import get_machine as _get_machine
from . import list_machine_operating_systems as _list_machine_operating_systems
from . import list_machine_types as _list_machine_types
from . import list_machines as _list_machines
from . import update_machine as _update_machine

if TYPE_CHECKING:
    from cudo_async import RetryPolicy


class MachinesAPI:
    """Bare-metal machines of a project, their types and operating systems. Reached as ``AsyncCudo.machines``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    @_by_keyword
    async def list_machine_types(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        project_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListMachineTypesResponse:
        """List the bare-metal machine types on offer.

        ``GET /v1/machines-types``

        Args:
            page_number: Which page to read; AsyncCudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.
            project_id: The project's id. Optional; left out when None.

        Returns:
            ListMachineTypesResponse.

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
            "list_machine_types",
            _list_machine_types._request(
                page_number=page_number,
                page_size=page_size,
                project_id=project_id,
            ),
            _list_machine_types._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_machine_operating_systems(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListMachineOperatingSystemsResponse:
        """List the operating systems a bare-metal machine can be deployed with.

        ``GET /v1/machines/operating-systems``

        Returns:
            ListMachineOperatingSystemsResponse.

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
            "list_machine_operating_systems",
            _list_machine_operating_systems._request(),
            _list_machine_operating_systems._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_machines(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListMachinesResponse:
        """List the bare-metal machines of a project.

        ``GET /v1/projects/{project_id}/machines``

        Args:
            project_id: The project's id.
            page_number: Which page to read; AsyncCudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListMachinesResponse.

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
            "list_machines",
            _list_machines._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_machines._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def create_machine(
        self,
        project_id: str,
        *,
        body: CreateMachineBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Machine:
        """Order a bare-metal machine.

        ``POST /v1/projects/{project_id}/machines``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.CreateMachineBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``data_center_id``, ``id``,
                ``machine_type_id``, ``os``; the other fields are optional.

        Returns:
            Machine.

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
            "create_machine",
            _create_machine._request(
                project_id,
                body=body,
            ),
            _create_machine._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_machine(
        self,
        project_id: str,
        machine_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Machine:
        """Read one bare-metal machine.

        ``GET /v1/projects/{project_id}/machines/{machine_id}``

        Args:
            project_id: The project's id.
            machine_id: The bare-metal machine's id.

        Returns:
            Machine.

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
            "get_machine",
            _get_machine._request(
                project_id,
                machine_id,
            ),
            _get_machine._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def delete_machine(
        self,
        project_id: str,
        machine_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Release a bare-metal machine.

        ``DELETE /v1/projects/{project_id}/machines/{machine_id}``

        Args:
            project_id: The project's id.
            machine_id: The bare-metal machine's id.

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
            "delete_machine",
            _delete_machine._request(
                project_id,
                machine_id,
            ),
            _delete_machine._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    async def update_machine(
        self,
        project_id: str,
        machine_id: str,
        *,
        body: UpdateMachineBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Machine:
        """Change the settings of a bare-metal machine.

        ``PATCH /v1/projects/{project_id}/machines/{machine_id}``

        Args:
            project_id: The project's id.
            machine_id: The bare-metal machine's id.
            body: What to create or change. A ``models.UpdateMachineBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``data_center_id``,
                ``machine_type_id``, ``os``; the other fields are optional.

        Returns:
            Machine.

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
            "update_machine",
            _update_machine._request(
                project_id,
                machine_id,
                body=body,
            ),
            _update_machine._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def deploy_machine_os(
        self,
        project_id: str,
        machine_id: str,
        *,
        body: DeployMachineOSBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Install an operating system on a bare-metal machine.

        ``POST /v1/projects/{project_id}/machines/{machine_id}/deploy``

        Args:
            project_id: The project's id.
            machine_id: The bare-metal machine's id.
            body: What to create or change. A ``models.DeployMachineOSBody`` (or a mapping of its
                wire form), given by keyword (``body=``): it requires ``os``; the other fields are
                optional.

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
            "deploy_machine_os",
            _deploy_machine_os._request(
                project_id,
                machine_id,
                body=body,
            ),
            _deploy_machine_os._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )


class MachinesSyncAPI:
    """Bare-metal machines of a project, their types and operating systems. Reached as ``Cudo.machines``; every method is one API call, returning when it is done."""

    __slots__ = ("_send",)
    #: The attribute of a client that holds this namespace.
    TAG = "machines"

    def __init__(self, send: SyncSend) -> None:
        self._send = send

    @_by_keyword
    def list_machine_types(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        project_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListMachineTypesResponse:
        """List the bare-metal machine types on offer.

        ``GET /v1/machines-types``

        Args:
            page_number: Which page to read; Cudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.
            project_id: The project's id. Optional; left out when None.

        Returns:
            ListMachineTypesResponse.

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
            "list_machine_types",
            _list_machine_types._request(
                page_number=page_number,
                page_size=page_size,
                project_id=project_id,
            ),
            _list_machine_types._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_machine_operating_systems(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListMachineOperatingSystemsResponse:
        """List the operating systems a bare-metal machine can be deployed with.

        ``GET /v1/machines/operating-systems``

        Returns:
            ListMachineOperatingSystemsResponse.

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
            "list_machine_operating_systems",
            _list_machine_operating_systems._request(),
            _list_machine_operating_systems._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_machines(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListMachinesResponse:
        """List the bare-metal machines of a project.

        ``GET /v1/projects/{project_id}/machines``

        Args:
            project_id: The project's id.
            page_number: Which page to read; Cudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListMachinesResponse.

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
            "list_machines",
            _list_machines._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_machines._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def create_machine(
        self,
        project_id: str,
        *,
        body: CreateMachineBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Machine:
        """Order a bare-metal machine.

        ``POST /v1/projects/{project_id}/machines``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.CreateMachineBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``data_center_id``, ``id``,
                ``machine_type_id``, ``os``; the other fields are optional.

        Returns:
            Machine.

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
            "create_machine",
            _create_machine._request(
                project_id,
                body=body,
            ),
            _create_machine._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_machine(
        self,
        project_id: str,
        machine_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Machine:
        """Read one bare-metal machine.

        ``GET /v1/projects/{project_id}/machines/{machine_id}``

        Args:
            project_id: The project's id.
            machine_id: The bare-metal machine's id.

        Returns:
            Machine.

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
            "get_machine",
            _get_machine._request(
                project_id,
                machine_id,
            ),
            _get_machine._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def delete_machine(
        self,
        project_id: str,
        machine_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Release a bare-metal machine.

        ``DELETE /v1/projects/{project_id}/machines/{machine_id}``

        Args:
            project_id: The project's id.
            machine_id: The bare-metal machine's id.

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
            "delete_machine",
            _delete_machine._request(
                project_id,
                machine_id,
            ),
            _delete_machine._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    def update_machine(
        self,
        project_id: str,
        machine_id: str,
        *,
        body: UpdateMachineBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Machine:
        """Change the settings of a bare-metal machine.

        ``PATCH /v1/projects/{project_id}/machines/{machine_id}``

        Args:
            project_id: The project's id.
            machine_id: The bare-metal machine's id.
            body: What to create or change. A ``models.UpdateMachineBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``data_center_id``,
                ``machine_type_id``, ``os``; the other fields are optional.

        Returns:
            Machine.

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
            "update_machine",
            _update_machine._request(
                project_id,
                machine_id,
                body=body,
            ),
            _update_machine._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def deploy_machine_os(
        self,
        project_id: str,
        machine_id: str,
        *,
        body: DeployMachineOSBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Install an operating system on a bare-metal machine.

        ``POST /v1/projects/{project_id}/machines/{machine_id}/deploy``

        Args:
            project_id: The project's id.
            machine_id: The bare-metal machine's id.
            body: What to create or change. A ``models.DeployMachineOSBody`` (or a mapping of its
                wire form), given by keyword (``body=``): it requires ``os``; the other fields are
                optional.

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
            "deploy_machine_os",
            _deploy_machine_os._request(
                project_id,
                machine_id,
                body=body,
            ),
            _deploy_machine_os._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

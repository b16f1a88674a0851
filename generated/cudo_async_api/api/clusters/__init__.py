"""Bare-metal clusters, their machines and the machine types they can use."""

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models.cluster import Cluster
from ...models.cluster_machine import ClusterMachine
from ...models.create_cluster_body import CreateClusterBody
from ...models.empty import Empty
from ...models.get_cluster_machine_type_response import GetClusterMachineTypeResponse
from ...models.list_cluster_machine_types_response import ListClusterMachineTypesResponse
from ...models.list_clusters_response import ListClustersResponse
from ...models.status import Status
from ...models.update_cluster_body import UpdateClusterBody
from ...models.update_cluster_machine_body import UpdateClusterMachineBody
from ...types import Send, SyncSend
from ...types import by_keyword as _by_keyword
from . import create_cluster as _create_cluster
from . import delete_cluster as _delete_cluster
from . import delete_cluster_machine as _delete_cluster_machine
from . import get_cluster as _get_cluster
from . import get_cluster_machine_type as _get_cluster_machine_type
from . import list_cluster_machine_types as _list_cluster_machine_types
from . import list_clusters as _list_clusters
from . import reboot_cluster_machine as _reboot_cluster_machine
from . import rename_cluster_machine as _rename_cluster_machine
from . import update_cluster as _update_cluster
from . import update_cluster_machine as _update_cluster_machine

if TYPE_CHECKING:
    from cudo_async import RetryPolicy


class ClustersAPI:
    """Bare-metal clusters, their machines and the machine types they can use. Reached as ``AsyncCudo.clusters``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    @_by_keyword
    async def get_cluster_machine_type(
        self,
        data_center_id: str,
        machine_type_id: str,
        *,
        project_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetClusterMachineTypeResponse:
        """Read one cluster machine type in a data center, with its prices.

        ``GET /v1/clusters/data-centers/{data_center_id}/machine-types/{machine_type_id}``

        Args:
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            machine_type_id: The machine type's id.
            project_id: The project's id. Optional; left out when None.

        Returns:
            GetClusterMachineTypeResponse.

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
            "get_cluster_machine_type",
            _get_cluster_machine_type._request(
                data_center_id,
                machine_type_id,
                project_id=project_id,
            ),
            _get_cluster_machine_type._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_cluster_machine_types(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        project_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListClusterMachineTypesResponse:
        """List the machine types a cluster can be built from.

        ``GET /v1/clusters/machine-types``

        Args:
            page_number: Which page to read; AsyncCudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.
            project_id: The project's id. Optional; left out when None.

        Returns:
            ListClusterMachineTypesResponse.

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
            "list_cluster_machine_types",
            _list_cluster_machine_types._request(
                page_number=page_number,
                page_size=page_size,
                project_id=project_id,
            ),
            _list_cluster_machine_types._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def delete_cluster_machine(
        self,
        project_id: str,
        cluster_machine_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Remove one machine from a cluster.

        ``DELETE /v1/projects/{project_id}/cluster-machines/{cluster_machine_id}``

        Args:
            project_id: The project's id.
            cluster_machine_id: The cluster machine's id.

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
            "delete_cluster_machine",
            _delete_cluster_machine._request(
                project_id,
                cluster_machine_id,
            ),
            _delete_cluster_machine._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    async def update_cluster_machine(
        self,
        project_id: str,
        cluster_machine_id: str,
        *,
        body: UpdateClusterMachineBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ClusterMachine:
        """Change the settings of one cluster machine.

        ``PATCH /v1/projects/{project_id}/cluster-machines/{cluster_machine_id}``

        Args:
            project_id: The project's id.
            cluster_machine_id: The cluster machine's id.
            body: What to create or change. A ``models.UpdateClusterMachineBody`` (or a mapping of
                its wire form), given by keyword (``body=``): every field is optional.

        Returns:
            ClusterMachine.

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
            "update_cluster_machine",
            _update_cluster_machine._request(
                project_id,
                cluster_machine_id,
                body=body,
            ),
            _update_cluster_machine._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def reboot_cluster_machine(
        self,
        project_id: str,
        cluster_machine_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Restart one cluster machine.

        ``POST /v1/projects/{project_id}/cluster-machines/{cluster_machine_id}:reboot``

        Args:
            project_id: The project's id.
            cluster_machine_id: The cluster machine's id.

        Returns:
            Empty: an empty answer.

        Raises:
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
            "reboot_cluster_machine",
            _reboot_cluster_machine._request(
                project_id,
                cluster_machine_id,
            ),
            _reboot_cluster_machine._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def rename_cluster_machine(
        self,
        project_id: str,
        cluster_machine_id: str,
        *,
        new_id: str,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Give a cluster machine a new id.

        ``POST /v1/projects/{project_id}/cluster-machines/{cluster_machine_id}:rename``

        Args:
            project_id: The project's id.
            cluster_machine_id: The cluster machine's id.
            new_id: The new id.

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
            "rename_cluster_machine",
            _rename_cluster_machine._request(
                project_id,
                cluster_machine_id,
                new_id=new_id,
            ),
            _rename_cluster_machine._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_clusters(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListClustersResponse:
        """List the clusters of a project.

        ``GET /v1/projects/{project_id}/clusters``

        Args:
            project_id: The project's id.
            page_number: Which page to read; AsyncCudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListClustersResponse.

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
            "list_clusters",
            _list_clusters._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_clusters._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def create_cluster(
        self,
        project_id: str,
        *,
        body: CreateClusterBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Create a cluster; it is ready once its state says so.

        ``POST /v1/projects/{project_id}/clusters``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.CreateClusterBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``data_center_id``, ``id``,
                ``machine_count``, ``machine_type_id``; the other fields are optional.

        Returns:
            Cluster.

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
            "create_cluster",
            _create_cluster._request(
                project_id,
                body=body,
            ),
            _create_cluster._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_cluster(
        self,
        project_id: str,
        cluster_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Read one cluster.

        ``GET /v1/projects/{project_id}/clusters/{cluster_id}``

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.

        Returns:
            Cluster.

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
            "get_cluster",
            _get_cluster._request(
                project_id,
                cluster_id,
            ),
            _get_cluster._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def delete_cluster(
        self,
        project_id: str,
        cluster_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a cluster and its machines.

        ``DELETE /v1/projects/{project_id}/clusters/{cluster_id}``

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.

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
            "delete_cluster",
            _delete_cluster._request(
                project_id,
                cluster_id,
            ),
            _delete_cluster._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    async def update_cluster(
        self,
        project_id: str,
        cluster_id: str,
        *,
        body: UpdateClusterBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Change the settings of a cluster.

        ``PATCH /v1/projects/{project_id}/clusters/{cluster_id}``

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.
            body: What to create or change. A ``models.UpdateClusterBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``data_center_id``,
                ``machine_count``, ``machine_type_id``; the other fields are optional.

        Returns:
            Cluster.

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
            "update_cluster",
            _update_cluster._request(
                project_id,
                cluster_id,
                body=body,
            ),
            _update_cluster._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )


class ClustersSyncAPI:
    """Bare-metal clusters, their machines and the machine types they can use. Reached as ``Cudo.clusters``; every method is one API call, returning when it is done."""

    __slots__ = ("_send",)
    #: The attribute of a client that holds this namespace.
    TAG = "clusters"

    def __init__(self, send: SyncSend) -> None:
        self._send = send

    @_by_keyword
    def get_cluster_machine_type(
        self,
        data_center_id: str,
        machine_type_id: str,
        *,
        project_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetClusterMachineTypeResponse:
        """Read one cluster machine type in a data center, with its prices.

        ``GET /v1/clusters/data-centers/{data_center_id}/machine-types/{machine_type_id}``

        Args:
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            machine_type_id: The machine type's id.
            project_id: The project's id. Optional; left out when None.

        Returns:
            GetClusterMachineTypeResponse.

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
            "get_cluster_machine_type",
            _get_cluster_machine_type._request(
                data_center_id,
                machine_type_id,
                project_id=project_id,
            ),
            _get_cluster_machine_type._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_cluster_machine_types(
        self,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        project_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListClusterMachineTypesResponse:
        """List the machine types a cluster can be built from.

        ``GET /v1/clusters/machine-types``

        Args:
            page_number: Which page to read; Cudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.
            project_id: The project's id. Optional; left out when None.

        Returns:
            ListClusterMachineTypesResponse.

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
            "list_cluster_machine_types",
            _list_cluster_machine_types._request(
                page_number=page_number,
                page_size=page_size,
                project_id=project_id,
            ),
            _list_cluster_machine_types._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def delete_cluster_machine(
        self,
        project_id: str,
        cluster_machine_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Remove one machine from a cluster.

        ``DELETE /v1/projects/{project_id}/cluster-machines/{cluster_machine_id}``

        Args:
            project_id: The project's id.
            cluster_machine_id: The cluster machine's id.

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
            "delete_cluster_machine",
            _delete_cluster_machine._request(
                project_id,
                cluster_machine_id,
            ),
            _delete_cluster_machine._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    def update_cluster_machine(
        self,
        project_id: str,
        cluster_machine_id: str,
        *,
        body: UpdateClusterMachineBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ClusterMachine:
        """Change the settings of one cluster machine.

        ``PATCH /v1/projects/{project_id}/cluster-machines/{cluster_machine_id}``

        Args:
            project_id: The project's id.
            cluster_machine_id: The cluster machine's id.
            body: What to create or change. A ``models.UpdateClusterMachineBody`` (or a mapping of
                its wire form), given by keyword (``body=``): every field is optional.

        Returns:
            ClusterMachine.

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
            "update_cluster_machine",
            _update_cluster_machine._request(
                project_id,
                cluster_machine_id,
                body=body,
            ),
            _update_cluster_machine._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def reboot_cluster_machine(
        self,
        project_id: str,
        cluster_machine_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Restart one cluster machine.

        ``POST /v1/projects/{project_id}/cluster-machines/{cluster_machine_id}:reboot``

        Args:
            project_id: The project's id.
            cluster_machine_id: The cluster machine's id.

        Returns:
            Empty: an empty answer.

        Raises:
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
            "reboot_cluster_machine",
            _reboot_cluster_machine._request(
                project_id,
                cluster_machine_id,
            ),
            _reboot_cluster_machine._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def rename_cluster_machine(
        self,
        project_id: str,
        cluster_machine_id: str,
        *,
        new_id: str,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Give a cluster machine a new id.

        ``POST /v1/projects/{project_id}/cluster-machines/{cluster_machine_id}:rename``

        Args:
            project_id: The project's id.
            cluster_machine_id: The cluster machine's id.
            new_id: The new id.

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
            "rename_cluster_machine",
            _rename_cluster_machine._request(
                project_id,
                cluster_machine_id,
                new_id=new_id,
            ),
            _rename_cluster_machine._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_clusters(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListClustersResponse:
        """List the clusters of a project.

        ``GET /v1/projects/{project_id}/clusters``

        Args:
            project_id: The project's id.
            page_number: Which page to read; Cudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListClustersResponse.

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
            "list_clusters",
            _list_clusters._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_clusters._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def create_cluster(
        self,
        project_id: str,
        *,
        body: CreateClusterBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Create a cluster; it is ready once its state says so.

        ``POST /v1/projects/{project_id}/clusters``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.CreateClusterBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``data_center_id``, ``id``,
                ``machine_count``, ``machine_type_id``; the other fields are optional.

        Returns:
            Cluster.

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
            "create_cluster",
            _create_cluster._request(
                project_id,
                body=body,
            ),
            _create_cluster._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_cluster(
        self,
        project_id: str,
        cluster_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Read one cluster.

        ``GET /v1/projects/{project_id}/clusters/{cluster_id}``

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.

        Returns:
            Cluster.

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
            "get_cluster",
            _get_cluster._request(
                project_id,
                cluster_id,
            ),
            _get_cluster._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def delete_cluster(
        self,
        project_id: str,
        cluster_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a cluster and its machines.

        ``DELETE /v1/projects/{project_id}/clusters/{cluster_id}``

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.

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
            "delete_cluster",
            _delete_cluster._request(
                project_id,
                cluster_id,
            ),
            _delete_cluster._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    def update_cluster(
        self,
        project_id: str,
        cluster_id: str,
        *,
        body: UpdateClusterBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Cluster:
        """Change the settings of a cluster.

        ``PATCH /v1/projects/{project_id}/clusters/{cluster_id}``

        Args:
            project_id: The project's id.
            cluster_id: The cluster's id.
            body: What to create or change. A ``models.UpdateClusterBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``data_center_id``,
                ``machine_count``, ``machine_type_id``; the other fields are optional.

        Returns:
            Cluster.

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
            "update_cluster",
            _update_cluster._request(
                project_id,
                cluster_id,
                body=body,
            ),
            _update_cluster._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

"""Private networks and security groups of a project."""

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models.create_network_body import CreateNetworkBody
from ...models.create_security_group_body import CreateSecurityGroupBody
from ...models.empty import Empty
from ...models.list_networks_response import ListNetworksResponse
from ...models.list_security_groups_response import ListSecurityGroupsResponse
from ...models.network import Network
from ...models.security_group import SecurityGroup
from ...models.status import Status
from ...models.update_security_group_body import UpdateSecurityGroupBody
from ...types import Send, SyncSend
from ...types import by_keyword as _by_keyword
from . import create_network as _create_network
from . import create_security_group as _create_security_group
from . import delete_network as _delete_network
from . import delete_security_group as _delete_security_group
from . import get_network as _get_network
from . import get_security_group as _get_security_group
from . import list_networks as _list_networks
from . import list_security_groups as _list_security_groups
from . import start_network as _start_network
from . import stop_network as _stop_network
from . import update_security_group as _update_security_group

if TYPE_CHECKING:
    from cudo_async import RetryPolicy


class NetworksAPI:
    """Private networks and security groups of a project. Reached as ``AsyncCudo.networks``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    @_by_keyword
    async def list_networks(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListNetworksResponse:
        """List the private networks of a project.

        ``GET /v1/projects/{project_id}/networks``

        Args:
            project_id: The project's id.
            page_number: Which page to read; AsyncCudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListNetworksResponse.

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
            "list_networks",
            _list_networks._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_networks._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def create_network(
        self,
        project_id: str,
        *,
        body: CreateNetworkBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Network:
        """Create a private network in a data center.

        ``POST /v1/projects/{project_id}/networks``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.CreateNetworkBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``data_center_id``, ``id``,
                ``ip_range``; the other fields are optional.

        Returns:
            Network.

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
            "create_network",
            _create_network._request(
                project_id,
                body=body,
            ),
            _create_network._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_network(
        self,
        project_id: str,
        network_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Network:
        """Read one private network.

        ``GET /v1/projects/{project_id}/networks/{network_id}``

        Args:
            project_id: The project's id.
            network_id: The network's id.

        Returns:
            Network.

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
            "get_network",
            _get_network._request(
                project_id,
                network_id,
            ),
            _get_network._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def delete_network(
        self,
        project_id: str,
        network_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a private network; no VM may use it.

        ``DELETE /v1/projects/{project_id}/networks/{network_id}``

        Args:
            project_id: The project's id.
            network_id: The network's id.

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
            "delete_network",
            _delete_network._request(
                project_id,
                network_id,
            ),
            _delete_network._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    async def start_network(
        self,
        project_id: str,
        network_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Start a stopped network's router.

        ``POST /v1/projects/{project_id}/networks/{network_id}/start``

        Args:
            project_id: The project's id.
            network_id: The network's id.

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
            "start_network",
            _start_network._request(
                project_id,
                network_id,
            ),
            _start_network._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def stop_network(
        self,
        project_id: str,
        network_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Stop a network's router (and stop paying for it).

        ``POST /v1/projects/{project_id}/networks/{network_id}/stop``

        Args:
            project_id: The project's id.
            network_id: The network's id.

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
            "stop_network",
            _stop_network._request(
                project_id,
                network_id,
            ),
            _stop_network._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_security_groups(
        self,
        project_id: str,
        *,
        data_center_id: str | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListSecurityGroupsResponse:
        """List the security groups of a project, optionally in one data center.

        ``GET /v1/projects/{project_id}/security-groups``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``. Optional; left out when
                None.
            page_number: Which page to read; AsyncCudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListSecurityGroupsResponse.

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
            "list_security_groups",
            _list_security_groups._request(
                project_id,
                data_center_id=data_center_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_security_groups._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def create_security_group(
        self,
        project_id: str,
        *,
        body: CreateSecurityGroupBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SecurityGroup:
        """Create a security group: firewall rules that VMs can share.

        ``POST /v1/projects/{project_id}/security-groups``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.CreateSecurityGroupBody`` (or a mapping of
                its wire form), given by keyword (``body=``): it requires ``data_center_id``,
                ``id``; the other fields are optional.

        Returns:
            SecurityGroup.

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
            "create_security_group",
            _create_security_group._request(
                project_id,
                body=body,
            ),
            _create_security_group._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_security_group(
        self,
        project_id: str,
        security_group_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SecurityGroup:
        """Read one security group with its rules.

        ``GET /v1/projects/{project_id}/security-groups/{security_group_id}``

        Args:
            project_id: The project's id.
            security_group_id: The security group's id.

        Returns:
            SecurityGroup.

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
            "get_security_group",
            _get_security_group._request(
                project_id,
                security_group_id,
            ),
            _get_security_group._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def delete_security_group(
        self,
        project_id: str,
        security_group_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a security group.

        ``DELETE /v1/projects/{project_id}/security-groups/{security_group_id}``

        Args:
            project_id: The project's id.
            security_group_id: The security group's id.

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
            "delete_security_group",
            _delete_security_group._request(
                project_id,
                security_group_id,
            ),
            _delete_security_group._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    async def update_security_group(
        self,
        project_id: str,
        security_group_id: str,
        *,
        body: UpdateSecurityGroupBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SecurityGroup:
        """Replace a security group's rules or description.

        ``PATCH /v1/projects/{project_id}/security-groups/{security_group_id}``

        Args:
            project_id: The project's id.
            security_group_id: The security group's id.
            body: What to create or change. A ``models.UpdateSecurityGroupBody`` (or a mapping of
                its wire form), given by keyword (``body=``): it requires ``data_center_id``; the
                other fields are optional.

        Returns:
            SecurityGroup.

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
            "update_security_group",
            _update_security_group._request(
                project_id,
                security_group_id,
                body=body,
            ),
            _update_security_group._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )


class NetworksSyncAPI:
    """Private networks and security groups of a project. Reached as ``Cudo.networks``; every method is one API call, returning when it is done."""

    __slots__ = ("_send",)
    #: The attribute of a client that holds this namespace.
    TAG = "networks"

    def __init__(self, send: SyncSend) -> None:
        self._send = send

    @_by_keyword
    def list_networks(
        self,
        project_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListNetworksResponse:
        """List the private networks of a project.

        ``GET /v1/projects/{project_id}/networks``

        Args:
            project_id: The project's id.
            page_number: Which page to read; Cudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListNetworksResponse.

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
            "list_networks",
            _list_networks._request(
                project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_networks._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def create_network(
        self,
        project_id: str,
        *,
        body: CreateNetworkBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Network:
        """Create a private network in a data center.

        ``POST /v1/projects/{project_id}/networks``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.CreateNetworkBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``data_center_id``, ``id``,
                ``ip_range``; the other fields are optional.

        Returns:
            Network.

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
            "create_network",
            _create_network._request(
                project_id,
                body=body,
            ),
            _create_network._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_network(
        self,
        project_id: str,
        network_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Network:
        """Read one private network.

        ``GET /v1/projects/{project_id}/networks/{network_id}``

        Args:
            project_id: The project's id.
            network_id: The network's id.

        Returns:
            Network.

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
            "get_network",
            _get_network._request(
                project_id,
                network_id,
            ),
            _get_network._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def delete_network(
        self,
        project_id: str,
        network_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a private network; no VM may use it.

        ``DELETE /v1/projects/{project_id}/networks/{network_id}``

        Args:
            project_id: The project's id.
            network_id: The network's id.

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
            "delete_network",
            _delete_network._request(
                project_id,
                network_id,
            ),
            _delete_network._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    def start_network(
        self,
        project_id: str,
        network_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Start a stopped network's router.

        ``POST /v1/projects/{project_id}/networks/{network_id}/start``

        Args:
            project_id: The project's id.
            network_id: The network's id.

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
            "start_network",
            _start_network._request(
                project_id,
                network_id,
            ),
            _start_network._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def stop_network(
        self,
        project_id: str,
        network_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Stop a network's router (and stop paying for it).

        ``POST /v1/projects/{project_id}/networks/{network_id}/stop``

        Args:
            project_id: The project's id.
            network_id: The network's id.

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
            "stop_network",
            _stop_network._request(
                project_id,
                network_id,
            ),
            _stop_network._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_security_groups(
        self,
        project_id: str,
        *,
        data_center_id: str | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListSecurityGroupsResponse:
        """List the security groups of a project, optionally in one data center.

        ``GET /v1/projects/{project_id}/security-groups``

        Args:
            project_id: The project's id.
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``. Optional; left out when
                None.
            page_number: Which page to read; Cudo.paginate reads them all. The API takes at
                least 0; other values are refused before sending. Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListSecurityGroupsResponse.

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
            "list_security_groups",
            _list_security_groups._request(
                project_id,
                data_center_id=data_center_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_security_groups._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def create_security_group(
        self,
        project_id: str,
        *,
        body: CreateSecurityGroupBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SecurityGroup:
        """Create a security group: firewall rules that VMs can share.

        ``POST /v1/projects/{project_id}/security-groups``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.CreateSecurityGroupBody`` (or a mapping of
                its wire form), given by keyword (``body=``): it requires ``data_center_id``,
                ``id``; the other fields are optional.

        Returns:
            SecurityGroup.

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
            "create_security_group",
            _create_security_group._request(
                project_id,
                body=body,
            ),
            _create_security_group._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_security_group(
        self,
        project_id: str,
        security_group_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SecurityGroup:
        """Read one security group with its rules.

        ``GET /v1/projects/{project_id}/security-groups/{security_group_id}``

        Args:
            project_id: The project's id.
            security_group_id: The security group's id.

        Returns:
            SecurityGroup.

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
            "get_security_group",
            _get_security_group._request(
                project_id,
                security_group_id,
            ),
            _get_security_group._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def delete_security_group(
        self,
        project_id: str,
        security_group_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a security group.

        ``DELETE /v1/projects/{project_id}/security-groups/{security_group_id}``

        Args:
            project_id: The project's id.
            security_group_id: The security group's id.

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
            "delete_security_group",
            _delete_security_group._request(
                project_id,
                security_group_id,
            ),
            _delete_security_group._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    def update_security_group(
        self,
        project_id: str,
        security_group_id: str,
        *,
        body: UpdateSecurityGroupBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> SecurityGroup:
        """Replace a security group's rules or description.

        ``PATCH /v1/projects/{project_id}/security-groups/{security_group_id}``

        Args:
            project_id: The project's id.
            security_group_id: The security group's id.
            body: What to create or change. A ``models.UpdateSecurityGroupBody`` (or a mapping of
                its wire form), given by keyword (``body=``): it requires ``data_center_id``; the
                other fields are optional.

        Returns:
            SecurityGroup.

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
            "update_security_group",
            _update_security_group._request(
                project_id,
                security_group_id,
                body=body,
            ),
            _update_security_group._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

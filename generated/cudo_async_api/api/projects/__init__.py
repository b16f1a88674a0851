"""Projects, their SSH keys and who may use them."""

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models.empty import Empty
from ...models.get_project_permissions_response import GetProjectPermissionsResponse
from ...models.list_project_ssh_keys_response import ListProjectSSHKeysResponse
from ...models.list_projects_response import ListProjectsResponse
from ...models.project import Project
from ...models.status import Status
from ...models.update_project_body import UpdateProjectBody
from ...models.user_permission import UserPermission
from ...types import Send, SyncSend
from ...types import by_keyword as _by_keyword
from . import add_project_permission as _add_project_permission
from . import create_project as _create_project
from . import delete_project as _delete_project
from . import get_project as _get_project
from . import get_project_permissions as _get_project_permissions
from . import list_project_ssh_keys as _list_project_ssh_keys
from . import list_projects as _list_projects
from . import remove_project_permission as _remove_project_permission
from . import update_project as _update_project

if TYPE_CHECKING:
    from cudo_async import RetryPolicy


class ProjectsAPI:
    """Projects, their SSH keys and who may use them. Reached as ``AsyncCudo.projects``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    @_by_keyword
    async def list_project_ssh_keys(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListProjectSSHKeysResponse:
        """List the SSH keys every VM of a project accepts.

        ``GET /v1/project/{project_id}/ssh-keys``

        Args:
            project_id: The project's id.

        Returns:
            ListProjectSSHKeysResponse.

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
            "list_project_ssh_keys",
            _list_project_ssh_keys._request(
                project_id,
            ),
            _list_project_ssh_keys._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_projects(
        self,
        *,
        page_token: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListProjectsResponse:
        """List the projects the caller can see.

        ``GET /v1/projects``

        Args:
            page_token: Where to continue, from the previous page; AsyncCudo.paginate follows it.
                Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListProjectsResponse.

        Paginated by a page token (``page_token``): ``AsyncCudo.paginate`` yields every item.

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
            "list_projects",
            _list_projects._request(
                page_token=page_token,
                page_size=page_size,
            ),
            _list_projects._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def create_project(
        self,
        *,
        body: Project,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Project:
        """Create a project under a billing account.

        ``POST /v1/projects``

        Args:
            body: What to create or change. A ``models.Project`` (or a mapping of its wire form),
                given by keyword (``body=``): it requires ``billing_account_id``, ``id``; the other
                fields are optional.

        Returns:
            Project.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            AlreadyExistsError: a resource with that id exists already.
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
            "create_project",
            _create_project._request(
                body=body,
            ),
            _create_project._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_project(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Project:
        """Read one project.

        ``GET /v1/projects/{project_id}``

        Args:
            project_id: The project's id.

        Returns:
            Project.

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
            "get_project",
            _get_project._request(
                project_id,
            ),
            _get_project._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def delete_project(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a project; it must hold no resources.

        ``DELETE /v1/projects/{project_id}``

        Args:
            project_id: The project's id.

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
            "delete_project",
            _delete_project._request(
                project_id,
            ),
            _delete_project._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    async def update_project(
        self,
        project_id: str,
        *,
        body: UpdateProjectBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Project:
        """Change a project's settings, such as its billing account.

        ``PATCH /v1/projects/{project_id}``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.UpdateProjectBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``billing_account_id``; the other
                fields are optional.

        Returns:
            Project.

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
            "update_project",
            _update_project._request(
                project_id,
                body=body,
            ),
            _update_project._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def add_project_permission(
        self,
        project_id: str,
        *,
        body: UserPermission,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Give a user a role on a project.

        ``POST /v1/projects/{project_id}:add-permission``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.UserPermission`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``permission_role``; the other
                fields are optional.

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
            "add_project_permission",
            _add_project_permission._request(
                project_id,
                body=body,
            ),
            _add_project_permission._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_project_permissions(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetProjectPermissionsResponse:
        """List who holds which role on a project.

        ``GET /v1/projects/{project_id}:list-permissions``

        Args:
            project_id: The project's id.

        Returns:
            GetProjectPermissionsResponse.

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
            "get_project_permissions",
            _get_project_permissions._request(
                project_id,
            ),
            _get_project_permissions._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def remove_project_permission(
        self,
        project_id: str,
        *,
        body: UserPermission,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Take a user's role on a project away.

        ``POST /v1/projects/{project_id}:remove-permission``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.UserPermission`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``permission_role``; the other
                fields are optional.

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
            missing_ok: True: a NOT_FOUND answer counts as done (it is already gone) and returns the
                empty answer, for a teardown that may run twice.
        """
        return await self._send(
            "remove_project_permission",
            _remove_project_permission._request(
                project_id,
                body=body,
            ),
            _remove_project_permission._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )


class ProjectsSyncAPI:
    """Projects, their SSH keys and who may use them. Reached as ``Cudo.projects``; every method is one API call, returning when it is done."""

    __slots__ = ("_send",)
    #: The attribute of a client that holds this namespace.
    TAG = "projects"

    def __init__(self, send: SyncSend) -> None:
        self._send = send

    @_by_keyword
    def list_project_ssh_keys(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListProjectSSHKeysResponse:
        """List the SSH keys every VM of a project accepts.

        ``GET /v1/project/{project_id}/ssh-keys``

        Args:
            project_id: The project's id.

        Returns:
            ListProjectSSHKeysResponse.

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
            "list_project_ssh_keys",
            _list_project_ssh_keys._request(
                project_id,
            ),
            _list_project_ssh_keys._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_projects(
        self,
        *,
        page_token: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListProjectsResponse:
        """List the projects the caller can see.

        ``GET /v1/projects``

        Args:
            page_token: Where to continue, from the previous page; Cudo.paginate follows it.
                Optional; left out when None.
            page_size: How many items a page holds at most. The API takes at least 0; other values
                are refused before sending. Optional; left out when None.

        Returns:
            ListProjectsResponse.

        Paginated by a page token (``page_token``): ``Cudo.paginate`` yields every item.

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
            "list_projects",
            _list_projects._request(
                page_token=page_token,
                page_size=page_size,
            ),
            _list_projects._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def create_project(
        self,
        *,
        body: Project,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Project:
        """Create a project under a billing account.

        ``POST /v1/projects``

        Args:
            body: What to create or change. A ``models.Project`` (or a mapping of its wire form),
                given by keyword (``body=``): it requires ``billing_account_id``, ``id``; the other
                fields are optional.

        Returns:
            Project.

        Raises:
            InvalidArgumentError: an argument is refused (``field_violations`` says which).
            AlreadyExistsError: a resource with that id exists already.
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
            "create_project",
            _create_project._request(
                body=body,
            ),
            _create_project._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_project(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Project:
        """Read one project.

        ``GET /v1/projects/{project_id}``

        Args:
            project_id: The project's id.

        Returns:
            Project.

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
            "get_project",
            _get_project._request(
                project_id,
            ),
            _get_project._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def delete_project(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a project; it must hold no resources.

        ``DELETE /v1/projects/{project_id}``

        Args:
            project_id: The project's id.

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
            "delete_project",
            _delete_project._request(
                project_id,
            ),
            _delete_project._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    def update_project(
        self,
        project_id: str,
        *,
        body: UpdateProjectBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Project:
        """Change a project's settings, such as its billing account.

        ``PATCH /v1/projects/{project_id}``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.UpdateProjectBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``billing_account_id``; the other
                fields are optional.

        Returns:
            Project.

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
            "update_project",
            _update_project._request(
                project_id,
                body=body,
            ),
            _update_project._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def add_project_permission(
        self,
        project_id: str,
        *,
        body: UserPermission,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Give a user a role on a project.

        ``POST /v1/projects/{project_id}:add-permission``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.UserPermission`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``permission_role``; the other
                fields are optional.

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
            "add_project_permission",
            _add_project_permission._request(
                project_id,
                body=body,
            ),
            _add_project_permission._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_project_permissions(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetProjectPermissionsResponse:
        """List who holds which role on a project.

        ``GET /v1/projects/{project_id}:list-permissions``

        Args:
            project_id: The project's id.

        Returns:
            GetProjectPermissionsResponse.

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
            "get_project_permissions",
            _get_project_permissions._request(
                project_id,
            ),
            _get_project_permissions._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def remove_project_permission(
        self,
        project_id: str,
        *,
        body: UserPermission,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Take a user's role on a project away.

        ``POST /v1/projects/{project_id}:remove-permission``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.UserPermission`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``permission_role``; the other
                fields are optional.

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
            missing_ok: True: a NOT_FOUND answer counts as done (it is already gone) and returns the
                empty answer, for a teardown that may run twice.
        """
        return self._send(
            "remove_project_permission",
            _remove_project_permission._request(
                project_id,
                body=body,
            ),
            _remove_project_permission._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

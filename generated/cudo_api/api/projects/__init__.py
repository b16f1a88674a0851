"""Operations tagged projects."""

from typing import Any, cast

from ...models.add_project_permission_response_200 import AddProjectPermissionResponse200
from ...models.delete_project_response_200 import DeleteProjectResponse200
from ...models.get_project_permissions_response import GetProjectPermissionsResponse
from ...models.list_project_ssh_keys_response import ListProjectSshKeysResponse
from ...models.list_projects_response import ListProjectsResponse
from ...models.project import Project
from ...models.remove_project_permission_response_200 import RemoveProjectPermissionResponse200
from ...models.status import Status
from ...models.update_project_body import UpdateProjectBody
from ...models.user_permission import UserPermission
from ...types import UNSET, Send, Unset
from . import add_project_permission as _add_project_permission
from . import create_project as _create_project
from . import delete_project as _delete_project
from . import get_project as _get_project
from . import get_project_permissions as _get_project_permissions
from . import list_project_ssh_keys as _list_project_ssh_keys
from . import list_projects as _list_projects
from . import remove_project_permission as _remove_project_permission
from . import update_project as _update_project


class ProjectsApi:
    """The ``projects`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def list_project_ssh_keys(
        self,
        project_id: str,
    ) -> ListProjectSshKeysResponse:
        """``GET /v1/project/{project_id}/ssh-keys``"""
        return await self._send(
            "list_project_ssh_keys",
            _list_project_ssh_keys._request(
                project_id=project_id,
            ),
            _list_project_ssh_keys._decode,
        )

    async def list_projects(
        self,
        *,
        page_token: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> ListProjectsResponse:
        """``GET /v1/projects``"""
        return await self._send(
            "list_projects",
            _list_projects._request(
                page_token=page_token,
                page_size=page_size,
            ),
            _list_projects._decode,
        )

    async def create_project(
        self,
        *,
        body: Project,
    ) -> Project:
        """``POST /v1/projects``"""
        return await self._send(
            "create_project",
            _create_project._request(
                body=body,
            ),
            _create_project._decode,
        )

    async def get_project(
        self,
        id: str,
    ) -> Project:
        """``GET /v1/projects/{id}``"""
        return await self._send(
            "get_project",
            _get_project._request(
                id=id,
            ),
            _get_project._decode,
        )

    async def delete_project(
        self,
        id: str,
    ) -> DeleteProjectResponse200:
        """``DELETE /v1/projects/{id}``"""
        return await self._send(
            "delete_project",
            _delete_project._request(
                id=id,
            ),
            _delete_project._decode,
        )

    async def update_project(
        self,
        id: str,
        *,
        body: UpdateProjectBody,
    ) -> Project:
        """``PATCH /v1/projects/{id}``"""
        return await self._send(
            "update_project",
            _update_project._request(
                id=id,
                body=body,
            ),
            _update_project._decode,
        )

    async def add_project_permission(
        self,
        id: str,
        *,
        body: UserPermission,
    ) -> AddProjectPermissionResponse200:
        """``POST /v1/projects/{id}:add-permission``"""
        return await self._send(
            "add_project_permission",
            _add_project_permission._request(
                id=id,
                body=body,
            ),
            _add_project_permission._decode,
        )

    async def get_project_permissions(
        self,
        id: str,
    ) -> GetProjectPermissionsResponse:
        """``GET /v1/projects/{id}:list-permissions``"""
        return await self._send(
            "get_project_permissions",
            _get_project_permissions._request(
                id=id,
            ),
            _get_project_permissions._decode,
        )

    async def remove_project_permission(
        self,
        id: str,
        *,
        body: UserPermission,
    ) -> RemoveProjectPermissionResponse200:
        """``POST /v1/projects/{id}:remove-permission``"""
        return await self._send(
            "remove_project_permission",
            _remove_project_permission._request(
                id=id,
                body=body,
            ),
            _remove_project_permission._decode,
        )

"""Operations tagged machines."""

from typing import Any, cast

from ...models.create_machine_body import CreateMachineBody
from ...models.delete_machine_response_200 import DeleteMachineResponse200
from ...models.deploy_machine_os_body import DeployMachineOSBody
from ...models.deploy_machine_os_response_200 import DeployMachineOsResponse200
from ...models.list_machine_operating_systems_response import ListMachineOperatingSystemsResponse
from ...models.list_machine_types_response import ListMachineTypesResponse
from ...models.list_machines_response import ListMachinesResponse
from ...models.machine import Machine
from ...models.status import Status
from ...models.update_machine_body import UpdateMachineBody
from ...types import UNSET, Send, Unset
from . import create_machine as _create_machine
from . import delete_machine as _delete_machine
from . import deploy_machine_os as _deploy_machine_os
from . import get_machine as _get_machine
from . import list_machine_operating_systems as _list_machine_operating_systems
from . import list_machine_types as _list_machine_types
from . import list_machines as _list_machines
from . import update_machine as _update_machine


class MachinesApi:
    """The ``machines`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def list_machine_types(
        self,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        project_id: str | Unset = UNSET,
    ) -> ListMachineTypesResponse:
        """``GET /v1/machines-types``"""
        return await self._send(
            "list_machine_types",
            _list_machine_types._request(
                page_number=page_number,
                page_size=page_size,
                project_id=project_id,
            ),
            _list_machine_types._decode,
        )

    async def list_machine_operating_systems(
        self,
    ) -> ListMachineOperatingSystemsResponse:
        """``GET /v1/machines/operating-systems``"""
        return await self._send(
            "list_machine_operating_systems",
            _list_machine_operating_systems._request(),
            _list_machine_operating_systems._decode,
        )

    async def list_machines(
        self,
        project_id: str,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> ListMachinesResponse:
        """``GET /v1/projects/{project_id}/machines``"""
        return await self._send(
            "list_machines",
            _list_machines._request(
                project_id=project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_machines._decode,
        )

    async def create_machine(
        self,
        project_id: str,
        *,
        body: CreateMachineBody,
    ) -> Machine:
        """``POST /v1/projects/{project_id}/machines``"""
        return await self._send(
            "create_machine",
            _create_machine._request(
                project_id=project_id,
                body=body,
            ),
            _create_machine._decode,
        )

    async def get_machine(
        self,
        project_id: str,
        id: str,
    ) -> Machine:
        """``GET /v1/projects/{project_id}/machines/{id}``"""
        return await self._send(
            "get_machine",
            _get_machine._request(
                project_id=project_id,
                id=id,
            ),
            _get_machine._decode,
        )

    async def delete_machine(
        self,
        project_id: str,
        id: str,
    ) -> DeleteMachineResponse200:
        """``DELETE /v1/projects/{project_id}/machines/{id}``"""
        return await self._send(
            "delete_machine",
            _delete_machine._request(
                project_id=project_id,
                id=id,
            ),
            _delete_machine._decode,
        )

    async def update_machine(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateMachineBody,
    ) -> Machine:
        """``PATCH /v1/projects/{project_id}/machines/{id}``"""
        return await self._send(
            "update_machine",
            _update_machine._request(
                project_id=project_id,
                id=id,
                body=body,
            ),
            _update_machine._decode,
        )

    async def deploy_machine_os(
        self,
        project_id: str,
        id: str,
        *,
        body: DeployMachineOSBody,
    ) -> DeployMachineOsResponse200:
        """``POST /v1/projects/{project_id}/machines/{id}/deploy``"""
        return await self._send(
            "deploy_machine_os",
            _deploy_machine_os._request(
                project_id=project_id,
                id=id,
                body=body,
            ),
            _deploy_machine_os._decode,
        )

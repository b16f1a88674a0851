"""Operations tagged networks."""

from typing import Any, cast

from ...models.create_network_body import CreateNetworkBody
from ...models.create_security_group_body import CreateSecurityGroupBody
from ...models.delete_network_response_200 import DeleteNetworkResponse200
from ...models.delete_security_group_response_200 import DeleteSecurityGroupResponse200
from ...models.list_networks_response import ListNetworksResponse
from ...models.list_security_groups_response import ListSecurityGroupsResponse
from ...models.network import Network
from ...models.security_group import SecurityGroup
from ...models.start_network_response_200 import StartNetworkResponse200
from ...models.status import Status
from ...models.stop_network_response_200 import StopNetworkResponse200
from ...models.update_security_group_body import UpdateSecurityGroupBody
from ...types import UNSET, Send, Unset
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


class NetworksApi:
    """The ``networks`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def list_networks(
        self,
        project_id: str,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> ListNetworksResponse:
        """``GET /v1/projects/{project_id}/networks``"""
        return await self._send(
            "list_networks",
            _list_networks._request(
                project_id=project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_networks._decode,
        )

    async def create_network(
        self,
        project_id: str,
        *,
        body: CreateNetworkBody,
    ) -> Network:
        """``POST /v1/projects/{project_id}/networks``"""
        return await self._send(
            "create_network",
            _create_network._request(
                project_id=project_id,
                body=body,
            ),
            _create_network._decode,
        )

    async def get_network(
        self,
        project_id: str,
        id: str,
    ) -> Network:
        """``GET /v1/projects/{project_id}/networks/{id}``"""
        return await self._send(
            "get_network",
            _get_network._request(
                project_id=project_id,
                id=id,
            ),
            _get_network._decode,
        )

    async def delete_network(
        self,
        project_id: str,
        id: str,
    ) -> DeleteNetworkResponse200:
        """``DELETE /v1/projects/{project_id}/networks/{id}``"""
        return await self._send(
            "delete_network",
            _delete_network._request(
                project_id=project_id,
                id=id,
            ),
            _delete_network._decode,
        )

    async def start_network(
        self,
        project_id: str,
        id: str,
    ) -> StartNetworkResponse200:
        """``POST /v1/projects/{project_id}/networks/{id}/start``"""
        return await self._send(
            "start_network",
            _start_network._request(
                project_id=project_id,
                id=id,
            ),
            _start_network._decode,
        )

    async def stop_network(
        self,
        project_id: str,
        id: str,
    ) -> StopNetworkResponse200:
        """``POST /v1/projects/{project_id}/networks/{id}/stop``"""
        return await self._send(
            "stop_network",
            _stop_network._request(
                project_id=project_id,
                id=id,
            ),
            _stop_network._decode,
        )

    async def list_security_groups(
        self,
        project_id: str,
        *,
        data_center_id: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> ListSecurityGroupsResponse:
        """``GET /v1/projects/{project_id}/security-groups``"""
        return await self._send(
            "list_security_groups",
            _list_security_groups._request(
                project_id=project_id,
                data_center_id=data_center_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_security_groups._decode,
        )

    async def create_security_group(
        self,
        project_id: str,
        *,
        body: CreateSecurityGroupBody,
    ) -> SecurityGroup:
        """``POST /v1/projects/{project_id}/security-groups``"""
        return await self._send(
            "create_security_group",
            _create_security_group._request(
                project_id=project_id,
                body=body,
            ),
            _create_security_group._decode,
        )

    async def get_security_group(
        self,
        project_id: str,
        id: str,
    ) -> SecurityGroup:
        """``GET /v1/projects/{project_id}/security-groups/{id}``"""
        return await self._send(
            "get_security_group",
            _get_security_group._request(
                project_id=project_id,
                id=id,
            ),
            _get_security_group._decode,
        )

    async def delete_security_group(
        self,
        project_id: str,
        id: str,
    ) -> DeleteSecurityGroupResponse200:
        """``DELETE /v1/projects/{project_id}/security-groups/{id}``"""
        return await self._send(
            "delete_security_group",
            _delete_security_group._request(
                project_id=project_id,
                id=id,
            ),
            _delete_security_group._decode,
        )

    async def update_security_group(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateSecurityGroupBody,
    ) -> SecurityGroup:
        """``PATCH /v1/projects/{project_id}/security-groups/{id}``"""
        return await self._send(
            "update_security_group",
            _update_security_group._request(
                project_id=project_id,
                id=id,
                body=body,
            ),
            _update_security_group._decode,
        )

"""Operations tagged clusters."""

from typing import Any, cast

from ...models.cluster import Cluster
from ...models.cluster_machine import ClusterMachine
from ...models.create_cluster_body import CreateClusterBody
from ...models.delete_cluster_machine_response_200 import DeleteClusterMachineResponse200
from ...models.delete_cluster_response_200 import DeleteClusterResponse200
from ...models.get_cluster_machine_type_response import GetClusterMachineTypeResponse
from ...models.list_cluster_machine_types_response import ListClusterMachineTypesResponse
from ...models.list_clusters_response import ListClustersResponse
from ...models.reboot_cluster_machine_response_200 import RebootClusterMachineResponse200
from ...models.rename_cluster_machine_response_200 import RenameClusterMachineResponse200
from ...models.status import Status
from ...models.update_cluster_body import UpdateClusterBody
from ...models.update_cluster_machine_body import UpdateClusterMachineBody
from ...types import UNSET, Send, Unset
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


class ClustersApi:
    """The ``clusters`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def get_cluster_machine_type(
        self,
        data_center_id: str,
        machine_type_id: str,
        *,
        project_id: str | Unset = UNSET,
    ) -> GetClusterMachineTypeResponse:
        """``GET /v1/clusters/data-centers/{data_center_id}/machine-types/{machine_type_id}``"""
        return await self._send(
            "get_cluster_machine_type",
            _get_cluster_machine_type._request(
                data_center_id=data_center_id,
                machine_type_id=machine_type_id,
                project_id=project_id,
            ),
            _get_cluster_machine_type._decode,
        )

    async def list_cluster_machine_types(
        self,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        project_id: str | Unset = UNSET,
    ) -> ListClusterMachineTypesResponse:
        """``GET /v1/clusters/machine-types``"""
        return await self._send(
            "list_cluster_machine_types",
            _list_cluster_machine_types._request(
                page_number=page_number,
                page_size=page_size,
                project_id=project_id,
            ),
            _list_cluster_machine_types._decode,
        )

    async def delete_cluster_machine(
        self,
        project_id: str,
        id: str,
    ) -> DeleteClusterMachineResponse200:
        """``DELETE /v1/projects/{project_id}/cluster-machines/{id}``"""
        return await self._send(
            "delete_cluster_machine",
            _delete_cluster_machine._request(
                project_id=project_id,
                id=id,
            ),
            _delete_cluster_machine._decode,
        )

    async def update_cluster_machine(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateClusterMachineBody,
    ) -> ClusterMachine:
        """``PATCH /v1/projects/{project_id}/cluster-machines/{id}``"""
        return await self._send(
            "update_cluster_machine",
            _update_cluster_machine._request(
                project_id=project_id,
                id=id,
                body=body,
            ),
            _update_cluster_machine._decode,
        )

    async def reboot_cluster_machine(
        self,
        project_id: str,
        id: str,
    ) -> RebootClusterMachineResponse200:
        """``POST /v1/projects/{project_id}/cluster-machines/{id}:reboot``"""
        return await self._send(
            "reboot_cluster_machine",
            _reboot_cluster_machine._request(
                project_id=project_id,
                id=id,
            ),
            _reboot_cluster_machine._decode,
        )

    async def rename_cluster_machine(
        self,
        project_id: str,
        id: str,
        *,
        new_id: str,
    ) -> RenameClusterMachineResponse200:
        """``POST /v1/projects/{project_id}/cluster-machines/{id}:rename``"""
        return await self._send(
            "rename_cluster_machine",
            _rename_cluster_machine._request(
                project_id=project_id,
                id=id,
                new_id=new_id,
            ),
            _rename_cluster_machine._decode,
        )

    async def list_clusters(
        self,
        project_id: str,
        *,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> ListClustersResponse:
        """``GET /v1/projects/{project_id}/clusters``"""
        return await self._send(
            "list_clusters",
            _list_clusters._request(
                project_id=project_id,
                page_number=page_number,
                page_size=page_size,
            ),
            _list_clusters._decode,
        )

    async def create_cluster(
        self,
        project_id: str,
        *,
        body: CreateClusterBody,
    ) -> Cluster:
        """``POST /v1/projects/{project_id}/clusters``"""
        return await self._send(
            "create_cluster",
            _create_cluster._request(
                project_id=project_id,
                body=body,
            ),
            _create_cluster._decode,
        )

    async def get_cluster(
        self,
        project_id: str,
        id: str,
    ) -> Cluster:
        """``GET /v1/projects/{project_id}/clusters/{id}``"""
        return await self._send(
            "get_cluster",
            _get_cluster._request(
                project_id=project_id,
                id=id,
            ),
            _get_cluster._decode,
        )

    async def delete_cluster(
        self,
        project_id: str,
        id: str,
    ) -> DeleteClusterResponse200:
        """``DELETE /v1/projects/{project_id}/clusters/{id}``"""
        return await self._send(
            "delete_cluster",
            _delete_cluster._request(
                project_id=project_id,
                id=id,
            ),
            _delete_cluster._decode,
        )

    async def update_cluster(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateClusterBody,
    ) -> Cluster:
        """``PATCH /v1/projects/{project_id}/clusters/{id}``"""
        return await self._send(
            "update_cluster",
            _update_cluster._request(
                project_id=project_id,
                id=id,
                body=body,
            ),
            _update_cluster._decode,
        )

"""Operations tagged virtual_machines."""

from typing import Any, cast

from ...models.attach_security_group_response_200 import AttachSecurityGroupResponse200
from ...models.attach_storage_disk_response_200 import AttachStorageDiskResponse200
from ...models.commit_vm_body import CommitVMBody
from ...models.commit_vm_response_200 import CommitVmResponse200
from ...models.connect_vm_response import ConnectVMResponse
from ...models.count_v_ms_response import CountVMsResponse
from ...models.create_vm_body import CreateVMBody
from ...models.create_vm_response import CreateVMResponse
from ...models.detach_security_group_response_200 import DetachSecurityGroupResponse200
from ...models.detach_storage_disk_response_200 import DetachStorageDiskResponse200
from ...models.get_vm_machine_type_response import GetVMMachineTypeResponse
from ...models.get_vm_response import GetVMResponse
from ...models.list_v_ms_response import ListVMsResponse
from ...models.list_vm_data_centers_response import ListVMDataCentersResponse
from ...models.list_vm_gpu_models_response import ListVMGpuModelsResponse
from ...models.list_vm_machine_types_response import ListVMMachineTypesResponse
from ...models.monitor_vm_response import MonitorVMResponse
from ...models.reboot_vm_response_200 import RebootVmResponse200
from ...models.resize_vm_response import ResizeVMResponse
from ...models.start_vm_response_200 import StartVmResponse200
from ...models.status import Status
from ...models.stop_vm_response_200 import StopVmResponse200
from ...models.terminate_vm_response_200 import TerminateVmResponse200
from ...models.update_vm_authorized_ssh_keys_body import UpdateVMAuthorizedSSHKeysBody
from ...models.update_vm_authorized_ssh_keys_response_200 import UpdateVmAuthorizedSshKeysResponse200
from ...models.update_vm_expire_time_body import UpdateVMExpireTimeBody
from ...models.update_vm_expire_time_response import UpdateVMExpireTimeResponse
from ...models.update_vm_metadata_body import UpdateVMMetadataBody
from ...models.update_vm_metadata_response import UpdateVMMetadataResponse
from ...models.update_vm_password_body import UpdateVMPasswordBody
from ...models.update_vm_password_response_200 import UpdateVmPasswordResponse200
from ...types import UNSET, Send, Unset
from . import attach_security_group as _attach_security_group
from . import attach_storage_disk as _attach_storage_disk
from . import commit_vm as _commit_vm
from . import connect_vm as _connect_vm
from . import count_vms as _count_vms
from . import create_vm as _create_vm
from . import detach_security_group as _detach_security_group
from . import detach_storage_disk as _detach_storage_disk
from . import get_vm as _get_vm
from . import get_vm_machine_type as _get_vm_machine_type
from . import list_vm_data_centers as _list_vm_data_centers
from . import list_vm_gpu_models as _list_vm_gpu_models
from . import list_vm_machine_types as _list_vm_machine_types
from . import list_vm_machine_types2 as _list_vm_machine_types2
from . import list_vms as _list_vms
from . import monitor_vm as _monitor_vm
from . import reboot_vm as _reboot_vm
from . import resize_vm as _resize_vm
from . import start_vm as _start_vm
from . import stop_vm as _stop_vm
from . import terminate_vm as _terminate_vm
from . import update_vm_authorized_ssh_keys as _update_vm_authorized_ssh_keys
from . import update_vm_expire_time as _update_vm_expire_time
from . import update_vm_metadata as _update_vm_metadata
from . import update_vm_password as _update_vm_password


class VirtualMachinesApi:
    """The ``virtual_machines`` operations; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    async def count_vms(
        self,
        project_id: str,
    ) -> CountVMsResponse:
        """``GET /v1/projects/{project_id}/count-vms``"""
        return await self._send(
            "count_vms",
            _count_vms._request(
                project_id=project_id,
            ),
            _count_vms._decode,
        )

    async def attach_storage_disk(
        self,
        project_id: str,
        id: str,
        *,
        vm_id: str | Unset = UNSET,
    ) -> AttachStorageDiskResponse200:
        """``PATCH /v1/projects/{project_id}/disk/{id}/attach``"""
        return await self._send(
            "attach_storage_disk",
            _attach_storage_disk._request(
                project_id=project_id,
                id=id,
                vm_id=vm_id,
            ),
            _attach_storage_disk._decode,
        )

    async def detach_storage_disk(
        self,
        project_id: str,
        id: str,
    ) -> DetachStorageDiskResponse200:
        """``PUT /v1/projects/{project_id}/disk/{id}/detach``"""
        return await self._send(
            "detach_storage_disk",
            _detach_storage_disk._request(
                project_id=project_id,
                id=id,
            ),
            _detach_storage_disk._decode,
        )

    async def create_vm(
        self,
        project_id: str,
        *,
        body: CreateVMBody,
    ) -> CreateVMResponse:
        """``POST /v1/projects/{project_id}/vm``"""
        return await self._send(
            "create_vm",
            _create_vm._request(
                project_id=project_id,
                body=body,
            ),
            _create_vm._decode,
        )

    async def update_vm_authorized_ssh_keys(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateVMAuthorizedSSHKeysBody,
    ) -> UpdateVmAuthorizedSshKeysResponse200:
        """``POST /v1/projects/{project_id}/vm/{id}/authorized-ssh-keys``"""
        return await self._send(
            "update_vm_authorized_ssh_keys",
            _update_vm_authorized_ssh_keys._request(
                project_id=project_id,
                id=id,
                body=body,
            ),
            _update_vm_authorized_ssh_keys._decode,
        )

    async def commit_vm(
        self,
        project_id: str,
        id: str,
        *,
        body: CommitVMBody,
    ) -> CommitVmResponse200:
        """``POST /v1/projects/{project_id}/vm/{id}/commit``"""
        return await self._send(
            "commit_vm",
            _commit_vm._request(
                project_id=project_id,
                id=id,
                body=body,
            ),
            _commit_vm._decode,
        )

    async def update_vm_expire_time(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateVMExpireTimeBody,
    ) -> UpdateVMExpireTimeResponse:
        """``POST /v1/projects/{project_id}/vm/{id}/expire-time``"""
        return await self._send(
            "update_vm_expire_time",
            _update_vm_expire_time._request(
                project_id=project_id,
                id=id,
                body=body,
            ),
            _update_vm_expire_time._decode,
        )

    async def update_vm_metadata(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateVMMetadataBody,
    ) -> UpdateVMMetadataResponse:
        """``POST /v1/projects/{project_id}/vm/{id}/metadata``"""
        return await self._send(
            "update_vm_metadata",
            _update_vm_metadata._request(
                project_id=project_id,
                id=id,
                body=body,
            ),
            _update_vm_metadata._decode,
        )

    async def update_vm_password(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateVMPasswordBody,
    ) -> UpdateVmPasswordResponse200:
        """``POST /v1/projects/{project_id}/vm/{id}/password``"""
        return await self._send(
            "update_vm_password",
            _update_vm_password._request(
                project_id=project_id,
                id=id,
                body=body,
            ),
            _update_vm_password._decode,
        )

    async def attach_security_group(
        self,
        project_id: str,
        id: str,
        *,
        security_group_id: str | Unset = UNSET,
    ) -> AttachSecurityGroupResponse200:
        """``PATCH /v1/projects/{project_id}/vm/{id}/security-group/attach``"""
        return await self._send(
            "attach_security_group",
            _attach_security_group._request(
                project_id=project_id,
                id=id,
                security_group_id=security_group_id,
            ),
            _attach_security_group._decode,
        )

    async def detach_security_group(
        self,
        project_id: str,
        id: str,
        *,
        security_group_id: str | Unset = UNSET,
    ) -> DetachSecurityGroupResponse200:
        """``PATCH /v1/projects/{project_id}/vm/{id}/security-group/detach``"""
        return await self._send(
            "detach_security_group",
            _detach_security_group._request(
                project_id=project_id,
                id=id,
                security_group_id=security_group_id,
            ),
            _detach_security_group._decode,
        )

    async def list_vms(
        self,
        project_id: str,
        *,
        network_id: str | Unset = UNSET,
    ) -> ListVMsResponse:
        """``GET /v1/projects/{project_id}/vms``"""
        return await self._send(
            "list_vms",
            _list_vms._request(
                project_id=project_id,
                network_id=network_id,
            ),
            _list_vms._decode,
        )

    async def get_vm(
        self,
        project_id: str,
        id: str,
    ) -> GetVMResponse:
        """``GET /v1/projects/{project_id}/vms/{id}``"""
        return await self._send(
            "get_vm",
            _get_vm._request(
                project_id=project_id,
                id=id,
            ),
            _get_vm._decode,
        )

    async def connect_vm(
        self,
        project_id: str,
        id: str,
        *,
        connection_id: str | Unset = UNSET,
    ) -> ConnectVMResponse:
        """``GET /v1/projects/{project_id}/vms/{id}/connect``"""
        return await self._send(
            "connect_vm",
            _connect_vm._request(
                project_id=project_id,
                id=id,
                connection_id=connection_id,
            ),
            _connect_vm._decode,
        )

    async def monitor_vm(
        self,
        project_id: str,
        id: str,
    ) -> MonitorVMResponse:
        """``GET /v1/projects/{project_id}/vms/{id}/monitor``"""
        return await self._send(
            "monitor_vm",
            _monitor_vm._request(
                project_id=project_id,
                id=id,
            ),
            _monitor_vm._decode,
        )

    async def reboot_vm(
        self,
        project_id: str,
        id: str,
    ) -> RebootVmResponse200:
        """``POST /v1/projects/{project_id}/vms/{id}/reboot``"""
        return await self._send(
            "reboot_vm",
            _reboot_vm._request(
                project_id=project_id,
                id=id,
            ),
            _reboot_vm._decode,
        )

    async def resize_vm(
        self,
        project_id: str,
        id: str,
        *,
        vcpus: int | Unset = UNSET,
        memory_gib: int | Unset = UNSET,
    ) -> ResizeVMResponse:
        """``POST /v1/projects/{project_id}/vms/{id}/resize``"""
        return await self._send(
            "resize_vm",
            _resize_vm._request(
                project_id=project_id,
                id=id,
                vcpus=vcpus,
                memory_gib=memory_gib,
            ),
            _resize_vm._decode,
        )

    async def start_vm(
        self,
        project_id: str,
        id: str,
    ) -> StartVmResponse200:
        """``POST /v1/projects/{project_id}/vms/{id}/start``"""
        return await self._send(
            "start_vm",
            _start_vm._request(
                project_id=project_id,
                id=id,
            ),
            _start_vm._decode,
        )

    async def stop_vm(
        self,
        project_id: str,
        id: str,
    ) -> StopVmResponse200:
        """``POST /v1/projects/{project_id}/vms/{id}/stop``"""
        return await self._send(
            "stop_vm",
            _stop_vm._request(
                project_id=project_id,
                id=id,
            ),
            _stop_vm._decode,
        )

    async def terminate_vm(
        self,
        project_id: str,
        id: str,
    ) -> TerminateVmResponse200:
        """``POST /v1/projects/{project_id}/vms/{id}/terminate``"""
        return await self._send(
            "terminate_vm",
            _terminate_vm._request(
                project_id=project_id,
                id=id,
            ),
            _terminate_vm._decode,
        )

    async def list_vm_data_centers(
        self,
    ) -> ListVMDataCentersResponse:
        """``GET /v1/vms/data-centers``"""
        return await self._send(
            "list_vm_data_centers",
            _list_vm_data_centers._request(),
            _list_vm_data_centers._decode,
        )

    async def get_vm_machine_type(
        self,
        data_center_id: str,
        machine_type_id: str,
        *,
        project_id: str | Unset = UNSET,
    ) -> GetVMMachineTypeResponse:
        """``GET /v1/vms/data-centers/{data_center_id}/machine_types/{machine_type_id}``"""
        return await self._send(
            "get_vm_machine_type",
            _get_vm_machine_type._request(
                data_center_id=data_center_id,
                machine_type_id=machine_type_id,
                project_id=project_id,
            ),
            _get_vm_machine_type._decode,
        )

    async def list_vm_gpu_models(
        self,
    ) -> ListVMGpuModelsResponse:
        """``GET /v1/vms/gpu-models``"""
        return await self._send(
            "list_vm_gpu_models",
            _list_vm_gpu_models._request(),
            _list_vm_gpu_models._decode,
        )

    async def list_vm_machine_types(
        self,
        *,
        project_id: str | Unset = UNSET,
    ) -> ListVMMachineTypesResponse:
        """``GET /v1/vms/machine-types``"""
        return await self._send(
            "list_vm_machine_types",
            _list_vm_machine_types._request(
                project_id=project_id,
            ),
            _list_vm_machine_types._decode,
        )

    async def list_vm_machine_types2(
        self,
        *,
        project_id: str | Unset = UNSET,
    ) -> ListVMMachineTypesResponse:
        """``GET /v1/vms/machine-types-2``"""
        return await self._send(
            "list_vm_machine_types2",
            _list_vm_machine_types2._request(
                project_id=project_id,
            ),
            _list_vm_machine_types2._decode,
        )

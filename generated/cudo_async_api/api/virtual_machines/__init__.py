"""Virtual machines: their lifecycle, settings, data centers, machine types and GPU models."""

import datetime
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ...models.commit_vm_body import CommitVMBody
from ...models.connect_vm_response import ConnectVMResponse
from ...models.count_vms_response import CountVMsResponse
from ...models.create_vm_body import CreateVMBody
from ...models.create_vm_response import CreateVMResponse
from ...models.empty import Empty
from ...models.get_vm_machine_type_response import GetVMMachineTypeResponse
from ...models.get_vm_response import GetVMResponse
from ...models.list_vm_data_centers_response import ListVMDataCentersResponse
from ...models.list_vm_machine_types_response import ListVMMachineTypesResponse
from ...models.list_vmgpu_models_response import ListVMGPUModelsResponse
from ...models.list_vms_response import ListVMsResponse
from ...models.monitor_vm_response import MonitorVMResponse
from ...models.resize_vm_response import ResizeVMResponse
from ...models.status import Status
from ...models.update_vm_authorized_ssh_keys_body import UpdateVMAuthorizedSSHKeysBody
from ...models.update_vm_expire_time_body import UpdateVMExpireTimeBody
from ...models.update_vm_expire_time_response import UpdateVMExpireTimeResponse
from ...models.update_vm_metadata_body import UpdateVMMetadataBody
from ...models.update_vm_metadata_response import UpdateVMMetadataResponse
from ...models.update_vm_password_body import UpdateVMPasswordBody
from ...types import Send, SyncSend
from ...types import by_keyword as _by_keyword
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
from . import list_vm_machine_types_legacy as _list_vm_machine_types_legacy
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

if TYPE_CHECKING:
    from cudo_async import RetryPolicy


class VirtualMachinesAPI:
    """Virtual machines: their lifecycle, settings, data centers, machine types and GPU models. Reached as ``AsyncCudo.virtual_machines``; every method is one API call."""

    __slots__ = ("_send",)

    def __init__(self, send: Send) -> None:
        self._send = send

    @_by_keyword
    async def count_vms(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CountVMsResponse:
        """Count the VMs of a project, without listing them.

        ``GET /v1/projects/{project_id}/count-vms``

        Args:
            project_id: The project's id.

        Returns:
            CountVMsResponse.

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
            "count_vms",
            _count_vms._request(
                project_id,
            ),
            _count_vms._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def attach_storage_disk(
        self,
        project_id: str,
        disk_id: str,
        *,
        vm_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Attach a storage disk to a VM.

        ``PATCH /v1/projects/{project_id}/disk/{disk_id}/attach``

        Args:
            project_id: The project's id.
            disk_id: The storage disk's id.
            vm_id: The VM's id. Optional; left out when None.

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
            "attach_storage_disk",
            _attach_storage_disk._request(
                project_id,
                disk_id,
                vm_id=vm_id,
            ),
            _attach_storage_disk._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def detach_storage_disk(
        self,
        project_id: str,
        disk_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Detach a storage disk from the VM that uses it.

        ``PUT /v1/projects/{project_id}/disk/{disk_id}/detach``

        Args:
            project_id: The project's id.
            disk_id: The storage disk's id.

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
            "detach_storage_disk",
            _detach_storage_disk._request(
                project_id,
                disk_id,
            ),
            _detach_storage_disk._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def create_vm(
        self,
        project_id: str,
        *,
        body: CreateVMBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateVMResponse:
        """Create a VM; it boots in the background (see AsyncCudo.wait_for_vm).

        ``POST /v1/projects/{project_id}/vm``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.CreateVMBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``boot_disk_image_id``,
                ``data_center_id``, ``gpus``, ``machine_type``, ``memory_gib``, ``vcpus``,
                ``vm_id``; the other fields are optional.

        Returns:
            CreateVMResponse.

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
            "create_vm",
            _create_vm._request(
                project_id,
                body=body,
            ),
            _create_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def update_vm_authorized_ssh_keys(
        self,
        project_id: str,
        vm_id: str,
        *,
        body: UpdateVMAuthorizedSSHKeysBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Replace the SSH keys a running VM accepts.

        ``POST /v1/projects/{project_id}/vm/{vm_id}/authorized-ssh-keys``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            body: What to create or change. A ``models.UpdateVMAuthorizedSSHKeysBody`` (or a mapping
                of its wire form), given by keyword (``body=``): every field is optional.

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
            "update_vm_authorized_ssh_keys",
            _update_vm_authorized_ssh_keys._request(
                project_id,
                vm_id,
                body=body,
            ),
            _update_vm_authorized_ssh_keys._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def commit_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        body: CommitVMBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Commit a VM to a longer term for a lower price.

        ``POST /v1/projects/{project_id}/vm/{vm_id}/commit``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            body: What to create or change. A ``models.CommitVMBody`` (or a mapping of its wire
                form), given by keyword (``body=``): every field is optional.

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
            "commit_vm",
            _commit_vm._request(
                project_id,
                vm_id,
                body=body,
            ),
            _commit_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def update_vm_expire_time(
        self,
        project_id: str,
        vm_id: str,
        *,
        body: UpdateVMExpireTimeBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateVMExpireTimeResponse:
        """Set when a VM is deleted by itself.

        ``POST /v1/projects/{project_id}/vm/{vm_id}/expire-time``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            body: What to create or change. A ``models.UpdateVMExpireTimeBody`` (or a mapping of its
                wire form), given by keyword (``body=``): every field is optional.

        Returns:
            UpdateVMExpireTimeResponse.

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
            "update_vm_expire_time",
            _update_vm_expire_time._request(
                project_id,
                vm_id,
                body=body,
            ),
            _update_vm_expire_time._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def update_vm_metadata(
        self,
        project_id: str,
        vm_id: str,
        *,
        body: UpdateVMMetadataBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateVMMetadataResponse:
        """Replace the key/value metadata of a VM.

        ``POST /v1/projects/{project_id}/vm/{vm_id}/metadata``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            body: What to create or change. A ``models.UpdateVMMetadataBody`` (or a mapping of its
                wire form), given by keyword (``body=``): every field is optional.

        Returns:
            UpdateVMMetadataResponse.

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
            "update_vm_metadata",
            _update_vm_metadata._request(
                project_id,
                vm_id,
                body=body,
            ),
            _update_vm_metadata._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def update_vm_password(
        self,
        project_id: str,
        vm_id: str,
        *,
        body: UpdateVMPasswordBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Set a new root password on a VM.

        ``POST /v1/projects/{project_id}/vm/{vm_id}/password``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            body: What to create or change. A ``models.UpdateVMPasswordBody`` (or a mapping of its
                wire form), given by keyword (``body=``): it requires ``password``; the other fields
                are optional.

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
            "update_vm_password",
            _update_vm_password._request(
                project_id,
                vm_id,
                body=body,
            ),
            _update_vm_password._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def attach_security_group(
        self,
        project_id: str,
        vm_id: str,
        *,
        security_group_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Apply a security group to a VM.

        ``PATCH /v1/projects/{project_id}/vm/{vm_id}/security-group/attach``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            security_group_id: The security group's id. Optional; left out when None.

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
            "attach_security_group",
            _attach_security_group._request(
                project_id,
                vm_id,
                security_group_id=security_group_id,
            ),
            _attach_security_group._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def detach_security_group(
        self,
        project_id: str,
        vm_id: str,
        *,
        security_group_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Remove a security group from a VM.

        ``PATCH /v1/projects/{project_id}/vm/{vm_id}/security-group/detach``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            security_group_id: The security group's id. Optional; left out when None.

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
            "detach_security_group",
            _detach_security_group._request(
                project_id,
                vm_id,
                security_group_id=security_group_id,
            ),
            _detach_security_group._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_vms(
        self,
        project_id: str,
        *,
        network_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListVMsResponse:
        """List the VMs of a project, optionally those on one network (not paginated).

        ``GET /v1/projects/{project_id}/vms``

        Args:
            project_id: The project's id.
            network_id: The network's id. Optional; left out when None.

        Returns:
            ListVMsResponse.

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
            "list_vms",
            _list_vms._request(
                project_id,
                network_id=network_id,
            ),
            _list_vms._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetVMResponse:
        """Read one VM with its state, addresses and price.

        ``GET /v1/projects/{project_id}/vms/{vm_id}``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.

        Returns:
            GetVMResponse.

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
            "get_vm",
            _get_vm._request(
                project_id,
                vm_id,
            ),
            _get_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def connect_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        connection_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ConnectVMResponse:
        """Get the address of a VM's web console.

        ``GET /v1/projects/{project_id}/vms/{vm_id}/connect``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            connection_id: The console connection to resume, if any. Optional; left out when None.

        Returns:
            ConnectVMResponse.

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
            "connect_vm",
            _connect_vm._request(
                project_id,
                vm_id,
                connection_id=connection_id,
            ),
            _connect_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def monitor_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MonitorVMResponse:
        """Read a VM's recent CPU, memory, disk and network use.

        ``GET /v1/projects/{project_id}/vms/{vm_id}/monitor``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.

        Returns:
            MonitorVMResponse.

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
            "monitor_vm",
            _monitor_vm._request(
                project_id,
                vm_id,
            ),
            _monitor_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def reboot_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Restart a running VM.

        ``POST /v1/projects/{project_id}/vms/{vm_id}/reboot``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.

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
            "reboot_vm",
            _reboot_vm._request(
                project_id,
                vm_id,
            ),
            _reboot_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def resize_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        vcpus: int | None = None,
        memory_gib: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ResizeVMResponse:
        """Change a VM's vCPU count and memory (GiB); it restarts.

        ``POST /v1/projects/{project_id}/vms/{vm_id}/resize``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            vcpus: Number of virtual CPUs. Optional; left out when None.
            memory_gib: Memory in GiB. Optional; left out when None.

        Returns:
            ResizeVMResponse.

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
            "resize_vm",
            _resize_vm._request(
                project_id,
                vm_id,
                vcpus=vcpus,
                memory_gib=memory_gib,
            ),
            _resize_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def start_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Start a stopped VM.

        ``POST /v1/projects/{project_id}/vms/{vm_id}/start``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.

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
            "start_vm",
            _start_vm._request(
                project_id,
                vm_id,
            ),
            _start_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def stop_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Stop a running VM; its disks are kept and still billed.

        ``POST /v1/projects/{project_id}/vms/{vm_id}/stop``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.

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
            "stop_vm",
            _stop_vm._request(
                project_id,
                vm_id,
            ),
            _stop_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def terminate_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a VM and its boot disk.

        ``POST /v1/projects/{project_id}/vms/{vm_id}/terminate``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.

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
            missing_ok: True: a NOT_FOUND answer counts as done (it is already gone) and returns the
                empty answer, for a teardown that may run twice.
        """
        return await self._send(
            "terminate_vm",
            _terminate_vm._request(
                project_id,
                vm_id,
            ),
            _terminate_vm._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    async def list_vm_data_centers(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListVMDataCentersResponse:
        """List the data centers VMs can run in.

        ``GET /v1/vms/data-centers``

        Returns:
            ListVMDataCentersResponse.

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
            "list_vm_data_centers",
            _list_vm_data_centers._request(),
            _list_vm_data_centers._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def get_vm_machine_type(
        self,
        data_center_id: str,
        machine_type_id: str,
        *,
        project_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetVMMachineTypeResponse:
        """Read one VM machine type in a data center, with its prices.

        ``GET /v1/vms/data-centers/{data_center_id}/machine_types/{machine_type_id}``

        Args:
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            machine_type_id: The machine type's id.
            project_id: The project's id. Optional; left out when None.

        Returns:
            GetVMMachineTypeResponse.

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
            "get_vm_machine_type",
            _get_vm_machine_type._request(
                data_center_id,
                machine_type_id,
                project_id=project_id,
            ),
            _get_vm_machine_type._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_vm_gpu_models(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListVMGPUModelsResponse:
        """List the GPU models VMs can have.

        ``GET /v1/vms/gpu-models``

        Returns:
            ListVMGPUModelsResponse.

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
            "list_vm_gpu_models",
            _list_vm_gpu_models._request(),
            _list_vm_gpu_models._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_vm_machine_types(
        self,
        *,
        project_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListVMMachineTypesResponse:
        """List the VM machine types with their CPU, GPU and prices.

        ``GET /v1/vms/machine-types``

        Args:
            project_id: The project's id. Optional; left out when None.

        Returns:
            ListVMMachineTypesResponse.

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
            "list_vm_machine_types",
            _list_vm_machine_types._request(
                project_id=project_id,
            ),
            _list_vm_machine_types._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    async def list_vm_machine_types_legacy(
        self,
        *,
        project_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListVMMachineTypesResponse:
        """List the VM machine types (an older twin of list_vm_machine_types).

        ``GET /v1/vms/machine-types-2``

        Deprecated by the API (use list_vm_machine_types, which answers the same); calling it warns with DeprecationWarning.

        Args:
            project_id: The project's id. Optional; left out when None.

        Returns:
            ListVMMachineTypesResponse.

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
        warnings.warn(
            "list_vm_machine_types_legacy is deprecated by the API: use list_vm_machine_types, which answers the same",
            DeprecationWarning,
            stacklevel=2,
        )
        return await self._send(
            "list_vm_machine_types_legacy",
            _list_vm_machine_types_legacy._request(
                project_id=project_id,
            ),
            _list_vm_machine_types_legacy._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )


class VirtualMachinesSyncAPI:
    """Virtual machines: their lifecycle, settings, data centers, machine types and GPU models. Reached as ``Cudo.virtual_machines``; every method is one API call, returning when it is done."""

    __slots__ = ("_send",)
    #: The attribute of a client that holds this namespace.
    TAG = "virtual_machines"

    def __init__(self, send: SyncSend) -> None:
        self._send = send

    @_by_keyword
    def count_vms(
        self,
        project_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CountVMsResponse:
        """Count the VMs of a project, without listing them.

        ``GET /v1/projects/{project_id}/count-vms``

        Args:
            project_id: The project's id.

        Returns:
            CountVMsResponse.

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
            "count_vms",
            _count_vms._request(
                project_id,
            ),
            _count_vms._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def attach_storage_disk(
        self,
        project_id: str,
        disk_id: str,
        *,
        vm_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Attach a storage disk to a VM.

        ``PATCH /v1/projects/{project_id}/disk/{disk_id}/attach``

        Args:
            project_id: The project's id.
            disk_id: The storage disk's id.
            vm_id: The VM's id. Optional; left out when None.

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
            "attach_storage_disk",
            _attach_storage_disk._request(
                project_id,
                disk_id,
                vm_id=vm_id,
            ),
            _attach_storage_disk._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def detach_storage_disk(
        self,
        project_id: str,
        disk_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Detach a storage disk from the VM that uses it.

        ``PUT /v1/projects/{project_id}/disk/{disk_id}/detach``

        Args:
            project_id: The project's id.
            disk_id: The storage disk's id.

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
            "detach_storage_disk",
            _detach_storage_disk._request(
                project_id,
                disk_id,
            ),
            _detach_storage_disk._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def create_vm(
        self,
        project_id: str,
        *,
        body: CreateVMBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> CreateVMResponse:
        """Create a VM; it boots in the background (see Cudo.wait_for_vm).

        ``POST /v1/projects/{project_id}/vm``

        Args:
            project_id: The project's id.
            body: What to create or change. A ``models.CreateVMBody`` (or a mapping of its wire
                form), given by keyword (``body=``): it requires ``boot_disk_image_id``,
                ``data_center_id``, ``gpus``, ``machine_type``, ``memory_gib``, ``vcpus``,
                ``vm_id``; the other fields are optional.

        Returns:
            CreateVMResponse.

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
            "create_vm",
            _create_vm._request(
                project_id,
                body=body,
            ),
            _create_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def update_vm_authorized_ssh_keys(
        self,
        project_id: str,
        vm_id: str,
        *,
        body: UpdateVMAuthorizedSSHKeysBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Replace the SSH keys a running VM accepts.

        ``POST /v1/projects/{project_id}/vm/{vm_id}/authorized-ssh-keys``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            body: What to create or change. A ``models.UpdateVMAuthorizedSSHKeysBody`` (or a mapping
                of its wire form), given by keyword (``body=``): every field is optional.

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
            "update_vm_authorized_ssh_keys",
            _update_vm_authorized_ssh_keys._request(
                project_id,
                vm_id,
                body=body,
            ),
            _update_vm_authorized_ssh_keys._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def commit_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        body: CommitVMBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Commit a VM to a longer term for a lower price.

        ``POST /v1/projects/{project_id}/vm/{vm_id}/commit``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            body: What to create or change. A ``models.CommitVMBody`` (or a mapping of its wire
                form), given by keyword (``body=``): every field is optional.

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
            "commit_vm",
            _commit_vm._request(
                project_id,
                vm_id,
                body=body,
            ),
            _commit_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def update_vm_expire_time(
        self,
        project_id: str,
        vm_id: str,
        *,
        body: UpdateVMExpireTimeBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateVMExpireTimeResponse:
        """Set when a VM is deleted by itself.

        ``POST /v1/projects/{project_id}/vm/{vm_id}/expire-time``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            body: What to create or change. A ``models.UpdateVMExpireTimeBody`` (or a mapping of its
                wire form), given by keyword (``body=``): every field is optional.

        Returns:
            UpdateVMExpireTimeResponse.

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
            "update_vm_expire_time",
            _update_vm_expire_time._request(
                project_id,
                vm_id,
                body=body,
            ),
            _update_vm_expire_time._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def update_vm_metadata(
        self,
        project_id: str,
        vm_id: str,
        *,
        body: UpdateVMMetadataBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> UpdateVMMetadataResponse:
        """Replace the key/value metadata of a VM.

        ``POST /v1/projects/{project_id}/vm/{vm_id}/metadata``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            body: What to create or change. A ``models.UpdateVMMetadataBody`` (or a mapping of its
                wire form), given by keyword (``body=``): every field is optional.

        Returns:
            UpdateVMMetadataResponse.

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
            "update_vm_metadata",
            _update_vm_metadata._request(
                project_id,
                vm_id,
                body=body,
            ),
            _update_vm_metadata._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def update_vm_password(
        self,
        project_id: str,
        vm_id: str,
        *,
        body: UpdateVMPasswordBody,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Set a new root password on a VM.

        ``POST /v1/projects/{project_id}/vm/{vm_id}/password``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            body: What to create or change. A ``models.UpdateVMPasswordBody`` (or a mapping of its
                wire form), given by keyword (``body=``): it requires ``password``; the other fields
                are optional.

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
            "update_vm_password",
            _update_vm_password._request(
                project_id,
                vm_id,
                body=body,
            ),
            _update_vm_password._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def attach_security_group(
        self,
        project_id: str,
        vm_id: str,
        *,
        security_group_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Apply a security group to a VM.

        ``PATCH /v1/projects/{project_id}/vm/{vm_id}/security-group/attach``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            security_group_id: The security group's id. Optional; left out when None.

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
            "attach_security_group",
            _attach_security_group._request(
                project_id,
                vm_id,
                security_group_id=security_group_id,
            ),
            _attach_security_group._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def detach_security_group(
        self,
        project_id: str,
        vm_id: str,
        *,
        security_group_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Remove a security group from a VM.

        ``PATCH /v1/projects/{project_id}/vm/{vm_id}/security-group/detach``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            security_group_id: The security group's id. Optional; left out when None.

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
            "detach_security_group",
            _detach_security_group._request(
                project_id,
                vm_id,
                security_group_id=security_group_id,
            ),
            _detach_security_group._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_vms(
        self,
        project_id: str,
        *,
        network_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListVMsResponse:
        """List the VMs of a project, optionally those on one network (not paginated).

        ``GET /v1/projects/{project_id}/vms``

        Args:
            project_id: The project's id.
            network_id: The network's id. Optional; left out when None.

        Returns:
            ListVMsResponse.

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
            "list_vms",
            _list_vms._request(
                project_id,
                network_id=network_id,
            ),
            _list_vms._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetVMResponse:
        """Read one VM with its state, addresses and price.

        ``GET /v1/projects/{project_id}/vms/{vm_id}``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.

        Returns:
            GetVMResponse.

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
            "get_vm",
            _get_vm._request(
                project_id,
                vm_id,
            ),
            _get_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def connect_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        connection_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ConnectVMResponse:
        """Get the address of a VM's web console.

        ``GET /v1/projects/{project_id}/vms/{vm_id}/connect``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            connection_id: The console connection to resume, if any. Optional; left out when None.

        Returns:
            ConnectVMResponse.

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
            "connect_vm",
            _connect_vm._request(
                project_id,
                vm_id,
                connection_id=connection_id,
            ),
            _connect_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def monitor_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> MonitorVMResponse:
        """Read a VM's recent CPU, memory, disk and network use.

        ``GET /v1/projects/{project_id}/vms/{vm_id}/monitor``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.

        Returns:
            MonitorVMResponse.

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
            "monitor_vm",
            _monitor_vm._request(
                project_id,
                vm_id,
            ),
            _monitor_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def reboot_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Restart a running VM.

        ``POST /v1/projects/{project_id}/vms/{vm_id}/reboot``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.

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
            "reboot_vm",
            _reboot_vm._request(
                project_id,
                vm_id,
            ),
            _reboot_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def resize_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        vcpus: int | None = None,
        memory_gib: int | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ResizeVMResponse:
        """Change a VM's vCPU count and memory (GiB); it restarts.

        ``POST /v1/projects/{project_id}/vms/{vm_id}/resize``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.
            vcpus: Number of virtual CPUs. Optional; left out when None.
            memory_gib: Memory in GiB. Optional; left out when None.

        Returns:
            ResizeVMResponse.

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
            "resize_vm",
            _resize_vm._request(
                project_id,
                vm_id,
                vcpus=vcpus,
                memory_gib=memory_gib,
            ),
            _resize_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def start_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Start a stopped VM.

        ``POST /v1/projects/{project_id}/vms/{vm_id}/start``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.

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
            "start_vm",
            _start_vm._request(
                project_id,
                vm_id,
            ),
            _start_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def stop_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Empty:
        """Stop a running VM; its disks are kept and still billed.

        ``POST /v1/projects/{project_id}/vms/{vm_id}/stop``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.

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
            "stop_vm",
            _stop_vm._request(
                project_id,
                vm_id,
            ),
            _stop_vm._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def terminate_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        missing_ok: bool = False,
    ) -> Empty:
        """Delete a VM and its boot disk.

        ``POST /v1/projects/{project_id}/vms/{vm_id}/terminate``

        Args:
            project_id: The project's id.
            vm_id: The VM's id.

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
            missing_ok: True: a NOT_FOUND answer counts as done (it is already gone) and returns the
                empty answer, for a teardown that may run twice.
        """
        return self._send(
            "terminate_vm",
            _terminate_vm._request(
                project_id,
                vm_id,
            ),
            _terminate_vm._decode,
            (timeout, retry, extra_headers, extra_query, missing_ok),
        )

    @_by_keyword
    def list_vm_data_centers(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListVMDataCentersResponse:
        """List the data centers VMs can run in.

        ``GET /v1/vms/data-centers``

        Returns:
            ListVMDataCentersResponse.

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
            "list_vm_data_centers",
            _list_vm_data_centers._request(),
            _list_vm_data_centers._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def get_vm_machine_type(
        self,
        data_center_id: str,
        machine_type_id: str,
        *,
        project_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> GetVMMachineTypeResponse:
        """Read one VM machine type in a data center, with its prices.

        ``GET /v1/vms/data-centers/{data_center_id}/machine_types/{machine_type_id}``

        Args:
            data_center_id: The data center's id, e.g. ``gb-bournemouth-1``.
            machine_type_id: The machine type's id.
            project_id: The project's id. Optional; left out when None.

        Returns:
            GetVMMachineTypeResponse.

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
            "get_vm_machine_type",
            _get_vm_machine_type._request(
                data_center_id,
                machine_type_id,
                project_id=project_id,
            ),
            _get_vm_machine_type._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_vm_gpu_models(
        self,
        *,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListVMGPUModelsResponse:
        """List the GPU models VMs can have.

        ``GET /v1/vms/gpu-models``

        Returns:
            ListVMGPUModelsResponse.

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
            "list_vm_gpu_models",
            _list_vm_gpu_models._request(),
            _list_vm_gpu_models._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_vm_machine_types(
        self,
        *,
        project_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListVMMachineTypesResponse:
        """List the VM machine types with their CPU, GPU and prices.

        ``GET /v1/vms/machine-types``

        Args:
            project_id: The project's id. Optional; left out when None.

        Returns:
            ListVMMachineTypesResponse.

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
            "list_vm_machine_types",
            _list_vm_machine_types._request(
                project_id=project_id,
            ),
            _list_vm_machine_types._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

    @_by_keyword
    def list_vm_machine_types_legacy(
        self,
        *,
        project_id: str | None = None,
        timeout: float | None = None,
        retry: "RetryPolicy | None" = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> ListVMMachineTypesResponse:
        """List the VM machine types (an older twin of list_vm_machine_types).

        ``GET /v1/vms/machine-types-2``

        Deprecated by the API (use list_vm_machine_types, which answers the same); calling it warns with DeprecationWarning.

        Args:
            project_id: The project's id. Optional; left out when None.

        Returns:
            ListVMMachineTypesResponse.

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
        warnings.warn(
            "list_vm_machine_types_legacy is deprecated by the API: use list_vm_machine_types, which answers the same",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._send(
            "list_vm_machine_types_legacy",
            _list_vm_machine_types_legacy._request(
                project_id=project_id,
            ),
            _list_vm_machine_types_legacy._decode,
            (timeout, retry, extra_headers, extra_query, False),
        )

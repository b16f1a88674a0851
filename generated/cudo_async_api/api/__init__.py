"""Operations of the API: one subpackage per tag, loaded on first use."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from ..types import CallOptions, OperationRequest

if TYPE_CHECKING:
    from .api_keys import APIKeysAPI, APIKeysSyncAPI
    from .billing import BillingAPI, BillingSyncAPI
    from .clusters import ClustersAPI, ClustersSyncAPI
    from .disks import DisksAPI, DisksSyncAPI
    from .images import ImagesAPI, ImagesSyncAPI
    from .machines import MachinesAPI, MachinesSyncAPI
    from .networks import NetworksAPI, NetworksSyncAPI
    from .object_storage import ObjectStorageAPI, ObjectStorageSyncAPI
    from .projects import ProjectsAPI, ProjectsSyncAPI
    from .resources import ResourcesAPI, ResourcesSyncAPI
    from .ssh_keys import SSHKeysAPI, SSHKeysSyncAPI
    from .users import UsersAPI, UsersSyncAPI
    from .virtual_machines import VirtualMachinesAPI, VirtualMachinesSyncAPI
    from .volumes import VolumesAPI, VolumesSyncAPI

R = TypeVar("R")


class Namespaces:
    """One attribute per tag. A subclass supplies ``_send``, which runs an operation."""

    def _send(
        self, operation: str, request: OperationRequest, decode: Callable[[Any], R], options: CallOptions, /
    ) -> Awaitable[R]:
        raise NotImplementedError

    @cached_property
    def api_keys(self) -> APIKeysAPI:
        """API keys of the calling user."""
        from .api_keys import APIKeysAPI

        return APIKeysAPI(self._send)

    @cached_property
    def billing(self) -> BillingAPI:
        """Billing accounts, their payment methods, credit, spend, invoices and permissions."""
        from .billing import BillingAPI

        return BillingAPI(self._send)

    @cached_property
    def clusters(self) -> ClustersAPI:
        """Bare-metal clusters, their machines and the machine types they can use."""
        from .clusters import ClustersAPI

        return ClustersAPI(self._send)

    @cached_property
    def disks(self) -> DisksAPI:
        """Storage disks of a project."""
        from .disks import DisksAPI

        return DisksAPI(self._send)

    @cached_property
    def images(self) -> ImagesAPI:
        """Private VM images of a project, and the public images every project can boot."""
        from .images import ImagesAPI

        return ImagesAPI(self._send)

    @cached_property
    def machines(self) -> MachinesAPI:
        """Bare-metal machines of a project, their types and operating systems."""
        from .machines import MachinesAPI

        return MachinesAPI(self._send)

    @cached_property
    def networks(self) -> NetworksAPI:
        """Private networks and security groups of a project."""
        from .networks import NetworksAPI

        return NetworksAPI(self._send)

    @cached_property
    def object_storage(self) -> ObjectStorageAPI:
        """S3-compatible object storage: buckets, users and their access keys."""
        from .object_storage import ObjectStorageAPI

        return ObjectStorageAPI(self._send)

    @cached_property
    def projects(self) -> ProjectsAPI:
        """Projects, their SSH keys and who may use them."""
        from .projects import ProjectsAPI

        return ProjectsAPI(self._send)

    @cached_property
    def resources(self) -> ResourcesAPI:
        """Search across the resources the caller can see."""
        from .resources import ResourcesAPI

        return ResourcesAPI(self._send)

    @cached_property
    def ssh_keys(self) -> SSHKeysAPI:
        """SSH keys of the calling user."""
        from .ssh_keys import SSHKeysAPI

        return SSHKeysAPI(self._send)

    @cached_property
    def users(self) -> UsersAPI:
        """The calling user's own account."""
        from .users import UsersAPI

        return UsersAPI(self._send)

    @cached_property
    def virtual_machines(self) -> VirtualMachinesAPI:
        """Virtual machines: their lifecycle, settings, data centers, machine types and GPU models."""
        from .virtual_machines import VirtualMachinesAPI

        return VirtualMachinesAPI(self._send)

    @cached_property
    def volumes(self) -> VolumesAPI:
        """Shared network volumes of a project, and their prices."""
        from .volumes import VolumesAPI

        return VolumesAPI(self._send)


class SyncNamespaces:
    """The same attributes, each with sync methods. A subclass supplies ``_send``, which runs an
    operation to its end and returns the result."""

    def _send(
        self, operation: str, request: OperationRequest, decode: Callable[[Any], R], options: CallOptions, /
    ) -> R:
        raise NotImplementedError

    @cached_property
    def api_keys(self) -> APIKeysSyncAPI:
        """API keys of the calling user."""
        from .api_keys import APIKeysSyncAPI

        return APIKeysSyncAPI(self._send)

    @cached_property
    def billing(self) -> BillingSyncAPI:
        """Billing accounts, their payment methods, credit, spend, invoices and permissions."""
        from .billing import BillingSyncAPI

        return BillingSyncAPI(self._send)

    @cached_property
    def clusters(self) -> ClustersSyncAPI:
        """Bare-metal clusters, their machines and the machine types they can use."""
        from .clusters import ClustersSyncAPI

        return ClustersSyncAPI(self._send)

    @cached_property
    def disks(self) -> DisksSyncAPI:
        """Storage disks of a project."""
        from .disks import DisksSyncAPI

        return DisksSyncAPI(self._send)

    @cached_property
    def images(self) -> ImagesSyncAPI:
        """Private VM images of a project, and the public images every project can boot."""
        from .images import ImagesSyncAPI

        return ImagesSyncAPI(self._send)

    @cached_property
    def machines(self) -> MachinesSyncAPI:
        """Bare-metal machines of a project, their types and operating systems."""
        from .machines import MachinesSyncAPI

        return MachinesSyncAPI(self._send)

    @cached_property
    def networks(self) -> NetworksSyncAPI:
        """Private networks and security groups of a project."""
        from .networks import NetworksSyncAPI

        return NetworksSyncAPI(self._send)

    @cached_property
    def object_storage(self) -> ObjectStorageSyncAPI:
        """S3-compatible object storage: buckets, users and their access keys."""
        from .object_storage import ObjectStorageSyncAPI

        return ObjectStorageSyncAPI(self._send)

    @cached_property
    def projects(self) -> ProjectsSyncAPI:
        """Projects, their SSH keys and who may use them."""
        from .projects import ProjectsSyncAPI

        return ProjectsSyncAPI(self._send)

    @cached_property
    def resources(self) -> ResourcesSyncAPI:
        """Search across the resources the caller can see."""
        from .resources import ResourcesSyncAPI

        return ResourcesSyncAPI(self._send)

    @cached_property
    def ssh_keys(self) -> SSHKeysSyncAPI:
        """SSH keys of the calling user."""
        from .ssh_keys import SSHKeysSyncAPI

        return SSHKeysSyncAPI(self._send)

    @cached_property
    def users(self) -> UsersSyncAPI:
        """The calling user's own account."""
        from .users import UsersSyncAPI

        return UsersSyncAPI(self._send)

    @cached_property
    def virtual_machines(self) -> VirtualMachinesSyncAPI:
        """Virtual machines: their lifecycle, settings, data centers, machine types and GPU models."""
        from .virtual_machines import VirtualMachinesSyncAPI

        return VirtualMachinesSyncAPI(self._send)

    @cached_property
    def volumes(self) -> VolumesSyncAPI:
        """Shared network volumes of a project, and their prices."""
        from .volumes import VolumesSyncAPI

        return VolumesSyncAPI(self._send)


TAGS: tuple[str, ...] = (
    "api_keys",
    "billing",
    "clusters",
    "disks",
    "images",
    "machines",
    "networks",
    "object_storage",
    "projects",
    "resources",
    "ssh_keys",
    "users",
    "virtual_machines",
    "volumes",
)

#: Every operation: (tag, operation, HTTP method, path template as in openapi.yaml).
ROUTES: tuple[tuple[str, str, str, str], ...] = (
    ("api_keys", "list_api_keys", "GET", "/v1/api-keys"),
    ("api_keys", "generate_api_key", "POST", "/v1/api-keys"),
    ("api_keys", "delete_api_key", "DELETE", "/v1/api-keys/{api_key_name}"),
    ("billing", "list_billing_accounts", "GET", "/v1/billing-accounts"),
    ("billing", "create_billing_account", "POST", "/v1/billing-accounts"),
    ("billing", "get_billing_account_spend_details", "GET", "/v1/billing-accounts/{billing_account_id}/spend/details"),
    ("billing", "get_billing_account", "GET", "/v1/billing-accounts/{billing_account_id}"),
    ("billing", "delete_billing_account", "DELETE", "/v1/billing-accounts/{billing_account_id}"),
    ("billing", "update_billing_account", "PATCH", "/v1/billing-accounts/{billing_account_id}"),
    ("billing", "add_billing_account_permission", "POST", "/v1/billing-accounts/{billing_account_id}:add-permission"),
    ("billing", "get_billing_account_permissions", "GET", "/v1/billing-accounts/{billing_account_id}:list-permissions"),
    (
        "billing",
        "remove_billing_account_permission",
        "POST",
        "/v1/billing-accounts/{billing_account_id}:remove-permission",
    ),
    ("billing", "undelete_billing_account", "POST", "/v1/billing-accounts/{billing_account_id}:undelete"),
    ("billing", "create_billing_account_credit_payment", "POST", "/v1/billing-accounts/{billing_account_id}/credit"),
    (
        "billing",
        "list_billing_account_credit_balance_transactions",
        "GET",
        "/v1/billing-accounts/{billing_account_id}/credit-balance-transactions",
    ),
    (
        "billing",
        "create_billing_account_credit_checkout_session",
        "POST",
        "/v1/billing-accounts/{billing_account_id}/credit-checkout-session",
    ),
    ("billing", "get_billing_account_details", "GET", "/v1/billing-accounts/{billing_account_id}/details"),
    (
        "billing",
        "get_billing_account_payment_methods",
        "GET",
        "/v1/billing-accounts/{billing_account_id}/payment-methods",
    ),
    (
        "billing",
        "remove_billing_account_payment_method",
        "DELETE",
        "/v1/billing-accounts/{billing_account_id}/payment-methods/{payment_method_id}",
    ),
    (
        "billing",
        "set_billing_account_default_payment_method",
        "POST",
        "/v1/billing-accounts/{billing_account_id}/payment-methods/{payment_method_id}/set-default",
    ),
    ("billing", "list_billing_account_projects", "GET", "/v1/billing-accounts/{billing_account_id}/projects"),
    ("billing", "get_billing_account_setup_intent", "GET", "/v1/billing-accounts/{billing_account_id}/setup-intent"),
    ("billing", "list_billing_account_transactions", "GET", "/v1/billing-accounts/{billing_account_id}/transactions"),
    ("billing", "list_outstanding_invoices", "GET", "/v1/billing-accounts/invoices/outstanding"),
    ("billing", "list_invoices", "GET", "/v1/invoices"),
    (
        "clusters",
        "get_cluster_machine_type",
        "GET",
        "/v1/clusters/data-centers/{data_center_id}/machine-types/{machine_type_id}",
    ),
    ("clusters", "list_cluster_machine_types", "GET", "/v1/clusters/machine-types"),
    ("clusters", "delete_cluster_machine", "DELETE", "/v1/projects/{project_id}/cluster-machines/{cluster_machine_id}"),
    ("clusters", "update_cluster_machine", "PATCH", "/v1/projects/{project_id}/cluster-machines/{cluster_machine_id}"),
    (
        "clusters",
        "reboot_cluster_machine",
        "POST",
        "/v1/projects/{project_id}/cluster-machines/{cluster_machine_id}:reboot",
    ),
    (
        "clusters",
        "rename_cluster_machine",
        "POST",
        "/v1/projects/{project_id}/cluster-machines/{cluster_machine_id}:rename",
    ),
    ("clusters", "list_clusters", "GET", "/v1/projects/{project_id}/clusters"),
    ("clusters", "create_cluster", "POST", "/v1/projects/{project_id}/clusters"),
    ("clusters", "get_cluster", "GET", "/v1/projects/{project_id}/clusters/{cluster_id}"),
    ("clusters", "delete_cluster", "DELETE", "/v1/projects/{project_id}/clusters/{cluster_id}"),
    ("clusters", "update_cluster", "PATCH", "/v1/projects/{project_id}/clusters/{cluster_id}"),
    ("disks", "list_disks", "GET", "/v1/projects/{project_id}/disks"),
    ("disks", "create_storage_disk", "POST", "/v1/projects/{project_id}/disks"),
    ("disks", "get_disk", "GET", "/v1/projects/{project_id}/disks/{disk_id}"),
    ("disks", "delete_storage_disk", "DELETE", "/v1/projects/{project_id}/disks/{disk_id}"),
    ("disks", "resize_vm_disk", "PATCH", "/v1/projects/{project_id}/vms/{vm_id}/disks"),
    ("images", "list_private_vm_images", "GET", "/v1/projects/{project_id}/images"),
    ("images", "create_private_vm_image", "POST", "/v1/projects/{project_id}/images"),
    ("images", "get_private_vm_image", "GET", "/v1/projects/{project_id}/images/{image_id}"),
    ("images", "update_private_vm_image", "POST", "/v1/projects/{project_id}/images/{image_id}"),
    ("images", "delete_private_vm_image", "DELETE", "/v1/projects/{project_id}/images/{image_id}"),
    ("images", "list_public_vm_images", "GET", "/v1/vms/public-images"),
    ("machines", "list_machine_types", "GET", "/v1/machines-types"),
    ("machines", "list_machine_operating_systems", "GET", "/v1/machines/operating-systems"),
    ("machines", "list_machines", "GET", "/v1/projects/{project_id}/machines"),
    ("machines", "create_machine", "POST", "/v1/projects/{project_id}/machines"),
    ("machines", "get_machine", "GET", "/v1/projects/{project_id}/machines/{machine_id}"),
    ("machines", "delete_machine", "DELETE", "/v1/projects/{project_id}/machines/{machine_id}"),
    ("machines", "update_machine", "PATCH", "/v1/projects/{project_id}/machines/{machine_id}"),
    ("machines", "deploy_machine_os", "POST", "/v1/projects/{project_id}/machines/{machine_id}/deploy"),
    ("networks", "list_networks", "GET", "/v1/projects/{project_id}/networks"),
    ("networks", "create_network", "POST", "/v1/projects/{project_id}/networks"),
    ("networks", "get_network", "GET", "/v1/projects/{project_id}/networks/{network_id}"),
    ("networks", "delete_network", "DELETE", "/v1/projects/{project_id}/networks/{network_id}"),
    ("networks", "start_network", "POST", "/v1/projects/{project_id}/networks/{network_id}/start"),
    ("networks", "stop_network", "POST", "/v1/projects/{project_id}/networks/{network_id}/stop"),
    ("networks", "list_security_groups", "GET", "/v1/projects/{project_id}/security-groups"),
    ("networks", "create_security_group", "POST", "/v1/projects/{project_id}/security-groups"),
    ("networks", "get_security_group", "GET", "/v1/projects/{project_id}/security-groups/{security_group_id}"),
    ("networks", "delete_security_group", "DELETE", "/v1/projects/{project_id}/security-groups/{security_group_id}"),
    ("networks", "update_security_group", "PATCH", "/v1/projects/{project_id}/security-groups/{security_group_id}"),
    ("object_storage", "list_object_storage_buckets", "GET", "/v1/projects/{project_id}/object-storage/buckets"),
    (
        "object_storage",
        "get_object_storage_bucket",
        "GET",
        "/v1/projects/{project_id}/object-storage/buckets/{data_center_id}/{bucket_id}",
    ),
    (
        "object_storage",
        "get_object_storage_session_key",
        "GET",
        "/v1/projects/{project_id}/object-storage/session-key/{data_center_id}",
    ),
    ("object_storage", "list_object_storage_users", "GET", "/v1/projects/{project_id}/object-storage/users"),
    (
        "object_storage",
        "create_object_storage_user",
        "POST",
        "/v1/projects/{project_id}/object-storage/users/{data_center_id}",
    ),
    (
        "object_storage",
        "get_object_storage_user",
        "GET",
        "/v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}",
    ),
    (
        "object_storage",
        "generate_object_storage_key",
        "POST",
        "/v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}",
    ),
    (
        "object_storage",
        "delete_object_storage_user",
        "DELETE",
        "/v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}",
    ),
    (
        "object_storage",
        "delete_object_storage_key",
        "DELETE",
        "/v1/projects/{project_id}/object-storage/users/{data_center_id}/{user_id}/keys/{access_key}",
    ),
    ("projects", "list_project_ssh_keys", "GET", "/v1/project/{project_id}/ssh-keys"),
    ("projects", "list_projects", "GET", "/v1/projects"),
    ("projects", "create_project", "POST", "/v1/projects"),
    ("projects", "get_project", "GET", "/v1/projects/{project_id}"),
    ("projects", "delete_project", "DELETE", "/v1/projects/{project_id}"),
    ("projects", "update_project", "PATCH", "/v1/projects/{project_id}"),
    ("projects", "add_project_permission", "POST", "/v1/projects/{project_id}:add-permission"),
    ("projects", "get_project_permissions", "GET", "/v1/projects/{project_id}:list-permissions"),
    ("projects", "remove_project_permission", "POST", "/v1/projects/{project_id}:remove-permission"),
    ("resources", "search_resources", "GET", "/v1/resources/search"),
    ("ssh_keys", "list_ssh_keys", "GET", "/v1/ssh-keys"),
    ("ssh_keys", "create_ssh_key", "POST", "/v1/ssh-keys"),
    ("ssh_keys", "get_ssh_key", "GET", "/v1/ssh-keys/{ssh_key_id}"),
    ("ssh_keys", "delete_ssh_key", "DELETE", "/v1/ssh-keys/{ssh_key_id}"),
    ("users", "get_profile", "GET", "/v1/auth"),
    ("users", "delete_user", "DELETE", "/v1/auth"),
    ("virtual_machines", "count_vms", "GET", "/v1/projects/{project_id}/count-vms"),
    ("virtual_machines", "attach_storage_disk", "PATCH", "/v1/projects/{project_id}/disk/{disk_id}/attach"),
    ("virtual_machines", "detach_storage_disk", "PUT", "/v1/projects/{project_id}/disk/{disk_id}/detach"),
    ("virtual_machines", "create_vm", "POST", "/v1/projects/{project_id}/vm"),
    (
        "virtual_machines",
        "update_vm_authorized_ssh_keys",
        "POST",
        "/v1/projects/{project_id}/vm/{vm_id}/authorized-ssh-keys",
    ),
    ("virtual_machines", "commit_vm", "POST", "/v1/projects/{project_id}/vm/{vm_id}/commit"),
    ("virtual_machines", "update_vm_expire_time", "POST", "/v1/projects/{project_id}/vm/{vm_id}/expire-time"),
    ("virtual_machines", "update_vm_metadata", "POST", "/v1/projects/{project_id}/vm/{vm_id}/metadata"),
    ("virtual_machines", "update_vm_password", "POST", "/v1/projects/{project_id}/vm/{vm_id}/password"),
    (
        "virtual_machines",
        "attach_security_group",
        "PATCH",
        "/v1/projects/{project_id}/vm/{vm_id}/security-group/attach",
    ),
    (
        "virtual_machines",
        "detach_security_group",
        "PATCH",
        "/v1/projects/{project_id}/vm/{vm_id}/security-group/detach",
    ),
    ("virtual_machines", "list_vms", "GET", "/v1/projects/{project_id}/vms"),
    ("virtual_machines", "get_vm", "GET", "/v1/projects/{project_id}/vms/{vm_id}"),
    ("virtual_machines", "connect_vm", "GET", "/v1/projects/{project_id}/vms/{vm_id}/connect"),
    ("virtual_machines", "monitor_vm", "GET", "/v1/projects/{project_id}/vms/{vm_id}/monitor"),
    ("virtual_machines", "reboot_vm", "POST", "/v1/projects/{project_id}/vms/{vm_id}/reboot"),
    ("virtual_machines", "resize_vm", "POST", "/v1/projects/{project_id}/vms/{vm_id}/resize"),
    ("virtual_machines", "start_vm", "POST", "/v1/projects/{project_id}/vms/{vm_id}/start"),
    ("virtual_machines", "stop_vm", "POST", "/v1/projects/{project_id}/vms/{vm_id}/stop"),
    ("virtual_machines", "terminate_vm", "POST", "/v1/projects/{project_id}/vms/{vm_id}/terminate"),
    ("virtual_machines", "list_vm_data_centers", "GET", "/v1/vms/data-centers"),
    (
        "virtual_machines",
        "get_vm_machine_type",
        "GET",
        "/v1/vms/data-centers/{data_center_id}/machine_types/{machine_type_id}",
    ),
    ("virtual_machines", "list_vm_gpu_models", "GET", "/v1/vms/gpu-models"),
    ("virtual_machines", "list_vm_machine_types", "GET", "/v1/vms/machine-types"),
    ("virtual_machines", "list_vm_machine_types_legacy", "GET", "/v1/vms/machine-types-2"),
    ("volumes", "list_volumes", "GET", "/v1/projects/{project_id}/volumes"),
    ("volumes", "create_volume", "POST", "/v1/projects/{project_id}/volumes"),
    ("volumes", "get_volume", "GET", "/v1/projects/{project_id}/volumes/{volume_id}"),
    ("volumes", "delete_volume", "DELETE", "/v1/projects/{project_id}/volumes/{volume_id}"),
    ("volumes", "update_volume", "PATCH", "/v1/projects/{project_id}/volumes/{volume_id}"),
    ("volumes", "list_volume_prices", "GET", "/v1/volumes/prices"),
)

#: The list operations that come in pages, and how each one asks for the next page.
PAGE_STYLES: dict[str, str] = {
    "list_api_keys": "page_number",
    "list_billing_account_credit_balance_transactions": "starting_after",
    "list_billing_account_transactions": "starting_after",
    "list_billing_accounts": "page_token",
    "list_cluster_machine_types": "page_number",
    "list_clusters": "page_number",
    "list_disks": "page_number",
    "list_invoices": "starting_after",
    "list_machine_types": "page_number",
    "list_machines": "page_number",
    "list_networks": "page_number",
    "list_object_storage_buckets": "page_number",
    "list_object_storage_users": "page_number",
    "list_private_vm_images": "page_number",
    "list_projects": "page_token",
    "list_security_groups": "page_number",
    "list_ssh_keys": "page_number",
    "list_volume_prices": "page_number",
    "list_volumes": "page_number",
}

#: For each paginated operation: the answer's attribute that holds its items (two operations that
#: answer with one model may page different lists of it).
PAGE_ITEMS: dict[str, str] = {
    "list_api_keys": "api_keys",
    "list_billing_account_credit_balance_transactions": "credit_balance_transactions",
    "list_billing_account_transactions": "transactions",
    "list_billing_accounts": "billing_accounts",
    "list_cluster_machine_types": "machine_types",
    "list_clusters": "clusters",
    "list_disks": "disks",
    "list_invoices": "invoices",
    "list_machine_types": "machine_types",
    "list_machines": "machines",
    "list_networks": "networks",
    "list_object_storage_buckets": "buckets",
    "list_object_storage_users": "users",
    "list_private_vm_images": "images",
    "list_projects": "projects",
    "list_security_groups": "security_groups",
    "list_ssh_keys": "ssh_keys",
    "list_volume_prices": "prices",
    "list_volumes": "volumes",
}

#: For the operations paged by token: the answer's attribute that holds the next page's token.
PAGE_TOKENS: dict[str, str] = {
    "list_billing_accounts": "page_token",
    "list_projects": "page_token",
}

#: List operations that take a page parameter but that ``paginate`` cannot page, with why.
UNPAGED: dict[str, str] = {}

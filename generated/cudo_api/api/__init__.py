"""Operations of the API: one subpackage per tag, loaded on first use."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from ..types import OperationRequest

if TYPE_CHECKING:
    from .api_keys import ApiKeysApi
    from .billing import BillingApi
    from .clusters import ClustersApi
    from .disks import DisksApi
    from .images import ImagesApi
    from .machines import MachinesApi
    from .networks import NetworksApi
    from .object_storage import ObjectStorageApi
    from .projects import ProjectsApi
    from .resources import ResourcesApi
    from .ssh_keys import SshKeysApi
    from .users import UsersApi
    from .virtual_machines import VirtualMachinesApi
    from .volumes import VolumesApi

R = TypeVar("R")


class Namespaces:
    """One attribute per tag. A subclass supplies ``_send``, which runs an operation."""

    def _send(self, operation: str, request: OperationRequest, decode: Callable[[Any], R], /) -> Awaitable[R]:
        raise NotImplementedError

    @cached_property
    def api_keys(self) -> ApiKeysApi:
        from .api_keys import ApiKeysApi

        return ApiKeysApi(self._send)

    @cached_property
    def billing(self) -> BillingApi:
        from .billing import BillingApi

        return BillingApi(self._send)

    @cached_property
    def clusters(self) -> ClustersApi:
        from .clusters import ClustersApi

        return ClustersApi(self._send)

    @cached_property
    def disks(self) -> DisksApi:
        from .disks import DisksApi

        return DisksApi(self._send)

    @cached_property
    def images(self) -> ImagesApi:
        from .images import ImagesApi

        return ImagesApi(self._send)

    @cached_property
    def machines(self) -> MachinesApi:
        from .machines import MachinesApi

        return MachinesApi(self._send)

    @cached_property
    def networks(self) -> NetworksApi:
        from .networks import NetworksApi

        return NetworksApi(self._send)

    @cached_property
    def object_storage(self) -> ObjectStorageApi:
        from .object_storage import ObjectStorageApi

        return ObjectStorageApi(self._send)

    @cached_property
    def projects(self) -> ProjectsApi:
        from .projects import ProjectsApi

        return ProjectsApi(self._send)

    @cached_property
    def resources(self) -> ResourcesApi:
        from .resources import ResourcesApi

        return ResourcesApi(self._send)

    @cached_property
    def ssh_keys(self) -> SshKeysApi:
        from .ssh_keys import SshKeysApi

        return SshKeysApi(self._send)

    @cached_property
    def users(self) -> UsersApi:
        from .users import UsersApi

        return UsersApi(self._send)

    @cached_property
    def virtual_machines(self) -> VirtualMachinesApi:
        from .virtual_machines import VirtualMachinesApi

        return VirtualMachinesApi(self._send)

    @cached_property
    def volumes(self) -> VolumesApi:
        from .volumes import VolumesApi

        return VolumesApi(self._send)


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
    ("api_keys", "delete_api_key", "DELETE", "/v1/api-keys/{name}"),
    ("billing", "list_billing_accounts", "GET", "/v1/billing-accounts"),
    ("billing", "create_billing_account", "POST", "/v1/billing-accounts"),
    ("billing", "get_billing_account_spend_details", "GET", "/v1/billing-accounts/{billing_account_id}/spend/details"),
    ("billing", "get_billing_account", "GET", "/v1/billing-accounts/{id}"),
    ("billing", "delete_billing_account", "DELETE", "/v1/billing-accounts/{id}"),
    ("billing", "update_billing_account", "PATCH", "/v1/billing-accounts/{id}"),
    ("billing", "add_billing_account_permission", "POST", "/v1/billing-accounts/{id}:add-permission"),
    ("billing", "get_billing_account_permissions", "GET", "/v1/billing-accounts/{id}:list-permissions"),
    ("billing", "remove_billing_account_permission", "POST", "/v1/billing-accounts/{id}:remove-permission"),
    ("billing", "undelete_billing_account", "POST", "/v1/billing-accounts/{id}:undelete"),
    ("billing", "create_billing_account_credit_payment", "POST", "/v1/billing-accounts/{id}/credit"),
    (
        "billing",
        "list_billing_account_credit_balance_transactions",
        "GET",
        "/v1/billing-accounts/{id}/credit-balance-transactions",
    ),
    (
        "billing",
        "create_billing_account_credit_checkout_session",
        "POST",
        "/v1/billing-accounts/{id}/credit-checkout-session",
    ),
    ("billing", "get_billing_account_details", "GET", "/v1/billing-accounts/{id}/details"),
    ("billing", "get_billing_account_payment_methods", "GET", "/v1/billing-accounts/{id}/payment-methods"),
    (
        "billing",
        "remove_billing_account_payment_method",
        "DELETE",
        "/v1/billing-accounts/{id}/payment-methods/{payment_method_id}",
    ),
    (
        "billing",
        "set_billing_account_default_payment_method",
        "POST",
        "/v1/billing-accounts/{id}/payment-methods/{payment_method_id}/set-default",
    ),
    ("billing", "list_billing_account_projects", "GET", "/v1/billing-accounts/{id}/projects"),
    ("billing", "get_billing_account_setup_intent", "GET", "/v1/billing-accounts/{id}/setup-intent"),
    ("billing", "list_billing_account_transactions", "GET", "/v1/billing-accounts/{id}/transactions"),
    ("billing", "list_outstanding_invoices", "GET", "/v1/billing-accounts/invoices/outstanding"),
    ("billing", "list_invoices", "GET", "/v1/invoices"),
    (
        "clusters",
        "get_cluster_machine_type",
        "GET",
        "/v1/clusters/data-centers/{data_center_id}/machine-types/{machine_type_id}",
    ),
    ("clusters", "list_cluster_machine_types", "GET", "/v1/clusters/machine-types"),
    ("clusters", "delete_cluster_machine", "DELETE", "/v1/projects/{project_id}/cluster-machines/{id}"),
    ("clusters", "update_cluster_machine", "PATCH", "/v1/projects/{project_id}/cluster-machines/{id}"),
    ("clusters", "reboot_cluster_machine", "POST", "/v1/projects/{project_id}/cluster-machines/{id}:reboot"),
    ("clusters", "rename_cluster_machine", "POST", "/v1/projects/{project_id}/cluster-machines/{id}:rename"),
    ("clusters", "list_clusters", "GET", "/v1/projects/{project_id}/clusters"),
    ("clusters", "create_cluster", "POST", "/v1/projects/{project_id}/clusters"),
    ("clusters", "get_cluster", "GET", "/v1/projects/{project_id}/clusters/{id}"),
    ("clusters", "delete_cluster", "DELETE", "/v1/projects/{project_id}/clusters/{id}"),
    ("clusters", "update_cluster", "PATCH", "/v1/projects/{project_id}/clusters/{id}"),
    ("disks", "list_disks", "GET", "/v1/projects/{project_id}/disks"),
    ("disks", "create_storage_disk", "POST", "/v1/projects/{project_id}/disks"),
    ("disks", "get_disk", "GET", "/v1/projects/{project_id}/disks/{id}"),
    ("disks", "delete_storage_disk", "DELETE", "/v1/projects/{project_id}/disks/{id}"),
    ("disks", "resize_vm_disk", "PATCH", "/v1/projects/{project_id}/vms/{id}/disks"),
    ("images", "list_private_vm_images", "GET", "/v1/projects/{project_id}/images"),
    ("images", "create_private_vm_image", "POST", "/v1/projects/{project_id}/images"),
    ("images", "get_private_vm_image", "GET", "/v1/projects/{project_id}/images/{id}"),
    ("images", "update_private_vm_image", "POST", "/v1/projects/{project_id}/images/{id}"),
    ("images", "delete_private_vm_image", "DELETE", "/v1/projects/{project_id}/images/{id}"),
    ("images", "list_public_vm_images", "GET", "/v1/vms/public-images"),
    ("machines", "list_machine_types", "GET", "/v1/machines-types"),
    ("machines", "list_machine_operating_systems", "GET", "/v1/machines/operating-systems"),
    ("machines", "list_machines", "GET", "/v1/projects/{project_id}/machines"),
    ("machines", "create_machine", "POST", "/v1/projects/{project_id}/machines"),
    ("machines", "get_machine", "GET", "/v1/projects/{project_id}/machines/{id}"),
    ("machines", "delete_machine", "DELETE", "/v1/projects/{project_id}/machines/{id}"),
    ("machines", "update_machine", "PATCH", "/v1/projects/{project_id}/machines/{id}"),
    ("machines", "deploy_machine_os", "POST", "/v1/projects/{project_id}/machines/{id}/deploy"),
    ("networks", "list_networks", "GET", "/v1/projects/{project_id}/networks"),
    ("networks", "create_network", "POST", "/v1/projects/{project_id}/networks"),
    ("networks", "get_network", "GET", "/v1/projects/{project_id}/networks/{id}"),
    ("networks", "delete_network", "DELETE", "/v1/projects/{project_id}/networks/{id}"),
    ("networks", "start_network", "POST", "/v1/projects/{project_id}/networks/{id}/start"),
    ("networks", "stop_network", "POST", "/v1/projects/{project_id}/networks/{id}/stop"),
    ("networks", "list_security_groups", "GET", "/v1/projects/{project_id}/security-groups"),
    ("networks", "create_security_group", "POST", "/v1/projects/{project_id}/security-groups"),
    ("networks", "get_security_group", "GET", "/v1/projects/{project_id}/security-groups/{id}"),
    ("networks", "delete_security_group", "DELETE", "/v1/projects/{project_id}/security-groups/{id}"),
    ("networks", "update_security_group", "PATCH", "/v1/projects/{project_id}/security-groups/{id}"),
    ("object_storage", "list_object_storage_buckets", "GET", "/v1/projects/{project_id}/object-storage/buckets"),
    (
        "object_storage",
        "get_object_storage_bucket",
        "GET",
        "/v1/projects/{project_id}/object-storage/buckets/{data_center_id}/{id}",
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
        "/v1/projects/{project_id}/object-storage/users/{data_center_id}/{id}",
    ),
    (
        "object_storage",
        "generate_object_storage_key",
        "POST",
        "/v1/projects/{project_id}/object-storage/users/{data_center_id}/{id}",
    ),
    (
        "object_storage",
        "delete_object_storage_user",
        "DELETE",
        "/v1/projects/{project_id}/object-storage/users/{data_center_id}/{id}",
    ),
    (
        "object_storage",
        "delete_object_storage_key",
        "DELETE",
        "/v1/projects/{project_id}/object-storage/users/{data_center_id}/{id}/keys/{access_key}",
    ),
    ("projects", "list_project_ssh_keys", "GET", "/v1/project/{project_id}/ssh-keys"),
    ("projects", "list_projects", "GET", "/v1/projects"),
    ("projects", "create_project", "POST", "/v1/projects"),
    ("projects", "get_project", "GET", "/v1/projects/{id}"),
    ("projects", "delete_project", "DELETE", "/v1/projects/{id}"),
    ("projects", "update_project", "PATCH", "/v1/projects/{id}"),
    ("projects", "add_project_permission", "POST", "/v1/projects/{id}:add-permission"),
    ("projects", "get_project_permissions", "GET", "/v1/projects/{id}:list-permissions"),
    ("projects", "remove_project_permission", "POST", "/v1/projects/{id}:remove-permission"),
    ("resources", "search_resources", "GET", "/v1/resources/search"),
    ("ssh_keys", "list_ssh_keys", "GET", "/v1/ssh-keys"),
    ("ssh_keys", "create_ssh_key", "POST", "/v1/ssh-keys"),
    ("ssh_keys", "get_ssh_key", "GET", "/v1/ssh-keys/{id}"),
    ("ssh_keys", "delete_ssh_key", "DELETE", "/v1/ssh-keys/{id}"),
    ("users", "get", "GET", "/v1/auth"),
    ("users", "delete_user", "DELETE", "/v1/auth"),
    ("virtual_machines", "count_vms", "GET", "/v1/projects/{project_id}/count-vms"),
    ("virtual_machines", "attach_storage_disk", "PATCH", "/v1/projects/{project_id}/disk/{id}/attach"),
    ("virtual_machines", "detach_storage_disk", "PUT", "/v1/projects/{project_id}/disk/{id}/detach"),
    ("virtual_machines", "create_vm", "POST", "/v1/projects/{project_id}/vm"),
    (
        "virtual_machines",
        "update_vm_authorized_ssh_keys",
        "POST",
        "/v1/projects/{project_id}/vm/{id}/authorized-ssh-keys",
    ),
    ("virtual_machines", "commit_vm", "POST", "/v1/projects/{project_id}/vm/{id}/commit"),
    ("virtual_machines", "update_vm_expire_time", "POST", "/v1/projects/{project_id}/vm/{id}/expire-time"),
    ("virtual_machines", "update_vm_metadata", "POST", "/v1/projects/{project_id}/vm/{id}/metadata"),
    ("virtual_machines", "update_vm_password", "POST", "/v1/projects/{project_id}/vm/{id}/password"),
    ("virtual_machines", "attach_security_group", "PATCH", "/v1/projects/{project_id}/vm/{id}/security-group/attach"),
    ("virtual_machines", "detach_security_group", "PATCH", "/v1/projects/{project_id}/vm/{id}/security-group/detach"),
    ("virtual_machines", "list_vms", "GET", "/v1/projects/{project_id}/vms"),
    ("virtual_machines", "get_vm", "GET", "/v1/projects/{project_id}/vms/{id}"),
    ("virtual_machines", "connect_vm", "GET", "/v1/projects/{project_id}/vms/{id}/connect"),
    ("virtual_machines", "monitor_vm", "GET", "/v1/projects/{project_id}/vms/{id}/monitor"),
    ("virtual_machines", "reboot_vm", "POST", "/v1/projects/{project_id}/vms/{id}/reboot"),
    ("virtual_machines", "resize_vm", "POST", "/v1/projects/{project_id}/vms/{id}/resize"),
    ("virtual_machines", "start_vm", "POST", "/v1/projects/{project_id}/vms/{id}/start"),
    ("virtual_machines", "stop_vm", "POST", "/v1/projects/{project_id}/vms/{id}/stop"),
    ("virtual_machines", "terminate_vm", "POST", "/v1/projects/{project_id}/vms/{id}/terminate"),
    ("virtual_machines", "list_vm_data_centers", "GET", "/v1/vms/data-centers"),
    (
        "virtual_machines",
        "get_vm_machine_type",
        "GET",
        "/v1/vms/data-centers/{data_center_id}/machine_types/{machine_type_id}",
    ),
    ("virtual_machines", "list_vm_gpu_models", "GET", "/v1/vms/gpu-models"),
    ("virtual_machines", "list_vm_machine_types", "GET", "/v1/vms/machine-types"),
    ("virtual_machines", "list_vm_machine_types2", "GET", "/v1/vms/machine-types-2"),
    ("volumes", "list_volumes", "GET", "/v1/projects/{project_id}/volumes"),
    ("volumes", "create_volume", "POST", "/v1/projects/{project_id}/volumes"),
    ("volumes", "get_volume", "GET", "/v1/projects/{project_id}/volumes/{id}"),
    ("volumes", "delete_volume", "DELETE", "/v1/projects/{project_id}/volumes/{id}"),
    ("volumes", "update_volume", "PATCH", "/v1/projects/{project_id}/volumes/{id}"),
    ("volumes", "list_volume_prices", "GET", "/v1/volumes/prices"),
)

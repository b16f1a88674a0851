"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use of its name, so that loading one operation
does not load all the models.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_key import APIKey
    from .billing_account import BillingAccount
    from .billing_account_payment_method import BillingAccountPaymentMethod
    from .billing_account_payment_methods import BillingAccountPaymentMethods
    from .billing_account_project import BillingAccountProject
    from .billing_account_result import BillingAccountResult
    from .billing_account_setup_intent import BillingAccountSetupIntent
    from .billing_account_spend_row import BillingAccountSpendRow
    from .billing_account_state import BillingAccountState
    from .billing_address import BillingAddress
    from .boot_disk import BootDisk
    from .charge import Charge
    from .checkout_session import CheckoutSession
    from .cluster import Cluster
    from .cluster_ipoib_config import ClusterIPOIBConfig
    from .cluster_machine import ClusterMachine
    from .cluster_machine_state import ClusterMachineState
    from .cluster_state import ClusterState
    from .commit_vm_body import CommitVMBody
    from .commitment_term import CommitmentTerm
    from .connect_vm_response import ConnectVMResponse
    from .count_vms_response import CountVMsResponse
    from .cpu_topology import CPUTopology
    from .create_billing_account_credit_payment_response import CreateBillingAccountCreditPaymentResponse
    from .create_billing_account_request import CreateBillingAccountRequest
    from .create_cluster_body import CreateClusterBody
    from .create_machine_body import CreateMachineBody
    from .create_network_body import CreateNetworkBody
    from .create_object_storage_user_body import CreateObjectStorageUserBody
    from .create_private_vm_image_response import CreatePrivateVMImageResponse
    from .create_security_group_body import CreateSecurityGroupBody
    from .create_storage_disk_body import CreateStorageDiskBody
    from .create_vm_body import CreateVMBody
    from .create_vm_body_metadata import CreateVMBodyMetadata
    from .create_vm_request_nic import CreateVMRequestNIC
    from .create_vm_response import CreateVMResponse
    from .create_volume_body import CreateVolumeBody
    from .credit_balance_recharge import CreditBalanceRecharge
    from .credit_balance_transaction import CreditBalanceTransaction
    from .deploy_machine_os_body import DeployMachineOSBody
    from .disk import Disk
    from .disk_state import DiskState
    from .disk_storage_price_hr import DiskStoragePriceHr
    from .disk_type import DiskType
    from .empty import Empty
    from .generate_api_key_request import GenerateAPIKeyRequest
    from .get_billing_account_details_response import GetBillingAccountDetailsResponse
    from .get_billing_account_permissions_response import GetBillingAccountPermissionsResponse
    from .get_billing_account_spend_details_response import GetBillingAccountSpendDetailsResponse
    from .get_cluster_machine_type_response import GetClusterMachineTypeResponse
    from .get_disk_response import GetDiskResponse
    from .get_object_storage_session_key_response import GetObjectStorageSessionKeyResponse
    from .get_private_vm_image_response import GetPrivateVMImageResponse
    from .get_project_permissions_response import GetProjectPermissionsResponse
    from .get_vm_machine_type_response import GetVMMachineTypeResponse
    from .get_vm_response import GetVMResponse
    from .gpu_model import GPUModel
    from .image import Image
    from .image_result import ImageResult
    from .invoice import Invoice
    from .last_payment_error import LastPaymentError
    from .lat_lng import LatLng
    from .list_api_keys_response import ListAPIKeysResponse
    from .list_billing_account_credit_balance_transactions_response import (
        ListBillingAccountCreditBalanceTransactionsResponse,
    )
    from .list_billing_account_projects_response import ListBillingAccountProjectsResponse
    from .list_billing_account_transactions_response import ListBillingAccountTransactionsResponse
    from .list_billing_accounts_response import ListBillingAccountsResponse
    from .list_cluster_machine_types_response import ListClusterMachineTypesResponse
    from .list_clusters_response import ListClustersResponse
    from .list_disks_response import ListDisksResponse
    from .list_invoices_response import ListInvoicesResponse
    from .list_machine_operating_systems_response import ListMachineOperatingSystemsResponse
    from .list_machine_types_response import ListMachineTypesResponse
    from .list_machines_response import ListMachinesResponse
    from .list_networks_response import ListNetworksResponse
    from .list_object_storage_buckets_response import ListObjectStorageBucketsResponse
    from .list_object_storage_users_response import ListObjectStorageUsersResponse
    from .list_outstanding_invoices_response import ListOutstandingInvoicesResponse
    from .list_private_vm_images_response import ListPrivateVMImagesResponse
    from .list_project_ssh_keys_response import ListProjectSSHKeysResponse
    from .list_projects_response import ListProjectsResponse
    from .list_public_vm_images_response import ListPublicVMImagesResponse
    from .list_security_groups_response import ListSecurityGroupsResponse
    from .list_ssh_keys_response import ListSSHKeysResponse
    from .list_vm_data_centers_response import ListVMDataCentersResponse
    from .list_vm_machine_types_response import ListVMMachineTypesResponse
    from .list_vmgpu_models_response import ListVMGPUModelsResponse
    from .list_vms_response import ListVMsResponse
    from .list_volume_prices_response import ListVolumePricesResponse
    from .list_volumes_response import ListVolumesResponse
    from .machine import Machine
    from .machine_power_state import MachinePowerState
    from .machine_result import MachineResult
    from .machine_state import MachineState
    from .machine_type import MachineType
    from .machine_type_price import MachineTypePrice
    from .monitor_vm_response import MonitorVMResponse
    from .network import Network
    from .network_price_hr import NetworkPriceHr
    from .network_state import NetworkState
    from .network_type import NetworkType
    from .object_storage_bucket import ObjectStorageBucket
    from .object_storage_key import ObjectStorageKey
    from .object_storage_user import ObjectStorageUser
    from .package import Package
    from .payment_intent import PaymentIntent
    from .payment_method_card import PaymentMethodCard
    from .payment_method_paypal import PaymentMethodPaypal
    from .payment_terms import PaymentTerms
    from .private_image import PrivateImage
    from .private_image_state import PrivateImageState
    from .profile import Profile
    from .project import Project
    from .remove_billing_account_payment_method_response import RemoveBillingAccountPaymentMethodResponse
    from .resize_vm_response import ResizeVMResponse
    from .result import Result
    from .role import Role
    from .rule import Rule
    from .rule_protocol import RuleProtocol
    from .rule_rule_type import RuleRuleType
    from .search_resources_response import SearchResourcesResponse
    from .security_group import SecurityGroup
    from .security_group_rule import SecurityGroupRule
    from .security_group_rule_protocol import SecurityGroupRuleProtocol
    from .security_group_rule_rule_type import SecurityGroupRuleRuleType
    from .set_billing_account_default_payment_method_response import SetBillingAccountDefaultPaymentMethodResponse
    from .ssh_key import SSHKey
    from .ssh_key_source import SSHKeySource
    from .status import Status
    from .status_detail import StatusDetail
    from .stripe_customer import StripeCustomer
    from .tax_id import TaxId
    from .transaction import Transaction
    from .unit import Unit
    from .update_billing_account_body import UpdateBillingAccountBody
    from .update_billing_account_body_billing_account import UpdateBillingAccountBodyBillingAccount
    from .update_cluster_body import UpdateClusterBody
    from .update_cluster_machine_body import UpdateClusterMachineBody
    from .update_machine_body import UpdateMachineBody
    from .update_project_body import UpdateProjectBody
    from .update_security_group_body import UpdateSecurityGroupBody
    from .update_vm_authorized_ssh_keys_body import UpdateVMAuthorizedSSHKeysBody
    from .update_vm_expire_time_body import UpdateVMExpireTimeBody
    from .update_vm_expire_time_response import UpdateVMExpireTimeResponse
    from .update_vm_metadata_body import UpdateVMMetadataBody
    from .update_vm_metadata_body_metadata import UpdateVMMetadataBodyMetadata
    from .update_vm_metadata_response import UpdateVMMetadataResponse
    from .update_vm_metadata_response_metadata import UpdateVMMetadataResponseMetadata
    from .update_vm_password_body import UpdateVMPasswordBody
    from .update_volume_body import UpdateVolumeBody
    from .user_permission import UserPermission
    from .virtual_machine_result import VirtualMachineResult
    from .virtual_machine_type_price import VirtualMachineTypePrice
    from .vm import VM
    from .vm_data_center import VMDataCenter
    from .vm_machine_type import VMMachineType
    from .vm_metadata import VMMetadata
    from .vm_monitoring_item import VMMonitoringItem
    from .vm_price import VMPrice
    from .vm_state import VMState
    from .vmnic import VMNIC
    from .volume import Volume
    from .volume_price import VolumePrice
    from .volume_state import VolumeState

_MODULE_OF: dict[str, str] = {
    "APIKey": ".api_key",
    "BillingAccount": ".billing_account",
    "BillingAccountPaymentMethod": ".billing_account_payment_method",
    "BillingAccountPaymentMethods": ".billing_account_payment_methods",
    "BillingAccountProject": ".billing_account_project",
    "BillingAccountResult": ".billing_account_result",
    "BillingAccountSetupIntent": ".billing_account_setup_intent",
    "BillingAccountSpendRow": ".billing_account_spend_row",
    "BillingAccountState": ".billing_account_state",
    "BillingAddress": ".billing_address",
    "BootDisk": ".boot_disk",
    "Charge": ".charge",
    "CheckoutSession": ".checkout_session",
    "Cluster": ".cluster",
    "ClusterIPOIBConfig": ".cluster_ipoib_config",
    "ClusterMachine": ".cluster_machine",
    "ClusterMachineState": ".cluster_machine_state",
    "ClusterState": ".cluster_state",
    "CommitVMBody": ".commit_vm_body",
    "CommitmentTerm": ".commitment_term",
    "ConnectVMResponse": ".connect_vm_response",
    "CountVMsResponse": ".count_vms_response",
    "CPUTopology": ".cpu_topology",
    "CreateBillingAccountCreditPaymentResponse": ".create_billing_account_credit_payment_response",
    "CreateBillingAccountRequest": ".create_billing_account_request",
    "CreateClusterBody": ".create_cluster_body",
    "CreateMachineBody": ".create_machine_body",
    "CreateNetworkBody": ".create_network_body",
    "CreateObjectStorageUserBody": ".create_object_storage_user_body",
    "CreatePrivateVMImageResponse": ".create_private_vm_image_response",
    "CreateSecurityGroupBody": ".create_security_group_body",
    "CreateStorageDiskBody": ".create_storage_disk_body",
    "CreateVMBody": ".create_vm_body",
    "CreateVMBodyMetadata": ".create_vm_body_metadata",
    "CreateVMRequestNIC": ".create_vm_request_nic",
    "CreateVMResponse": ".create_vm_response",
    "CreateVolumeBody": ".create_volume_body",
    "CreditBalanceRecharge": ".credit_balance_recharge",
    "CreditBalanceTransaction": ".credit_balance_transaction",
    "DeployMachineOSBody": ".deploy_machine_os_body",
    "Disk": ".disk",
    "DiskState": ".disk_state",
    "DiskStoragePriceHr": ".disk_storage_price_hr",
    "DiskType": ".disk_type",
    "Empty": ".empty",
    "GenerateAPIKeyRequest": ".generate_api_key_request",
    "GetBillingAccountDetailsResponse": ".get_billing_account_details_response",
    "GetBillingAccountPermissionsResponse": ".get_billing_account_permissions_response",
    "GetBillingAccountSpendDetailsResponse": ".get_billing_account_spend_details_response",
    "GetClusterMachineTypeResponse": ".get_cluster_machine_type_response",
    "GetDiskResponse": ".get_disk_response",
    "GetObjectStorageSessionKeyResponse": ".get_object_storage_session_key_response",
    "GetPrivateVMImageResponse": ".get_private_vm_image_response",
    "GetProjectPermissionsResponse": ".get_project_permissions_response",
    "GetVMMachineTypeResponse": ".get_vm_machine_type_response",
    "GetVMResponse": ".get_vm_response",
    "GPUModel": ".gpu_model",
    "Image": ".image",
    "ImageResult": ".image_result",
    "Invoice": ".invoice",
    "LastPaymentError": ".last_payment_error",
    "LatLng": ".lat_lng",
    "ListAPIKeysResponse": ".list_api_keys_response",
    "ListBillingAccountCreditBalanceTransactionsResponse": ".list_billing_account_credit_balance_transactions_response",
    "ListBillingAccountProjectsResponse": ".list_billing_account_projects_response",
    "ListBillingAccountTransactionsResponse": ".list_billing_account_transactions_response",
    "ListBillingAccountsResponse": ".list_billing_accounts_response",
    "ListClusterMachineTypesResponse": ".list_cluster_machine_types_response",
    "ListClustersResponse": ".list_clusters_response",
    "ListDisksResponse": ".list_disks_response",
    "ListInvoicesResponse": ".list_invoices_response",
    "ListMachineOperatingSystemsResponse": ".list_machine_operating_systems_response",
    "ListMachineTypesResponse": ".list_machine_types_response",
    "ListMachinesResponse": ".list_machines_response",
    "ListNetworksResponse": ".list_networks_response",
    "ListObjectStorageBucketsResponse": ".list_object_storage_buckets_response",
    "ListObjectStorageUsersResponse": ".list_object_storage_users_response",
    "ListOutstandingInvoicesResponse": ".list_outstanding_invoices_response",
    "ListPrivateVMImagesResponse": ".list_private_vm_images_response",
    "ListProjectSSHKeysResponse": ".list_project_ssh_keys_response",
    "ListProjectsResponse": ".list_projects_response",
    "ListPublicVMImagesResponse": ".list_public_vm_images_response",
    "ListSecurityGroupsResponse": ".list_security_groups_response",
    "ListSSHKeysResponse": ".list_ssh_keys_response",
    "ListVMDataCentersResponse": ".list_vm_data_centers_response",
    "ListVMMachineTypesResponse": ".list_vm_machine_types_response",
    "ListVMGPUModelsResponse": ".list_vmgpu_models_response",
    "ListVMsResponse": ".list_vms_response",
    "ListVolumePricesResponse": ".list_volume_prices_response",
    "ListVolumesResponse": ".list_volumes_response",
    "Machine": ".machine",
    "MachinePowerState": ".machine_power_state",
    "MachineResult": ".machine_result",
    "MachineState": ".machine_state",
    "MachineType": ".machine_type",
    "MachineTypePrice": ".machine_type_price",
    "MonitorVMResponse": ".monitor_vm_response",
    "Network": ".network",
    "NetworkPriceHr": ".network_price_hr",
    "NetworkState": ".network_state",
    "NetworkType": ".network_type",
    "ObjectStorageBucket": ".object_storage_bucket",
    "ObjectStorageKey": ".object_storage_key",
    "ObjectStorageUser": ".object_storage_user",
    "Package": ".package",
    "PaymentIntent": ".payment_intent",
    "PaymentMethodCard": ".payment_method_card",
    "PaymentMethodPaypal": ".payment_method_paypal",
    "PaymentTerms": ".payment_terms",
    "PrivateImage": ".private_image",
    "PrivateImageState": ".private_image_state",
    "Profile": ".profile",
    "Project": ".project",
    "RemoveBillingAccountPaymentMethodResponse": ".remove_billing_account_payment_method_response",
    "ResizeVMResponse": ".resize_vm_response",
    "Result": ".result",
    "Role": ".role",
    "Rule": ".rule",
    "RuleProtocol": ".rule_protocol",
    "RuleRuleType": ".rule_rule_type",
    "SearchResourcesResponse": ".search_resources_response",
    "SecurityGroup": ".security_group",
    "SecurityGroupRule": ".security_group_rule",
    "SecurityGroupRuleProtocol": ".security_group_rule_protocol",
    "SecurityGroupRuleRuleType": ".security_group_rule_rule_type",
    "SetBillingAccountDefaultPaymentMethodResponse": ".set_billing_account_default_payment_method_response",
    "SSHKey": ".ssh_key",
    "SSHKeySource": ".ssh_key_source",
    "Status": ".status",
    "StatusDetail": ".status_detail",
    "StripeCustomer": ".stripe_customer",
    "TaxId": ".tax_id",
    "Transaction": ".transaction",
    "Unit": ".unit",
    "UpdateBillingAccountBody": ".update_billing_account_body",
    "UpdateBillingAccountBodyBillingAccount": ".update_billing_account_body_billing_account",
    "UpdateClusterBody": ".update_cluster_body",
    "UpdateClusterMachineBody": ".update_cluster_machine_body",
    "UpdateMachineBody": ".update_machine_body",
    "UpdateProjectBody": ".update_project_body",
    "UpdateSecurityGroupBody": ".update_security_group_body",
    "UpdateVMAuthorizedSSHKeysBody": ".update_vm_authorized_ssh_keys_body",
    "UpdateVMExpireTimeBody": ".update_vm_expire_time_body",
    "UpdateVMExpireTimeResponse": ".update_vm_expire_time_response",
    "UpdateVMMetadataBody": ".update_vm_metadata_body",
    "UpdateVMMetadataBodyMetadata": ".update_vm_metadata_body_metadata",
    "UpdateVMMetadataResponse": ".update_vm_metadata_response",
    "UpdateVMMetadataResponseMetadata": ".update_vm_metadata_response_metadata",
    "UpdateVMPasswordBody": ".update_vm_password_body",
    "UpdateVolumeBody": ".update_volume_body",
    "UserPermission": ".user_permission",
    "VirtualMachineResult": ".virtual_machine_result",
    "VirtualMachineTypePrice": ".virtual_machine_type_price",
    "VM": ".vm",
    "VMDataCenter": ".vm_data_center",
    "VMMachineType": ".vm_machine_type",
    "VMMetadata": ".vm_metadata",
    "VMMonitoringItem": ".vm_monitoring_item",
    "VMPrice": ".vm_price",
    "VMState": ".vm_state",
    "VMNIC": ".vmnic",
    "Volume": ".volume",
    "VolumePrice": ".volume_price",
    "VolumeState": ".volume_state",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
    "APIKey",
    "BillingAccount",
    "BillingAccountPaymentMethod",
    "BillingAccountPaymentMethods",
    "BillingAccountProject",
    "BillingAccountResult",
    "BillingAccountSetupIntent",
    "BillingAccountSpendRow",
    "BillingAccountState",
    "BillingAddress",
    "BootDisk",
    "Charge",
    "CheckoutSession",
    "Cluster",
    "ClusterIPOIBConfig",
    "ClusterMachine",
    "ClusterMachineState",
    "ClusterState",
    "CommitmentTerm",
    "CommitVMBody",
    "ConnectVMResponse",
    "CountVMsResponse",
    "CPUTopology",
    "CreateBillingAccountCreditPaymentResponse",
    "CreateBillingAccountRequest",
    "CreateClusterBody",
    "CreateMachineBody",
    "CreateNetworkBody",
    "CreateObjectStorageUserBody",
    "CreatePrivateVMImageResponse",
    "CreateSecurityGroupBody",
    "CreateStorageDiskBody",
    "CreateVMBody",
    "CreateVMBodyMetadata",
    "CreateVMRequestNIC",
    "CreateVMResponse",
    "CreateVolumeBody",
    "CreditBalanceRecharge",
    "CreditBalanceTransaction",
    "DeployMachineOSBody",
    "Disk",
    "DiskState",
    "DiskStoragePriceHr",
    "DiskType",
    "Empty",
    "GenerateAPIKeyRequest",
    "GetBillingAccountDetailsResponse",
    "GetBillingAccountPermissionsResponse",
    "GetBillingAccountSpendDetailsResponse",
    "GetClusterMachineTypeResponse",
    "GetDiskResponse",
    "GetObjectStorageSessionKeyResponse",
    "GetPrivateVMImageResponse",
    "GetProjectPermissionsResponse",
    "GetVMMachineTypeResponse",
    "GetVMResponse",
    "GPUModel",
    "Image",
    "ImageResult",
    "Invoice",
    "LastPaymentError",
    "LatLng",
    "ListAPIKeysResponse",
    "ListBillingAccountCreditBalanceTransactionsResponse",
    "ListBillingAccountProjectsResponse",
    "ListBillingAccountsResponse",
    "ListBillingAccountTransactionsResponse",
    "ListClusterMachineTypesResponse",
    "ListClustersResponse",
    "ListDisksResponse",
    "ListInvoicesResponse",
    "ListMachineOperatingSystemsResponse",
    "ListMachinesResponse",
    "ListMachineTypesResponse",
    "ListNetworksResponse",
    "ListObjectStorageBucketsResponse",
    "ListObjectStorageUsersResponse",
    "ListOutstandingInvoicesResponse",
    "ListPrivateVMImagesResponse",
    "ListProjectsResponse",
    "ListProjectSSHKeysResponse",
    "ListPublicVMImagesResponse",
    "ListSecurityGroupsResponse",
    "ListSSHKeysResponse",
    "ListVMDataCentersResponse",
    "ListVMGPUModelsResponse",
    "ListVMMachineTypesResponse",
    "ListVMsResponse",
    "ListVolumePricesResponse",
    "ListVolumesResponse",
    "Machine",
    "MachinePowerState",
    "MachineResult",
    "MachineState",
    "MachineType",
    "MachineTypePrice",
    "MonitorVMResponse",
    "Network",
    "NetworkPriceHr",
    "NetworkState",
    "NetworkType",
    "ObjectStorageBucket",
    "ObjectStorageKey",
    "ObjectStorageUser",
    "Package",
    "PaymentIntent",
    "PaymentMethodCard",
    "PaymentMethodPaypal",
    "PaymentTerms",
    "PrivateImage",
    "PrivateImageState",
    "Profile",
    "Project",
    "RemoveBillingAccountPaymentMethodResponse",
    "ResizeVMResponse",
    "Result",
    "Role",
    "Rule",
    "RuleProtocol",
    "RuleRuleType",
    "SearchResourcesResponse",
    "SecurityGroup",
    "SecurityGroupRule",
    "SecurityGroupRuleProtocol",
    "SecurityGroupRuleRuleType",
    "SetBillingAccountDefaultPaymentMethodResponse",
    "SSHKey",
    "SSHKeySource",
    "Status",
    "StatusDetail",
    "StripeCustomer",
    "TaxId",
    "Transaction",
    "Unit",
    "UpdateBillingAccountBody",
    "UpdateBillingAccountBodyBillingAccount",
    "UpdateClusterBody",
    "UpdateClusterMachineBody",
    "UpdateMachineBody",
    "UpdateProjectBody",
    "UpdateSecurityGroupBody",
    "UpdateVMAuthorizedSSHKeysBody",
    "UpdateVMExpireTimeBody",
    "UpdateVMExpireTimeResponse",
    "UpdateVMMetadataBody",
    "UpdateVMMetadataBodyMetadata",
    "UpdateVMMetadataResponse",
    "UpdateVMMetadataResponseMetadata",
    "UpdateVMPasswordBody",
    "UpdateVolumeBody",
    "UserPermission",
    "VirtualMachineResult",
    "VirtualMachineTypePrice",
    "VM",
    "VMDataCenter",
    "VMMachineType",
    "VMMetadata",
    "VMMonitoringItem",
    "VMNIC",
    "VMPrice",
    "VMState",
    "Volume",
    "VolumePrice",
    "VolumeState",
)

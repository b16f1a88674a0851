from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..models.ssh_key_source import SshKeySource
from ..models.vm_state import VmState
from ..types import UNSET, Unset, parse_datetime, parse_int

T = TypeVar("T", bound="VM")


@_attrs_define
class VM:
    """
    Attributes:
        commitment_term (CommitmentTerm):
        project_id (str):
        authorized_ssh_keys (str | Unset):
        boot_disk (Disk | Unset):
        boot_disk_size_gib (int | Unset):
        commitment_end_time (datetime.datetime | Unset):
        cpu_model (str | Unset):
        create_by (str | Unset):
        create_time (datetime.datetime | Unset):
        datacenter_id (str | Unset):
        expire_time (datetime.datetime | Unset):
        external_ip_address (str | Unset):
        gpu_model (str | Unset):
        gpu_model_id (str | Unset):
        gpu_quantity (int | Unset):
        id (str | Unset):
        image_id (str | Unset):
        image_name (str | Unset):
        internal_ip_address (str | Unset):
        machine_type (str | Unset):
        memory (int | Unset):
        metadata (VMMetadata | Unset):
        nics (list[VMNIC] | Unset):
        price (VMPrice | Unset):
        private_image_id (str | Unset):
        public_image_id (str | Unset):
        public_image_name (str | Unset):
        public_ip_address (str | Unset):
        renewable_energy (bool | Unset):
        rules (list[SecurityGroupRule] | Unset):
        security_group_ids (list[str] | Unset):
        security_groups (list[SecurityGroup] | Unset):
        short_state (str | Unset):
        ssh_key_source (SshKeySource | Unset):
        state (VmState | Unset):
        storage_disks (list[Disk] | Unset):
        vcpus (int | Unset):
    """

    commitment_term: CommitmentTerm
    project_id: str
    authorized_ssh_keys: str | Unset = UNSET
    boot_disk: Disk | Unset = UNSET
    boot_disk_size_gib: int | Unset = UNSET
    commitment_end_time: datetime.datetime | Unset = UNSET
    cpu_model: str | Unset = UNSET
    create_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    datacenter_id: str | Unset = UNSET
    expire_time: datetime.datetime | Unset = UNSET
    external_ip_address: str | Unset = UNSET
    gpu_model: str | Unset = UNSET
    gpu_model_id: str | Unset = UNSET
    gpu_quantity: int | Unset = UNSET
    id: str | Unset = UNSET
    image_id: str | Unset = UNSET
    image_name: str | Unset = UNSET
    internal_ip_address: str | Unset = UNSET
    machine_type: str | Unset = UNSET
    memory: int | Unset = UNSET
    metadata: VMMetadata | Unset = UNSET
    nics: list[VMNIC] | Unset = UNSET
    price: VMPrice | Unset = UNSET
    private_image_id: str | Unset = UNSET
    public_image_id: str | Unset = UNSET
    public_image_name: str | Unset = UNSET
    public_ip_address: str | Unset = UNSET
    renewable_energy: bool | Unset = UNSET
    rules: list[SecurityGroupRule] | Unset = UNSET
    security_group_ids: list[str] | Unset = UNSET
    security_groups: list[SecurityGroup] | Unset = UNSET
    short_state: str | Unset = UNSET
    ssh_key_source: SshKeySource | Unset = UNSET
    state: VmState | Unset = UNSET
    storage_disks: list[Disk] | Unset = UNSET
    vcpus: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitment_term = self.commitment_term.value

        project_id = self.project_id

        authorized_ssh_keys = self.authorized_ssh_keys

        boot_disk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.boot_disk, Unset):
            boot_disk = self.boot_disk.to_dict()

        boot_disk_size_gib = self.boot_disk_size_gib

        commitment_end_time: str | Unset = UNSET
        if not isinstance(self.commitment_end_time, Unset):
            commitment_end_time = self.commitment_end_time.isoformat()

        cpu_model = self.cpu_model

        create_by = self.create_by

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        datacenter_id = self.datacenter_id

        expire_time: str | Unset = UNSET
        if not isinstance(self.expire_time, Unset):
            expire_time = self.expire_time.isoformat()

        external_ip_address = self.external_ip_address

        gpu_model = self.gpu_model

        gpu_model_id = self.gpu_model_id

        gpu_quantity = self.gpu_quantity

        id = self.id

        image_id = self.image_id

        image_name = self.image_name

        internal_ip_address = self.internal_ip_address

        machine_type = self.machine_type

        memory = self.memory

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        nics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nics, Unset):
            nics = []
            for nics_item_data in self.nics:
                nics_item = nics_item_data.to_dict()
                nics.append(nics_item)

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        private_image_id = self.private_image_id

        public_image_id = self.public_image_id

        public_image_name = self.public_image_name

        public_ip_address = self.public_ip_address

        renewable_energy = self.renewable_energy

        rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = []
            for rules_item_data in self.rules:
                rules_item = rules_item_data.to_dict()
                rules.append(rules_item)

        security_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.security_group_ids, Unset):
            security_group_ids = self.security_group_ids

        security_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.security_groups, Unset):
            security_groups = []
            for security_groups_item_data in self.security_groups:
                security_groups_item = security_groups_item_data.to_dict()
                security_groups.append(security_groups_item)

        short_state = self.short_state

        ssh_key_source: str | Unset = UNSET
        if not isinstance(self.ssh_key_source, Unset):
            ssh_key_source = self.ssh_key_source.value

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        storage_disks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.storage_disks, Unset):
            storage_disks = []
            for storage_disks_item_data in self.storage_disks:
                storage_disks_item = storage_disks_item_data.to_dict()
                storage_disks.append(storage_disks_item)

        vcpus = self.vcpus

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commitmentTerm": commitment_term,
                "projectId": project_id,
            }
        )
        if authorized_ssh_keys is not UNSET:
            field_dict["authorizedSshKeys"] = authorized_ssh_keys
        if boot_disk is not UNSET:
            field_dict["bootDisk"] = boot_disk
        if boot_disk_size_gib is not UNSET:
            field_dict["bootDiskSizeGib"] = boot_disk_size_gib
        if commitment_end_time is not UNSET:
            field_dict["commitmentEndTime"] = commitment_end_time
        if cpu_model is not UNSET:
            field_dict["cpuModel"] = cpu_model
        if create_by is not UNSET:
            field_dict["createBy"] = create_by
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if datacenter_id is not UNSET:
            field_dict["datacenterId"] = datacenter_id
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if external_ip_address is not UNSET:
            field_dict["externalIpAddress"] = external_ip_address
        if gpu_model is not UNSET:
            field_dict["gpuModel"] = gpu_model
        if gpu_model_id is not UNSET:
            field_dict["gpuModelId"] = gpu_model_id
        if gpu_quantity is not UNSET:
            field_dict["gpuQuantity"] = gpu_quantity
        if id is not UNSET:
            field_dict["id"] = id
        if image_id is not UNSET:
            field_dict["imageId"] = image_id
        if image_name is not UNSET:
            field_dict["imageName"] = image_name
        if internal_ip_address is not UNSET:
            field_dict["internalIpAddress"] = internal_ip_address
        if machine_type is not UNSET:
            field_dict["machineType"] = machine_type
        if memory is not UNSET:
            field_dict["memory"] = memory
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if nics is not UNSET:
            field_dict["nics"] = nics
        if price is not UNSET:
            field_dict["price"] = price
        if private_image_id is not UNSET:
            field_dict["privateImageId"] = private_image_id
        if public_image_id is not UNSET:
            field_dict["publicImageId"] = public_image_id
        if public_image_name is not UNSET:
            field_dict["publicImageName"] = public_image_name
        if public_ip_address is not UNSET:
            field_dict["publicIpAddress"] = public_ip_address
        if renewable_energy is not UNSET:
            field_dict["renewableEnergy"] = renewable_energy
        if rules is not UNSET:
            field_dict["rules"] = rules
        if security_group_ids is not UNSET:
            field_dict["securityGroupIds"] = security_group_ids
        if security_groups is not UNSET:
            field_dict["securityGroups"] = security_groups
        if short_state is not UNSET:
            field_dict["shortState"] = short_state
        if ssh_key_source is not UNSET:
            field_dict["sshKeySource"] = ssh_key_source
        if state is not UNSET:
            field_dict["state"] = state
        if storage_disks is not UNSET:
            field_dict["storageDisks"] = storage_disks
        if vcpus is not UNSET:
            field_dict["vcpus"] = vcpus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        commitment_term = CommitmentTerm.from_wire(d.pop("commitmentTerm", "COMMITMENT_TERM_NONE"))

        project_id = d.pop("projectId", "")

        authorized_ssh_keys = d.pop("authorizedSshKeys", UNSET)

        _boot_disk = d.pop("bootDisk", UNSET)
        boot_disk: Disk | Unset
        if _boot_disk is UNSET:
            boot_disk = UNSET
        else:
            boot_disk = Disk.from_dict(_boot_disk)

        _boot_disk_size_gib = d.pop("bootDiskSizeGib", UNSET)
        boot_disk_size_gib: int | Unset
        if _boot_disk_size_gib is UNSET:
            boot_disk_size_gib = UNSET
        else:
            boot_disk_size_gib = parse_int(_boot_disk_size_gib)

        _commitment_end_time = d.pop("commitmentEndTime", UNSET)
        commitment_end_time: datetime.datetime | Unset
        if _commitment_end_time is UNSET:
            commitment_end_time = UNSET
        else:
            commitment_end_time = parse_datetime(_commitment_end_time)

        cpu_model = d.pop("cpuModel", UNSET)

        create_by = d.pop("createBy", UNSET)

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if _create_time is UNSET:
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        datacenter_id = d.pop("datacenterId", UNSET)

        _expire_time = d.pop("expireTime", UNSET)
        expire_time: datetime.datetime | Unset
        if _expire_time is UNSET:
            expire_time = UNSET
        else:
            expire_time = parse_datetime(_expire_time)

        external_ip_address = d.pop("externalIpAddress", UNSET)

        gpu_model = d.pop("gpuModel", UNSET)

        gpu_model_id = d.pop("gpuModelId", UNSET)

        _gpu_quantity = d.pop("gpuQuantity", UNSET)
        gpu_quantity: int | Unset
        if _gpu_quantity is UNSET:
            gpu_quantity = UNSET
        else:
            gpu_quantity = parse_int(_gpu_quantity)

        id = d.pop("id", UNSET)

        image_id = d.pop("imageId", UNSET)

        image_name = d.pop("imageName", UNSET)

        internal_ip_address = d.pop("internalIpAddress", UNSET)

        machine_type = d.pop("machineType", UNSET)

        _memory = d.pop("memory", UNSET)
        memory: int | Unset
        if _memory is UNSET:
            memory = UNSET
        else:
            memory = parse_int(_memory)

        _metadata = d.pop("metadata", UNSET)
        metadata: VMMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = VMMetadata.from_dict(_metadata)

        _nics = d.pop("nics", UNSET)
        nics: list[VMNIC] | Unset = UNSET
        if _nics is not UNSET:
            nics = []
            for nics_item_data in _nics:
                nics_item = VMNIC.from_dict(nics_item_data)

                nics.append(nics_item)

        _price = d.pop("price", UNSET)
        price: VMPrice | Unset
        if _price is UNSET:
            price = UNSET
        else:
            price = VMPrice.from_dict(_price)

        private_image_id = d.pop("privateImageId", UNSET)

        public_image_id = d.pop("publicImageId", UNSET)

        public_image_name = d.pop("publicImageName", UNSET)

        public_ip_address = d.pop("publicIpAddress", UNSET)

        renewable_energy = d.pop("renewableEnergy", UNSET)

        _rules = d.pop("rules", UNSET)
        rules: list[SecurityGroupRule] | Unset = UNSET
        if _rules is not UNSET:
            rules = []
            for rules_item_data in _rules:
                rules_item = SecurityGroupRule.from_dict(rules_item_data)

                rules.append(rules_item)

        security_group_ids = cast(list[str], d.pop("securityGroupIds", UNSET))

        _security_groups = d.pop("securityGroups", UNSET)
        security_groups: list[SecurityGroup] | Unset = UNSET
        if _security_groups is not UNSET:
            security_groups = []
            for security_groups_item_data in _security_groups:
                security_groups_item = SecurityGroup.from_dict(security_groups_item_data)

                security_groups.append(security_groups_item)

        short_state = d.pop("shortState", UNSET)

        _ssh_key_source = d.pop("sshKeySource", UNSET)
        ssh_key_source: SshKeySource | Unset
        if _ssh_key_source is UNSET:
            ssh_key_source = UNSET
        else:
            ssh_key_source = SshKeySource.from_wire(_ssh_key_source)

        _state = d.pop("state", UNSET)
        state: VmState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = VmState.from_wire(_state)

        _storage_disks = d.pop("storageDisks", UNSET)
        storage_disks: list[Disk] | Unset = UNSET
        if _storage_disks is not UNSET:
            storage_disks = []
            for storage_disks_item_data in _storage_disks:
                storage_disks_item = Disk.from_dict(storage_disks_item_data)

                storage_disks.append(storage_disks_item)

        _vcpus = d.pop("vcpus", UNSET)
        vcpus: int | Unset
        if _vcpus is UNSET:
            vcpus = UNSET
        else:
            vcpus = parse_int(_vcpus)

        vm = cls(
            commitment_term=commitment_term,
            project_id=project_id,
            authorized_ssh_keys=authorized_ssh_keys,
            boot_disk=boot_disk,
            boot_disk_size_gib=boot_disk_size_gib,
            commitment_end_time=commitment_end_time,
            cpu_model=cpu_model,
            create_by=create_by,
            create_time=create_time,
            datacenter_id=datacenter_id,
            expire_time=expire_time,
            external_ip_address=external_ip_address,
            gpu_model=gpu_model,
            gpu_model_id=gpu_model_id,
            gpu_quantity=gpu_quantity,
            id=id,
            image_id=image_id,
            image_name=image_name,
            internal_ip_address=internal_ip_address,
            machine_type=machine_type,
            memory=memory,
            metadata=metadata,
            nics=nics,
            price=price,
            private_image_id=private_image_id,
            public_image_id=public_image_id,
            public_image_name=public_image_name,
            public_ip_address=public_ip_address,
            renewable_energy=renewable_energy,
            rules=rules,
            security_group_ids=security_group_ids,
            security_groups=security_groups,
            short_state=short_state,
            ssh_key_source=ssh_key_source,
            state=state,
            storage_disks=storage_disks,
            vcpus=vcpus,
        )

        vm.additional_properties = d
        return vm

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class: models that refer to each other load in any order.
from ..models.disk import Disk
from ..models.security_group import SecurityGroup
from ..models.security_group_rule import SecurityGroupRule
from ..models.vm_metadata import VMMetadata
from ..models.vm_price import VMPrice
from ..models.vmnic import VMNIC

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_float

T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    """
    Attributes:
        billing_account (BillingAccountResult | Unset):
        cluster (Cluster | Unset):
        disk (Disk | Unset):
        image (ImageResult | Unset):
        machine (MachineResult | Unset):
        network (Network | Unset):
        project (Project | Unset):
        resource_name (str | Unset):
        resource_type (str | Unset):
        score (float | Unset):
        virtual_machine (VirtualMachineResult | Unset):
        volume (Volume | Unset):
    """

    billing_account: BillingAccountResult | Unset = UNSET
    cluster: Cluster | Unset = UNSET
    disk: Disk | Unset = UNSET
    image: ImageResult | Unset = UNSET
    machine: MachineResult | Unset = UNSET
    network: Network | Unset = UNSET
    project: Project | Unset = UNSET
    resource_name: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    score: float | Unset = UNSET
    virtual_machine: VirtualMachineResult | Unset = UNSET
    volume: Volume | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_account, Unset):
            billing_account = self.billing_account.to_dict()

        cluster: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster, Unset):
            cluster = self.cluster.to_dict()

        disk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.disk, Unset):
            disk = self.disk.to_dict()

        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        machine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.machine, Unset):
            machine = self.machine.to_dict()

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        resource_name = self.resource_name

        resource_type = self.resource_type

        score = self.score

        virtual_machine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.virtual_machine, Unset):
            virtual_machine = self.virtual_machine.to_dict()

        volume: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = self.volume.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_account is not UNSET:
            field_dict["billingAccount"] = billing_account
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if disk is not UNSET:
            field_dict["disk"] = disk
        if image is not UNSET:
            field_dict["image"] = image
        if machine is not UNSET:
            field_dict["machine"] = machine
        if network is not UNSET:
            field_dict["network"] = network
        if project is not UNSET:
            field_dict["project"] = project
        if resource_name is not UNSET:
            field_dict["resourceName"] = resource_name
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type
        if score is not UNSET:
            field_dict["score"] = score
        if virtual_machine is not UNSET:
            field_dict["virtualMachine"] = virtual_machine
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        _billing_account = d.pop("billingAccount", UNSET)
        billing_account: BillingAccountResult | Unset
        if _billing_account is UNSET:
            billing_account = UNSET
        else:
            billing_account = BillingAccountResult.from_dict(_billing_account)

        _cluster = d.pop("cluster", UNSET)
        cluster: Cluster | Unset
        if _cluster is UNSET:
            cluster = UNSET
        else:
            cluster = Cluster.from_dict(_cluster)

        _disk = d.pop("disk", UNSET)
        disk: Disk | Unset
        if _disk is UNSET:
            disk = UNSET
        else:
            disk = Disk.from_dict(_disk)

        _image = d.pop("image", UNSET)
        image: ImageResult | Unset
        if _image is UNSET:
            image = UNSET
        else:
            image = ImageResult.from_dict(_image)

        _machine = d.pop("machine", UNSET)
        machine: MachineResult | Unset
        if _machine is UNSET:
            machine = UNSET
        else:
            machine = MachineResult.from_dict(_machine)

        _network = d.pop("network", UNSET)
        network: Network | Unset
        if _network is UNSET:
            network = UNSET
        else:
            network = Network.from_dict(_network)

        _project = d.pop("project", UNSET)
        project: Project | Unset
        if _project is UNSET:
            project = UNSET
        else:
            project = Project.from_dict(_project)

        resource_name = d.pop("resourceName", UNSET)

        resource_type = d.pop("resourceType", UNSET)

        _score = d.pop("score", UNSET)
        score: float | Unset
        if _score is UNSET:
            score = UNSET
        else:
            score = parse_float(_score)

        _virtual_machine = d.pop("virtualMachine", UNSET)
        virtual_machine: VirtualMachineResult | Unset
        if _virtual_machine is UNSET:
            virtual_machine = UNSET
        else:
            virtual_machine = VirtualMachineResult.from_dict(_virtual_machine)

        _volume = d.pop("volume", UNSET)
        volume: Volume | Unset
        if _volume is UNSET:
            volume = UNSET
        else:
            volume = Volume.from_dict(_volume)

        result = cls(
            billing_account=billing_account,
            cluster=cluster,
            disk=disk,
            image=image,
            machine=machine,
            network=network,
            project=project,
            resource_name=resource_name,
            resource_type=resource_type,
            score=score,
            virtual_machine=virtual_machine,
            volume=volume,
        )

        result.additional_properties = d
        return result

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
from ..models.billing_account_result import BillingAccountResult
from ..models.cluster import Cluster
from ..models.disk import Disk
from ..models.image_result import ImageResult
from ..models.machine_result import MachineResult
from ..models.network import Network
from ..models.project import Project
from ..models.virtual_machine_result import VirtualMachineResult
from ..models.volume import Volume

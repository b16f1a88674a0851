from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, parse_float, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="Result")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "billing_account": "billingAccount",
    "cluster": "cluster",
    "disk": "disk",
    "image": "image",
    "machine": "machine",
    "network": "network",
    "project": "project",
    "resource_name": "resourceName",
    "resource_type": "resourceType",
    "score": "score",
    "virtual_machine": "virtualMachine",
    "volume": "volume",
}


@_attrs_define
class Result(Mapping[str, Any]):
    """A Result record of the API.

    Attributes:
        billing_account (BillingAccountResult | None): ``billingAccount`` on the wire. None when absent.
        cluster (Cluster | None): ``cluster`` on the wire. None when absent.
        disk (Disk | None): ``disk`` on the wire. None when absent.
        image (ImageResult | None): ``image`` on the wire. None when absent.
        machine (MachineResult | None): ``machine`` on the wire. None when absent.
        network (Network | None): ``network`` on the wire. None when absent.
        project (Project | None): ``project`` on the wire. None when absent.
        resource_name (str): ``resourceName`` on the wire.
        resource_type (str): ``resourceType`` on the wire.
        score (float): ``score`` on the wire.
        virtual_machine (VirtualMachineResult | None): ``virtualMachine`` on the wire. None when absent.
        volume (Volume | None): ``volume`` on the wire. None when absent.
    """

    billing_account: BillingAccountResult | None = None
    cluster: Cluster | None = None
    disk: Disk | None = None
    image: ImageResult | None = None
    machine: MachineResult | None = None
    network: Network | None = None
    project: Project | None = None
    resource_name: str = ""
    resource_type: str = ""
    score: float = 0.0
    virtual_machine: VirtualMachineResult | None = None
    volume: Volume | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.billing_account is not None:
            field_dict["billingAccount"] = self.billing_account.to_dict()
        if self.cluster is not None:
            field_dict["cluster"] = self.cluster.to_dict()
        if self.disk is not None:
            field_dict["disk"] = self.disk.to_dict()
        if self.image is not None:
            field_dict["image"] = self.image.to_dict()
        if self.machine is not None:
            field_dict["machine"] = self.machine.to_dict()
        if self.network is not None:
            field_dict["network"] = self.network.to_dict()
        if self.project is not None:
            field_dict["project"] = self.project.to_dict()
        if self.resource_name:
            field_dict["resourceName"] = self.resource_name
        if self.resource_type:
            field_dict["resourceType"] = self.resource_type
        if self.score:
            field_dict["score"] = self.score
        if self.virtual_machine is not None:
            field_dict["virtualMachine"] = self.virtual_machine.to_dict()
        if self.volume is not None:
            field_dict["volume"] = self.volume.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _billing_account = d.pop("billingAccount", None)
        _cluster = d.pop("cluster", None)
        _disk = d.pop("disk", None)
        _image = d.pop("image", None)
        _machine = d.pop("machine", None)
        _network = d.pop("network", None)
        _project = d.pop("project", None)
        _resource_name = d.pop("resourceName", None)
        _resource_type = d.pop("resourceType", None)
        _score = d.pop("score", None)
        _virtual_machine = d.pop("virtualMachine", None)
        _volume = d.pop("volume", None)
        obj = cls(
            billing_account=None if _billing_account is None else BillingAccountResult.from_dict(_billing_account),
            cluster=None if _cluster is None else Cluster.from_dict(_cluster),
            disk=None if _disk is None else Disk.from_dict(_disk),
            image=None if _image is None else ImageResult.from_dict(_image),
            machine=None if _machine is None else MachineResult.from_dict(_machine),
            network=None if _network is None else Network.from_dict(_network),
            project=None if _project is None else Project.from_dict(_project),
            resource_name="" if _resource_name is None else _resource_name,
            resource_type="" if _resource_type is None else _resource_type,
            score=0.0 if _score is None else parse_float(_score),
            virtual_machine=None if _virtual_machine is None else VirtualMachineResult.from_dict(_virtual_machine),
            volume=None if _volume is None else Volume.from_dict(_volume),
        )
        obj.additional_properties = bounded_members(d) if d else d
        return obj

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            _WIRE_NAMES,
            (),
        )

    # A read-only mapping of the wire form: dict(obj) == obj.to_dict(), obj["wireName"], "wireName" in obj.
    # (FastAPI takes a mapping parameter from the request body, and encodes a returned one with dict().)
    def __getitem__(self, name: str) -> Any:
        return self.to_dict()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())

    def __bool__(self) -> bool:
        # A message is there or it is None; one with every field at zero is still a message.
        return True


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

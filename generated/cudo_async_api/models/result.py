from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_float, pydantic_schema, unknown_members

T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

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
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("billingAccount")
        obj.billing_account = None if v is None else BillingAccountResult.from_dict(v)
        v = d.get("cluster")
        obj.cluster = None if v is None else Cluster.from_dict(v)
        v = d.get("disk")
        obj.disk = None if v is None else Disk.from_dict(v)
        v = d.get("image")
        obj.image = None if v is None else ImageResult.from_dict(v)
        v = d.get("machine")
        obj.machine = None if v is None else MachineResult.from_dict(v)
        v = d.get("network")
        obj.network = None if v is None else Network.from_dict(v)
        v = d.get("project")
        obj.project = None if v is None else Project.from_dict(v)
        v = d.get("resourceName")
        obj.resource_name = "" if v is None else v
        v = d.get("resourceType")
        obj.resource_type = "" if v is None else v
        v = d.get("score")
        obj.score = 0.0 if v is None else (v if type(v) is float else parse_float(v))
        v = d.get("virtualMachine")
        obj.virtual_machine = None if v is None else VirtualMachineResult.from_dict(v)
        v = d.get("volume")
        obj.volume = None if v is None else Volume.from_dict(v)
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("billing_account", "billingAccount", ("message", BillingAccountResult), False),
            ("cluster", "cluster", ("message", Cluster), False),
            ("disk", "disk", ("message", Disk), False),
            ("image", "image", ("message", ImageResult), False),
            ("machine", "machine", ("message", MachineResult), False),
            ("network", "network", ("message", Network), False),
            ("project", "project", ("message", Project), False),
            ("resource_name", "resourceName", "str", False),
            ("resource_type", "resourceType", "str", False),
            ("score", "score", "float", False),
            ("virtual_machine", "virtualMachine", ("message", VirtualMachineResult), False),
            ("volume", "volume", ("message", Volume), False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
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
            },
            (),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "billingAccount",
        "cluster",
        "disk",
        "image",
        "machine",
        "network",
        "project",
        "resourceName",
        "resourceType",
        "score",
        "virtualMachine",
        "volume",
    )
)
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

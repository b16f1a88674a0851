from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    float_to_wire,
    parse_float,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="Result")


@_attrs_define
class Result:
    """A Result record of the API.

    Attributes:
        billing_account (BillingAccountResult | None): The result's billing account: a
            ``BillingAccountResult``. ``billingAccount`` on the wire. None when absent.
        cluster (Cluster | None): The result's cluster: a ``Cluster``. ``cluster`` on the wire. None
            when absent.
        disk (Disk | None): The result's disk: a ``Disk``. ``disk`` on the wire. None when absent.
        image (ImageResult | None): The result's image: a ``ImageResult``. ``image`` on the wire.
            None when absent.
        machine (MachineResult | None): The result's machine: a ``MachineResult``. ``machine`` on
            the wire. None when absent.
        network (Network | None): The result's network: a ``Network``. ``network`` on the wire. None
            when absent.
        project (Project | None): The result's project: a ``Project``. ``project`` on the wire. None
            when absent.
        resource_name (str): The resource's name. ``resourceName`` on the wire.
        resource_type (str): The result's resource type. ``resourceType`` on the wire.
        score (float): The result's score. ``score`` on the wire.
        virtual_machine (VirtualMachineResult | None): The result's virtual machine: a
            ``VirtualMachineResult``. ``virtualMachine`` on the wire. None when absent.
        volume (Volume | None): The result's volume: a ``Volume``. ``volume`` on the wire. None when
            absent.
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
            field_dict["score"] = float_to_wire(self.score)
        if self.virtual_machine is not None:
            field_dict["virtualMachine"] = self.virtual_machine.to_dict()
        if self.volume is not None:
            field_dict["volume"] = self.volume.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("billingAccount")
        if v is not None:
            obj.billing_account = BillingAccountResult.from_dict(v)
        v = get("cluster")
        if v is not None:
            obj.cluster = Cluster.from_dict(v)
        v = get("disk")
        if v is not None:
            obj.disk = Disk.from_dict(v)
        v = get("image")
        if v is not None:
            obj.image = ImageResult.from_dict(v)
        v = get("machine")
        if v is not None:
            obj.machine = MachineResult.from_dict(v)
        v = get("network")
        if v is not None:
            obj.network = Network.from_dict(v)
        v = get("project")
        if v is not None:
            obj.project = Project.from_dict(v)
        v = get("resourceName")
        if v is not None:
            obj.resource_name = v
        v = get("resourceType")
        if v is not None:
            obj.resource_type = v
        v = get("score")
        if v is not None:
            obj.score = v if type(v) is float else parse_float(v)
        v = get("virtualMachine")
        if v is not None:
            obj.virtual_machine = VirtualMachineResult.from_dict(v)
        v = get("volume")
        if v is not None:
            obj.volume = Volume.from_dict(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @classmethod
    def _from_parsed(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # from_dict for JSON the SDK has just parsed and nobody else holds: its lists become the
        # model's (lists of messages converted in place, each parsed dict freed as its model is
        # made), so a large answer allocates fewer objects and never holds both forms at once.
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("billingAccount")
        if v is not None:
            obj.billing_account = BillingAccountResult._from_parsed(v)
        v = get("cluster")
        if v is not None:
            obj.cluster = Cluster._from_parsed(v)
        v = get("disk")
        if v is not None:
            obj.disk = Disk._from_parsed(v)
        v = get("image")
        if v is not None:
            obj.image = ImageResult._from_parsed(v)
        v = get("machine")
        if v is not None:
            obj.machine = MachineResult._from_parsed(v)
        v = get("network")
        if v is not None:
            obj.network = Network._from_parsed(v)
        v = get("project")
        if v is not None:
            obj.project = Project._from_parsed(v)
        v = get("resourceName")
        if v is not None:
            obj.resource_name = v
        v = get("resourceType")
        if v is not None:
            obj.resource_type = v
        v = get("score")
        if v is not None:
            obj.score = v if type(v) is float else parse_float(v)
        v = get("virtualMachine")
        if v is not None:
            obj.virtual_machine = VirtualMachineResult._from_parsed(v)
        v = get("volume")
        if v is not None:
            obj.volume = Volume._from_parsed(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
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

    if not TYPE_CHECKING:  # (for type checkers every field is always there, as it is when read)

        def __getattr__(self, name: str) -> Any:
            # A field the wire form left out (from_dict does not set it) reads as its zero value,
            # made on first read: a decoded answer holds no objects for the fields it did not carry.
            try:
                zero = _ZEROS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = zero()
            setattr(self, name, value)
            return value

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
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "billing_account": lambda: None,
    "cluster": lambda: None,
    "disk": lambda: None,
    "image": lambda: None,
    "machine": lambda: None,
    "network": lambda: None,
    "project": lambda: None,
    "resource_name": lambda: "",
    "resource_type": lambda: "",
    "score": lambda: 0.0,
    "virtual_machine": lambda: None,
    "volume": lambda: None,
    "additional_properties": dict,
}
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

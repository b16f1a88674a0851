from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vm_state import VMState
from ..types import (
    bounded_members,
    parse_datetime,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="VirtualMachineResult")


@_attrs_define
class VirtualMachineResult:
    """A VirtualMachineResult record of the API.

    Attributes:
        boot_disk_private_image_id (str): The boot disk private image's id.
            ``bootDiskPrivateImageId`` on the wire.
        boot_disk_public_image_id (str): The boot disk public image's id. ``bootDiskPublicImageId``
            on the wire.
        boot_disk_size_gib (int): The virtual machine result's boot disk size. ``bootDiskSizeGib``
            on the wire. In GiB.
        create_time (datetime.datetime | None): When it was created. ``createTime`` on the wire. RFC
            3339 on the wire; a timezone-aware datetime, None when absent.
        data_center_id (str): The data center's id. ``dataCenterId`` on the wire.
        gpu_model_id (str): The GPU model's id. ``gpuModelId`` on the wire.
        gpus (int): The virtual machine result's GPUs. ``gpus`` on the wire. A count of GPUs.
        id (str): The virtual machine result's id. ``id`` on the wire.
        memory_gib (int): The virtual machine result's memory. ``memoryGib`` on the wire. In GiB.
        project_id (str): The project's id. ``projectId`` on the wire.
        state (VMState): The virtual machine result's state: one of the ``VMState`` members.
            ``state`` on the wire. The first member when absent.
        vcpus (int): The virtual machine result's vcpus. ``vcpus`` on the wire. A count of virtual
            CPUs.
    """

    boot_disk_private_image_id: str = ""
    boot_disk_public_image_id: str = ""
    boot_disk_size_gib: int = 0
    create_time: datetime.datetime | None = None
    data_center_id: str = ""
    gpu_model_id: str = ""
    gpus: int = 0
    id: str = ""
    memory_gib: int = 0
    project_id: str = ""
    state: VMState = VMState.CLONING
    vcpus: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.boot_disk_private_image_id:
            field_dict["bootDiskPrivateImageId"] = self.boot_disk_private_image_id
        if self.boot_disk_public_image_id:
            field_dict["bootDiskPublicImageId"] = self.boot_disk_public_image_id
        if self.boot_disk_size_gib:
            field_dict["bootDiskSizeGib"] = self.boot_disk_size_gib
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat()
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.gpu_model_id:
            field_dict["gpuModelId"] = self.gpu_model_id
        if self.gpus:
            field_dict["gpus"] = self.gpus
        if self.id:
            field_dict["id"] = self.id
        if self.memory_gib:
            field_dict["memoryGib"] = self.memory_gib
        if self.project_id:
            field_dict["projectId"] = self.project_id
        if self.state is not VMState.CLONING:
            field_dict["state"] = self.state.value
        if self.vcpus:
            field_dict["vcpus"] = self.vcpus
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("bootDiskPrivateImageId")
        if v is not None:
            obj.boot_disk_private_image_id = v
        v = get("bootDiskPublicImageId")
        if v is not None:
            obj.boot_disk_public_image_id = v
        v = get("bootDiskSizeGib")
        if v is not None:
            obj.boot_disk_size_gib = v if type(v) is int else parse_int(v)
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("gpuModelId")
        if v is not None:
            obj.gpu_model_id = v
        v = get("gpus")
        if v is not None:
            obj.gpus = v if type(v) is int else parse_int(v)
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("memoryGib")
        if v is not None:
            obj.memory_gib = v if type(v) is int else parse_int(v)
        v = get("projectId")
        if v is not None:
            obj.project_id = v
        v = get("state")
        if v is not None:
            obj.state = VMState.from_wire(v)
        v = get("vcpus")
        if v is not None:
            obj.vcpus = v if type(v) is int else parse_int(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("boot_disk_private_image_id", "bootDiskPrivateImageId", "str", False),
            ("boot_disk_public_image_id", "bootDiskPublicImageId", "str", False),
            ("boot_disk_size_gib", "bootDiskSizeGib", "int", False),
            ("create_time", "createTime", "datetime", False),
            ("data_center_id", "dataCenterId", "str", False),
            ("gpu_model_id", "gpuModelId", "str", False),
            ("gpus", "gpus", "int", False),
            ("id", "id", "str", False),
            ("memory_gib", "memoryGib", "int", False),
            ("project_id", "projectId", "str", False),
            ("state", "state", ("enum", VMState), False),
            ("vcpus", "vcpus", "int", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "boot_disk_private_image_id": "bootDiskPrivateImageId",
                "boot_disk_public_image_id": "bootDiskPublicImageId",
                "boot_disk_size_gib": "bootDiskSizeGib",
                "create_time": "createTime",
                "data_center_id": "dataCenterId",
                "gpu_model_id": "gpuModelId",
                "gpus": "gpus",
                "id": "id",
                "memory_gib": "memoryGib",
                "project_id": "projectId",
                "state": "state",
                "vcpus": "vcpus",
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
        "bootDiskPrivateImageId",
        "bootDiskPublicImageId",
        "bootDiskSizeGib",
        "createTime",
        "dataCenterId",
        "gpuModelId",
        "gpus",
        "id",
        "memoryGib",
        "projectId",
        "state",
        "vcpus",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "boot_disk_private_image_id": lambda: "",
    "boot_disk_public_image_id": lambda: "",
    "boot_disk_size_gib": lambda: 0,
    "create_time": lambda: None,
    "data_center_id": lambda: "",
    "gpu_model_id": lambda: "",
    "gpus": lambda: 0,
    "id": lambda: "",
    "memory_gib": lambda: 0,
    "project_id": lambda: "",
    "state": lambda: VMState.CLONING,
    "vcpus": lambda: 0,
    "additional_properties": dict,
}

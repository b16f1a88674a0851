from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disk_state import DiskState
from ..models.disk_type import DiskType
from ..types import (
    bounded_members,
    parse_datetime,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="Disk")


@_attrs_define
class Disk:
    """A storage disk: a VM's boot disk or an attachable one.

    Attributes:
        create_time (datetime.datetime | None): When it was created. ``createTime`` on the wire. RFC
            3339 on the wire; a timezone-aware datetime, None when absent.
        data_center_id (str): The data center's id. ``dataCenterId`` on the wire.
        disk_state (DiskState): The disk's disk state: one of the ``DiskState`` members.
            ``diskState`` on the wire. The first member when absent.
        disk_type (DiskType): The disk's disk type: one of the ``DiskType`` members. ``diskType`` on
            the wire. The first member when absent.
        id (str): The disk's id. ``id`` on the wire.
        private_image_id (str): The private image's id. ``privateImageId`` on the wire.
        project_id (str): The project's id. ``projectId`` on the wire.
        public_image_id (str): The public image's id. ``publicImageId`` on the wire.
        size_gib (int): The disk's size. ``sizeGib`` on the wire. In GiB.
        vm_id (str): The VM's id. ``vmId`` on the wire.
    """

    create_time: datetime.datetime | None = None
    data_center_id: str = ""
    disk_state: DiskState = DiskState.UNKNOWN
    disk_type: DiskType = DiskType.DISK_TYPE_UNKNOWN
    id: str = ""
    private_image_id: str = ""
    project_id: str = ""
    public_image_id: str = ""
    size_gib: int = 0
    vm_id: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat()
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.disk_state is not DiskState.UNKNOWN:
            field_dict["diskState"] = self.disk_state.value
        if self.disk_type is not DiskType.DISK_TYPE_UNKNOWN:
            field_dict["diskType"] = self.disk_type.value
        if self.id:
            field_dict["id"] = self.id
        if self.private_image_id:
            field_dict["privateImageId"] = self.private_image_id
        if self.project_id:
            field_dict["projectId"] = self.project_id
        if self.public_image_id:
            field_dict["publicImageId"] = self.public_image_id
        if self.size_gib:
            field_dict["sizeGib"] = self.size_gib
        if self.vm_id:
            field_dict["vmId"] = self.vm_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("diskState")
        if v is not None:
            obj.disk_state = DiskState.from_wire(v)
        v = get("diskType")
        if v is not None:
            obj.disk_type = DiskType.from_wire(v)
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("privateImageId")
        if v is not None:
            obj.private_image_id = v
        v = get("projectId")
        if v is not None:
            obj.project_id = v
        v = get("publicImageId")
        if v is not None:
            obj.public_image_id = v
        v = get("sizeGib")
        if v is not None:
            obj.size_gib = v if type(v) is int else parse_int(v)
        v = get("vmId")
        if v is not None:
            obj.vm_id = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("create_time", "createTime", "datetime", False),
            ("data_center_id", "dataCenterId", "str", False),
            ("disk_state", "diskState", ("enum", DiskState), False),
            ("disk_type", "diskType", ("enum", DiskType), False),
            ("id", "id", "str", False),
            ("private_image_id", "privateImageId", "str", False),
            ("project_id", "projectId", "str", False),
            ("public_image_id", "publicImageId", "str", False),
            ("size_gib", "sizeGib", "int", False),
            ("vm_id", "vmId", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "create_time": "createTime",
                "data_center_id": "dataCenterId",
                "disk_state": "diskState",
                "disk_type": "diskType",
                "id": "id",
                "private_image_id": "privateImageId",
                "project_id": "projectId",
                "public_image_id": "publicImageId",
                "size_gib": "sizeGib",
                "vm_id": "vmId",
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
        "createTime",
        "dataCenterId",
        "diskState",
        "diskType",
        "id",
        "privateImageId",
        "projectId",
        "publicImageId",
        "sizeGib",
        "vmId",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "create_time": lambda: None,
    "data_center_id": lambda: "",
    "disk_state": lambda: DiskState.UNKNOWN,
    "disk_type": lambda: DiskType.DISK_TYPE_UNKNOWN,
    "id": lambda: "",
    "private_image_id": lambda: "",
    "project_id": lambda: "",
    "public_image_id": lambda: "",
    "size_gib": lambda: 0,
    "vm_id": lambda: "",
    "additional_properties": dict,
}

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
    refuse_unknown_members,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="CreateStorageDiskBody")


@_attrs_define
class CreateStorageDiskBody:
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        data_center_id (str): The data center's id. ``dataCenterId`` on the wire. Required by the
            API.
        id (str): The storage disk's id. ``id`` on the wire. Required by the API.
        size_gib (int): The storage disk's size. ``sizeGib`` on the wire. In GiB. Required by the
            API.
        create_time (datetime.datetime | None): When it was created. ``createTime`` on the wire. RFC
            3339 on the wire; a timezone-aware datetime, None when absent.
        disk_state (DiskState): The storage disk's disk state: one of the ``DiskState`` members.
            ``diskState`` on the wire. The first member when absent.
        disk_type (DiskType): The storage disk's disk type: one of the ``DiskType`` members.
            ``diskType`` on the wire. The first member when absent.
        private_image_id (str): The private image's id. ``privateImageId`` on the wire.
        public_image_id (str): The public image's id. ``publicImageId`` on the wire.
        vm_id (str): The VM's id. ``vmId`` on the wire.
    """

    data_center_id: str
    id: str
    size_gib: int
    create_time: datetime.datetime | None = None
    disk_state: DiskState = DiskState.UNKNOWN
    disk_type: DiskType = DiskType.DISK_TYPE_UNKNOWN
    private_image_id: str = ""
    public_image_id: str = ""
    vm_id: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["dataCenterId"] = self.data_center_id
        field_dict["id"] = self.id
        field_dict["sizeGib"] = self.size_gib
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat()
        if self.disk_state is not DiskState.UNKNOWN:
            field_dict["diskState"] = self.disk_state.value
        if self.disk_type is not DiskType.DISK_TYPE_UNKNOWN:
            field_dict["diskType"] = self.disk_type.value
        if self.private_image_id:
            field_dict["privateImageId"] = self.private_image_id
        if self.public_image_id:
            field_dict["publicImageId"] = self.public_image_id
        if self.vm_id:
            field_dict["vmId"] = self.vm_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("sizeGib")
        if v is not None:
            obj.size_gib = v if type(v) is int else parse_int(v)
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("diskState")
        if v is not None:
            obj.disk_state = DiskState.from_wire(v)
        v = get("diskType")
        if v is not None:
            obj.disk_type = DiskType.from_wire(v)
        v = get("privateImageId")
        if v is not None:
            obj.private_image_id = v
        v = get("publicImageId")
        if v is not None:
            obj.public_image_id = v
        v = get("vmId")
        if v is not None:
            obj.vm_id = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            refuse_unknown_members(cls, d)  # a request body: a key it does not list is a mistake
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("data_center_id", "dataCenterId", "str", True),
            ("id", "id", "str", True),
            ("size_gib", "sizeGib", "int", True),
            ("create_time", "createTime", "datetime", False),
            ("disk_state", "diskState", ("enum", DiskState), False),
            ("disk_type", "diskType", ("enum", DiskType), False),
            ("private_image_id", "privateImageId", "str", False),
            ("public_image_id", "publicImageId", "str", False),
            ("vm_id", "vmId", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "data_center_id": "dataCenterId",
                "id": "id",
                "size_gib": "sizeGib",
                "create_time": "createTime",
                "disk_state": "diskState",
                "disk_type": "diskType",
                "private_image_id": "privateImageId",
                "public_image_id": "publicImageId",
                "vm_id": "vmId",
            },
            (
                "data_center_id",
                "id",
                "size_gib",
            ),
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
        "dataCenterId",
        "id",
        "sizeGib",
        "createTime",
        "diskState",
        "diskType",
        "privateImageId",
        "publicImageId",
        "vmId",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "data_center_id": lambda: "",
    "id": lambda: "",
    "size_gib": lambda: 0,
    "create_time": lambda: None,
    "disk_state": lambda: DiskState.UNKNOWN,
    "disk_type": lambda: DiskType.DISK_TYPE_UNKNOWN,
    "private_image_id": lambda: "",
    "public_image_id": lambda: "",
    "vm_id": lambda: "",
    "additional_properties": dict,
}

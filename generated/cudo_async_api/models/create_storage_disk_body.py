from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.disk_state import DiskState
from ..models.disk_type import DiskType
from ..types import bounded_members, parse_datetime, parse_int, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="CreateStorageDiskBody")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "data_center_id": "dataCenterId",
    "id": "id",
    "size_gib": "sizeGib",
    "create_time": "createTime",
    "disk_state": "diskState",
    "disk_type": "diskType",
    "private_image_id": "privateImageId",
    "public_image_id": "publicImageId",
    "vm_id": "vmId",
}


@_attrs_define
class CreateStorageDiskBody(Mapping[str, Any]):
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        data_center_id (str): ``dataCenterId`` on the wire. Required by the API.
        id (str): ``id`` on the wire. Required by the API.
        size_gib (int): ``sizeGib`` on the wire. In GiB. Required by the API.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        disk_state (DiskState): ``diskState`` on the wire. The first member when absent.
        disk_type (DiskType): ``diskType`` on the wire. The first member when absent.
        private_image_id (str): ``privateImageId`` on the wire.
        public_image_id (str): ``publicImageId`` on the wire.
        vm_id (str): ``vmId`` on the wire.
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
            field_dict["createTime"] = self.create_time.isoformat() if self.create_time is not None else None
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
        d = dict(src_dict)
        _data_center_id = d.pop("dataCenterId", None)
        _id = d.pop("id", None)
        _size_gib = d.pop("sizeGib", None)
        _create_time = d.pop("createTime", None)
        _disk_state = d.pop("diskState", None)
        _disk_type = d.pop("diskType", None)
        _private_image_id = d.pop("privateImageId", None)
        _public_image_id = d.pop("publicImageId", None)
        _vm_id = d.pop("vmId", None)
        obj = cls(
            data_center_id="" if _data_center_id is None else _data_center_id,
            id="" if _id is None else _id,
            size_gib=0 if _size_gib is None else parse_int(_size_gib),
            create_time=None if _create_time is None else parse_datetime(_create_time),
            disk_state=DiskState.UNKNOWN if _disk_state is None else DiskState.from_wire(_disk_state),
            disk_type=DiskType.DISK_TYPE_UNKNOWN if _disk_type is None else DiskType.from_wire(_disk_type),
            private_image_id="" if _private_image_id is None else _private_image_id,
            public_image_id="" if _public_image_id is None else _public_image_id,
            vm_id="" if _vm_id is None else _vm_id,
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
            (
                "data_center_id",
                "id",
                "size_gib",
            ),
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

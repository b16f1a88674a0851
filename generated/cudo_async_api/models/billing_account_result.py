from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, parse_datetime, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="BillingAccountResult")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "create_time": "createTime",
    "display_name": "displayName",
    "id": "id",
}


@_attrs_define
class BillingAccountResult(Mapping[str, Any]):
    """A BillingAccountResult record of the API.

    Attributes:
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        display_name (str): ``displayName`` on the wire.
        id (str): ``id`` on the wire.
    """

    create_time: datetime.datetime | None = None
    display_name: str = ""
    id: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat() if self.create_time is not None else None
        if self.display_name:
            field_dict["displayName"] = self.display_name
        if self.id:
            field_dict["id"] = self.id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _create_time = d.pop("createTime", None)
        _display_name = d.pop("displayName", None)
        _id = d.pop("id", None)
        obj = cls(
            create_time=None if _create_time is None else parse_datetime(_create_time),
            display_name="" if _display_name is None else _display_name,
            id="" if _id is None else _id,
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

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_datetime, pydantic_schema, unknown_members

T = TypeVar("T", bound="ObjectStorageUser")


@_attrs_define
class ObjectStorageUser:
    """A user of object storage, with its access keys.

    Attributes:
        create_by (str): ``createBy`` on the wire.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        data_center_id (str): ``dataCenterId`` on the wire.
        id (str): ``id`` on the wire.
        keys (list[ObjectStorageKey]): ``keys`` on the wire. Empty when absent.
        project_id (str): ``projectId`` on the wire.
    """

    create_by: str = ""
    create_time: datetime.datetime | None = None
    data_center_id: str = ""
    id: str = ""
    keys: list[ObjectStorageKey] = _attrs_field(factory=list)
    project_id: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.create_by:
            field_dict["createBy"] = self.create_by
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat()
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.id:
            field_dict["id"] = self.id
        if self.keys:
            field_dict["keys"] = [_v0.to_dict() for _v0 in self.keys]
        if self.project_id:
            field_dict["projectId"] = self.project_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("createBy")
        obj.create_by = "" if v is None else v
        v = d.get("createTime")
        obj.create_time = None if v is None else parse_datetime(v)
        v = d.get("dataCenterId")
        obj.data_center_id = "" if v is None else v
        v = d.get("id")
        obj.id = "" if v is None else v
        v = d.get("keys")
        obj.keys = [] if v is None else [ObjectStorageKey.from_dict(_v0) for _v0 in v]
        v = d.get("projectId")
        obj.project_id = "" if v is None else v
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("create_by", "createBy", "str", False),
            ("create_time", "createTime", "datetime", False),
            ("data_center_id", "dataCenterId", "str", False),
            ("id", "id", "str", False),
            ("keys", "keys", ("list", ("message", ObjectStorageKey)), False),
            ("project_id", "projectId", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "create_by": "createBy",
                "create_time": "createTime",
                "data_center_id": "dataCenterId",
                "id": "id",
                "keys": "keys",
                "project_id": "projectId",
            },
            (),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "createBy",
        "createTime",
        "dataCenterId",
        "id",
        "keys",
        "projectId",
    )
)
# Imported after the class: models that refer to each other load in any order.
from ..models.object_storage_key import ObjectStorageKey

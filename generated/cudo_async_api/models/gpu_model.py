from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int, pydantic_schema, unknown_members

T = TypeVar("T", bound="GPUModel")


@_attrs_define
class GPUModel:
    """A GPU model that VMs can have.

    Attributes:
        id (str): ``id`` on the wire.
        memory_gib (int): ``memoryGib`` on the wire. In GiB.
        model_name (str): ``modelName`` on the wire.
        vendor_name (str): ``vendorName`` on the wire.
    """

    id: str = ""
    memory_gib: int = 0
    model_name: str = ""
    vendor_name: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.id:
            field_dict["id"] = self.id
        if self.memory_gib:
            field_dict["memoryGib"] = self.memory_gib
        if self.model_name:
            field_dict["modelName"] = self.model_name
        if self.vendor_name:
            field_dict["vendorName"] = self.vendor_name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("id")
        obj.id = "" if v is None else v
        v = d.get("memoryGib")
        obj.memory_gib = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("modelName")
        obj.model_name = "" if v is None else v
        v = d.get("vendorName")
        obj.vendor_name = "" if v is None else v
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("id", "id", "str", False),
            ("memory_gib", "memoryGib", "int", False),
            ("model_name", "modelName", "str", False),
            ("vendor_name", "vendorName", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "id": "id",
                "memory_gib": "memoryGib",
                "model_name": "modelName",
                "vendor_name": "vendorName",
            },
            (),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "id",
        "memoryGib",
        "modelName",
        "vendorName",
    )
)

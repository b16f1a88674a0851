from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, parse_int, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="GPUModel")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "memory_gib": "memoryGib",
    "model_name": "modelName",
    "vendor_name": "vendorName",
}


@_attrs_define
class GPUModel(Mapping[str, Any]):
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

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
        d = dict(src_dict)
        _id = d.pop("id", None)
        _memory_gib = d.pop("memoryGib", None)
        _model_name = d.pop("modelName", None)
        _vendor_name = d.pop("vendorName", None)
        obj = cls(
            id="" if _id is None else _id,
            memory_gib=0 if _memory_gib is None else parse_int(_memory_gib),
            model_name="" if _model_name is None else _model_name,
            vendor_name="" if _vendor_name is None else _vendor_name,
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

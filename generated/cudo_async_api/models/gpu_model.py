from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int

T = TypeVar("T", bound="GPUModel")


@_attrs_define
class GPUModel:
    """A GPU model that VMs can have.

    Attributes:
        id (str): ``id`` on the wire. Required by the API.
        memory_gib (int): ``memoryGib`` on the wire. In GiB. Required by the API.
        model_name (str): ``modelName`` on the wire. Required by the API.
        vendor_name (str): ``vendorName`` on the wire. Required by the API.
    """

    id: str
    memory_gib: int
    model_name: str
    vendor_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["memoryGib"] = self.memory_gib
        field_dict["modelName"] = self.model_name
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
        obj.additional_properties = d
        return obj

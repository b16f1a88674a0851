from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int

T = TypeVar("T", bound="GpuModel")


@_attrs_define
class GpuModel:
    """
    Attributes:
        id (str):
        memory_gib (int):
        model_name (str):
        vendor_name (str):
    """

    id: str
    memory_gib: int
    model_name: str
    vendor_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        memory_gib = self.memory_gib

        model_name = self.model_name

        vendor_name = self.vendor_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "memoryGib": memory_gib,
                "modelName": model_name,
                "vendorName": vendor_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        id = d.pop("id", "")

        memory_gib = parse_int(d.pop("memoryGib", 0))

        model_name = d.pop("modelName", "")

        vendor_name = d.pop("vendorName", "")

        gpu_model = cls(
            id=id,
            memory_gib=memory_gib,
            model_name=model_name,
            vendor_name=vendor_name,
        )

        gpu_model.additional_properties = d
        return gpu_model

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

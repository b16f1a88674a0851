from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListVMMachineTypesResponse")


@_attrs_define
class ListVMMachineTypesResponse:
    """
    Attributes:
        machine_types (list[VMMachineType]):
    """

    machine_types: list[VMMachineType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        machine_types = []
        for machine_types_item_data in self.machine_types:
            machine_types_item = machine_types_item_data.to_dict()
            machine_types.append(machine_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "machineTypes": machine_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        machine_types = []
        _machine_types = d.pop("machineTypes", [])
        for machine_types_item_data in _machine_types:
            machine_types_item = VMMachineType.from_dict(machine_types_item_data)

            machine_types.append(machine_types_item)

        list_vm_machine_types_response = cls(
            machine_types=machine_types,
        )

        list_vm_machine_types_response.additional_properties = d
        return list_vm_machine_types_response

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


# Imported after the class: models that refer to each other load in any order.
from ..models.vm_machine_type import VMMachineType

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVMResponse")


@_attrs_define
class CreateVMResponse:
    """
    Attributes:
        id (str):
        vm (VM | Unset):
    """

    id: str
    vm: VM | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        vm: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vm, Unset):
            vm = self.vm.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if vm is not UNSET:
            field_dict["vm"] = vm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        id = d.pop("id", "")

        _vm = d.pop("vm", UNSET)
        vm: VM | Unset
        if _vm is UNSET:
            vm = UNSET
        else:
            vm = VM.from_dict(_vm)

        create_vm_response = cls(
            id=id,
            vm=vm,
        )

        create_vm_response.additional_properties = d
        return create_vm_response

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
from ..models.vm import VM

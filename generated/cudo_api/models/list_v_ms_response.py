from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListVMsResponse")


@_attrs_define
class ListVMsResponse:
    """
    Attributes:
        v_ms (list[VM] | Unset):
    """

    v_ms: list[VM] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        v_ms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.v_ms, Unset):
            v_ms = []
            for v_ms_item_data in self.v_ms:
                v_ms_item = v_ms_item_data.to_dict()
                v_ms.append(v_ms_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if v_ms is not UNSET:
            field_dict["VMs"] = v_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        _v_ms = d.pop("VMs", UNSET)
        v_ms: list[VM] | Unset = UNSET
        if _v_ms is not UNSET:
            v_ms = []
            for v_ms_item_data in _v_ms:
                v_ms_item = VM.from_dict(v_ms_item_data)

                v_ms.append(v_ms_item)

        list_v_ms_response = cls(
            v_ms=v_ms,
        )

        list_v_ms_response.additional_properties = d
        return list_v_ms_response

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

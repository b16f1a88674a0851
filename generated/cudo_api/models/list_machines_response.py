from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_int

T = TypeVar("T", bound="ListMachinesResponse")


@_attrs_define
class ListMachinesResponse:
    """
    Attributes:
        page_number (int):
        page_size (int):
        total_count (int):
        machines (list[Machine] | Unset):
    """

    page_number: int
    page_size: int
    total_count: int
    machines: list[Machine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        page_size = self.page_size

        total_count = self.total_count

        machines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.machines, Unset):
            machines = []
            for machines_item_data in self.machines:
                machines_item = machines_item_data.to_dict()
                machines.append(machines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pageNumber": page_number,
                "pageSize": page_size,
                "totalCount": total_count,
            }
        )
        if machines is not UNSET:
            field_dict["machines"] = machines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        page_number = parse_int(d.pop("pageNumber", 0))

        page_size = parse_int(d.pop("pageSize", 0))

        total_count = parse_int(d.pop("totalCount", 0))

        _machines = d.pop("machines", UNSET)
        machines: list[Machine] | Unset = UNSET
        if _machines is not UNSET:
            machines = []
            for machines_item_data in _machines:
                machines_item = Machine.from_dict(machines_item_data)

                machines.append(machines_item)

        list_machines_response = cls(
            page_number=page_number,
            page_size=page_size,
            total_count=total_count,
            machines=machines,
        )

        list_machines_response.additional_properties = d
        return list_machines_response

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
from ..models.machine import Machine

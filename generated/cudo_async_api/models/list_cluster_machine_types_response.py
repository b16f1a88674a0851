from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int

T = TypeVar("T", bound="ListClusterMachineTypesResponse")


@_attrs_define
class ListClusterMachineTypesResponse:
    """The answer of an operation.

    Attributes:
        page_number (int): ``pageNumber`` on the wire. Required by the API.
        page_size (int): ``pageSize`` on the wire. Required by the API.
        total_count (int): ``totalCount`` on the wire. Required by the API.
        machine_types (list[MachineType]): ``machineTypes`` on the wire. Empty when absent.
    """

    page_number: int
    page_size: int
    total_count: int
    machine_types: list[MachineType] = _attrs_field(factory=list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["pageNumber"] = self.page_number
        field_dict["pageSize"] = self.page_size
        field_dict["totalCount"] = self.total_count
        if self.machine_types:
            field_dict["machineTypes"] = [_v0.to_dict() for _v0 in self.machine_types]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _page_number = d.pop("pageNumber", None)
        _page_size = d.pop("pageSize", None)
        _total_count = d.pop("totalCount", None)
        _machine_types = d.pop("machineTypes", None)
        obj = cls(
            page_number=0 if _page_number is None else parse_int(_page_number),
            page_size=0 if _page_size is None else parse_int(_page_size),
            total_count=0 if _total_count is None else parse_int(_total_count),
            machine_types=[] if _machine_types is None else [MachineType.from_dict(_v0) for _v0 in _machine_types],
        )
        obj.additional_properties = d
        return obj

    def page_items(self) -> list[MachineType]:
        """The items this page carries (``machine_types``); used by ``AsyncCudo.paginate``."""
        return self.machine_types


# Imported after the class: models that refer to each other load in any order.
from ..models.machine_type import MachineType

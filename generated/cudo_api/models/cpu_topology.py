from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_int

T = TypeVar("T", bound="CpuTopology")


@_attrs_define
class CpuTopology:
    """
    Attributes:
        cores (int | Unset):
        sockets (int | Unset):
        threads (int | Unset):
    """

    cores: int | Unset = UNSET
    sockets: int | Unset = UNSET
    threads: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cores = self.cores

        sockets = self.sockets

        threads = self.threads

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cores is not UNSET:
            field_dict["cores"] = cores
        if sockets is not UNSET:
            field_dict["sockets"] = sockets
        if threads is not UNSET:
            field_dict["threads"] = threads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        _cores = d.pop("cores", UNSET)
        cores: int | Unset
        if _cores is UNSET:
            cores = UNSET
        else:
            cores = parse_int(_cores)

        _sockets = d.pop("sockets", UNSET)
        sockets: int | Unset
        if _sockets is UNSET:
            sockets = UNSET
        else:
            sockets = parse_int(_sockets)

        _threads = d.pop("threads", UNSET)
        threads: int | Unset
        if _threads is UNSET:
            threads = UNSET
        else:
            threads = parse_int(_threads)

        cpu_topology = cls(
            cores=cores,
            sockets=sockets,
            threads=threads,
        )

        cpu_topology.additional_properties = d
        return cpu_topology

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

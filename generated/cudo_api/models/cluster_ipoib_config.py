from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int

T = TypeVar("T", bound="ClusterIPOIBConfig")


@_attrs_define
class ClusterIPOIBConfig:
    """
    Attributes:
        host_bits (int):
        network_prefix (str):
        port_bits (int):
    """

    host_bits: int
    network_prefix: str
    port_bits: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host_bits = self.host_bits

        network_prefix = self.network_prefix

        port_bits = self.port_bits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hostBits": host_bits,
                "networkPrefix": network_prefix,
                "portBits": port_bits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        host_bits = parse_int(d.pop("hostBits", 0))

        network_prefix = d.pop("networkPrefix", "")

        port_bits = parse_int(d.pop("portBits", 0))

        cluster_ipoib_config = cls(
            host_bits=host_bits,
            network_prefix=network_prefix,
            port_bits=port_bits,
        )

        cluster_ipoib_config.additional_properties = d
        return cluster_ipoib_config

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

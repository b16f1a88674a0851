from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.security_group_rule_protocol import SecurityGroupRuleProtocol
from ..models.security_group_rule_rule_type import SecurityGroupRuleRuleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SecurityGroupRule")


@_attrs_define
class SecurityGroupRule:
    """
    Attributes:
        icmp_type (str | Unset):
        id (str | Unset):
        ip_range_cidr (str | Unset):
        ports (str | Unset):
        protocol (SecurityGroupRuleProtocol | Unset):
        rule_type (SecurityGroupRuleRuleType | Unset):
    """

    icmp_type: str | Unset = UNSET
    id: str | Unset = UNSET
    ip_range_cidr: str | Unset = UNSET
    ports: str | Unset = UNSET
    protocol: SecurityGroupRuleProtocol | Unset = UNSET
    rule_type: SecurityGroupRuleRuleType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        icmp_type = self.icmp_type

        id = self.id

        ip_range_cidr = self.ip_range_cidr

        ports = self.ports

        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = self.protocol.value

        rule_type: str | Unset = UNSET
        if not isinstance(self.rule_type, Unset):
            rule_type = self.rule_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if icmp_type is not UNSET:
            field_dict["icmpType"] = icmp_type
        if id is not UNSET:
            field_dict["id"] = id
        if ip_range_cidr is not UNSET:
            field_dict["ipRangeCidr"] = ip_range_cidr
        if ports is not UNSET:
            field_dict["ports"] = ports
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if rule_type is not UNSET:
            field_dict["ruleType"] = rule_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        icmp_type = d.pop("icmpType", UNSET)

        id = d.pop("id", UNSET)

        ip_range_cidr = d.pop("ipRangeCidr", UNSET)

        ports = d.pop("ports", UNSET)

        _protocol = d.pop("protocol", UNSET)
        protocol: SecurityGroupRuleProtocol | Unset
        if _protocol is UNSET:
            protocol = UNSET
        else:
            protocol = SecurityGroupRuleProtocol.from_wire(_protocol)

        _rule_type = d.pop("ruleType", UNSET)
        rule_type: SecurityGroupRuleRuleType | Unset
        if _rule_type is UNSET:
            rule_type = UNSET
        else:
            rule_type = SecurityGroupRuleRuleType.from_wire(_rule_type)

        security_group_rule = cls(
            icmp_type=icmp_type,
            id=id,
            ip_range_cidr=ip_range_cidr,
            ports=ports,
            protocol=protocol,
            rule_type=rule_type,
        )

        security_group_rule.additional_properties = d
        return security_group_rule

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

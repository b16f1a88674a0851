from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.security_group_rule_protocol import SecurityGroupRuleProtocol
from ..models.security_group_rule_rule_type import SecurityGroupRuleRuleType
from ..types import pydantic_schema, unknown_members

T = TypeVar("T", bound="SecurityGroupRule")


@_attrs_define
class SecurityGroupRule:
    """One firewall rule of a security group.

    Attributes:
        icmp_type (str): ``icmpType`` on the wire.
        id (str): ``id`` on the wire.
        ip_range_cidr (str): ``ipRangeCidr`` on the wire.
        ports (str): ``ports`` on the wire.
        protocol (SecurityGroupRuleProtocol): ``protocol`` on the wire. The first member when absent.
        rule_type (SecurityGroupRuleRuleType): ``ruleType`` on the wire. The first member when absent.
    """

    icmp_type: str = ""
    id: str = ""
    ip_range_cidr: str = ""
    ports: str = ""
    protocol: SecurityGroupRuleProtocol = SecurityGroupRuleProtocol.PROTOCOL_UNKNOWN
    rule_type: SecurityGroupRuleRuleType = SecurityGroupRuleRuleType.RULE_TYPE_UNKNOWN
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.icmp_type:
            field_dict["icmpType"] = self.icmp_type
        if self.id:
            field_dict["id"] = self.id
        if self.ip_range_cidr:
            field_dict["ipRangeCidr"] = self.ip_range_cidr
        if self.ports:
            field_dict["ports"] = self.ports
        if self.protocol is not SecurityGroupRuleProtocol.PROTOCOL_UNKNOWN:
            field_dict["protocol"] = self.protocol.value
        if self.rule_type is not SecurityGroupRuleRuleType.RULE_TYPE_UNKNOWN:
            field_dict["ruleType"] = self.rule_type.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("icmpType")
        obj.icmp_type = "" if v is None else v
        v = d.get("id")
        obj.id = "" if v is None else v
        v = d.get("ipRangeCidr")
        obj.ip_range_cidr = "" if v is None else v
        v = d.get("ports")
        obj.ports = "" if v is None else v
        v = d.get("protocol")
        obj.protocol = (
            SecurityGroupRuleProtocol.PROTOCOL_UNKNOWN if v is None else SecurityGroupRuleProtocol.from_wire(v)
        )
        v = d.get("ruleType")
        obj.rule_type = (
            SecurityGroupRuleRuleType.RULE_TYPE_UNKNOWN if v is None else SecurityGroupRuleRuleType.from_wire(v)
        )
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("icmp_type", "icmpType", "str", False),
            ("id", "id", "str", False),
            ("ip_range_cidr", "ipRangeCidr", "str", False),
            ("ports", "ports", "str", False),
            ("protocol", "protocol", ("enum", SecurityGroupRuleProtocol), False),
            ("rule_type", "ruleType", ("enum", SecurityGroupRuleRuleType), False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "icmp_type": "icmpType",
                "id": "id",
                "ip_range_cidr": "ipRangeCidr",
                "ports": "ports",
                "protocol": "protocol",
                "rule_type": "ruleType",
            },
            (),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "icmpType",
        "id",
        "ipRangeCidr",
        "ports",
        "protocol",
        "ruleType",
    )
)

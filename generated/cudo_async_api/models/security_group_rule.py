from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.security_group_rule_protocol import SecurityGroupRuleProtocol
from ..models.security_group_rule_rule_type import SecurityGroupRuleRuleType
from ..types import bounded_members, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="SecurityGroupRule")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "icmp_type": "icmpType",
    "id": "id",
    "ip_range_cidr": "ipRangeCidr",
    "ports": "ports",
    "protocol": "protocol",
    "rule_type": "ruleType",
}


@_attrs_define
class SecurityGroupRule(Mapping[str, Any]):
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

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
        d = dict(src_dict)
        _icmp_type = d.pop("icmpType", None)
        _id = d.pop("id", None)
        _ip_range_cidr = d.pop("ipRangeCidr", None)
        _ports = d.pop("ports", None)
        _protocol = d.pop("protocol", None)
        _rule_type = d.pop("ruleType", None)
        obj = cls(
            icmp_type="" if _icmp_type is None else _icmp_type,
            id="" if _id is None else _id,
            ip_range_cidr="" if _ip_range_cidr is None else _ip_range_cidr,
            ports="" if _ports is None else _ports,
            protocol=SecurityGroupRuleProtocol.PROTOCOL_UNKNOWN
            if _protocol is None
            else SecurityGroupRuleProtocol.from_wire(_protocol),
            rule_type=SecurityGroupRuleRuleType.RULE_TYPE_UNKNOWN
            if _rule_type is None
            else SecurityGroupRuleRuleType.from_wire(_rule_type),
        )
        obj.additional_properties = bounded_members(d) if d else d
        return obj

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            _WIRE_NAMES,
            (),
        )

    # A read-only mapping of the wire form: dict(obj) == obj.to_dict(), obj["wireName"], "wireName" in obj.
    # (FastAPI takes a mapping parameter from the request body, and encodes a returned one with dict().)
    def __getitem__(self, name: str) -> Any:
        return self.to_dict()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())

    def __bool__(self) -> bool:
        # A message is there or it is None; one with every field at zero is still a message.
        return True

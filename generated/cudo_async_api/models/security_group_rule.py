from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.security_group_rule_protocol import SecurityGroupRuleProtocol
from ..models.security_group_rule_rule_type import SecurityGroupRuleRuleType
from ..types import (
    bounded_members,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="SecurityGroupRule")


@_attrs_define
class SecurityGroupRule:
    """One firewall rule of a security group.

    Attributes:
        icmp_type (str): The security group rule's icmp type. ``icmpType`` on the wire.
        id (str): The security group rule's id. ``id`` on the wire.
        ip_range_cidr (str): The security group rule's IP range cidr. ``ipRangeCidr`` on the wire.
        ports (str): The security group rule's ports. ``ports`` on the wire.
        protocol (SecurityGroupRuleProtocol): The security group rule's protocol: one of the
            ``SecurityGroupRuleProtocol`` members. ``protocol`` on the wire. The first member when
            absent.
        rule_type (SecurityGroupRuleRuleType): The security group rule's rule type: one of the
            ``SecurityGroupRuleRuleType`` members. ``ruleType`` on the wire. The first member when
            absent.
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
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("icmpType")
        if v is not None:
            obj.icmp_type = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("ipRangeCidr")
        if v is not None:
            obj.ip_range_cidr = v
        v = get("ports")
        if v is not None:
            obj.ports = v
        v = get("protocol")
        if v is not None:
            obj.protocol = SecurityGroupRuleProtocol.from_wire(v)
        v = get("ruleType")
        if v is not None:
            obj.rule_type = SecurityGroupRuleRuleType.from_wire(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

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

    if not TYPE_CHECKING:  # (for type checkers every field is always there, as it is when read)

        def __getattr__(self, name: str) -> Any:
            # A field the wire form left out (from_dict does not set it) reads as its zero value,
            # made on first read: a decoded answer holds no objects for the fields it did not carry.
            try:
                zero = _ZEROS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = zero()
            setattr(self, name, value)
            return value

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
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "icmp_type": lambda: "",
    "id": lambda: "",
    "ip_range_cidr": lambda: "",
    "ports": lambda: "",
    "protocol": lambda: SecurityGroupRuleProtocol.PROTOCOL_UNKNOWN,
    "rule_type": lambda: SecurityGroupRuleRuleType.RULE_TYPE_UNKNOWN,
    "additional_properties": dict,
}

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import pydantic_schema, unknown_members

T = TypeVar("T", bound="VMNIC")


@_attrs_define
class VMNIC:
    """A VMNIC record of the API.

    Attributes:
        external_ip_address (str): ``externalIpAddress`` on the wire.
        internal_ip_address (str): ``internalIpAddress`` on the wire.
        network_address (str): ``networkAddress`` on the wire.
        network_id (str): ``networkId`` on the wire.
        security_group_ids (list[str]): ``securityGroupIds`` on the wire. Empty when absent.
    """

    external_ip_address: str = ""
    internal_ip_address: str = ""
    network_address: str = ""
    network_id: str = ""
    security_group_ids: list[str] = _attrs_field(factory=list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.external_ip_address:
            field_dict["externalIpAddress"] = self.external_ip_address
        if self.internal_ip_address:
            field_dict["internalIpAddress"] = self.internal_ip_address
        if self.network_address:
            field_dict["networkAddress"] = self.network_address
        if self.network_id:
            field_dict["networkId"] = self.network_id
        if self.security_group_ids:
            field_dict["securityGroupIds"] = list(self.security_group_ids)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("externalIpAddress")
        obj.external_ip_address = "" if v is None else v
        v = d.get("internalIpAddress")
        obj.internal_ip_address = "" if v is None else v
        v = d.get("networkAddress")
        obj.network_address = "" if v is None else v
        v = d.get("networkId")
        obj.network_id = "" if v is None else v
        v = d.get("securityGroupIds")
        obj.security_group_ids = [] if v is None else list(v)
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("external_ip_address", "externalIpAddress", "str", False),
            ("internal_ip_address", "internalIpAddress", "str", False),
            ("network_address", "networkAddress", "str", False),
            ("network_id", "networkId", "str", False),
            ("security_group_ids", "securityGroupIds", ("list", "str"), False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "external_ip_address": "externalIpAddress",
                "internal_ip_address": "internalIpAddress",
                "network_address": "networkAddress",
                "network_id": "networkId",
                "security_group_ids": "securityGroupIds",
            },
            (),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "externalIpAddress",
        "internalIpAddress",
        "networkAddress",
        "networkId",
        "securityGroupIds",
    )
)

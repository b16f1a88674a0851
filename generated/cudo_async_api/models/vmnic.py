from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="VMNIC")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "external_ip_address": "externalIpAddress",
    "internal_ip_address": "internalIpAddress",
    "network_address": "networkAddress",
    "network_id": "networkId",
    "security_group_ids": "securityGroupIds",
}


@_attrs_define
class VMNIC(Mapping[str, Any]):
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

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
            field_dict["securityGroupIds"] = [_v0 for _v0 in self.security_group_ids]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _external_ip_address = d.pop("externalIpAddress", None)
        _internal_ip_address = d.pop("internalIpAddress", None)
        _network_address = d.pop("networkAddress", None)
        _network_id = d.pop("networkId", None)
        _security_group_ids = d.pop("securityGroupIds", None)
        obj = cls(
            external_ip_address="" if _external_ip_address is None else _external_ip_address,
            internal_ip_address="" if _internal_ip_address is None else _internal_ip_address,
            network_address="" if _network_address is None else _network_address,
            network_id="" if _network_id is None else _network_id,
            security_group_ids=[] if _security_group_ids is None else [_v0 for _v0 in _security_group_ids],
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

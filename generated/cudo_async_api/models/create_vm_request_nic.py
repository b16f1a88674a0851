from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="CreateVMRequestNIC")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "assign_public_ip": "assignPublicIp",
    "network_id": "networkId",
    "security_group_ids": "securityGroupIds",
}


@_attrs_define
class CreateVMRequestNIC(Mapping[str, Any]):
    """A CreateVMRequestNIC record of the API.

    Attributes:
        assign_public_ip (bool): ``assignPublicIp`` on the wire.
        network_id (str): ``networkId`` on the wire.
        security_group_ids (list[str]): ``securityGroupIds`` on the wire. Empty when absent.
    """

    assign_public_ip: bool = False
    network_id: str = ""
    security_group_ids: list[str] = _attrs_field(factory=list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.assign_public_ip:
            field_dict["assignPublicIp"] = self.assign_public_ip
        if self.network_id:
            field_dict["networkId"] = self.network_id
        if self.security_group_ids:
            field_dict["securityGroupIds"] = [_v0 for _v0 in self.security_group_ids]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _assign_public_ip = d.pop("assignPublicIp", None)
        _network_id = d.pop("networkId", None)
        _security_group_ids = d.pop("securityGroupIds", None)
        obj = cls(
            assign_public_ip=False if _assign_public_ip is None else _assign_public_ip,
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

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="ListProjectSSHKeysResponse")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "ssh_keys": "sshKeys",
}


@_attrs_define
class ListProjectSSHKeysResponse(Mapping[str, Any]):
    """The answer of an operation.

    Attributes:
        ssh_keys (list[SSHKey]): ``sshKeys`` on the wire. Empty when absent.
    """

    ssh_keys: list[SSHKey] = _attrs_field(factory=list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.ssh_keys:
            field_dict["sshKeys"] = [_v0.to_dict() for _v0 in self.ssh_keys]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _ssh_keys = d.pop("sshKeys", None)
        obj = cls(
            ssh_keys=[] if _ssh_keys is None else [SSHKey.from_dict(_v0) for _v0 in _ssh_keys],
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


# Imported after the class: models that refer to each other load in any order.
from ..models.ssh_key import SSHKey

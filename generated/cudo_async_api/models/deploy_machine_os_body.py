from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ssh_key_source import SSHKeySource
from ..types import pydantic_schema, unknown_members

T = TypeVar("T", bound="DeployMachineOSBody")


@_attrs_define
class DeployMachineOSBody:
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        os (str): ``os`` on the wire. Required by the API.
        custom_ssh_keys (list[str]): ``customSshKeys`` on the wire. Empty when absent.
        ssh_key_source (SSHKeySource): ``sshKeySource`` on the wire. The first member when absent.
        start_script (str): ``startScript`` on the wire.
        user_data (str): ``userData`` on the wire.
    """

    os: str
    custom_ssh_keys: list[str] = _attrs_field(factory=list)
    ssh_key_source: SSHKeySource = SSHKeySource.SSH_KEY_SOURCE_UNKNOWN
    start_script: str = ""
    user_data: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["os"] = self.os
        if self.custom_ssh_keys:
            field_dict["customSshKeys"] = list(self.custom_ssh_keys)
        if self.ssh_key_source is not SSHKeySource.SSH_KEY_SOURCE_UNKNOWN:
            field_dict["sshKeySource"] = self.ssh_key_source.value
        if self.start_script:
            field_dict["startScript"] = self.start_script
        if self.user_data:
            field_dict["userData"] = self.user_data
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("os")
        obj.os = "" if v is None else v
        v = d.get("customSshKeys")
        obj.custom_ssh_keys = [] if v is None else list(v)
        v = d.get("sshKeySource")
        obj.ssh_key_source = SSHKeySource.SSH_KEY_SOURCE_UNKNOWN if v is None else SSHKeySource.from_wire(v)
        v = d.get("startScript")
        obj.start_script = "" if v is None else v
        v = d.get("userData")
        obj.user_data = "" if v is None else v
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("os", "os", "str", True),
            ("custom_ssh_keys", "customSshKeys", ("list", "str"), False),
            ("ssh_key_source", "sshKeySource", ("enum", SSHKeySource), False),
            ("start_script", "startScript", "str", False),
            ("user_data", "userData", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "os": "os",
                "custom_ssh_keys": "customSshKeys",
                "ssh_key_source": "sshKeySource",
                "start_script": "startScript",
                "user_data": "userData",
            },
            ("os",),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "os",
        "customSshKeys",
        "sshKeySource",
        "startScript",
        "userData",
    )
)

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="ClusterIPOIBConfig")


@_attrs_define
class ClusterIPOIBConfig:
    """A ClusterIPOIBConfig record of the API.

    Attributes:
        host_bits (int): The cluster IPOIB config's host bits. ``hostBits`` on the wire. Required by
            the API.
        network_prefix (str): The cluster IPOIB config's network prefix. ``networkPrefix`` on the
            wire. Required by the API.
        port_bits (int): The cluster IPOIB config's port bits. ``portBits`` on the wire. Required by
            the API.
    """

    host_bits: int
    network_prefix: str
    port_bits: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["hostBits"] = self.host_bits
        field_dict["networkPrefix"] = self.network_prefix
        field_dict["portBits"] = self.port_bits
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("hostBits")
        if v is not None:
            obj.host_bits = v if type(v) is int else parse_int(v)
        v = get("networkPrefix")
        if v is not None:
            obj.network_prefix = v
        v = get("portBits")
        if v is not None:
            obj.port_bits = v if type(v) is int else parse_int(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("host_bits", "hostBits", "int", True),
            ("network_prefix", "networkPrefix", "str", True),
            ("port_bits", "portBits", "int", True),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "host_bits": "hostBits",
                "network_prefix": "networkPrefix",
                "port_bits": "portBits",
            },
            (
                "host_bits",
                "network_prefix",
                "port_bits",
            ),
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
        "hostBits",
        "networkPrefix",
        "portBits",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "host_bits": lambda: 0,
    "network_prefix": lambda: "",
    "port_bits": lambda: 0,
    "additional_properties": dict,
}

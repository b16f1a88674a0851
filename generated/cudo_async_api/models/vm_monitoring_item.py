from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    float_to_wire,
    parse_float,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="VMMonitoringItem")


@_attrs_define
class VMMonitoringItem:
    """A VMMonitoringItem record of the API.

    Attributes:
        cpu (float): The VM monitoring item's CPU. ``cpu`` on the wire.
        disk_rd_bytes (int): The VM monitoring item's disk rd. ``diskRdBytes`` on the wire. In
            bytes.
        disk_rd_iops (int): The VM monitoring item's disk rd iops. ``diskRdIops`` on the wire.
        disk_wr_bytes (int): The VM monitoring item's disk wr. ``diskWrBytes`` on the wire. In
            bytes.
        disk_wr_iops (int): The VM monitoring item's disk wr iops. ``diskWrIops`` on the wire.
        guest_ping (int): The VM monitoring item's guest ping. ``guestPing`` on the wire.
        memory (int): The VM monitoring item's memory. ``memory`` on the wire.
        net_rx (int): The VM monitoring item's net rx. ``netRx`` on the wire.
        net_tx (int): The VM monitoring item's net tx. ``netTx`` on the wire.
        timestamp (int): The VM monitoring item's timestamp. ``timestamp`` on the wire.
    """

    cpu: float = 0.0
    disk_rd_bytes: int = 0
    disk_rd_iops: int = 0
    disk_wr_bytes: int = 0
    disk_wr_iops: int = 0
    guest_ping: int = 0
    memory: int = 0
    net_rx: int = 0
    net_tx: int = 0
    timestamp: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.cpu:
            field_dict["cpu"] = float_to_wire(self.cpu)
        if self.disk_rd_bytes:
            field_dict["diskRdBytes"] = str(self.disk_rd_bytes)
        if self.disk_rd_iops:
            field_dict["diskRdIops"] = str(self.disk_rd_iops)
        if self.disk_wr_bytes:
            field_dict["diskWrBytes"] = str(self.disk_wr_bytes)
        if self.disk_wr_iops:
            field_dict["diskWrIops"] = str(self.disk_wr_iops)
        if self.guest_ping:
            field_dict["guestPing"] = str(self.guest_ping)
        if self.memory:
            field_dict["memory"] = str(self.memory)
        if self.net_rx:
            field_dict["netRx"] = str(self.net_rx)
        if self.net_tx:
            field_dict["netTx"] = str(self.net_tx)
        if self.timestamp:
            field_dict["timestamp"] = str(self.timestamp)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("cpu")
        if v is not None:
            obj.cpu = v if type(v) is float else parse_float(v)
        v = get("diskRdBytes")
        if v is not None:
            obj.disk_rd_bytes = parse_int(v)
        v = get("diskRdIops")
        if v is not None:
            obj.disk_rd_iops = parse_int(v)
        v = get("diskWrBytes")
        if v is not None:
            obj.disk_wr_bytes = parse_int(v)
        v = get("diskWrIops")
        if v is not None:
            obj.disk_wr_iops = parse_int(v)
        v = get("guestPing")
        if v is not None:
            obj.guest_ping = parse_int(v)
        v = get("memory")
        if v is not None:
            obj.memory = parse_int(v)
        v = get("netRx")
        if v is not None:
            obj.net_rx = parse_int(v)
        v = get("netTx")
        if v is not None:
            obj.net_tx = parse_int(v)
        v = get("timestamp")
        if v is not None:
            obj.timestamp = parse_int(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("cpu", "cpu", "float", False),
            ("disk_rd_bytes", "diskRdBytes", "int64", False),
            ("disk_rd_iops", "diskRdIops", "int64", False),
            ("disk_wr_bytes", "diskWrBytes", "int64", False),
            ("disk_wr_iops", "diskWrIops", "int64", False),
            ("guest_ping", "guestPing", "int64", False),
            ("memory", "memory", "int64", False),
            ("net_rx", "netRx", "int64", False),
            ("net_tx", "netTx", "int64", False),
            ("timestamp", "timestamp", "int64", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "cpu": "cpu",
                "disk_rd_bytes": "diskRdBytes",
                "disk_rd_iops": "diskRdIops",
                "disk_wr_bytes": "diskWrBytes",
                "disk_wr_iops": "diskWrIops",
                "guest_ping": "guestPing",
                "memory": "memory",
                "net_rx": "netRx",
                "net_tx": "netTx",
                "timestamp": "timestamp",
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
        "cpu",
        "diskRdBytes",
        "diskRdIops",
        "diskWrBytes",
        "diskWrIops",
        "guestPing",
        "memory",
        "netRx",
        "netTx",
        "timestamp",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "cpu": lambda: 0.0,
    "disk_rd_bytes": lambda: 0,
    "disk_rd_iops": lambda: 0,
    "disk_wr_bytes": lambda: 0,
    "disk_wr_iops": lambda: 0,
    "guest_ping": lambda: 0,
    "memory": lambda: 0,
    "net_rx": lambda: 0,
    "net_tx": lambda: 0,
    "timestamp": lambda: 0,
    "additional_properties": dict,
}

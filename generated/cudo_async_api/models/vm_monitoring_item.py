from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_float, parse_int, pydantic_schema, unknown_members

T = TypeVar("T", bound="VMMonitoringItem")


@_attrs_define
class VMMonitoringItem:
    """A VMMonitoringItem record of the API.

    Attributes:
        cpu (float): ``cpu`` on the wire.
        disk_rd_bytes (int): ``diskRdBytes`` on the wire.
        disk_rd_iops (int): ``diskRdIops`` on the wire.
        disk_wr_bytes (int): ``diskWrBytes`` on the wire.
        disk_wr_iops (int): ``diskWrIops`` on the wire.
        guest_ping (int): ``guestPing`` on the wire.
        memory (int): ``memory`` on the wire.
        net_rx (int): ``netRx`` on the wire.
        net_tx (int): ``netTx`` on the wire.
        timestamp (int): ``timestamp`` on the wire.
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.cpu:
            field_dict["cpu"] = self.cpu
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
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("cpu")
        obj.cpu = 0.0 if v is None else (v if type(v) is float else parse_float(v))
        v = d.get("diskRdBytes")
        obj.disk_rd_bytes = 0 if v is None else parse_int(v)
        v = d.get("diskRdIops")
        obj.disk_rd_iops = 0 if v is None else parse_int(v)
        v = d.get("diskWrBytes")
        obj.disk_wr_bytes = 0 if v is None else parse_int(v)
        v = d.get("diskWrIops")
        obj.disk_wr_iops = 0 if v is None else parse_int(v)
        v = d.get("guestPing")
        obj.guest_ping = 0 if v is None else parse_int(v)
        v = d.get("memory")
        obj.memory = 0 if v is None else parse_int(v)
        v = d.get("netRx")
        obj.net_rx = 0 if v is None else parse_int(v)
        v = d.get("netTx")
        obj.net_tx = 0 if v is None else parse_int(v)
        v = d.get("timestamp")
        obj.timestamp = 0 if v is None else parse_int(v)
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

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

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_float, pydantic_schema

T = TypeVar("T", bound="VMMonitoringItem")


@_attrs_define
class VMMonitoringItem(Mapping[str, Any]):
    """A VMMonitoringItem record of the API.

    Attributes:
        cpu (float): ``cpu`` on the wire.
        disk_rd_bytes (str): ``diskRdBytes`` on the wire. In bytes.
        disk_rd_iops (str): ``diskRdIops`` on the wire.
        disk_wr_bytes (str): ``diskWrBytes`` on the wire. In bytes.
        disk_wr_iops (str): ``diskWrIops`` on the wire.
        guest_ping (str): ``guestPing`` on the wire.
        memory (str): ``memory`` on the wire.
        net_rx (str): ``netRx`` on the wire.
        net_tx (str): ``netTx`` on the wire.
        timestamp (str): ``timestamp`` on the wire.
    """

    cpu: float = 0.0
    disk_rd_bytes: str = ""
    disk_rd_iops: str = ""
    disk_wr_bytes: str = ""
    disk_wr_iops: str = ""
    guest_ping: str = ""
    memory: str = ""
    net_rx: str = ""
    net_tx: str = ""
    timestamp: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.cpu:
            field_dict["cpu"] = self.cpu
        if self.disk_rd_bytes:
            field_dict["diskRdBytes"] = self.disk_rd_bytes
        if self.disk_rd_iops:
            field_dict["diskRdIops"] = self.disk_rd_iops
        if self.disk_wr_bytes:
            field_dict["diskWrBytes"] = self.disk_wr_bytes
        if self.disk_wr_iops:
            field_dict["diskWrIops"] = self.disk_wr_iops
        if self.guest_ping:
            field_dict["guestPing"] = self.guest_ping
        if self.memory:
            field_dict["memory"] = self.memory
        if self.net_rx:
            field_dict["netRx"] = self.net_rx
        if self.net_tx:
            field_dict["netTx"] = self.net_tx
        if self.timestamp:
            field_dict["timestamp"] = self.timestamp
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _cpu = d.pop("cpu", None)
        _disk_rd_bytes = d.pop("diskRdBytes", None)
        _disk_rd_iops = d.pop("diskRdIops", None)
        _disk_wr_bytes = d.pop("diskWrBytes", None)
        _disk_wr_iops = d.pop("diskWrIops", None)
        _guest_ping = d.pop("guestPing", None)
        _memory = d.pop("memory", None)
        _net_rx = d.pop("netRx", None)
        _net_tx = d.pop("netTx", None)
        _timestamp = d.pop("timestamp", None)
        obj = cls(
            cpu=0.0 if _cpu is None else parse_float(_cpu),
            disk_rd_bytes="" if _disk_rd_bytes is None else _disk_rd_bytes,
            disk_rd_iops="" if _disk_rd_iops is None else _disk_rd_iops,
            disk_wr_bytes="" if _disk_wr_bytes is None else _disk_wr_bytes,
            disk_wr_iops="" if _disk_wr_iops is None else _disk_wr_iops,
            guest_ping="" if _guest_ping is None else _guest_ping,
            memory="" if _memory is None else _memory,
            net_rx="" if _net_rx is None else _net_rx,
            net_tx="" if _net_tx is None else _net_tx,
            timestamp="" if _timestamp is None else _timestamp,
        )
        obj.additional_properties = d
        return obj

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

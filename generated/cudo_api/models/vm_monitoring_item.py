from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_float

T = TypeVar("T", bound="VMMonitoringItem")


@_attrs_define
class VMMonitoringItem:
    """
    Attributes:
        cpu (float | Unset):
        disk_rd_bytes (str | Unset):
        disk_rd_iops (str | Unset):
        disk_wr_bytes (str | Unset):
        disk_wr_iops (str | Unset):
        guest_ping (str | Unset):
        memory (str | Unset):
        net_rx (str | Unset):
        net_tx (str | Unset):
        timestamp (str | Unset):
    """

    cpu: float | Unset = UNSET
    disk_rd_bytes: str | Unset = UNSET
    disk_rd_iops: str | Unset = UNSET
    disk_wr_bytes: str | Unset = UNSET
    disk_wr_iops: str | Unset = UNSET
    guest_ping: str | Unset = UNSET
    memory: str | Unset = UNSET
    net_rx: str | Unset = UNSET
    net_tx: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu = self.cpu

        disk_rd_bytes = self.disk_rd_bytes

        disk_rd_iops = self.disk_rd_iops

        disk_wr_bytes = self.disk_wr_bytes

        disk_wr_iops = self.disk_wr_iops

        guest_ping = self.guest_ping

        memory = self.memory

        net_rx = self.net_rx

        net_tx = self.net_tx

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if disk_rd_bytes is not UNSET:
            field_dict["diskRdBytes"] = disk_rd_bytes
        if disk_rd_iops is not UNSET:
            field_dict["diskRdIops"] = disk_rd_iops
        if disk_wr_bytes is not UNSET:
            field_dict["diskWrBytes"] = disk_wr_bytes
        if disk_wr_iops is not UNSET:
            field_dict["diskWrIops"] = disk_wr_iops
        if guest_ping is not UNSET:
            field_dict["guestPing"] = guest_ping
        if memory is not UNSET:
            field_dict["memory"] = memory
        if net_rx is not UNSET:
            field_dict["netRx"] = net_rx
        if net_tx is not UNSET:
            field_dict["netTx"] = net_tx
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        _cpu = d.pop("cpu", UNSET)
        cpu: float | Unset
        if _cpu is UNSET:
            cpu = UNSET
        else:
            cpu = parse_float(_cpu)

        disk_rd_bytes = d.pop("diskRdBytes", UNSET)

        disk_rd_iops = d.pop("diskRdIops", UNSET)

        disk_wr_bytes = d.pop("diskWrBytes", UNSET)

        disk_wr_iops = d.pop("diskWrIops", UNSET)

        guest_ping = d.pop("guestPing", UNSET)

        memory = d.pop("memory", UNSET)

        net_rx = d.pop("netRx", UNSET)

        net_tx = d.pop("netTx", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        vm_monitoring_item = cls(
            cpu=cpu,
            disk_rd_bytes=disk_rd_bytes,
            disk_rd_iops=disk_rd_iops,
            disk_wr_bytes=disk_wr_bytes,
            disk_wr_iops=disk_wr_iops,
            guest_ping=guest_ping,
            memory=memory,
            net_rx=net_rx,
            net_tx=net_tx,
            timestamp=timestamp,
        )

        vm_monitoring_item.additional_properties = d
        return vm_monitoring_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

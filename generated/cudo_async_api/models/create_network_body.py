from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_state import NetworkState
from ..models.vm_state import VMState
from ..types import parse_datetime, pydantic_schema

T = TypeVar("T", bound="CreateNetworkBody")


@_attrs_define
class CreateNetworkBody(Mapping[str, Any]):
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        data_center_id (str): ``dataCenterId`` on the wire. Required by the API.
        id (str): ``id`` on the wire. Required by the API.
        ip_range (str): ``ipRange`` on the wire. Required by the API.
        create_time (datetime.datetime | None): ``createTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when absent.
        external_ip_address (str): ``externalIpAddress`` on the wire.
        gateway (str): ``gateway`` on the wire.
        internal_ip_address (str): ``internalIpAddress`` on the wire.
        price_hr (Decimal | None): ``priceHr`` on the wire. A price per hour, in the billing account's currency. None when absent.
        state (NetworkState): ``state`` on the wire. The first member when absent.
        vm_state (VMState): ``vmState`` on the wire. The first member when absent.
    """

    data_center_id: str
    id: str
    ip_range: str
    create_time: datetime.datetime | None = None
    external_ip_address: str = ""
    gateway: str = ""
    internal_ip_address: str = ""
    price_hr: Decimal | None = None
    state: NetworkState = NetworkState.STATE_UNKNOWN
    vm_state: VMState = VMState.CLONING
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["dataCenterId"] = self.data_center_id
        field_dict["id"] = self.id
        field_dict["ipRange"] = self.ip_range
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat() if self.create_time is not None else None
        if self.external_ip_address:
            field_dict["externalIpAddress"] = self.external_ip_address
        if self.gateway:
            field_dict["gateway"] = self.gateway
        if self.internal_ip_address:
            field_dict["internalIpAddress"] = self.internal_ip_address
        if self.price_hr is not None:
            field_dict["priceHr"] = self.price_hr.to_dict()
        if self.state is not NetworkState.STATE_UNKNOWN:
            field_dict["state"] = self.state.value
        if self.vm_state is not VMState.CLONING:
            field_dict["vmState"] = self.vm_state.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _data_center_id = d.pop("dataCenterId", None)
        _id = d.pop("id", None)
        _ip_range = d.pop("ipRange", None)
        _create_time = d.pop("createTime", None)
        _external_ip_address = d.pop("externalIpAddress", None)
        _gateway = d.pop("gateway", None)
        _internal_ip_address = d.pop("internalIpAddress", None)
        _price_hr = d.pop("priceHr", None)
        _state = d.pop("state", None)
        _vm_state = d.pop("vmState", None)
        obj = cls(
            data_center_id="" if _data_center_id is None else _data_center_id,
            id="" if _id is None else _id,
            ip_range="" if _ip_range is None else _ip_range,
            create_time=None if _create_time is None else parse_datetime(_create_time),
            external_ip_address="" if _external_ip_address is None else _external_ip_address,
            gateway="" if _gateway is None else _gateway,
            internal_ip_address="" if _internal_ip_address is None else _internal_ip_address,
            price_hr=None if _price_hr is None else Decimal.from_dict(_price_hr),
            state=NetworkState.STATE_UNKNOWN if _state is None else NetworkState.from_wire(_state),
            vm_state=VMState.CLONING if _vm_state is None else VMState.from_wire(_vm_state),
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
                "data_center_id": "dataCenterId",
                "id": "id",
                "ip_range": "ipRange",
                "create_time": "createTime",
                "external_ip_address": "externalIpAddress",
                "gateway": "gateway",
                "internal_ip_address": "internalIpAddress",
                "price_hr": "priceHr",
                "state": "state",
                "vm_state": "vmState",
            },
            (
                "data_center_id",
                "id",
                "ip_range",
            ),
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
from ..models.decimal import Decimal

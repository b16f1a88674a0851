from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_state import NetworkState
from ..models.vm_state import VmState
from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="Network")


@_attrs_define
class Network:
    """
    Attributes:
        data_center_id (str):
        id (str):
        ip_range (str):
        project_id (str):
        create_time (datetime.datetime | Unset):
        external_ip_address (str | Unset):
        gateway (str | Unset):
        internal_ip_address (str | Unset):
        price_hr (Decimal | Unset):
        state (NetworkState | Unset):
        vm_state (VmState | Unset):
    """

    data_center_id: str
    id: str
    ip_range: str
    project_id: str
    create_time: datetime.datetime | Unset = UNSET
    external_ip_address: str | Unset = UNSET
    gateway: str | Unset = UNSET
    internal_ip_address: str | Unset = UNSET
    price_hr: Decimal | Unset = UNSET
    state: NetworkState | Unset = UNSET
    vm_state: VmState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_center_id = self.data_center_id

        id = self.id

        ip_range = self.ip_range

        project_id = self.project_id

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        external_ip_address = self.external_ip_address

        gateway = self.gateway

        internal_ip_address = self.internal_ip_address

        price_hr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_hr, Unset):
            price_hr = self.price_hr.to_dict()

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        vm_state: str | Unset = UNSET
        if not isinstance(self.vm_state, Unset):
            vm_state = self.vm_state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataCenterId": data_center_id,
                "id": id,
                "ipRange": ip_range,
                "projectId": project_id,
            }
        )
        if create_time is not UNSET:
            field_dict["createTime"] = create_time
        if external_ip_address is not UNSET:
            field_dict["externalIpAddress"] = external_ip_address
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if internal_ip_address is not UNSET:
            field_dict["internalIpAddress"] = internal_ip_address
        if price_hr is not UNSET:
            field_dict["priceHr"] = price_hr
        if state is not UNSET:
            field_dict["state"] = state
        if vm_state is not UNSET:
            field_dict["vmState"] = vm_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        data_center_id = d.pop("dataCenterId", "")

        id = d.pop("id", "")

        ip_range = d.pop("ipRange", "")

        project_id = d.pop("projectId", "")

        _create_time = d.pop("createTime", UNSET)
        create_time: datetime.datetime | Unset
        if _create_time is UNSET:
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        external_ip_address = d.pop("externalIpAddress", UNSET)

        gateway = d.pop("gateway", UNSET)

        internal_ip_address = d.pop("internalIpAddress", UNSET)

        _price_hr = d.pop("priceHr", UNSET)
        price_hr: Decimal | Unset
        if _price_hr is UNSET:
            price_hr = UNSET
        else:
            price_hr = Decimal.from_dict(_price_hr)

        _state = d.pop("state", UNSET)
        state: NetworkState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = NetworkState.from_wire(_state)

        _vm_state = d.pop("vmState", UNSET)
        vm_state: VmState | Unset
        if _vm_state is UNSET:
            vm_state = UNSET
        else:
            vm_state = VmState.from_wire(_vm_state)

        network = cls(
            data_center_id=data_center_id,
            id=id,
            ip_range=ip_range,
            project_id=project_id,
            create_time=create_time,
            external_ip_address=external_ip_address,
            gateway=gateway,
            internal_ip_address=internal_ip_address,
            price_hr=price_hr,
            state=state,
            vm_state=vm_state,
        )

        network.additional_properties = d
        return network

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


# Imported after the class: models that refer to each other load in any order.
from ..models.decimal import Decimal

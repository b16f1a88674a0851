from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_int

T = TypeVar("T", bound="VMDataCenter")


@_attrs_define
class VMDataCenter:
    """
    Attributes:
        id (str):
        ipv_4_free (int):
        location (LatLng):
        renewable_energy (bool):
        s_3_endpoint (str):
        supplier_name (str):
        disk_pool_pricing (list[DiskStoragePriceHr] | Unset):
        ipv_4_price_hr (Decimal | Unset):
        network_price_hr (Decimal | Unset):
        network_pricing (list[NetworkPriceHr] | Unset):
        object_storage_gib_price_hr (Decimal | Unset):
    """

    id: str
    ipv_4_free: int
    location: LatLng
    renewable_energy: bool
    s_3_endpoint: str
    supplier_name: str
    disk_pool_pricing: list[DiskStoragePriceHr] | Unset = UNSET
    ipv_4_price_hr: Decimal | Unset = UNSET
    network_price_hr: Decimal | Unset = UNSET
    network_pricing: list[NetworkPriceHr] | Unset = UNSET
    object_storage_gib_price_hr: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ipv_4_free = self.ipv_4_free

        location = self.location.to_dict()

        renewable_energy = self.renewable_energy

        s_3_endpoint = self.s_3_endpoint

        supplier_name = self.supplier_name

        disk_pool_pricing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.disk_pool_pricing, Unset):
            disk_pool_pricing = []
            for disk_pool_pricing_item_data in self.disk_pool_pricing:
                disk_pool_pricing_item = disk_pool_pricing_item_data.to_dict()
                disk_pool_pricing.append(disk_pool_pricing_item)

        ipv_4_price_hr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ipv_4_price_hr, Unset):
            ipv_4_price_hr = self.ipv_4_price_hr.to_dict()

        network_price_hr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_price_hr, Unset):
            network_price_hr = self.network_price_hr.to_dict()

        network_pricing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.network_pricing, Unset):
            network_pricing = []
            for network_pricing_item_data in self.network_pricing:
                network_pricing_item = network_pricing_item_data.to_dict()
                network_pricing.append(network_pricing_item)

        object_storage_gib_price_hr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_storage_gib_price_hr, Unset):
            object_storage_gib_price_hr = self.object_storage_gib_price_hr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ipv4Free": ipv_4_free,
                "location": location,
                "renewableEnergy": renewable_energy,
                "s3Endpoint": s_3_endpoint,
                "supplierName": supplier_name,
            }
        )
        if disk_pool_pricing is not UNSET:
            field_dict["diskPoolPricing"] = disk_pool_pricing
        if ipv_4_price_hr is not UNSET:
            field_dict["ipv4PriceHr"] = ipv_4_price_hr
        if network_price_hr is not UNSET:
            field_dict["networkPriceHr"] = network_price_hr
        if network_pricing is not UNSET:
            field_dict["networkPricing"] = network_pricing
        if object_storage_gib_price_hr is not UNSET:
            field_dict["objectStorageGibPriceHr"] = object_storage_gib_price_hr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        id = d.pop("id", "")

        ipv_4_free = parse_int(d.pop("ipv4Free", 0))

        location = LatLng.from_dict(d.pop("location", {}))

        renewable_energy = d.pop("renewableEnergy", False)

        s_3_endpoint = d.pop("s3Endpoint", "")

        supplier_name = d.pop("supplierName", "")

        _disk_pool_pricing = d.pop("diskPoolPricing", UNSET)
        disk_pool_pricing: list[DiskStoragePriceHr] | Unset = UNSET
        if _disk_pool_pricing is not UNSET:
            disk_pool_pricing = []
            for disk_pool_pricing_item_data in _disk_pool_pricing:
                disk_pool_pricing_item = DiskStoragePriceHr.from_dict(disk_pool_pricing_item_data)

                disk_pool_pricing.append(disk_pool_pricing_item)

        _ipv_4_price_hr = d.pop("ipv4PriceHr", UNSET)
        ipv_4_price_hr: Decimal | Unset
        if _ipv_4_price_hr is UNSET:
            ipv_4_price_hr = UNSET
        else:
            ipv_4_price_hr = Decimal.from_dict(_ipv_4_price_hr)

        _network_price_hr = d.pop("networkPriceHr", UNSET)
        network_price_hr: Decimal | Unset
        if _network_price_hr is UNSET:
            network_price_hr = UNSET
        else:
            network_price_hr = Decimal.from_dict(_network_price_hr)

        _network_pricing = d.pop("networkPricing", UNSET)
        network_pricing: list[NetworkPriceHr] | Unset = UNSET
        if _network_pricing is not UNSET:
            network_pricing = []
            for network_pricing_item_data in _network_pricing:
                network_pricing_item = NetworkPriceHr.from_dict(network_pricing_item_data)

                network_pricing.append(network_pricing_item)

        _object_storage_gib_price_hr = d.pop("objectStorageGibPriceHr", UNSET)
        object_storage_gib_price_hr: Decimal | Unset
        if _object_storage_gib_price_hr is UNSET:
            object_storage_gib_price_hr = UNSET
        else:
            object_storage_gib_price_hr = Decimal.from_dict(_object_storage_gib_price_hr)

        vm_data_center = cls(
            id=id,
            ipv_4_free=ipv_4_free,
            location=location,
            renewable_energy=renewable_energy,
            s_3_endpoint=s_3_endpoint,
            supplier_name=supplier_name,
            disk_pool_pricing=disk_pool_pricing,
            ipv_4_price_hr=ipv_4_price_hr,
            network_price_hr=network_price_hr,
            network_pricing=network_pricing,
            object_storage_gib_price_hr=object_storage_gib_price_hr,
        )

        vm_data_center.additional_properties = d
        return vm_data_center

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
from ..models.disk_storage_price_hr import DiskStoragePriceHr
from ..models.lat_lng import LatLng
from ..models.network_price_hr import NetworkPriceHr

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int

T = TypeVar("T", bound="VMDataCenter")


@_attrs_define
class VMDataCenter:
    """A data center where VMs can run.

    Attributes:
        id (str): ``id`` on the wire. Required by the API.
        ipv4_free (int): ``ipv4Free`` on the wire. Required by the API.
        location (LatLng): ``location`` on the wire. Required by the API.
        renewable_energy (bool): ``renewableEnergy`` on the wire. Required by the API.
        s3_endpoint (str): ``s3Endpoint`` on the wire. Required by the API.
        supplier_name (str): ``supplierName`` on the wire. Required by the API.
        disk_pool_pricing (list[DiskStoragePriceHr]): ``diskPoolPricing`` on the wire. Empty when absent.
        ipv4_price_hr (Decimal | None): ``ipv4PriceHr`` on the wire. Per hour. None when absent.
        network_price_hr (Decimal | None): ``networkPriceHr`` on the wire. Per hour. None when absent.
        network_pricing (list[NetworkPriceHr]): ``networkPricing`` on the wire. Empty when absent.
        object_storage_gib_price_hr (Decimal | None): ``objectStorageGibPriceHr`` on the wire. In GiB. Per hour. None when absent.
    """

    id: str
    ipv4_free: int
    location: LatLng
    renewable_energy: bool
    s3_endpoint: str
    supplier_name: str
    disk_pool_pricing: list[DiskStoragePriceHr] = _attrs_field(factory=list)
    ipv4_price_hr: Decimal | None = None
    network_price_hr: Decimal | None = None
    network_pricing: list[NetworkPriceHr] = _attrs_field(factory=list)
    object_storage_gib_price_hr: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["ipv4Free"] = self.ipv4_free
        field_dict["location"] = self.location.to_dict()
        field_dict["renewableEnergy"] = self.renewable_energy
        field_dict["s3Endpoint"] = self.s3_endpoint
        field_dict["supplierName"] = self.supplier_name
        if self.disk_pool_pricing:
            field_dict["diskPoolPricing"] = [_v0.to_dict() for _v0 in self.disk_pool_pricing]
        if self.ipv4_price_hr is not None:
            field_dict["ipv4PriceHr"] = self.ipv4_price_hr.to_dict()
        if self.network_price_hr is not None:
            field_dict["networkPriceHr"] = self.network_price_hr.to_dict()
        if self.network_pricing:
            field_dict["networkPricing"] = [_v0.to_dict() for _v0 in self.network_pricing]
        if self.object_storage_gib_price_hr is not None:
            field_dict["objectStorageGibPriceHr"] = self.object_storage_gib_price_hr.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _id = d.pop("id", None)
        _ipv4_free = d.pop("ipv4Free", None)
        _location = d.pop("location", None)
        _renewable_energy = d.pop("renewableEnergy", None)
        _s3_endpoint = d.pop("s3Endpoint", None)
        _supplier_name = d.pop("supplierName", None)
        _disk_pool_pricing = d.pop("diskPoolPricing", None)
        _ipv4_price_hr = d.pop("ipv4PriceHr", None)
        _network_price_hr = d.pop("networkPriceHr", None)
        _network_pricing = d.pop("networkPricing", None)
        _object_storage_gib_price_hr = d.pop("objectStorageGibPriceHr", None)
        obj = cls(
            id="" if _id is None else _id,
            ipv4_free=0 if _ipv4_free is None else parse_int(_ipv4_free),
            location=LatLng.from_dict({}) if _location is None else LatLng.from_dict(_location),
            renewable_energy=False if _renewable_energy is None else _renewable_energy,
            s3_endpoint="" if _s3_endpoint is None else _s3_endpoint,
            supplier_name="" if _supplier_name is None else _supplier_name,
            disk_pool_pricing=[]
            if _disk_pool_pricing is None
            else [DiskStoragePriceHr.from_dict(_v0) for _v0 in _disk_pool_pricing],
            ipv4_price_hr=None if _ipv4_price_hr is None else Decimal.from_dict(_ipv4_price_hr),
            network_price_hr=None if _network_price_hr is None else Decimal.from_dict(_network_price_hr),
            network_pricing=[]
            if _network_pricing is None
            else [NetworkPriceHr.from_dict(_v0) for _v0 in _network_pricing],
            object_storage_gib_price_hr=None
            if _object_storage_gib_price_hr is None
            else Decimal.from_dict(_object_storage_gib_price_hr),
        )
        obj.additional_properties = d
        return obj


# Imported after the class: models that refer to each other load in any order.
from ..models.decimal import Decimal
from ..models.disk_storage_price_hr import DiskStoragePriceHr
from ..models.lat_lng import LatLng
from ..models.network_price_hr import NetworkPriceHr

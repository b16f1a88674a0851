from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int, pydantic_schema

T = TypeVar("T", bound="VMDataCenter")


@_attrs_define
class VMDataCenter(Mapping[str, Any]):
    """A data center where VMs can run.

    Attributes:
        location (LatLng): ``location`` on the wire. Required by the API.
        disk_pool_pricing (list[DiskStoragePriceHr]): ``diskPoolPricing`` on the wire. Empty when absent.
        id (str): ``id`` on the wire.
        ipv4_free (int): ``ipv4Free`` on the wire.
        ipv4_price_hr (Decimal | None): ``ipv4PriceHr`` on the wire. A price per hour, in the billing account's currency. None when absent.
        network_price_hr (Decimal | None): ``networkPriceHr`` on the wire. A price per hour, in the billing account's currency. None when
            absent.
        network_pricing (list[NetworkPriceHr]): ``networkPricing`` on the wire. Empty when absent.
        object_storage_gib_price_hr (Decimal | None): ``objectStorageGibPriceHr`` on the wire. A price per GiB per hour, in the billing account's
            currency. None when absent.
        renewable_energy (bool): ``renewableEnergy`` on the wire.
        s3_endpoint (str): ``s3Endpoint`` on the wire.
        supplier_name (str): ``supplierName`` on the wire.
    """

    location: LatLng
    disk_pool_pricing: list[DiskStoragePriceHr] = _attrs_field(factory=list)
    id: str = ""
    ipv4_free: int = 0
    ipv4_price_hr: Decimal | None = None
    network_price_hr: Decimal | None = None
    network_pricing: list[NetworkPriceHr] = _attrs_field(factory=list)
    object_storage_gib_price_hr: Decimal | None = None
    renewable_energy: bool = False
    s3_endpoint: str = ""
    supplier_name: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["location"] = self.location.to_dict()
        if self.disk_pool_pricing:
            field_dict["diskPoolPricing"] = [_v0.to_dict() for _v0 in self.disk_pool_pricing]
        if self.id:
            field_dict["id"] = self.id
        if self.ipv4_free:
            field_dict["ipv4Free"] = self.ipv4_free
        if self.ipv4_price_hr is not None:
            field_dict["ipv4PriceHr"] = self.ipv4_price_hr.to_dict()
        if self.network_price_hr is not None:
            field_dict["networkPriceHr"] = self.network_price_hr.to_dict()
        if self.network_pricing:
            field_dict["networkPricing"] = [_v0.to_dict() for _v0 in self.network_pricing]
        if self.object_storage_gib_price_hr is not None:
            field_dict["objectStorageGibPriceHr"] = self.object_storage_gib_price_hr.to_dict()
        if self.renewable_energy:
            field_dict["renewableEnergy"] = self.renewable_energy
        if self.s3_endpoint:
            field_dict["s3Endpoint"] = self.s3_endpoint
        if self.supplier_name:
            field_dict["supplierName"] = self.supplier_name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _location = d.pop("location", None)
        _disk_pool_pricing = d.pop("diskPoolPricing", None)
        _id = d.pop("id", None)
        _ipv4_free = d.pop("ipv4Free", None)
        _ipv4_price_hr = d.pop("ipv4PriceHr", None)
        _network_price_hr = d.pop("networkPriceHr", None)
        _network_pricing = d.pop("networkPricing", None)
        _object_storage_gib_price_hr = d.pop("objectStorageGibPriceHr", None)
        _renewable_energy = d.pop("renewableEnergy", None)
        _s3_endpoint = d.pop("s3Endpoint", None)
        _supplier_name = d.pop("supplierName", None)
        obj = cls(
            location=LatLng.from_dict({}) if _location is None else LatLng.from_dict(_location),
            disk_pool_pricing=[]
            if _disk_pool_pricing is None
            else [DiskStoragePriceHr.from_dict(_v0) for _v0 in _disk_pool_pricing],
            id="" if _id is None else _id,
            ipv4_free=0 if _ipv4_free is None else parse_int(_ipv4_free),
            ipv4_price_hr=None if _ipv4_price_hr is None else Decimal.from_dict(_ipv4_price_hr),
            network_price_hr=None if _network_price_hr is None else Decimal.from_dict(_network_price_hr),
            network_pricing=[]
            if _network_pricing is None
            else [NetworkPriceHr.from_dict(_v0) for _v0 in _network_pricing],
            object_storage_gib_price_hr=None
            if _object_storage_gib_price_hr is None
            else Decimal.from_dict(_object_storage_gib_price_hr),
            renewable_energy=False if _renewable_energy is None else _renewable_energy,
            s3_endpoint="" if _s3_endpoint is None else _s3_endpoint,
            supplier_name="" if _supplier_name is None else _supplier_name,
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
                "location": "location",
                "disk_pool_pricing": "diskPoolPricing",
                "id": "id",
                "ipv4_free": "ipv4Free",
                "ipv4_price_hr": "ipv4PriceHr",
                "network_price_hr": "networkPriceHr",
                "network_pricing": "networkPricing",
                "object_storage_gib_price_hr": "objectStorageGibPriceHr",
                "renewable_energy": "renewableEnergy",
                "s3_endpoint": "s3Endpoint",
                "supplier_name": "supplierName",
            },
            ("location",),
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
from ..models.disk_storage_price_hr import DiskStoragePriceHr
from ..models.lat_lng import LatLng
from ..models.network_price_hr import NetworkPriceHr

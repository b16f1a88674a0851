from __future__ import annotations

import decimal
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    decoded_in_place,
    parse_decimal,
    parse_int,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="VMDataCenter")


@_attrs_define
class VMDataCenter:
    """A data center where VMs can run.

    Attributes:
        location (LatLng): The VM data center's location: a ``LatLng``. ``location`` on the wire.
            Required by the API.
        disk_pool_pricing (list[DiskStoragePriceHr]): The VM data center's disk pool pricing: a list
            of ``DiskStoragePriceHr``. ``diskPoolPricing`` on the wire. Empty when absent.
        id (str): The VM data center's id. ``id`` on the wire.
        ipv4_free (int): The VM data center's IPv4 free. ``ipv4Free`` on the wire.
        ipv4_price_hr (decimal.Decimal): The VM data center's IPv4 price: a ``decimal.Decimal``.
            ``ipv4PriceHr`` on the wire. A price per hour, in the billing account's currency.
        network_price_hr (decimal.Decimal): The VM data center's network price: a
            ``decimal.Decimal``. ``networkPriceHr`` on the wire. A price per hour, in the billing
            account's currency.
        network_pricing (list[NetworkPriceHr]): The VM data center's network pricing: a list of
            ``NetworkPriceHr``. ``networkPricing`` on the wire. Empty when absent.
        object_storage_gib_price_hr (decimal.Decimal): The VM data center's object storage gib
            price: a ``decimal.Decimal``. ``objectStorageGibPriceHr`` on the wire. A price per GiB per
            hour, in the billing account's currency.
        renewable_energy (bool): The VM data center's renewable energy (a flag). ``renewableEnergy``
            on the wire.
        s3_endpoint (str): The VM data center's S3 endpoint. ``s3Endpoint`` on the wire.
        supplier_name (str): The supplier's name. ``supplierName`` on the wire.
    """

    location: LatLng
    disk_pool_pricing: list[DiskStoragePriceHr] = _attrs_field(factory=list)
    id: str = ""
    ipv4_free: int = 0
    ipv4_price_hr: decimal.Decimal = decimal.Decimal()
    network_price_hr: decimal.Decimal = decimal.Decimal()
    network_pricing: list[NetworkPriceHr] = _attrs_field(factory=list)
    object_storage_gib_price_hr: decimal.Decimal = decimal.Decimal()
    renewable_energy: bool = False
    s3_endpoint: str = ""
    supplier_name: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

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
        if self.ipv4_price_hr:
            field_dict["ipv4PriceHr"] = {"value": str(self.ipv4_price_hr)}
        if self.network_price_hr:
            field_dict["networkPriceHr"] = {"value": str(self.network_price_hr)}
        if self.network_pricing:
            field_dict["networkPricing"] = [_v0.to_dict() for _v0 in self.network_pricing]
        if self.object_storage_gib_price_hr:
            field_dict["objectStorageGibPriceHr"] = {"value": str(self.object_storage_gib_price_hr)}
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
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("location")
        if v is not None:
            obj.location = LatLng.from_dict(v)
        v = get("diskPoolPricing")
        if v is not None:
            obj.disk_pool_pricing = [DiskStoragePriceHr.from_dict(_v0) for _v0 in v]
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("ipv4Free")
        if v is not None:
            obj.ipv4_free = v if type(v) is int else parse_int(v)
        v = get("ipv4PriceHr")
        if v is not None:
            obj.ipv4_price_hr = parse_decimal(v)
        v = get("networkPriceHr")
        if v is not None:
            obj.network_price_hr = parse_decimal(v)
        v = get("networkPricing")
        if v is not None:
            obj.network_pricing = [NetworkPriceHr.from_dict(_v0) for _v0 in v]
        v = get("objectStorageGibPriceHr")
        if v is not None:
            obj.object_storage_gib_price_hr = parse_decimal(v)
        v = get("renewableEnergy")
        if v is not None:
            obj.renewable_energy = v
        v = get("s3Endpoint")
        if v is not None:
            obj.s3_endpoint = v
        v = get("supplierName")
        if v is not None:
            obj.supplier_name = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @classmethod
    def _from_parsed(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # from_dict for JSON the SDK has just parsed and nobody else holds: its lists become the
        # model's (lists of messages converted in place, each parsed dict freed as its model is
        # made), so a large answer allocates fewer objects and never holds both forms at once.
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("location")
        if v is not None:
            obj.location = LatLng._from_parsed(v)
        v = get("diskPoolPricing")
        if v is not None:
            obj.disk_pool_pricing = decoded_in_place(v, DiskStoragePriceHr._from_parsed)
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("ipv4Free")
        if v is not None:
            obj.ipv4_free = v if type(v) is int else parse_int(v)
        v = get("ipv4PriceHr")
        if v is not None:
            obj.ipv4_price_hr = parse_decimal(v)
        v = get("networkPriceHr")
        if v is not None:
            obj.network_price_hr = parse_decimal(v)
        v = get("networkPricing")
        if v is not None:
            obj.network_pricing = decoded_in_place(v, NetworkPriceHr._from_parsed)
        v = get("objectStorageGibPriceHr")
        if v is not None:
            obj.object_storage_gib_price_hr = parse_decimal(v)
        v = get("renewableEnergy")
        if v is not None:
            obj.renewable_energy = v
        v = get("s3Endpoint")
        if v is not None:
            obj.s3_endpoint = v
        v = get("supplierName")
        if v is not None:
            obj.supplier_name = v
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("location", "location", ("message", LatLng), True),
            ("disk_pool_pricing", "diskPoolPricing", ("list", ("message", DiskStoragePriceHr)), False),
            ("id", "id", "str", False),
            ("ipv4_free", "ipv4Free", "int", False),
            ("ipv4_price_hr", "ipv4PriceHr", "decimal", False),
            ("network_price_hr", "networkPriceHr", "decimal", False),
            ("network_pricing", "networkPricing", ("list", ("message", NetworkPriceHr)), False),
            ("object_storage_gib_price_hr", "objectStorageGibPriceHr", "decimal", False),
            ("renewable_energy", "renewableEnergy", "bool", False),
            ("s3_endpoint", "s3Endpoint", "str", False),
            ("supplier_name", "supplierName", "str", False),
        )

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
        "location",
        "diskPoolPricing",
        "id",
        "ipv4Free",
        "ipv4PriceHr",
        "networkPriceHr",
        "networkPricing",
        "objectStorageGibPriceHr",
        "renewableEnergy",
        "s3Endpoint",
        "supplierName",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "location": lambda: LatLng.from_dict({}),
    "disk_pool_pricing": lambda: [],
    "id": lambda: "",
    "ipv4_free": lambda: 0,
    "ipv4_price_hr": lambda: decimal.Decimal(),
    "network_price_hr": lambda: decimal.Decimal(),
    "network_pricing": lambda: [],
    "object_storage_gib_price_hr": lambda: decimal.Decimal(),
    "renewable_energy": lambda: False,
    "s3_endpoint": lambda: "",
    "supplier_name": lambda: "",
    "additional_properties": dict,
}
# Imported after the class: models that refer to each other load in any order.
from ..models.disk_storage_price_hr import DiskStoragePriceHr
from ..models.lat_lng import LatLng
from ..models.network_price_hr import NetworkPriceHr

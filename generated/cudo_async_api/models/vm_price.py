from __future__ import annotations

import decimal
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    parse_decimal,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="VMPrice")


@_attrs_define
class VMPrice:
    """What a VM costs, by part, per hour.

    Attributes:
        gpu_price_hr (decimal.Decimal): The VM price's GPU price: a ``decimal.Decimal``.
            ``gpuPriceHr`` on the wire. A price per hour, in the billing account's currency. Required by
            the API.
        ipv4_address_price_hr (decimal.Decimal): The VM price's IPv4 address price: a
            ``decimal.Decimal``. ``ipv4AddressPriceHr`` on the wire. A price per hour, in the billing
            account's currency. Required by the API.
        memory_gib_price_hr (decimal.Decimal): The VM price's memory gib price: a
            ``decimal.Decimal``. ``memoryGibPriceHr`` on the wire. A price per GiB per hour, in the
            billing account's currency. Required by the API.
        storage_gib_price_hr (decimal.Decimal): The VM price's storage gib price: a
            ``decimal.Decimal``. ``storageGibPriceHr`` on the wire. A price per GiB per hour, in the
            billing account's currency. Required by the API.
        total_gpu_price_hr (decimal.Decimal): The VM price's total GPU price: a ``decimal.Decimal``.
            ``totalGpuPriceHr`` on the wire. A price per hour, in the billing account's currency.
            Required by the API.
        total_memory_price_hr (decimal.Decimal): The VM price's total memory price: a
            ``decimal.Decimal``. ``totalMemoryPriceHr`` on the wire. A price per hour, in the billing
            account's currency. Required by the API.
        total_price_hr (decimal.Decimal): The VM price's total price: a ``decimal.Decimal``.
            ``totalPriceHr`` on the wire. A price per hour, in the billing account's currency. Required
            by the API.
        total_storage_price_hr (decimal.Decimal): The VM price's total storage price: a
            ``decimal.Decimal``. ``totalStoragePriceHr`` on the wire. A price per hour, in the billing
            account's currency. Required by the API.
        total_vcpu_price_hr (decimal.Decimal): The VM price's total vcpu price: a
            ``decimal.Decimal``. ``totalVcpuPriceHr`` on the wire. A price per hour, in the billing
            account's currency. Required by the API.
        vcpu_price_hr (decimal.Decimal): The VM price's vcpu price: a ``decimal.Decimal``.
            ``vcpuPriceHr`` on the wire. A price per hour, in the billing account's currency. Required
            by the API.
    """

    gpu_price_hr: decimal.Decimal
    ipv4_address_price_hr: decimal.Decimal
    memory_gib_price_hr: decimal.Decimal
    storage_gib_price_hr: decimal.Decimal
    total_gpu_price_hr: decimal.Decimal
    total_memory_price_hr: decimal.Decimal
    total_price_hr: decimal.Decimal
    total_storage_price_hr: decimal.Decimal
    total_vcpu_price_hr: decimal.Decimal
    vcpu_price_hr: decimal.Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["gpuPriceHr"] = {"value": str(self.gpu_price_hr)}
        field_dict["ipv4AddressPriceHr"] = {"value": str(self.ipv4_address_price_hr)}
        field_dict["memoryGibPriceHr"] = {"value": str(self.memory_gib_price_hr)}
        field_dict["storageGibPriceHr"] = {"value": str(self.storage_gib_price_hr)}
        field_dict["totalGpuPriceHr"] = {"value": str(self.total_gpu_price_hr)}
        field_dict["totalMemoryPriceHr"] = {"value": str(self.total_memory_price_hr)}
        field_dict["totalPriceHr"] = {"value": str(self.total_price_hr)}
        field_dict["totalStoragePriceHr"] = {"value": str(self.total_storage_price_hr)}
        field_dict["totalVcpuPriceHr"] = {"value": str(self.total_vcpu_price_hr)}
        field_dict["vcpuPriceHr"] = {"value": str(self.vcpu_price_hr)}
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("gpuPriceHr")
        if v is not None:
            obj.gpu_price_hr = parse_decimal(v)
        v = get("ipv4AddressPriceHr")
        if v is not None:
            obj.ipv4_address_price_hr = parse_decimal(v)
        v = get("memoryGibPriceHr")
        if v is not None:
            obj.memory_gib_price_hr = parse_decimal(v)
        v = get("storageGibPriceHr")
        if v is not None:
            obj.storage_gib_price_hr = parse_decimal(v)
        v = get("totalGpuPriceHr")
        if v is not None:
            obj.total_gpu_price_hr = parse_decimal(v)
        v = get("totalMemoryPriceHr")
        if v is not None:
            obj.total_memory_price_hr = parse_decimal(v)
        v = get("totalPriceHr")
        if v is not None:
            obj.total_price_hr = parse_decimal(v)
        v = get("totalStoragePriceHr")
        if v is not None:
            obj.total_storage_price_hr = parse_decimal(v)
        v = get("totalVcpuPriceHr")
        if v is not None:
            obj.total_vcpu_price_hr = parse_decimal(v)
        v = get("vcpuPriceHr")
        if v is not None:
            obj.vcpu_price_hr = parse_decimal(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("gpu_price_hr", "gpuPriceHr", "decimal", True),
            ("ipv4_address_price_hr", "ipv4AddressPriceHr", "decimal", True),
            ("memory_gib_price_hr", "memoryGibPriceHr", "decimal", True),
            ("storage_gib_price_hr", "storageGibPriceHr", "decimal", True),
            ("total_gpu_price_hr", "totalGpuPriceHr", "decimal", True),
            ("total_memory_price_hr", "totalMemoryPriceHr", "decimal", True),
            ("total_price_hr", "totalPriceHr", "decimal", True),
            ("total_storage_price_hr", "totalStoragePriceHr", "decimal", True),
            ("total_vcpu_price_hr", "totalVcpuPriceHr", "decimal", True),
            ("vcpu_price_hr", "vcpuPriceHr", "decimal", True),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "gpu_price_hr": "gpuPriceHr",
                "ipv4_address_price_hr": "ipv4AddressPriceHr",
                "memory_gib_price_hr": "memoryGibPriceHr",
                "storage_gib_price_hr": "storageGibPriceHr",
                "total_gpu_price_hr": "totalGpuPriceHr",
                "total_memory_price_hr": "totalMemoryPriceHr",
                "total_price_hr": "totalPriceHr",
                "total_storage_price_hr": "totalStoragePriceHr",
                "total_vcpu_price_hr": "totalVcpuPriceHr",
                "vcpu_price_hr": "vcpuPriceHr",
            },
            (
                "gpu_price_hr",
                "ipv4_address_price_hr",
                "memory_gib_price_hr",
                "storage_gib_price_hr",
                "total_gpu_price_hr",
                "total_memory_price_hr",
                "total_price_hr",
                "total_storage_price_hr",
                "total_vcpu_price_hr",
                "vcpu_price_hr",
            ),
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
        "gpuPriceHr",
        "ipv4AddressPriceHr",
        "memoryGibPriceHr",
        "storageGibPriceHr",
        "totalGpuPriceHr",
        "totalMemoryPriceHr",
        "totalPriceHr",
        "totalStoragePriceHr",
        "totalVcpuPriceHr",
        "vcpuPriceHr",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "gpu_price_hr": lambda: decimal.Decimal(),
    "ipv4_address_price_hr": lambda: decimal.Decimal(),
    "memory_gib_price_hr": lambda: decimal.Decimal(),
    "storage_gib_price_hr": lambda: decimal.Decimal(),
    "total_gpu_price_hr": lambda: decimal.Decimal(),
    "total_memory_price_hr": lambda: decimal.Decimal(),
    "total_price_hr": lambda: decimal.Decimal(),
    "total_storage_price_hr": lambda: decimal.Decimal(),
    "total_vcpu_price_hr": lambda: decimal.Decimal(),
    "vcpu_price_hr": lambda: decimal.Decimal(),
    "additional_properties": dict,
}

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import pydantic_schema

T = TypeVar("T", bound="VMPrice")


@_attrs_define
class VMPrice(Mapping[str, Any]):
    """What a VM costs, by part, per hour.

    Attributes:
        gpu_price_hr (Decimal): ``gpuPriceHr`` on the wire. A price per hour, in the billing account's currency. Required by the
            API.
        ipv4_address_price_hr (Decimal): ``ipv4AddressPriceHr`` on the wire. A price per hour, in the billing account's currency. Required by
            the API.
        memory_gib_price_hr (Decimal): ``memoryGibPriceHr`` on the wire. A price per GiB per hour, in the billing account's currency.
            Required by the API.
        storage_gib_price_hr (Decimal): ``storageGibPriceHr`` on the wire. A price per GiB per hour, in the billing account's currency.
            Required by the API.
        total_gpu_price_hr (Decimal): ``totalGpuPriceHr`` on the wire. A price per hour, in the billing account's currency. Required by
            the API.
        total_memory_price_hr (Decimal): ``totalMemoryPriceHr`` on the wire. A price per hour, in the billing account's currency. Required by
            the API.
        total_price_hr (Decimal): ``totalPriceHr`` on the wire. A price per hour, in the billing account's currency. Required by the
            API.
        total_storage_price_hr (Decimal): ``totalStoragePriceHr`` on the wire. A price per hour, in the billing account's currency. Required
            by the API.
        total_vcpu_price_hr (Decimal): ``totalVcpuPriceHr`` on the wire. A price per hour, in the billing account's currency. Required by
            the API.
        vcpu_price_hr (Decimal): ``vcpuPriceHr`` on the wire. A price per hour, in the billing account's currency. Required by the
            API.
    """

    gpu_price_hr: Decimal
    ipv4_address_price_hr: Decimal
    memory_gib_price_hr: Decimal
    storage_gib_price_hr: Decimal
    total_gpu_price_hr: Decimal
    total_memory_price_hr: Decimal
    total_price_hr: Decimal
    total_storage_price_hr: Decimal
    total_vcpu_price_hr: Decimal
    vcpu_price_hr: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["gpuPriceHr"] = self.gpu_price_hr.to_dict()
        field_dict["ipv4AddressPriceHr"] = self.ipv4_address_price_hr.to_dict()
        field_dict["memoryGibPriceHr"] = self.memory_gib_price_hr.to_dict()
        field_dict["storageGibPriceHr"] = self.storage_gib_price_hr.to_dict()
        field_dict["totalGpuPriceHr"] = self.total_gpu_price_hr.to_dict()
        field_dict["totalMemoryPriceHr"] = self.total_memory_price_hr.to_dict()
        field_dict["totalPriceHr"] = self.total_price_hr.to_dict()
        field_dict["totalStoragePriceHr"] = self.total_storage_price_hr.to_dict()
        field_dict["totalVcpuPriceHr"] = self.total_vcpu_price_hr.to_dict()
        field_dict["vcpuPriceHr"] = self.vcpu_price_hr.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _gpu_price_hr = d.pop("gpuPriceHr", None)
        _ipv4_address_price_hr = d.pop("ipv4AddressPriceHr", None)
        _memory_gib_price_hr = d.pop("memoryGibPriceHr", None)
        _storage_gib_price_hr = d.pop("storageGibPriceHr", None)
        _total_gpu_price_hr = d.pop("totalGpuPriceHr", None)
        _total_memory_price_hr = d.pop("totalMemoryPriceHr", None)
        _total_price_hr = d.pop("totalPriceHr", None)
        _total_storage_price_hr = d.pop("totalStoragePriceHr", None)
        _total_vcpu_price_hr = d.pop("totalVcpuPriceHr", None)
        _vcpu_price_hr = d.pop("vcpuPriceHr", None)
        obj = cls(
            gpu_price_hr=Decimal.from_dict({}) if _gpu_price_hr is None else Decimal.from_dict(_gpu_price_hr),
            ipv4_address_price_hr=Decimal.from_dict({})
            if _ipv4_address_price_hr is None
            else Decimal.from_dict(_ipv4_address_price_hr),
            memory_gib_price_hr=Decimal.from_dict({})
            if _memory_gib_price_hr is None
            else Decimal.from_dict(_memory_gib_price_hr),
            storage_gib_price_hr=Decimal.from_dict({})
            if _storage_gib_price_hr is None
            else Decimal.from_dict(_storage_gib_price_hr),
            total_gpu_price_hr=Decimal.from_dict({})
            if _total_gpu_price_hr is None
            else Decimal.from_dict(_total_gpu_price_hr),
            total_memory_price_hr=Decimal.from_dict({})
            if _total_memory_price_hr is None
            else Decimal.from_dict(_total_memory_price_hr),
            total_price_hr=Decimal.from_dict({}) if _total_price_hr is None else Decimal.from_dict(_total_price_hr),
            total_storage_price_hr=Decimal.from_dict({})
            if _total_storage_price_hr is None
            else Decimal.from_dict(_total_storage_price_hr),
            total_vcpu_price_hr=Decimal.from_dict({})
            if _total_vcpu_price_hr is None
            else Decimal.from_dict(_total_vcpu_price_hr),
            vcpu_price_hr=Decimal.from_dict({}) if _vcpu_price_hr is None else Decimal.from_dict(_vcpu_price_hr),
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

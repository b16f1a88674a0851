from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VMPrice")


@_attrs_define
class VMPrice:
    """
    Attributes:
        gpu_price_hr (Decimal):
        ipv_4_address_price_hr (Decimal):
        memory_gib_price_hr (Decimal):
        storage_gib_price_hr (Decimal):
        total_gpu_price_hr (Decimal):
        total_memory_price_hr (Decimal):
        total_price_hr (Decimal):
        total_storage_price_hr (Decimal):
        total_vcpu_price_hr (Decimal):
        vcpu_price_hr (Decimal):
    """

    gpu_price_hr: Decimal
    ipv_4_address_price_hr: Decimal
    memory_gib_price_hr: Decimal
    storage_gib_price_hr: Decimal
    total_gpu_price_hr: Decimal
    total_memory_price_hr: Decimal
    total_price_hr: Decimal
    total_storage_price_hr: Decimal
    total_vcpu_price_hr: Decimal
    vcpu_price_hr: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu_price_hr = self.gpu_price_hr.to_dict()

        ipv_4_address_price_hr = self.ipv_4_address_price_hr.to_dict()

        memory_gib_price_hr = self.memory_gib_price_hr.to_dict()

        storage_gib_price_hr = self.storage_gib_price_hr.to_dict()

        total_gpu_price_hr = self.total_gpu_price_hr.to_dict()

        total_memory_price_hr = self.total_memory_price_hr.to_dict()

        total_price_hr = self.total_price_hr.to_dict()

        total_storage_price_hr = self.total_storage_price_hr.to_dict()

        total_vcpu_price_hr = self.total_vcpu_price_hr.to_dict()

        vcpu_price_hr = self.vcpu_price_hr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gpuPriceHr": gpu_price_hr,
                "ipv4AddressPriceHr": ipv_4_address_price_hr,
                "memoryGibPriceHr": memory_gib_price_hr,
                "storageGibPriceHr": storage_gib_price_hr,
                "totalGpuPriceHr": total_gpu_price_hr,
                "totalMemoryPriceHr": total_memory_price_hr,
                "totalPriceHr": total_price_hr,
                "totalStoragePriceHr": total_storage_price_hr,
                "totalVcpuPriceHr": total_vcpu_price_hr,
                "vcpuPriceHr": vcpu_price_hr,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        gpu_price_hr = Decimal.from_dict(d.pop("gpuPriceHr", {}))

        ipv_4_address_price_hr = Decimal.from_dict(d.pop("ipv4AddressPriceHr", {}))

        memory_gib_price_hr = Decimal.from_dict(d.pop("memoryGibPriceHr", {}))

        storage_gib_price_hr = Decimal.from_dict(d.pop("storageGibPriceHr", {}))

        total_gpu_price_hr = Decimal.from_dict(d.pop("totalGpuPriceHr", {}))

        total_memory_price_hr = Decimal.from_dict(d.pop("totalMemoryPriceHr", {}))

        total_price_hr = Decimal.from_dict(d.pop("totalPriceHr", {}))

        total_storage_price_hr = Decimal.from_dict(d.pop("totalStoragePriceHr", {}))

        total_vcpu_price_hr = Decimal.from_dict(d.pop("totalVcpuPriceHr", {}))

        vcpu_price_hr = Decimal.from_dict(d.pop("vcpuPriceHr", {}))

        vm_price = cls(
            gpu_price_hr=gpu_price_hr,
            ipv_4_address_price_hr=ipv_4_address_price_hr,
            memory_gib_price_hr=memory_gib_price_hr,
            storage_gib_price_hr=storage_gib_price_hr,
            total_gpu_price_hr=total_gpu_price_hr,
            total_memory_price_hr=total_memory_price_hr,
            total_price_hr=total_price_hr,
            total_storage_price_hr=total_storage_price_hr,
            total_vcpu_price_hr=total_vcpu_price_hr,
            vcpu_price_hr=vcpu_price_hr,
        )

        vm_price.additional_properties = d
        return vm_price

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

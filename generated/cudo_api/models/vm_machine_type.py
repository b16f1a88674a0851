from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_float, parse_int

T = TypeVar("T", bound="VMMachineType")


@_attrs_define
class VMMachineType:
    """
    Attributes:
        cpu_model (str):
        data_center_id (str):
        gpu_model (str):
        gpu_model_id (str):
        gpu_price_hr (Decimal):
        ipv_4_price_hr (Decimal):
        machine_type (str):
        max_gpu_free (int):
        max_memory_gib_free (int):
        max_storage_gib_free (int):
        max_vcpu_free (int):
        max_vcpu_per_gpu (float):
        max_vcpu_per_memory_gib (float):
        memory_gib_price_hr (Decimal):
        min_memory_gib (float):
        min_storage_gib_price_hr (Decimal):
        min_vcpu (float):
        min_vcpu_per_gpu (float):
        min_vcpu_per_memory_gib (float):
        prices (list[VirtualMachineTypePrice]):
        renewable_energy (bool):
        total_gpu_free (int):
        total_memory_gib_free (int):
        total_storage_gib_free (int):
        total_vcpu_free (int):
        vcpu_price_hr (Decimal):
    """

    cpu_model: str
    data_center_id: str
    gpu_model: str
    gpu_model_id: str
    gpu_price_hr: Decimal
    ipv_4_price_hr: Decimal
    machine_type: str
    max_gpu_free: int
    max_memory_gib_free: int
    max_storage_gib_free: int
    max_vcpu_free: int
    max_vcpu_per_gpu: float
    max_vcpu_per_memory_gib: float
    memory_gib_price_hr: Decimal
    min_memory_gib: float
    min_storage_gib_price_hr: Decimal
    min_vcpu: float
    min_vcpu_per_gpu: float
    min_vcpu_per_memory_gib: float
    prices: list[VirtualMachineTypePrice]
    renewable_energy: bool
    total_gpu_free: int
    total_memory_gib_free: int
    total_storage_gib_free: int
    total_vcpu_free: int
    vcpu_price_hr: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_model = self.cpu_model

        data_center_id = self.data_center_id

        gpu_model = self.gpu_model

        gpu_model_id = self.gpu_model_id

        gpu_price_hr = self.gpu_price_hr.to_dict()

        ipv_4_price_hr = self.ipv_4_price_hr.to_dict()

        machine_type = self.machine_type

        max_gpu_free = self.max_gpu_free

        max_memory_gib_free = self.max_memory_gib_free

        max_storage_gib_free = self.max_storage_gib_free

        max_vcpu_free = self.max_vcpu_free

        max_vcpu_per_gpu = self.max_vcpu_per_gpu

        max_vcpu_per_memory_gib = self.max_vcpu_per_memory_gib

        memory_gib_price_hr = self.memory_gib_price_hr.to_dict()

        min_memory_gib = self.min_memory_gib

        min_storage_gib_price_hr = self.min_storage_gib_price_hr.to_dict()

        min_vcpu = self.min_vcpu

        min_vcpu_per_gpu = self.min_vcpu_per_gpu

        min_vcpu_per_memory_gib = self.min_vcpu_per_memory_gib

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        renewable_energy = self.renewable_energy

        total_gpu_free = self.total_gpu_free

        total_memory_gib_free = self.total_memory_gib_free

        total_storage_gib_free = self.total_storage_gib_free

        total_vcpu_free = self.total_vcpu_free

        vcpu_price_hr = self.vcpu_price_hr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cpuModel": cpu_model,
                "dataCenterId": data_center_id,
                "gpuModel": gpu_model,
                "gpuModelId": gpu_model_id,
                "gpuPriceHr": gpu_price_hr,
                "ipv4PriceHr": ipv_4_price_hr,
                "machineType": machine_type,
                "maxGpuFree": max_gpu_free,
                "maxMemoryGibFree": max_memory_gib_free,
                "maxStorageGibFree": max_storage_gib_free,
                "maxVcpuFree": max_vcpu_free,
                "maxVcpuPerGpu": max_vcpu_per_gpu,
                "maxVcpuPerMemoryGib": max_vcpu_per_memory_gib,
                "memoryGibPriceHr": memory_gib_price_hr,
                "minMemoryGib": min_memory_gib,
                "minStorageGibPriceHr": min_storage_gib_price_hr,
                "minVcpu": min_vcpu,
                "minVcpuPerGpu": min_vcpu_per_gpu,
                "minVcpuPerMemoryGib": min_vcpu_per_memory_gib,
                "prices": prices,
                "renewableEnergy": renewable_energy,
                "totalGpuFree": total_gpu_free,
                "totalMemoryGibFree": total_memory_gib_free,
                "totalStorageGibFree": total_storage_gib_free,
                "totalVcpuFree": total_vcpu_free,
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
        cpu_model = d.pop("cpuModel", "")

        data_center_id = d.pop("dataCenterId", "")

        gpu_model = d.pop("gpuModel", "")

        gpu_model_id = d.pop("gpuModelId", "")

        gpu_price_hr = Decimal.from_dict(d.pop("gpuPriceHr", {}))

        ipv_4_price_hr = Decimal.from_dict(d.pop("ipv4PriceHr", {}))

        machine_type = d.pop("machineType", "")

        max_gpu_free = parse_int(d.pop("maxGpuFree", 0))

        max_memory_gib_free = parse_int(d.pop("maxMemoryGibFree", 0))

        max_storage_gib_free = parse_int(d.pop("maxStorageGibFree", 0))

        max_vcpu_free = parse_int(d.pop("maxVcpuFree", 0))

        max_vcpu_per_gpu = parse_float(d.pop("maxVcpuPerGpu", 0.0))

        max_vcpu_per_memory_gib = parse_float(d.pop("maxVcpuPerMemoryGib", 0.0))

        memory_gib_price_hr = Decimal.from_dict(d.pop("memoryGibPriceHr", {}))

        min_memory_gib = parse_float(d.pop("minMemoryGib", 0.0))

        min_storage_gib_price_hr = Decimal.from_dict(d.pop("minStorageGibPriceHr", {}))

        min_vcpu = parse_float(d.pop("minVcpu", 0.0))

        min_vcpu_per_gpu = parse_float(d.pop("minVcpuPerGpu", 0.0))

        min_vcpu_per_memory_gib = parse_float(d.pop("minVcpuPerMemoryGib", 0.0))

        prices = []
        _prices = d.pop("prices", [])
        for prices_item_data in _prices:
            prices_item = VirtualMachineTypePrice.from_dict(prices_item_data)

            prices.append(prices_item)

        renewable_energy = d.pop("renewableEnergy", False)

        total_gpu_free = parse_int(d.pop("totalGpuFree", 0))

        total_memory_gib_free = parse_int(d.pop("totalMemoryGibFree", 0))

        total_storage_gib_free = parse_int(d.pop("totalStorageGibFree", 0))

        total_vcpu_free = parse_int(d.pop("totalVcpuFree", 0))

        vcpu_price_hr = Decimal.from_dict(d.pop("vcpuPriceHr", {}))

        vm_machine_type = cls(
            cpu_model=cpu_model,
            data_center_id=data_center_id,
            gpu_model=gpu_model,
            gpu_model_id=gpu_model_id,
            gpu_price_hr=gpu_price_hr,
            ipv_4_price_hr=ipv_4_price_hr,
            machine_type=machine_type,
            max_gpu_free=max_gpu_free,
            max_memory_gib_free=max_memory_gib_free,
            max_storage_gib_free=max_storage_gib_free,
            max_vcpu_free=max_vcpu_free,
            max_vcpu_per_gpu=max_vcpu_per_gpu,
            max_vcpu_per_memory_gib=max_vcpu_per_memory_gib,
            memory_gib_price_hr=memory_gib_price_hr,
            min_memory_gib=min_memory_gib,
            min_storage_gib_price_hr=min_storage_gib_price_hr,
            min_vcpu=min_vcpu,
            min_vcpu_per_gpu=min_vcpu_per_gpu,
            min_vcpu_per_memory_gib=min_vcpu_per_memory_gib,
            prices=prices,
            renewable_energy=renewable_energy,
            total_gpu_free=total_gpu_free,
            total_memory_gib_free=total_memory_gib_free,
            total_storage_gib_free=total_storage_gib_free,
            total_vcpu_free=total_vcpu_free,
            vcpu_price_hr=vcpu_price_hr,
        )

        vm_machine_type.additional_properties = d
        return vm_machine_type

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
from ..models.virtual_machine_type_price import VirtualMachineTypePrice

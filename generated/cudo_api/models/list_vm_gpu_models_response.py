from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListVMGpuModelsResponse")


@_attrs_define
class ListVMGpuModelsResponse:
    """
    Attributes:
        gpu_models (list[GpuModel] | Unset):
    """

    gpu_models: list[GpuModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gpu_models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.gpu_models, Unset):
            gpu_models = []
            for gpu_models_item_data in self.gpu_models:
                gpu_models_item = gpu_models_item_data.to_dict()
                gpu_models.append(gpu_models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gpu_models is not UNSET:
            field_dict["gpuModels"] = gpu_models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        _gpu_models = d.pop("gpuModels", UNSET)
        gpu_models: list[GpuModel] | Unset = UNSET
        if _gpu_models is not UNSET:
            gpu_models = []
            for gpu_models_item_data in _gpu_models:
                gpu_models_item = GpuModel.from_dict(gpu_models_item_data)

                gpu_models.append(gpu_models_item)

        list_vm_gpu_models_response = cls(
            gpu_models=gpu_models,
        )

        list_vm_gpu_models_response.additional_properties = d
        return list_vm_gpu_models_response

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
from ..models.gpu_model import GpuModel

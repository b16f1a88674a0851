from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateVMMetadataBody")


@_attrs_define
class UpdateVMMetadataBody:
    """
    Attributes:
        merge (bool | Unset):
        metadata (UpdateVMMetadataBodyMetadata | Unset):
    """

    merge: bool | Unset = UNSET
    metadata: UpdateVMMetadataBodyMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        merge = self.merge

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if merge is not UNSET:
            field_dict["merge"] = merge
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        merge = d.pop("merge", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: UpdateVMMetadataBodyMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = UpdateVMMetadataBodyMetadata.from_dict(_metadata)

        update_vm_metadata_body = cls(
            merge=merge,
            metadata=metadata,
        )

        update_vm_metadata_body.additional_properties = d
        return update_vm_metadata_body

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
from ..models.update_vm_metadata_body_metadata import UpdateVMMetadataBodyMetadata

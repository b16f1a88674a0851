from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.private_image_state import PrivateImageState
from ..types import UNSET, Unset, parse_int

T = TypeVar("T", bound="PrivateImage")


@_attrs_define
class PrivateImage:
    """
    Attributes:
        data_center_id (str | Unset):
        description (str | Unset):
        id (str | Unset):
        platform (str | Unset):
        project_id (str | Unset):
        size_gib (int | Unset):
        state (PrivateImageState | Unset):
    """

    data_center_id: str | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    platform: str | Unset = UNSET
    project_id: str | Unset = UNSET
    size_gib: int | Unset = UNSET
    state: PrivateImageState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_center_id = self.data_center_id

        description = self.description

        id = self.id

        platform = self.platform

        project_id = self.project_id

        size_gib = self.size_gib

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_center_id is not UNSET:
            field_dict["dataCenterId"] = data_center_id
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if platform is not UNSET:
            field_dict["platform"] = platform
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if size_gib is not UNSET:
            field_dict["sizeGib"] = size_gib
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        data_center_id = d.pop("dataCenterId", UNSET)

        description = d.pop("description", UNSET)

        id = d.pop("id", UNSET)

        platform = d.pop("platform", UNSET)

        project_id = d.pop("projectId", UNSET)

        _size_gib = d.pop("sizeGib", UNSET)
        size_gib: int | Unset
        if _size_gib is UNSET:
            size_gib = UNSET
        else:
            size_gib = parse_int(_size_gib)

        _state = d.pop("state", UNSET)
        state: PrivateImageState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = PrivateImageState.from_wire(_state)

        private_image = cls(
            data_center_id=data_center_id,
            description=description,
            id=id,
            platform=platform,
            project_id=project_id,
            size_gib=size_gib,
            state=state,
        )

        private_image.additional_properties = d
        return private_image

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListMachineOperatingSystemsResponse")


@_attrs_define
class ListMachineOperatingSystemsResponse:
    """The answer of an operation.

    Attributes:
        images (list[Image]): ``images`` on the wire. Empty when absent. Required by the API.
    """

    images: list[Image]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["images"] = [_v0.to_dict() for _v0 in self.images]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _images = d.pop("images", None)
        obj = cls(
            images=[] if _images is None else [Image.from_dict(_v0) for _v0 in _images],
        )
        obj.additional_properties = d
        return obj


# Imported after the class: models that refer to each other load in any order.
from ..models.image import Image

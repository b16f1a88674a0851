from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommitVMBody")


@_attrs_define
class CommitVMBody:
    """
    Attributes:
        commitment_term (CommitmentTerm | Unset):
    """

    commitment_term: CommitmentTerm | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitment_term: str | Unset = UNSET
        if not isinstance(self.commitment_term, Unset):
            commitment_term = self.commitment_term.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commitment_term is not UNSET:
            field_dict["commitmentTerm"] = commitment_term

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        _commitment_term = d.pop("commitmentTerm", UNSET)
        commitment_term: CommitmentTerm | Unset
        if _commitment_term is UNSET:
            commitment_term = UNSET
        else:
            commitment_term = CommitmentTerm.from_wire(_commitment_term)

        commit_vm_body = cls(
            commitment_term=commitment_term,
        )

        commit_vm_body.additional_properties = d
        return commit_vm_body

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

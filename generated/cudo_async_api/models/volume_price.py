from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm

T = TypeVar("T", bound="VolumePrice")


@_attrs_define
class VolumePrice:
    """A VolumePrice record of the API.

    Attributes:
        commitment_term (CommitmentTerm): ``commitmentTerm`` on the wire. The first member when absent. Required by the API.
        data_center_id (str): ``dataCenterId`` on the wire. Required by the API.
        gib_price_hr (Decimal): ``gibPriceHr`` on the wire. In GiB. Per hour. Required by the API.
    """

    commitment_term: CommitmentTerm
    data_center_id: str
    gib_price_hr: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["commitmentTerm"] = self.commitment_term.value
        field_dict["dataCenterId"] = self.data_center_id
        field_dict["gibPriceHr"] = self.gib_price_hr.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _commitment_term = d.pop("commitmentTerm", None)
        _data_center_id = d.pop("dataCenterId", None)
        _gib_price_hr = d.pop("gibPriceHr", None)
        obj = cls(
            commitment_term=CommitmentTerm.COMMITMENT_TERM_NONE
            if _commitment_term is None
            else CommitmentTerm.from_wire(_commitment_term),
            data_center_id="" if _data_center_id is None else _data_center_id,
            gib_price_hr=Decimal.from_dict({}) if _gib_price_hr is None else Decimal.from_dict(_gib_price_hr),
        )
        obj.additional_properties = d
        return obj


# Imported after the class: models that refer to each other load in any order.
from ..models.decimal import Decimal

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm

T = TypeVar("T", bound="VolumePrice")


@_attrs_define
class VolumePrice:
    """
    Attributes:
        commitment_term (CommitmentTerm):
        data_center_id (str):
        gib_price_hr (Decimal):
    """

    commitment_term: CommitmentTerm
    data_center_id: str
    gib_price_hr: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commitment_term = self.commitment_term.value

        data_center_id = self.data_center_id

        gib_price_hr = self.gib_price_hr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commitmentTerm": commitment_term,
                "dataCenterId": data_center_id,
                "gibPriceHr": gib_price_hr,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        commitment_term = CommitmentTerm.from_wire(d.pop("commitmentTerm", "COMMITMENT_TERM_NONE"))

        data_center_id = d.pop("dataCenterId", "")

        gib_price_hr = Decimal.from_dict(d.pop("gibPriceHr", {}))

        volume_price = cls(
            commitment_term=commitment_term,
            data_center_id=data_center_id,
            gib_price_hr=gib_price_hr,
        )

        volume_price.additional_properties = d
        return volume_price

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

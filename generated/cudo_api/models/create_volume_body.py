from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..models.volume_state import VolumeState
from ..types import UNSET, Unset, parse_datetime, parse_int

T = TypeVar("T", bound="CreateVolumeBody")


@_attrs_define
class CreateVolumeBody:
    """
    Attributes:
        data_center_id (str):
        id (str):
        size_gib (int):
        commitment_end_time (datetime.datetime | Unset):
        commitment_term (CommitmentTerm | Unset):
        gib_price_hr (Decimal | Unset):
        nfs_path (str | Unset):
        nfs_server (str | Unset):
        size_gib_used (int | Unset):
        state (VolumeState | Unset):
        total_price_hr (Decimal | Unset):
    """

    data_center_id: str
    id: str
    size_gib: int
    commitment_end_time: datetime.datetime | Unset = UNSET
    commitment_term: CommitmentTerm | Unset = UNSET
    gib_price_hr: Decimal | Unset = UNSET
    nfs_path: str | Unset = UNSET
    nfs_server: str | Unset = UNSET
    size_gib_used: int | Unset = UNSET
    state: VolumeState | Unset = UNSET
    total_price_hr: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_center_id = self.data_center_id

        id = self.id

        size_gib = self.size_gib

        commitment_end_time: str | Unset = UNSET
        if not isinstance(self.commitment_end_time, Unset):
            commitment_end_time = self.commitment_end_time.isoformat()

        commitment_term: str | Unset = UNSET
        if not isinstance(self.commitment_term, Unset):
            commitment_term = self.commitment_term.value

        gib_price_hr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gib_price_hr, Unset):
            gib_price_hr = self.gib_price_hr.to_dict()

        nfs_path = self.nfs_path

        nfs_server = self.nfs_server

        size_gib_used = self.size_gib_used

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        total_price_hr: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_price_hr, Unset):
            total_price_hr = self.total_price_hr.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataCenterId": data_center_id,
                "id": id,
                "sizeGib": size_gib,
            }
        )
        if commitment_end_time is not UNSET:
            field_dict["commitmentEndTime"] = commitment_end_time
        if commitment_term is not UNSET:
            field_dict["commitmentTerm"] = commitment_term
        if gib_price_hr is not UNSET:
            field_dict["gibPriceHr"] = gib_price_hr
        if nfs_path is not UNSET:
            field_dict["nfsPath"] = nfs_path
        if nfs_server is not UNSET:
            field_dict["nfsServer"] = nfs_server
        if size_gib_used is not UNSET:
            field_dict["sizeGibUsed"] = size_gib_used
        if state is not UNSET:
            field_dict["state"] = state
        if total_price_hr is not UNSET:
            field_dict["totalPriceHr"] = total_price_hr

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # proto3 JSON: null means the field's default, the same as absent
        d = dict(src_dict)
        if None in d.values():
            d = {k: v for k, v in d.items() if v is not None}
        data_center_id = d.pop("dataCenterId", "")

        id = d.pop("id", "")

        size_gib = parse_int(d.pop("sizeGib", 0))

        _commitment_end_time = d.pop("commitmentEndTime", UNSET)
        commitment_end_time: datetime.datetime | Unset
        if _commitment_end_time is UNSET:
            commitment_end_time = UNSET
        else:
            commitment_end_time = parse_datetime(_commitment_end_time)

        _commitment_term = d.pop("commitmentTerm", UNSET)
        commitment_term: CommitmentTerm | Unset
        if _commitment_term is UNSET:
            commitment_term = UNSET
        else:
            commitment_term = CommitmentTerm.from_wire(_commitment_term)

        _gib_price_hr = d.pop("gibPriceHr", UNSET)
        gib_price_hr: Decimal | Unset
        if _gib_price_hr is UNSET:
            gib_price_hr = UNSET
        else:
            gib_price_hr = Decimal.from_dict(_gib_price_hr)

        nfs_path = d.pop("nfsPath", UNSET)

        nfs_server = d.pop("nfsServer", UNSET)

        _size_gib_used = d.pop("sizeGibUsed", UNSET)
        size_gib_used: int | Unset
        if _size_gib_used is UNSET:
            size_gib_used = UNSET
        else:
            size_gib_used = parse_int(_size_gib_used)

        _state = d.pop("state", UNSET)
        state: VolumeState | Unset
        if _state is UNSET:
            state = UNSET
        else:
            state = VolumeState.from_wire(_state)

        _total_price_hr = d.pop("totalPriceHr", UNSET)
        total_price_hr: Decimal | Unset
        if _total_price_hr is UNSET:
            total_price_hr = UNSET
        else:
            total_price_hr = Decimal.from_dict(_total_price_hr)

        create_volume_body = cls(
            data_center_id=data_center_id,
            id=id,
            size_gib=size_gib,
            commitment_end_time=commitment_end_time,
            commitment_term=commitment_term,
            gib_price_hr=gib_price_hr,
            nfs_path=nfs_path,
            nfs_server=nfs_server,
            size_gib_used=size_gib_used,
            state=state,
            total_price_hr=total_price_hr,
        )

        create_volume_body.additional_properties = d
        return create_volume_body

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

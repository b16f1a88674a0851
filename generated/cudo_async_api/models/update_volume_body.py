from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..models.volume_state import VolumeState
from ..types import parse_datetime, parse_int, pydantic_schema

T = TypeVar("T", bound="UpdateVolumeBody")


@_attrs_define
class UpdateVolumeBody(Mapping[str, Any]):
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        data_center_id (str): ``dataCenterId`` on the wire. Required by the API.
        size_gib (int): ``sizeGib`` on the wire. In GiB. Required by the API.
        commitment_end_time (datetime.datetime | None): ``commitmentEndTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when
            absent.
        commitment_term (CommitmentTerm): ``commitmentTerm`` on the wire. The first member when absent.
        gib_price_hr (Decimal | None): ``gibPriceHr`` on the wire. A price per GiB per hour, in the billing account's currency. None when
            absent.
        nfs_path (str): ``nfsPath`` on the wire.
        nfs_server (str): ``nfsServer`` on the wire.
        size_gib_used (int): ``sizeGibUsed`` on the wire. In GiB.
        state (VolumeState): ``state`` on the wire. The first member when absent.
        total_price_hr (Decimal | None): ``totalPriceHr`` on the wire. A price per hour, in the billing account's currency. None when absent.
    """

    data_center_id: str
    size_gib: int
    commitment_end_time: datetime.datetime | None = None
    commitment_term: CommitmentTerm = CommitmentTerm.COMMITMENT_TERM_NONE
    gib_price_hr: Decimal | None = None
    nfs_path: str = ""
    nfs_server: str = ""
    size_gib_used: int = 0
    state: VolumeState = VolumeState.VOLUME_STATE_UNSPECIFIED
    total_price_hr: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["dataCenterId"] = self.data_center_id
        field_dict["sizeGib"] = self.size_gib
        if self.commitment_end_time is not None:
            field_dict["commitmentEndTime"] = (
                self.commitment_end_time.isoformat() if self.commitment_end_time is not None else None
            )
        if self.commitment_term is not CommitmentTerm.COMMITMENT_TERM_NONE:
            field_dict["commitmentTerm"] = self.commitment_term.value
        if self.gib_price_hr is not None:
            field_dict["gibPriceHr"] = self.gib_price_hr.to_dict()
        if self.nfs_path:
            field_dict["nfsPath"] = self.nfs_path
        if self.nfs_server:
            field_dict["nfsServer"] = self.nfs_server
        if self.size_gib_used:
            field_dict["sizeGibUsed"] = self.size_gib_used
        if self.state is not VolumeState.VOLUME_STATE_UNSPECIFIED:
            field_dict["state"] = self.state.value
        if self.total_price_hr is not None:
            field_dict["totalPriceHr"] = self.total_price_hr.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _data_center_id = d.pop("dataCenterId", None)
        _size_gib = d.pop("sizeGib", None)
        _commitment_end_time = d.pop("commitmentEndTime", None)
        _commitment_term = d.pop("commitmentTerm", None)
        _gib_price_hr = d.pop("gibPriceHr", None)
        _nfs_path = d.pop("nfsPath", None)
        _nfs_server = d.pop("nfsServer", None)
        _size_gib_used = d.pop("sizeGibUsed", None)
        _state = d.pop("state", None)
        _total_price_hr = d.pop("totalPriceHr", None)
        obj = cls(
            data_center_id="" if _data_center_id is None else _data_center_id,
            size_gib=0 if _size_gib is None else parse_int(_size_gib),
            commitment_end_time=None if _commitment_end_time is None else parse_datetime(_commitment_end_time),
            commitment_term=CommitmentTerm.COMMITMENT_TERM_NONE
            if _commitment_term is None
            else CommitmentTerm.from_wire(_commitment_term),
            gib_price_hr=None if _gib_price_hr is None else Decimal.from_dict(_gib_price_hr),
            nfs_path="" if _nfs_path is None else _nfs_path,
            nfs_server="" if _nfs_server is None else _nfs_server,
            size_gib_used=0 if _size_gib_used is None else parse_int(_size_gib_used),
            state=VolumeState.VOLUME_STATE_UNSPECIFIED if _state is None else VolumeState.from_wire(_state),
            total_price_hr=None if _total_price_hr is None else Decimal.from_dict(_total_price_hr),
        )
        obj.additional_properties = d
        return obj

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "data_center_id": "dataCenterId",
                "size_gib": "sizeGib",
                "commitment_end_time": "commitmentEndTime",
                "commitment_term": "commitmentTerm",
                "gib_price_hr": "gibPriceHr",
                "nfs_path": "nfsPath",
                "nfs_server": "nfsServer",
                "size_gib_used": "sizeGibUsed",
                "state": "state",
                "total_price_hr": "totalPriceHr",
            },
            (
                "data_center_id",
                "size_gib",
            ),
        )

    # A read-only mapping of the wire form: dict(obj) == obj.to_dict(), obj["wireName"], "wireName" in obj.
    # (FastAPI takes a mapping parameter from the request body, and encodes a returned one with dict().)
    def __getitem__(self, name: str) -> Any:
        return self.to_dict()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())

    def __bool__(self) -> bool:
        # A message is there or it is None; one with every field at zero is still a message.
        return True


# Imported after the class: models that refer to each other load in any order.
from ..models.decimal import Decimal

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..models.volume_state import VolumeState
from ..types import parse_datetime, parse_int, pydantic_schema

T = TypeVar("T", bound="Volume")


@_attrs_define
class Volume(Mapping[str, Any]):
    """A network volume that VMs in one data center can share.

    Attributes:
        commitment_end_time (datetime.datetime | None): ``commitmentEndTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None when
            absent.
        commitment_term (CommitmentTerm): ``commitmentTerm`` on the wire. The first member when absent.
        data_center_id (str): ``dataCenterId`` on the wire.
        gib_price_hr (Decimal | None): ``gibPriceHr`` on the wire. A price per GiB per hour, in the billing account's currency. None when
            absent.
        id (str): ``id`` on the wire.
        nfs_path (str): ``nfsPath`` on the wire.
        nfs_server (str): ``nfsServer`` on the wire.
        project_id (str): ``projectId`` on the wire.
        size_gib (int): ``sizeGib`` on the wire. In GiB.
        size_gib_used (int): ``sizeGibUsed`` on the wire. In GiB.
        state (VolumeState): ``state`` on the wire. The first member when absent.
        total_price_hr (Decimal | None): ``totalPriceHr`` on the wire. A price per hour, in the billing account's currency. None when absent.
    """

    commitment_end_time: datetime.datetime | None = None
    commitment_term: CommitmentTerm = CommitmentTerm.COMMITMENT_TERM_NONE
    data_center_id: str = ""
    gib_price_hr: Decimal | None = None
    id: str = ""
    nfs_path: str = ""
    nfs_server: str = ""
    project_id: str = ""
    size_gib: int = 0
    size_gib_used: int = 0
    state: VolumeState = VolumeState.VOLUME_STATE_UNSPECIFIED
    total_price_hr: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.commitment_end_time is not None:
            field_dict["commitmentEndTime"] = (
                self.commitment_end_time.isoformat() if self.commitment_end_time is not None else None
            )
        if self.commitment_term is not CommitmentTerm.COMMITMENT_TERM_NONE:
            field_dict["commitmentTerm"] = self.commitment_term.value
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.gib_price_hr is not None:
            field_dict["gibPriceHr"] = self.gib_price_hr.to_dict()
        if self.id:
            field_dict["id"] = self.id
        if self.nfs_path:
            field_dict["nfsPath"] = self.nfs_path
        if self.nfs_server:
            field_dict["nfsServer"] = self.nfs_server
        if self.project_id:
            field_dict["projectId"] = self.project_id
        if self.size_gib:
            field_dict["sizeGib"] = self.size_gib
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
        _commitment_end_time = d.pop("commitmentEndTime", None)
        _commitment_term = d.pop("commitmentTerm", None)
        _data_center_id = d.pop("dataCenterId", None)
        _gib_price_hr = d.pop("gibPriceHr", None)
        _id = d.pop("id", None)
        _nfs_path = d.pop("nfsPath", None)
        _nfs_server = d.pop("nfsServer", None)
        _project_id = d.pop("projectId", None)
        _size_gib = d.pop("sizeGib", None)
        _size_gib_used = d.pop("sizeGibUsed", None)
        _state = d.pop("state", None)
        _total_price_hr = d.pop("totalPriceHr", None)
        obj = cls(
            commitment_end_time=None if _commitment_end_time is None else parse_datetime(_commitment_end_time),
            commitment_term=CommitmentTerm.COMMITMENT_TERM_NONE
            if _commitment_term is None
            else CommitmentTerm.from_wire(_commitment_term),
            data_center_id="" if _data_center_id is None else _data_center_id,
            gib_price_hr=None if _gib_price_hr is None else Decimal.from_dict(_gib_price_hr),
            id="" if _id is None else _id,
            nfs_path="" if _nfs_path is None else _nfs_path,
            nfs_server="" if _nfs_server is None else _nfs_server,
            project_id="" if _project_id is None else _project_id,
            size_gib=0 if _size_gib is None else parse_int(_size_gib),
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
                "commitment_end_time": "commitmentEndTime",
                "commitment_term": "commitmentTerm",
                "data_center_id": "dataCenterId",
                "gib_price_hr": "gibPriceHr",
                "id": "id",
                "nfs_path": "nfsPath",
                "nfs_server": "nfsServer",
                "project_id": "projectId",
                "size_gib": "sizeGib",
                "size_gib_used": "sizeGibUsed",
                "state": "state",
                "total_price_hr": "totalPriceHr",
            },
            (),
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

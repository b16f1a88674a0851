from __future__ import annotations

import datetime
import decimal
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..models.volume_state import VolumeState
from ..types import (
    bounded_members,
    parse_datetime,
    parse_decimal,
    parse_int,
    pydantic_schema,
    refuse_unknown_members,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="CreateVolumeBody")


@_attrs_define
class CreateVolumeBody:
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        data_center_id (str): The data center's id. ``dataCenterId`` on the wire. Required by the
            API.
        id (str): The volume's id. ``id`` on the wire. Required by the API.
        size_gib (int): The volume's size. ``sizeGib`` on the wire. In GiB. Required by the API.
        commitment_end_time (datetime.datetime | None): The volume's commitment end time.
            ``commitmentEndTime`` on the wire. RFC 3339 on the wire; a timezone-aware datetime, None
            when absent.
        commitment_term (CommitmentTerm): The volume's commitment term: one of the
            ``CommitmentTerm`` members. ``commitmentTerm`` on the wire. The first member when absent.
        gib_price_hr (decimal.Decimal): The volume's gib price: a ``decimal.Decimal``.
            ``gibPriceHr`` on the wire. A price per GiB per hour, in the billing account's currency.
        nfs_path (str): The volume's nfs path. ``nfsPath`` on the wire.
        nfs_server (str): The volume's nfs server. ``nfsServer`` on the wire.
        size_gib_used (int): The volume's size gib used. ``sizeGibUsed`` on the wire. In GiB.
        state (VolumeState): The volume's state: one of the ``VolumeState`` members. ``state`` on
            the wire. The first member when absent.
        total_price_hr (decimal.Decimal): The volume's total price: a ``decimal.Decimal``.
            ``totalPriceHr`` on the wire. A price per hour, in the billing account's currency.
    """

    data_center_id: str
    id: str
    size_gib: int
    commitment_end_time: datetime.datetime | None = None
    commitment_term: CommitmentTerm = CommitmentTerm.COMMITMENT_TERM_NONE
    gib_price_hr: decimal.Decimal = decimal.Decimal()
    nfs_path: str = ""
    nfs_server: str = ""
    size_gib_used: int = 0
    state: VolumeState = VolumeState.VOLUME_STATE_UNSPECIFIED
    total_price_hr: decimal.Decimal = decimal.Decimal()
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["dataCenterId"] = self.data_center_id
        field_dict["id"] = self.id
        field_dict["sizeGib"] = self.size_gib
        if self.commitment_end_time is not None:
            field_dict["commitmentEndTime"] = self.commitment_end_time.isoformat()
        if self.commitment_term is not CommitmentTerm.COMMITMENT_TERM_NONE:
            field_dict["commitmentTerm"] = self.commitment_term.value
        if self.gib_price_hr:
            field_dict["gibPriceHr"] = {"value": str(self.gib_price_hr)}
        if self.nfs_path:
            field_dict["nfsPath"] = self.nfs_path
        if self.nfs_server:
            field_dict["nfsServer"] = self.nfs_server
        if self.size_gib_used:
            field_dict["sizeGibUsed"] = self.size_gib_used
        if self.state is not VolumeState.VOLUME_STATE_UNSPECIFIED:
            field_dict["state"] = self.state.value
        if self.total_price_hr:
            field_dict["totalPriceHr"] = {"value": str(self.total_price_hr)}
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("sizeGib")
        if v is not None:
            obj.size_gib = v if type(v) is int else parse_int(v)
        v = get("commitmentEndTime")
        if v is not None:
            obj.commitment_end_time = parse_datetime(v)
        v = get("commitmentTerm")
        if v is not None:
            obj.commitment_term = CommitmentTerm.from_wire(v)
        v = get("gibPriceHr")
        if v is not None:
            obj.gib_price_hr = parse_decimal(v)
        v = get("nfsPath")
        if v is not None:
            obj.nfs_path = v
        v = get("nfsServer")
        if v is not None:
            obj.nfs_server = v
        v = get("sizeGibUsed")
        if v is not None:
            obj.size_gib_used = v if type(v) is int else parse_int(v)
        v = get("state")
        if v is not None:
            obj.state = VolumeState.from_wire(v)
        v = get("totalPriceHr")
        if v is not None:
            obj.total_price_hr = parse_decimal(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            refuse_unknown_members(cls, d)  # a request body: a key it does not list is a mistake
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("data_center_id", "dataCenterId", "str", True),
            ("id", "id", "str", True),
            ("size_gib", "sizeGib", "int", True),
            ("commitment_end_time", "commitmentEndTime", "datetime", False),
            ("commitment_term", "commitmentTerm", ("enum", CommitmentTerm), False),
            ("gib_price_hr", "gibPriceHr", "decimal", False),
            ("nfs_path", "nfsPath", "str", False),
            ("nfs_server", "nfsServer", "str", False),
            ("size_gib_used", "sizeGibUsed", "int", False),
            ("state", "state", ("enum", VolumeState), False),
            ("total_price_hr", "totalPriceHr", "decimal", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "data_center_id": "dataCenterId",
                "id": "id",
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
                "id",
                "size_gib",
            ),
        )

    if not TYPE_CHECKING:  # (for type checkers every field is always there, as it is when read)

        def __getattr__(self, name: str) -> Any:
            # A field the wire form left out (from_dict does not set it) reads as its zero value,
            # made on first read: a decoded answer holds no objects for the fields it did not carry.
            try:
                zero = _ZEROS[name]
            except KeyError:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}") from None
            value = zero()
            setattr(self, name, value)
            return value

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "dataCenterId",
        "id",
        "sizeGib",
        "commitmentEndTime",
        "commitmentTerm",
        "gibPriceHr",
        "nfsPath",
        "nfsServer",
        "sizeGibUsed",
        "state",
        "totalPriceHr",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "data_center_id": lambda: "",
    "id": lambda: "",
    "size_gib": lambda: 0,
    "commitment_end_time": lambda: None,
    "commitment_term": lambda: CommitmentTerm.COMMITMENT_TERM_NONE,
    "gib_price_hr": lambda: decimal.Decimal(),
    "nfs_path": lambda: "",
    "nfs_server": lambda: "",
    "size_gib_used": lambda: 0,
    "state": lambda: VolumeState.VOLUME_STATE_UNSPECIFIED,
    "total_price_hr": lambda: decimal.Decimal(),
    "additional_properties": dict,
}

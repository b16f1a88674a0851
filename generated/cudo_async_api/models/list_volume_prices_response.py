from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int, pydantic_schema, unknown_members

T = TypeVar("T", bound="ListVolumePricesResponse")


@_attrs_define
class ListVolumePricesResponse:
    """The answer of an operation.

    Attributes:
        page_number (int): ``pageNumber`` on the wire.
        page_size (int): ``pageSize`` on the wire.
        prices (list[VolumePrice]): ``prices`` on the wire. Empty when absent.
        total_count (int): ``totalCount`` on the wire.
    """

    page_number: int = 0
    page_size: int = 0
    prices: list[VolumePrice] = _attrs_field(factory=list)
    total_count: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.page_number:
            field_dict["pageNumber"] = self.page_number
        if self.page_size:
            field_dict["pageSize"] = self.page_size
        if self.prices:
            field_dict["prices"] = [_v0.to_dict() for _v0 in self.prices]
        if self.total_count:
            field_dict["totalCount"] = self.total_count
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("pageNumber")
        obj.page_number = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("pageSize")
        obj.page_size = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("prices")
        obj.prices = [] if v is None else [VolumePrice.from_dict(_v0) for _v0 in v]
        v = d.get("totalCount")
        obj.total_count = 0 if v is None else (v if type(v) is int else parse_int(v))
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("page_number", "pageNumber", "int", False),
            ("page_size", "pageSize", "int", False),
            ("prices", "prices", ("list", ("message", VolumePrice)), False),
            ("total_count", "totalCount", "int", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "page_number": "pageNumber",
                "page_size": "pageSize",
                "prices": "prices",
                "total_count": "totalCount",
            },
            (),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())

    def page_items(self) -> list[VolumePrice]:
        """The items this page carries (``prices``); used by ``AsyncCudo.paginate``."""
        return self.prices


_WIRE_NAMES = frozenset(
    (
        "pageNumber",
        "pageSize",
        "prices",
        "totalCount",
    )
)
# Imported after the class: models that refer to each other load in any order.
from ..models.volume_price import VolumePrice

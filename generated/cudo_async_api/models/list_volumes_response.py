from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, parse_int, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="ListVolumesResponse")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "page_number": "pageNumber",
    "page_size": "pageSize",
    "total_count": "totalCount",
    "volumes": "volumes",
}


@_attrs_define
class ListVolumesResponse(Mapping[str, Any]):
    """The answer of an operation.

    Attributes:
        page_number (int): ``pageNumber`` on the wire.
        page_size (int): ``pageSize`` on the wire.
        total_count (int): ``totalCount`` on the wire.
        volumes (list[Volume]): ``volumes`` on the wire. Empty when absent.
    """

    page_number: int = 0
    page_size: int = 0
    total_count: int = 0
    volumes: list[Volume] = _attrs_field(factory=list)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.page_number:
            field_dict["pageNumber"] = self.page_number
        if self.page_size:
            field_dict["pageSize"] = self.page_size
        if self.total_count:
            field_dict["totalCount"] = self.total_count
        if self.volumes:
            field_dict["volumes"] = [_v0.to_dict() for _v0 in self.volumes]
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _page_number = d.pop("pageNumber", None)
        _page_size = d.pop("pageSize", None)
        _total_count = d.pop("totalCount", None)
        _volumes = d.pop("volumes", None)
        obj = cls(
            page_number=0 if _page_number is None else parse_int(_page_number),
            page_size=0 if _page_size is None else parse_int(_page_size),
            total_count=0 if _total_count is None else parse_int(_total_count),
            volumes=[] if _volumes is None else [Volume.from_dict(_v0) for _v0 in _volumes],
        )
        obj.additional_properties = bounded_members(d) if d else d
        return obj

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            _WIRE_NAMES,
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

    def page_items(self) -> list[Volume]:
        """The items this page carries (``volumes``); used by ``AsyncCudo.paginate``."""
        return self.volumes


# Imported after the class: models that refer to each other load in any order.
from ..models.volume import Volume

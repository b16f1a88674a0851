from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int, pydantic_schema

T = TypeVar("T", bound="CPUTopology")


@_attrs_define
class CPUTopology(Mapping[str, Any]):
    """A CPUTopology record of the API.

    Attributes:
        cores (int): ``cores`` on the wire.
        sockets (int): ``sockets`` on the wire.
        threads (int): ``threads`` on the wire. A count of CPU threads.
    """

    cores: int = 0
    sockets: int = 0
    threads: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.cores:
            field_dict["cores"] = self.cores
        if self.sockets:
            field_dict["sockets"] = self.sockets
        if self.threads:
            field_dict["threads"] = self.threads
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _cores = d.pop("cores", None)
        _sockets = d.pop("sockets", None)
        _threads = d.pop("threads", None)
        obj = cls(
            cores=0 if _cores is None else parse_int(_cores),
            sockets=0 if _sockets is None else parse_int(_sockets),
            threads=0 if _threads is None else parse_int(_threads),
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
                "cores": "cores",
                "sockets": "sockets",
                "threads": "threads",
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

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.private_image_state import PrivateImageState
from ..types import bounded_members, parse_int, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="PrivateImage")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "data_center_id": "dataCenterId",
    "description": "description",
    "id": "id",
    "platform": "platform",
    "project_id": "projectId",
    "size_gib": "sizeGib",
    "state": "state",
}


@_attrs_define
class PrivateImage(Mapping[str, Any]):
    """A private image made from a VM.

    Attributes:
        data_center_id (str): ``dataCenterId`` on the wire.
        description (str): ``description`` on the wire.
        id (str): ``id`` on the wire.
        platform (str): ``platform`` on the wire.
        project_id (str): ``projectId`` on the wire.
        size_gib (int): ``sizeGib`` on the wire. In GiB.
        state (PrivateImageState): ``state`` on the wire. The first member when absent.
    """

    data_center_id: str = ""
    description: str = ""
    id: str = ""
    platform: str = ""
    project_id: str = ""
    size_gib: int = 0
    state: PrivateImageState = PrivateImageState.UNKNOWN
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.description:
            field_dict["description"] = self.description
        if self.id:
            field_dict["id"] = self.id
        if self.platform:
            field_dict["platform"] = self.platform
        if self.project_id:
            field_dict["projectId"] = self.project_id
        if self.size_gib:
            field_dict["sizeGib"] = self.size_gib
        if self.state is not PrivateImageState.UNKNOWN:
            field_dict["state"] = self.state.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _data_center_id = d.pop("dataCenterId", None)
        _description = d.pop("description", None)
        _id = d.pop("id", None)
        _platform = d.pop("platform", None)
        _project_id = d.pop("projectId", None)
        _size_gib = d.pop("sizeGib", None)
        _state = d.pop("state", None)
        obj = cls(
            data_center_id="" if _data_center_id is None else _data_center_id,
            description="" if _description is None else _description,
            id="" if _id is None else _id,
            platform="" if _platform is None else _platform,
            project_id="" if _project_id is None else _project_id,
            size_gib=0 if _size_gib is None else parse_int(_size_gib),
            state=PrivateImageState.UNKNOWN if _state is None else PrivateImageState.from_wire(_state),
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

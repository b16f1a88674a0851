from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, parse_int, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="Project")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "billing_account_id": "billingAccountId",
    "id": "id",
    "create_by": "createBy",
    "resource_count": "resourceCount",
}


@_attrs_define
class Project(Mapping[str, Any]):
    """A project: the unit that holds resources and is billed to one account.

    Attributes:
        billing_account_id (str): ``billingAccountId`` on the wire. Required by the API.
        id (str): ``id`` on the wire. Required by the API.
        create_by (str): ``createBy`` on the wire.
        resource_count (int): ``resourceCount`` on the wire.
    """

    billing_account_id: str
    id: str
    create_by: str = ""
    resource_count: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["billingAccountId"] = self.billing_account_id
        field_dict["id"] = self.id
        if self.create_by:
            field_dict["createBy"] = self.create_by
        if self.resource_count:
            field_dict["resourceCount"] = self.resource_count
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _billing_account_id = d.pop("billingAccountId", None)
        _id = d.pop("id", None)
        _create_by = d.pop("createBy", None)
        _resource_count = d.pop("resourceCount", None)
        obj = cls(
            billing_account_id="" if _billing_account_id is None else _billing_account_id,
            id="" if _id is None else _id,
            create_by="" if _create_by is None else _create_by,
            resource_count=0 if _resource_count is None else parse_int(_resource_count),
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
            (
                "billing_account_id",
                "id",
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

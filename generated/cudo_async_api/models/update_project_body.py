from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int, pydantic_schema, unknown_members

T = TypeVar("T", bound="UpdateProjectBody")


@_attrs_define
class UpdateProjectBody:
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        billing_account_id (str): ``billingAccountId`` on the wire. Required by the API.
        create_by (str): ``createBy`` on the wire.
        resource_count (int): ``resourceCount`` on the wire.
    """

    billing_account_id: str
    create_by: str = ""
    resource_count: int = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["billingAccountId"] = self.billing_account_id
        if self.create_by:
            field_dict["createBy"] = self.create_by
        if self.resource_count:
            field_dict["resourceCount"] = self.resource_count
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("billingAccountId")
        obj.billing_account_id = "" if v is None else v
        v = d.get("createBy")
        obj.create_by = "" if v is None else v
        v = d.get("resourceCount")
        obj.resource_count = 0 if v is None else (v if type(v) is int else parse_int(v))
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("billing_account_id", "billingAccountId", "str", True),
            ("create_by", "createBy", "str", False),
            ("resource_count", "resourceCount", "int", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "billing_account_id": "billingAccountId",
                "create_by": "createBy",
                "resource_count": "resourceCount",
            },
            ("billing_account_id",),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "billingAccountId",
        "createBy",
        "resourceCount",
    )
)

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import parse_int, pydantic_schema, unknown_members

T = TypeVar("T", bound="ListBillingAccountsResponse")


@_attrs_define
class ListBillingAccountsResponse:
    """The answer of an operation.

    Attributes:
        billing_accounts (list[BillingAccount]): ``billingAccounts`` on the wire. Empty when absent.
        page_size (int): ``pageSize`` on the wire.
        page_token (str): ``pageToken`` on the wire.
    """

    billing_accounts: list[BillingAccount] = _attrs_field(factory=list)
    page_size: int = 0
    page_token: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.billing_accounts:
            field_dict["billingAccounts"] = [_v0.to_dict() for _v0 in self.billing_accounts]
        if self.page_size:
            field_dict["pageSize"] = self.page_size
        if self.page_token:
            field_dict["pageToken"] = self.page_token
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("billingAccounts")
        obj.billing_accounts = [] if v is None else [BillingAccount.from_dict(_v0) for _v0 in v]
        v = d.get("pageSize")
        obj.page_size = 0 if v is None else (v if type(v) is int else parse_int(v))
        v = d.get("pageToken")
        obj.page_token = "" if v is None else v
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("billing_accounts", "billingAccounts", ("list", ("message", BillingAccount)), False),
            ("page_size", "pageSize", "int", False),
            ("page_token", "pageToken", "str", False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "billing_accounts": "billingAccounts",
                "page_size": "pageSize",
                "page_token": "pageToken",
            },
            (),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())

    def page_items(self) -> list[BillingAccount]:
        """The items this page carries (``billing_accounts``); used by ``AsyncCudo.paginate``."""
        return self.billing_accounts


_WIRE_NAMES = frozenset(
    (
        "billingAccounts",
        "pageSize",
        "pageToken",
    )
)
# Imported after the class: models that refer to each other load in any order.
from ..models.billing_account import BillingAccount

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    pydantic_schema,
    refuse_unknown_members,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="CreateBillingAccountRequest")


@_attrs_define
class CreateBillingAccountRequest:
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        display_name (str): The name shown to people. ``displayName`` on the wire. Required by the
            API.
        email (str): The billing account's email. ``email`` on the wire. Required by the API.
        billing_address (BillingAddress | None): The billing account's billing address: a
            ``BillingAddress``. ``billingAddress`` on the wire. None when absent.
        invoice_name (str): The invoice's name. ``invoiceName`` on the wire.
        referral (str): The billing account's referral. ``referral`` on the wire.
        tax_id (TaxId | None): The billing account's tax id: a ``TaxId``. ``taxId`` on the wire.
            None when absent.
    """

    display_name: str
    email: str
    billing_address: BillingAddress | None = None
    invoice_name: str = ""
    referral: str = ""
    tax_id: TaxId | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["displayName"] = self.display_name
        field_dict["email"] = self.email
        if self.billing_address is not None:
            field_dict["billingAddress"] = self.billing_address.to_dict()
        if self.invoice_name:
            field_dict["invoiceName"] = self.invoice_name
        if self.referral:
            field_dict["referral"] = self.referral
        if self.tax_id is not None:
            field_dict["taxId"] = self.tax_id.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("displayName")
        if v is not None:
            obj.display_name = v
        v = get("email")
        if v is not None:
            obj.email = v
        v = get("billingAddress")
        if v is not None:
            obj.billing_address = BillingAddress.from_dict(v)
        v = get("invoiceName")
        if v is not None:
            obj.invoice_name = v
        v = get("referral")
        if v is not None:
            obj.referral = v
        v = get("taxId")
        if v is not None:
            obj.tax_id = TaxId.from_dict(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            refuse_unknown_members(cls, d)  # a request body: a key it does not list is a mistake
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @classmethod
    def _from_parsed(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # from_dict for JSON the SDK has just parsed and nobody else holds: its lists become the
        # model's (lists of messages converted in place, each parsed dict freed as its model is
        # made), so a large answer allocates fewer objects and never holds both forms at once.
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("displayName")
        if v is not None:
            obj.display_name = v
        v = get("email")
        if v is not None:
            obj.email = v
        v = get("billingAddress")
        if v is not None:
            obj.billing_address = BillingAddress._from_parsed(v)
        v = get("invoiceName")
        if v is not None:
            obj.invoice_name = v
        v = get("referral")
        if v is not None:
            obj.referral = v
        v = get("taxId")
        if v is not None:
            obj.tax_id = TaxId._from_parsed(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            refuse_unknown_members(cls, d)  # a request body: a key it does not list is a mistake
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("display_name", "displayName", "str", True),
            ("email", "email", "str", True),
            ("billing_address", "billingAddress", ("message", BillingAddress), False),
            ("invoice_name", "invoiceName", "str", False),
            ("referral", "referral", "str", False),
            ("tax_id", "taxId", ("message", TaxId), False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "display_name": "displayName",
                "email": "email",
                "billing_address": "billingAddress",
                "invoice_name": "invoiceName",
                "referral": "referral",
                "tax_id": "taxId",
            },
            (
                "display_name",
                "email",
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
        "displayName",
        "email",
        "billingAddress",
        "invoiceName",
        "referral",
        "taxId",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "display_name": lambda: "",
    "email": lambda: "",
    "billing_address": lambda: None,
    "invoice_name": lambda: "",
    "referral": lambda: "",
    "tax_id": lambda: None,
    "additional_properties": dict,
}
# Imported after the class: models that refer to each other load in any order.
from ..models.billing_address import BillingAddress
from ..models.tax_id import TaxId

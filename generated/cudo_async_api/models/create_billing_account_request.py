from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import bounded_members, pydantic_schema, repr_without_secrets

T = TypeVar("T", bound="CreateBillingAccountRequest")

#: Each field's Python name -> its name on the wire (for code that checks the wire form, such as the emulator).
_WIRE_NAMES: dict[str, str] = {
    "display_name": "displayName",
    "email": "email",
    "billing_address": "billingAddress",
    "invoice_name": "invoiceName",
    "referral": "referral",
    "tax_id": "taxId",
}


@_attrs_define
class CreateBillingAccountRequest(Mapping[str, Any]):
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        display_name (str): ``displayName`` on the wire. Required by the API.
        email (str): ``email`` on the wire. Required by the API.
        billing_address (BillingAddress | None): ``billingAddress`` on the wire. None when absent.
        invoice_name (str): ``invoiceName`` on the wire.
        referral (str): ``referral`` on the wire.
        tax_id (TaxId | None): ``taxId`` on the wire. None when absent.
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
        d = dict(src_dict)
        _display_name = d.pop("displayName", None)
        _email = d.pop("email", None)
        _billing_address = d.pop("billingAddress", None)
        _invoice_name = d.pop("invoiceName", None)
        _referral = d.pop("referral", None)
        _tax_id = d.pop("taxId", None)
        obj = cls(
            display_name="" if _display_name is None else _display_name,
            email="" if _email is None else _email,
            billing_address=None if _billing_address is None else BillingAddress.from_dict(_billing_address),
            invoice_name="" if _invoice_name is None else _invoice_name,
            referral="" if _referral is None else _referral,
            tax_id=None if _tax_id is None else TaxId.from_dict(_tax_id),
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
                "display_name",
                "email",
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


# Imported after the class: models that refer to each other load in any order.
from ..models.billing_address import BillingAddress
from ..models.tax_id import TaxId

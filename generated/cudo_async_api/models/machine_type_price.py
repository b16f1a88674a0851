from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..types import pydantic_schema

T = TypeVar("T", bound="MachineTypePrice")


@_attrs_define
class MachineTypePrice(Mapping[str, Any]):
    """A MachineTypePrice record of the API.

    Attributes:
        ipv4_price_hr (Decimal): ``ipv4PriceHr`` on the wire. A price per hour, in the billing account's currency. Required by the
            API.
        price_hr (Decimal): ``priceHr`` on the wire. A price per hour, in the billing account's currency. Required by the API.
        commitment_term (CommitmentTerm): ``commitmentTerm`` on the wire. The first member when absent.
        data_center_id (str): ``dataCenterId`` on the wire.
        machine_type_id (str): ``machineTypeId`` on the wire.
    """

    ipv4_price_hr: Decimal
    price_hr: Decimal
    commitment_term: CommitmentTerm = CommitmentTerm.COMMITMENT_TERM_NONE
    data_center_id: str = ""
    machine_type_id: str = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["ipv4PriceHr"] = self.ipv4_price_hr.to_dict()
        field_dict["priceHr"] = self.price_hr.to_dict()
        if self.commitment_term is not CommitmentTerm.COMMITMENT_TERM_NONE:
            field_dict["commitmentTerm"] = self.commitment_term.value
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.machine_type_id:
            field_dict["machineTypeId"] = self.machine_type_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = dict(src_dict)
        _ipv4_price_hr = d.pop("ipv4PriceHr", None)
        _price_hr = d.pop("priceHr", None)
        _commitment_term = d.pop("commitmentTerm", None)
        _data_center_id = d.pop("dataCenterId", None)
        _machine_type_id = d.pop("machineTypeId", None)
        obj = cls(
            ipv4_price_hr=Decimal.from_dict({}) if _ipv4_price_hr is None else Decimal.from_dict(_ipv4_price_hr),
            price_hr=Decimal.from_dict({}) if _price_hr is None else Decimal.from_dict(_price_hr),
            commitment_term=CommitmentTerm.COMMITMENT_TERM_NONE
            if _commitment_term is None
            else CommitmentTerm.from_wire(_commitment_term),
            data_center_id="" if _data_center_id is None else _data_center_id,
            machine_type_id="" if _machine_type_id is None else _machine_type_id,
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
                "ipv4_price_hr": "ipv4PriceHr",
                "price_hr": "priceHr",
                "commitment_term": "commitmentTerm",
                "data_center_id": "dataCenterId",
                "machine_type_id": "machineTypeId",
            },
            (
                "ipv4_price_hr",
                "price_hr",
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
from ..models.decimal import Decimal

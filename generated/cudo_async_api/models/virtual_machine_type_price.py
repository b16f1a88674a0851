from __future__ import annotations

import decimal
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.commitment_term import CommitmentTerm
from ..types import parse_decimal, pydantic_schema, unknown_members

T = TypeVar("T", bound="VirtualMachineTypePrice")


@_attrs_define
class VirtualMachineTypePrice:
    """A VirtualMachineTypePrice record of the API.

    Attributes:
        gpu_price_hr (decimal.Decimal): ``gpuPriceHr`` on the wire. Per hour. Required by the API.
        memory_gib_price_hr (decimal.Decimal): ``memoryGibPriceHr`` on the wire. In GiB. Per hour. Required by the API.
        vcpu_price_hr (decimal.Decimal): ``vcpuPriceHr`` on the wire. Per hour. Required by the API.
        commitment_term (CommitmentTerm): ``commitmentTerm`` on the wire. The first member when absent.
    """

    gpu_price_hr: decimal.Decimal
    memory_gib_price_hr: decimal.Decimal
    vcpu_price_hr: decimal.Decimal
    commitment_term: CommitmentTerm = CommitmentTerm.COMMITMENT_TERM_NONE
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Members the spec does not list, as they arrived."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["gpuPriceHr"] = {"value": str(self.gpu_price_hr)}
        field_dict["memoryGibPriceHr"] = {"value": str(self.memory_gib_price_hr)}
        field_dict["vcpuPriceHr"] = {"value": str(self.vcpu_price_hr)}
        if self.commitment_term is not CommitmentTerm.COMMITMENT_TERM_NONE:
            field_dict["commitmentTerm"] = self.commitment_term.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        obj = object.__new__(cls)  # every field is set below: attrs' __init__ would only repeat the work
        v = d.get("gpuPriceHr")
        obj.gpu_price_hr = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("memoryGibPriceHr")
        obj.memory_gib_price_hr = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("vcpuPriceHr")
        obj.vcpu_price_hr = decimal.Decimal() if v is None else parse_decimal(v)
        v = d.get("commitmentTerm")
        obj.commitment_term = CommitmentTerm.COMMITMENT_TERM_NONE if v is None else CommitmentTerm.from_wire(v)
        # Members the spec does not list are looked for only when there are some.
        obj.additional_properties = {} if _WIRE_NAMES.issuperset(d) else unknown_members(d, _WIRE_NAMES)
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("gpu_price_hr", "gpuPriceHr", "decimal", True),
            ("memory_gib_price_hr", "memoryGibPriceHr", "decimal", True),
            ("vcpu_price_hr", "vcpuPriceHr", "decimal", True),
            ("commitment_term", "commitmentTerm", ("enum", CommitmentTerm), False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "gpu_price_hr": "gpuPriceHr",
                "memory_gib_price_hr": "memoryGibPriceHr",
                "vcpu_price_hr": "vcpuPriceHr",
                "commitment_term": "commitmentTerm",
            },
            (
                "gpu_price_hr",
                "memory_gib_price_hr",
                "vcpu_price_hr",
            ),
        )

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        # The wire form's (name, value) pairs, so that dict(obj) == obj.to_dict() (FastAPI encodes a
        # returned object it does not know with dict()).
        return iter(self.to_dict().items())


_WIRE_NAMES = frozenset(
    (
        "gpuPriceHr",
        "memoryGibPriceHr",
        "vcpuPriceHr",
        "commitmentTerm",
    )
)

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    bounded_members,
    map_to_wire,
    pydantic_schema,
    refuse_unknown_members,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="UpdateVMMetadataBody")


@_attrs_define
class UpdateVMMetadataBody:
    """The request body of an operation; a field left at its zero value is not sent.

    Attributes:
        merge (bool): The VM metadata's merge (a flag). ``merge`` on the wire.
        metadata (UpdateVMMetadataBodyMetadata): The VM metadata's metadata: a map
            (``UpdateVMMetadataBodyMetadata``), read and written like a dict. ``metadata`` on the wire.
    """

    merge: bool = False
    metadata: UpdateVMMetadataBodyMetadata = _attrs_field(factory=lambda: UpdateVMMetadataBodyMetadata.from_dict({}))
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.merge:
            field_dict["merge"] = self.merge
        if self.metadata:
            field_dict["metadata"] = map_to_wire(self.metadata, UpdateVMMetadataBodyMetadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("merge")
        if v is not None:
            obj.merge = v
        v = get("metadata")
        if v is not None:
            obj.metadata = UpdateVMMetadataBodyMetadata.from_dict(v)
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
        v = get("merge")
        if v is not None:
            obj.merge = v
        v = get("metadata")
        if v is not None:
            obj.metadata = UpdateVMMetadataBodyMetadata._from_parsed(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            refuse_unknown_members(cls, d)  # a request body: a key it does not list is a mistake
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("merge", "merge", "bool", False),
            ("metadata", "metadata", ("map", UpdateVMMetadataBodyMetadata), False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "merge": "merge",
                "metadata": "metadata",
            },
            (),
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
        "merge",
        "metadata",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "merge": lambda: False,
    "metadata": lambda: UpdateVMMetadataBodyMetadata.from_dict({}),
    "additional_properties": dict,
}
# Imported after the class: models that refer to each other load in any order.
from ..models.update_vm_metadata_body_metadata import UpdateVMMetadataBodyMetadata

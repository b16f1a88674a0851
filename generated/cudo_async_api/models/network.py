from __future__ import annotations

import datetime
import decimal
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.network_state import NetworkState
from ..models.vm_state import VMState
from ..types import (
    bounded_members,
    parse_datetime,
    parse_decimal,
    pydantic_schema,
    repr_without_secrets,
    unknown_members,
)

T = TypeVar("T", bound="Network")


@_attrs_define
class Network:
    """A private network in one data center.

    Attributes:
        create_time (datetime.datetime | None): When it was created. ``createTime`` on the wire. RFC
            3339 on the wire; a timezone-aware datetime, None when absent.
        data_center_id (str): The data center's id. ``dataCenterId`` on the wire.
        external_ip_address (str): The network's external IP address. ``externalIpAddress`` on the
            wire.
        gateway (str): The network's gateway. ``gateway`` on the wire.
        id (str): The network's id. ``id`` on the wire.
        internal_ip_address (str): The network's internal IP address. ``internalIpAddress`` on the
            wire.
        ip_range (str): The network's IP range. ``ipRange`` on the wire.
        price_hr (decimal.Decimal): The network's price: a ``decimal.Decimal``. ``priceHr`` on the
            wire. A price per hour, in the billing account's currency.
        project_id (str): The project's id. ``projectId`` on the wire.
        state (NetworkState): The network's state: one of the ``NetworkState`` members. ``state`` on
            the wire. The first member when absent.
        vm_state (VMState): The network's VM state: one of the ``VMState`` members. ``vmState`` on
            the wire. The first member when absent.
    """

    create_time: datetime.datetime | None = None
    data_center_id: str = ""
    external_ip_address: str = ""
    gateway: str = ""
    id: str = ""
    internal_ip_address: str = ""
    ip_range: str = ""
    price_hr: decimal.Decimal = decimal.Decimal()
    project_id: str = ""
    state: NetworkState = NetworkState.STATE_UNKNOWN
    vm_state: VMState = VMState.CLONING
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict, repr=repr_without_secrets)
    """Members the spec does not list, as they arrived (secret-looking ones hidden from the repr)."""

    def to_dict(self) -> dict[str, Any]:
        """The wire form (proto3 JSON): fields at their zero value are left out."""
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.create_time is not None:
            field_dict["createTime"] = self.create_time.isoformat()
        if self.data_center_id:
            field_dict["dataCenterId"] = self.data_center_id
        if self.external_ip_address:
            field_dict["externalIpAddress"] = self.external_ip_address
        if self.gateway:
            field_dict["gateway"] = self.gateway
        if self.id:
            field_dict["id"] = self.id
        if self.internal_ip_address:
            field_dict["internalIpAddress"] = self.internal_ip_address
        if self.ip_range:
            field_dict["ipRange"] = self.ip_range
        if self.price_hr:
            field_dict["priceHr"] = {"value": str(self.price_hr)}
        if self.project_id:
            field_dict["projectId"] = self.project_id
        if self.state is not NetworkState.STATE_UNKNOWN:
            field_dict["state"] = self.state.value
        if self.vm_state is not VMState.CLONING:
            field_dict["vmState"] = self.vm_state.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the wire form. An absent or null field takes its zero value, as in proto3 JSON."""
        d = src_dict
        get = d.get
        obj = object.__new__(cls)  # attrs' __init__ would set every field; an absent one is left unset
        v = get("createTime")
        if v is not None:
            obj.create_time = parse_datetime(v)
        v = get("dataCenterId")
        if v is not None:
            obj.data_center_id = v
        v = get("externalIpAddress")
        if v is not None:
            obj.external_ip_address = v
        v = get("gateway")
        if v is not None:
            obj.gateway = v
        v = get("id")
        if v is not None:
            obj.id = v
        v = get("internalIpAddress")
        if v is not None:
            obj.internal_ip_address = v
        v = get("ipRange")
        if v is not None:
            obj.ip_range = v
        v = get("priceHr")
        if v is not None:
            obj.price_hr = parse_decimal(v)
        v = get("projectId")
        if v is not None:
            obj.project_id = v
        v = get("state")
        if v is not None:
            obj.state = NetworkState.from_wire(v)
        v = get("vmState")
        if v is not None:
            obj.vm_state = VMState.from_wire(v)
        if not _WIRE_NAMES.issuperset(d):  # members the spec does not list: looked for only when there are some
            obj.additional_properties = bounded_members(unknown_members(d, _WIRE_NAMES))
        return obj

    _from_parsed = from_dict  # no list or message to reuse: the same reading

    @staticmethod
    def _fields() -> tuple[tuple[str, str, Any, bool], ...]:
        """(attribute, wire name, kind, required) of each field: what the body checks walk."""
        return (
            ("create_time", "createTime", "datetime", False),
            ("data_center_id", "dataCenterId", "str", False),
            ("external_ip_address", "externalIpAddress", "str", False),
            ("gateway", "gateway", "str", False),
            ("id", "id", "str", False),
            ("internal_ip_address", "internalIpAddress", "str", False),
            ("ip_range", "ipRange", "str", False),
            ("price_hr", "priceHr", "decimal", False),
            ("project_id", "projectId", "str", False),
            ("state", "state", ("enum", NetworkState), False),
            ("vm_state", "vmState", ("enum", VMState), False),
        )

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Lets pydantic and FastAPI validate, serialize (``to_dict``) and document this model."""
        return pydantic_schema(
            cls,
            handler,
            {
                "create_time": "createTime",
                "data_center_id": "dataCenterId",
                "external_ip_address": "externalIpAddress",
                "gateway": "gateway",
                "id": "id",
                "internal_ip_address": "internalIpAddress",
                "ip_range": "ipRange",
                "price_hr": "priceHr",
                "project_id": "projectId",
                "state": "state",
                "vm_state": "vmState",
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
        "createTime",
        "dataCenterId",
        "externalIpAddress",
        "gateway",
        "id",
        "internalIpAddress",
        "ipRange",
        "priceHr",
        "projectId",
        "state",
        "vmState",
    )
)
# Each field's zero value, made when an absent field is first read.
_ZEROS: dict[str, Callable[[], Any]] = {
    "create_time": lambda: None,
    "data_center_id": lambda: "",
    "external_ip_address": lambda: "",
    "gateway": lambda: "",
    "id": lambda: "",
    "internal_ip_address": lambda: "",
    "ip_range": lambda: "",
    "price_hr": lambda: decimal.Decimal(),
    "project_id": lambda: "",
    "state": lambda: NetworkState.STATE_UNKNOWN,
    "vm_state": lambda: VMState.CLONING,
    "additional_properties": dict,
}

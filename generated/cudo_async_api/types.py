"""Types shared by the generated models and operations."""

# proto3 JSON tolerant decoding, and the hook through which every operation reaches the facade.
import datetime
import math as _math
import re as _re
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypedDict, TypeVar

R = TypeVar("R")


class _RequiredRequest(TypedDict):
    method: str
    path: str
    path_params: dict[str, str]


class OperationRequest(_RequiredRequest, total=False):
    """One call of an operation, as its request builder describes it to the facade.

    ``path`` is the template from ``openapi.yaml``; ``path_params`` fill it (the facade checks
    and escapes them); ``params`` is the query and ``json`` the body, each only when there is one.
    """

    params: dict[str, Any]
    json: Any
    #: The operation cannot apply twice (a create carrying the new resource's id): safe to retry.
    safe_to_repeat: bool


#: A call's own options, as its keyword arguments gave them: (timeout, retry, extra_headers,
#: extra_query), None where not given. The facade checks and merges them.
CallOptions = tuple[Any, Any, Any, Any]


class Send(Protocol):
    """What a resource namespace calls to run one operation (the facade supplies it)."""

    def __call__(
        self, operation: str, request: OperationRequest, decode: Callable[[Any], R], options: CallOptions, /
    ) -> Awaitable[R]: ...


class SyncSend(Protocol):
    """What a sync resource namespace calls to run one operation, returning its result."""

    def __call__(
        self, operation: str, request: OperationRequest, decode: Callable[[Any], R], options: CallOptions, /
    ) -> R: ...


def parse_int(value: Any) -> int:
    """An integer in any form proto3 JSON allows: a number or a decimal string."""
    if type(value) is int:
        return value
    if isinstance(value, bool):
        raise TypeError(f"expected an integer, got {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            value = float(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise TypeError(f"expected an integer, got {value!r}"[:200])


_RFC3339 = _re.compile(r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:([Zz])|([+-])(\d\d):(\d\d))?")


def parse_datetime(value: Any) -> "datetime.datetime":
    """An RFC 3339 timestamp (any fraction length, ``Z``, ``z`` or an offset), on every Python."""
    if not isinstance(value, str):
        raise TypeError(f"expected an RFC 3339 timestamp, got {value!r}"[:200])
    try:
        return datetime.datetime.fromisoformat(value.upper())  # fast, and complete from Python 3.11
    except ValueError:
        match = _RFC3339.fullmatch(value.strip())
        if match is None:
            raise
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    tz: "datetime.tzinfo | None" = None
    if zulu:
        tz = datetime.timezone.utc
    elif sign:
        offset = datetime.timedelta(hours=int(off_h), minutes=int(off_m))
        tz = datetime.timezone(-offset if sign == "-" else offset)
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    return datetime.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tzinfo=tz)


_SPECIAL_FLOATS = {"NaN": _math.nan, "Infinity": _math.inf, "-Infinity": -_math.inf}


def parse_float(value: Any) -> float:
    """A number in any form proto3 JSON allows: a number, a decimal string, NaN or +-Infinity."""
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        special = _SPECIAL_FLOATS.get(value)
        return special if special is not None else float(value)
    raise TypeError(f"expected a number, got {value!r}"[:200])


_ATTRIBUTE = _re.compile(r"^\s{4}(\w+) \(.*?\): (.*)$")
_WIRE_NOTE = _re.compile(r"^``\w+`` on the wire\.\s*")


def _docstring_notes(doc: str) -> "tuple[str, dict[str, str]]":
    """A model docstring's first paragraph, and its ``Attributes:`` notes by field name."""
    import inspect

    head, _, rest = inspect.cleandoc(doc).partition("\n\n")
    notes: dict[str, str] = {}
    name = None
    for line in rest.splitlines():
        match = _ATTRIBUTE.match(line)
        if match:
            name = match.group(1)
            # The property is already keyed by its wire name: keep the meaning only.
            notes[name] = _WIRE_NOTE.sub("", match.group(2)).strip()
        elif name and line.startswith(" " * 8):
            notes[name] += " " + line.strip()
    return " ".join(head.split()), notes


def _as_is_or_decoded(cls: type) -> Any:
    def validate(value: Any, decode: Any) -> Any:
        return value if isinstance(value, cls) else decode(value)

    return validate


def pydantic_schema(cls: type, handler: Any, wire_names: "dict[str, str]", required: "tuple[str, ...]") -> Any:
    """The pydantic core schema of a generated model: its wire form, field by field.

    Validation accepts an instance as it is, or the wire form (a mapping keyed by wire names,
    checked field by field with the same types the model declares); serialization is
    ``to_dict()``. pydantic is imported here only, when pydantic itself asks for a schema.
    """
    import typing

    from pydantic_core import core_schema as cs

    hints = typing.get_type_hints(cls)
    shape: Any
    if not wire_names and "additional_properties" in hints:  # a map: str -> value
        value_type = typing.get_args(hints["additional_properties"])[1]
        shape = cs.dict_schema(cs.str_schema(), handler.generate_schema(value_type))

        def build_map(entries: "dict[str, Any]") -> Any:
            obj = cls()
            obj.additional_properties = entries
            return obj

        from_wire = cs.no_info_after_validator_function(build_map, shape)
    else:
        shape = cs.typed_dict_schema(
            {
                wire: cs.typed_dict_field(handler.generate_schema(hints[name]), required=name in required)
                for name, wire in wire_names.items()
            },
            extra_behavior="allow",
        )

        def build(data: "dict[str, Any]") -> Any:
            values = {name: data.pop(wire) for name, wire in wire_names.items() if wire in data}
            obj = cls(**values)
            obj.additional_properties = data
            return obj

        from_wire = cs.no_info_after_validator_function(build, shape)
    summary, notes = _docstring_notes(cls.__doc__ or "")

    def document(_: Any, json_handler: Any) -> Any:
        # Both directions carry the wire form, so one schema documents input and output.
        schema = {**json_handler(shape), "title": cls.__name__, "description": summary}
        for name, wire in wire_names.items():
            prop = schema["properties"][wire]
            prop.pop("title", None)
            if notes.get(name):
                prop["description"] = notes[name]
        return schema

    return cs.json_or_python_schema(
        json_schema=from_wire,
        python_schema=cs.no_info_wrap_validator_function(_as_is_or_decoded(cls), from_wire),
        serialization=cs.plain_serializer_function_ser_schema(lambda obj: obj.to_dict()),
        ref=f"{cls.__module__}.{cls.__qualname__}",
        metadata={"pydantic_js_functions": [document]},
    )


__all__ = [
    "CallOptions",
    "OperationRequest",
    "Send",
    "SyncSend",
    "parse_datetime",
    "parse_float",
    "parse_int",
    "pydantic_schema",
]

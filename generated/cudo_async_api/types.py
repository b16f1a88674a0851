"""Types shared by the generated models and operations."""

# proto3 JSON tolerant decoding, and the hook through which every operation reaches the facade.
import datetime
import math as _math
import re as _re
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol, TypedDict, TypeVar

R = TypeVar("R")


class _RequiredRequest(TypedDict):
    method: str
    path: str
    path_params: dict[str, str]


class OperationRequest(_RequiredRequest, total=False):
    """One call of an operation, as its request builder describes it to the facade.

    ``path`` is the template from ``openapi.yaml``; ``path_params`` fill it (the facade checks
    and escapes them); ``params`` is the query (values as given, with ``query_types``) and
    ``json`` the body, each only when there is one.
    """

    params: dict[str, Any]
    #: Each query parameter's wire name -> (its Python name, its kind in the spec: "str", "int",
    #: "float", "bool", "datetime", "enum", "any", or "list:<kind>"); the facade checks ``params``
    #: against it and encodes them.
    query_types: dict[str, tuple[str, str]]
    json: Any
    #: The operation cannot apply twice (a create carrying the new resource's id): safe to retry.
    safe_to_repeat: bool


class Send(Protocol):
    """What a resource namespace calls to run one operation (the facade supplies it)."""

    def __call__(self, operation: str, request: OperationRequest, decode: Callable[[Any], R], /) -> Awaitable[R]: ...


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


# --------------------------------------------------------------------------- secrets in reprs

#: Parts of a member name that say it may hold a secret (compared without case or separators).
_SECRET_WORDS = ("pass", "secret", "token", "key", "credential")
#: Names with those parts that hold none: a public key is public, a page token is a cursor.
_NOT_SECRET = frozenset({"publickey", "sshpublickey", "pagetoken", "nextpagetoken"})


def secret_looking(name: Any) -> bool:
    """True for a member name that may hold a secret (``password``, ``apiKey``, ``x_token``, ...)."""
    flat = "".join(ch for ch in str(name).lower() if ch.isalnum())
    return flat not in _NOT_SECRET and any(word in flat for word in _SECRET_WORDS)


def without_secrets(value: Any, depth: int = 0) -> Any:
    """``value`` with the values of secret-looking members replaced by ``"***"``, at any depth
    (nested deeper than 32 levels: cut)."""
    if depth > 32:
        return "..."
    if isinstance(value, Mapping):
        return {k: "***" if secret_looking(k) else without_secrets(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [without_secrets(v, depth + 1) for v in value]
    return value


#: How deep a member the spec does not list is kept; deeper parts read ``CUT`` (so that a model,
#: and an error holding one, pickles and copies whatever the answer held).
DEPTH_KEPT = 32
CUT = f"<cut: nested deeper than {DEPTH_KEPT} levels>"


def _bounded(value: Any, depth: int) -> Any:
    if isinstance(value, dict):
        return CUT if depth >= DEPTH_KEPT else {k: _bounded(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return CUT if depth >= DEPTH_KEPT else [_bounded(v, depth + 1) for v in value]
    return value


def bounded_members(members: "dict[str, Any]") -> "dict[str, Any]":
    """``members`` (those the spec does not list) nested at most ``DEPTH_KEPT`` levels deep."""
    if all(not isinstance(v, dict | list) for v in members.values()):
        return members  # the common case: plain values, kept as they are
    return {k: _bounded(v, 1) for k, v in members.items()}


def repr_without_secrets(value: Any) -> str:
    """The repr of members the spec does not list, their secret-looking ones hidden."""
    return repr(without_secrets(value))


__all__ = [
    "CUT",
    "DEPTH_KEPT",
    "OperationRequest",
    "bounded_members",
    "Send",
    "parse_datetime",
    "parse_float",
    "parse_int",
    "pydantic_schema",
    "repr_without_secrets",
    "secret_looking",
    "without_secrets",
]

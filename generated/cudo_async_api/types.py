"""Types shared by the generated models and operations."""

# proto3 JSON tolerant decoding, and the hook through which every operation reaches the facade.
import base64 as _base64
import binascii as _binascii
import datetime
import decimal as _decimal
import math as _math
import re as _re
import uuid as _uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, NamedTuple, Protocol, TypedDict, TypeVar

R = TypeVar("R")


class _RequiredRequest(TypedDict):
    method: str
    path: str
    path_params: dict[str, Any]


class OperationRequest(_RequiredRequest, total=False):
    """One call of an operation, as its request builder describes it to the facade.

    ``path`` is the template from ``openapi.yaml``; ``path_params`` fill it (the facade checks
    and escapes them); ``params`` is the query (values as given, with ``query_types``) and
    ``json`` the body, each only when there is one.
    """

    params: dict[str, Any]
    #: Each query parameter's wire name -> (its Python name, its kind in the spec: "str", "int",
    #: "int64", "float", "bool", "datetime", "date", "uuid", "bytes", "enum", "any", or
    #: "list:<kind>"); the facade checks ``params`` against it and encodes them.
    query_types: dict[str, tuple[str, str]]
    #: The kind of each path parameter that is not a str (Python name -> kind, as in ``query_types``).
    path_types: dict[str, str]
    #: Header parameters (wire name -> value as given), with their kinds as for the query.
    headers: dict[str, Any]
    header_types: dict[str, tuple[str, str]]
    json: Any
    #: The operation cannot apply twice (a create carrying the new resource's id): safe to retry.
    safe_to_repeat: bool
    #: The answer is not JSON (bytes, text, a ``google.api.HttpBody``): the decoder gets a ``RawAnswer``.
    raw_answer: bool


class RawAnswer(NamedTuple):
    """A 2xx answer that is not JSON, as the decoder of such an operation gets it."""

    body: bytes
    #: The answer's Content-Type header ("" when it sent none).
    content_type: str


#: A call's own options, as its keyword arguments gave them: (timeout, retry, extra_headers,
#: extra_query), None where not given, then missing_ok (False for an operation that does not
#: delete). The facade checks and merges them.
CallOptions = tuple[Any, Any, Any, Any, Any]


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
        return datetime.datetime.fromisoformat(value)  # fast, and complete from Python 3.11
    except ValueError:
        pass
    try:
        return datetime.datetime.fromisoformat(value.upper())  # a lowercase "t" or "z"
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


def parse_decimal(value: Any) -> "_decimal.Decimal":
    """A decimal message (``{"value": "0.0210"}``), or the bare string or number, as ``decimal.Decimal``."""
    if isinstance(value, Mapping):
        value = value.get("value")
        if value is None or value == "":
            return _decimal.Decimal()
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise TypeError(f"expected a decimal, got {value!r}"[:200])
    try:
        return _decimal.Decimal(
            value.strip() if isinstance(value, str) else repr(value) if isinstance(value, float) else value
        )
    except _decimal.InvalidOperation:
        raise ValueError(f"expected a decimal, got {value!r}"[:200]) from None


def parse_date(value: Any) -> "datetime.date":
    """A calendar date, ``YYYY-MM-DD`` (a timestamp's date part is taken as its date)."""
    if not isinstance(value, str):
        raise TypeError(f"expected a date (YYYY-MM-DD), got {value!r}"[:200])
    text = value.strip()
    try:
        return datetime.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"expected a date (YYYY-MM-DD), got {value!r}"[:200]) from None


def parse_uuid(value: Any) -> "_uuid.UUID":
    """A UUID in its text form (any case, with or without hyphens or braces)."""
    if not isinstance(value, str):
        raise TypeError(f"expected a UUID, got {value!r}"[:200])
    return _uuid.UUID(value.strip())


def parse_bytes(value: Any) -> bytes:
    """proto3 JSON's bytes: base64, standard or URL-safe, with or without padding."""
    if not isinstance(value, str):
        raise TypeError(f"expected base64 text, got {type(value).__name__}")
    text = value.strip().replace("-", "+").replace("_", "/")
    try:
        return _base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (_binascii.Error, ValueError):
        raise ValueError("expected base64 text (bytes), got something else (not shown)") from None


def encode_bytes(value: bytes) -> str:
    """bytes as proto3 JSON writes them: standard base64 with padding."""
    return _base64.b64encode(bytes(value)).decode("ascii")


_SPECIAL_TEXT = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}


def float_to_wire(value: Any) -> Any:
    """A float as proto3 JSON writes it: a number, or "NaN", "Infinity" or "-Infinity" (JSON has
    no such numbers), so that what was read is sent back as it came."""
    if type(value) is not float or _math.isfinite(value):
        return value
    return _SPECIAL_TEXT[repr(value)]


def page_of(lists: "Mapping[str, R]", operation: str, model: str) -> R:
    """The items of a page whose model several list operations answer with, each paging its own list."""
    try:
        return lists[operation]
    except KeyError:
        raise _refuse(
            f"{model}.page_items(operation) needs the list operation that answered, one of {', '.join(lists)};"
            f" got {operation!r}"[:300]
        ) from None


def map_to_wire(value: Any, model: Any) -> "dict[str, Any]":
    """A map field's wire form: its model's ``to_dict`` (each value written as its kind says: a
    message, an enum's value, bytes in base64); a plain mapping in its place is read as that model."""
    if not isinstance(value, model):
        entries = value
        value = model.from_dict({})
        value.additional_properties = dict(entries)
    wire: dict[str, Any] = value.to_dict()
    return wire


def text_of(answer: RawAnswer) -> str:
    """A text answer as str, in the charset its Content-Type names (UTF-8 when none)."""
    charset = "utf-8"
    for part in answer.content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip('"').strip()
    try:
        return answer.body.decode(charset)
    except LookupError:
        return answer.body.decode("utf-8")


def decoded_in_place(items: Any, decode: "Callable[[Any], Any]") -> "list[Any]":
    """A just-parsed list of messages, each item replaced by its model: every parsed dict is freed
    as its model is made, so a large answer never holds both forms (fewer objects for the collector
    to walk while it is decoded)."""
    if type(items) is not list:
        return [decode(item) for item in items]  # what the copying decoder does with any other value
    for i, item in enumerate(items):
        items[i] = decode(item)
    return items


def unknown_members(d: Mapping[str, Any], known: "frozenset[str]") -> "dict[str, Any]":
    """The members of a wire object that its model does not list (kept as they arrived)."""
    return {k: v for k, v in d.items() if k not in known}


def _expect(value: Any, json_type: type, what: str) -> Any:
    if not isinstance(value, json_type) or isinstance(value, bool) is not (json_type is bool):
        raise TypeError(f"expected {what}, got {type(value).__name__}")
    return value


def read_value(data: Any, kind: Any) -> Any:
    """JSON of any kind (a field's kind, as models' ``_fields`` give it) as its Python value: what an
    operation whose answer is not one message (a list, a map, a scalar) decodes with. Lenient as
    every answer is read: messages keep the members the spec does not list."""
    if isinstance(kind, tuple):
        tag, arg = kind
        if tag in ("message", "map"):
            return arg._from_parsed(_expect(data, dict, "a JSON object"))
        if tag == "list":
            return [read_value(item, arg) for item in _expect(data, list, "a JSON array")]
        return arg.from_wire(data)  # an enum: open, a value this spec does not list included
    reader = _READERS.get(kind)
    return data if reader is None else reader(data)


_READERS: "dict[str, Callable[[Any], Any]]" = {
    "str": lambda v: _expect(v, str, "a string"),
    "bool": lambda v: _expect(v, bool, "true or false"),
    "int": parse_int,
    "int64": parse_int,
    "float": parse_float,
    "decimal": parse_decimal,
    "datetime": parse_datetime,
    "date": parse_date,
    "uuid": parse_uuid,
    "bytes": parse_bytes,
}


# Bodies are checked against their model before anything is sent (ConfigurationError, naming the
# field), each value through the facade's one wire encoder (``cudo_async._wire``).


def _refuse(message: str) -> Exception:
    from cudo_async.errors import ConfigurationError  # the facade's error type, only when refusing

    return ConfigurationError(message)


def _encoder() -> Any:
    from cudo_async import _wire  # the facade's encoder (the facade imports this module: loaded on use)

    return _wire


def _type_name(value: Any) -> str:
    return type(value).__name__


def _misfit(path: str, kind: Any, value: Any, also: str) -> Exception:
    """The error for a value that does not fit its field; the value is withheld for a secret field."""
    wire = _encoder()
    expected = wire.EXPECTED.get(kind, wire.EXPECTED["any"])
    return _refuse(f"{path}: expected {expected}, got {wire.got(value, path)}{also}")


def _check(value: Any, kind: Any, path: str, also: str = "") -> Any:
    """``value`` as the field of ``kind`` sends it (any enum member as its value, a str subclass as
    a str, ...): itself when nothing changes. A Python value that does not fit is refused, naming
    the field (``also``: the field's wire spelling, when it differs)."""
    if not isinstance(kind, tuple):
        if kind == "float" and type(value) is float and not _math.isfinite(value):
            return value  # sent as proto3 JSON's "NaN" or "Infinity" (float_to_wire)
        plain = _encoder().python(value, kind)
        if plain is _encoder().MISFIT:
            raise _misfit(path, kind, value, also)
        return plain
    tag, arg = kind
    if tag == "list":
        if not isinstance(value, (list, tuple)):
            raise _refuse(f"{path}: expected a list, got {_type_name(value)}{also}")
        items = [_check(item, arg, f"{path}[{i}]") for i, item in enumerate(value)]
        return value if all(a is b for a, b in zip(items, value)) else items
    if tag == "message":
        if not isinstance(value, arg):
            hint = (
                f" (write {arg.__name__}(...) or read a mapping with {arg.__name__}.from_dict)"
                if isinstance(value, Mapping)
                else also
            )
            raise _refuse(f"{path}: expected {arg.__name__}, got {_type_name(value)}{hint}")
        return _check_message(value, path)
    if tag == "map":
        entries = value.additional_properties if isinstance(value, arg) else value
        if not isinstance(entries, Mapping):
            raise _refuse(f"{path}: expected a dict (or {arg.__name__}), got {_type_name(value)}{also}")
        values = arg._values()
        checked: dict[str, Any] = {}
        for key, item in entries.items():
            name = _encoder().python(key, "str")
            if name is _encoder().MISFIT:
                raise _refuse(f"{path}: keys must be str, got {_type_name(key)}")
            checked[name] = _check(item, values, f"{path}[{name!r}]")
        if isinstance(value, arg) and all(type(k) is str and checked[k] is item for k, item in entries.items()):
            return value
        remade = arg.from_dict({})  # (a plain mapping too: the field holds its model, which writes it)
        remade.additional_properties = checked
        return remade
    if tag == "enum" and not isinstance(value, arg):
        plain = _encoder().python(value, "enum")  # any enum member, or the str value itself
        if plain is _encoder().MISFIT:
            example = f"{arg.__name__}.{next(iter(arg.__members__))}"
            raise _refuse(
                f"{path}: expected {arg.__name__} (e.g. {example}) or its str value, got {_encoder().got(value, path)}{also}"
            )
        return arg.from_wire(plain)
    return value


def _check_message(obj: Any, path: str) -> Any:
    """``obj`` with each field as it is sent (see ``_check``): itself, or a copy when a value changed."""
    changed: dict[str, Any] = {}
    for name, wire, kind, required in obj._fields():
        value = getattr(obj, name)
        if value is None and (not required or kind in ("datetime", "date", "uuid")):
            continue  # an unset message, timestamp, date or UUID: left out
        done = _check(value, kind, f"{path}.{name}", f" ({wire} on the wire)" if wire != name else "")
        if done is not value:
            changed[name] = done
    if not changed:
        return obj
    import copy

    obj = copy.copy(obj)  # the caller's model stays as it was
    for name, done in changed.items():
        setattr(obj, name, done)
    return obj


def _unknown_key(model: Any, key: Any, fields: "dict[str, Any]", path: str) -> Exception:
    """The error for a member a request model does not list, with what was probably meant."""
    import difflib

    by_attribute = {name: wire for wire, (name, _) in fields.items()}
    name = model.__name__
    if key in by_attribute:  # the Python name, written as a wire key
        hint = f"did you mean {by_attribute[key]}, or {name}({key}=...)?"
    else:
        close = difflib.get_close_matches(str(key), list(fields), 1)
        hint = f"did you mean {close[0]}?" if close else f"{name} has the fields {', '.join(sorted(fields))}"
    return _refuse(f"{path}: unknown field {key!r} for {name}: {hint}"[:400])


def refuse_unknown_members(model: Any, d: Mapping[str, Any]) -> None:
    """Raise for the first member of ``d`` a request model does not list (ConfigurationError)."""
    fields = {wire: (name, kind) for name, wire, kind, _ in model._fields()}
    key = next(k for k in d if k not in fields)
    raise _unknown_key(model, key, fields, f"{model.__name__}.from_dict")


#: How a wire-form mapping may spell a value that is not plain JSON (proto3 JSON).
_WIRE_READERS: "dict[str, Callable[[Any], Any]]" = {
    "int": parse_int,
    "int64": parse_int,
    "float": parse_float,
    "datetime": parse_datetime,
    "decimal": parse_decimal,
    "date": parse_date,
    "uuid": parse_uuid,
    "bytes": parse_bytes,
}


def _wire_value(value: Any, kind: Any, path: str, also: str) -> Any:
    """One value of a wire-form mapping, checked against its field's ``kind`` and in its JSON form
    (any enum member as its value); refused naming the field as the mapping spells it."""
    wire = _encoder()
    if isinstance(kind, tuple):
        tag, arg = kind
        if tag == "list":
            if not isinstance(value, (list, tuple)):
                raise _refuse(f"{path}: expected a list, got {_type_name(value)}{also}")
            return [_wire_value(item, arg, f"{path}[{i}]", "") for i, item in enumerate(value)]
        if tag in ("message", "map"):
            return _wire_form(arg, value, path)
        if tag == "enum":
            plain = wire.python(value, "enum")
            if plain is wire.MISFIT:
                raise _refuse(
                    f"{path}: expected a value of {arg.__name__} (its str or number), got {wire.got(value, path)}{also}"
                )
            return plain
        return value
    plain = wire.json_value(value, kind)
    if plain is not wire.MISFIT:
        return plain
    if kind == "float" and (value in ("NaN", "Infinity", "-Infinity") or type(value) is float):
        return float_to_wire(parse_float(value))  # proto3 JSON's names for what JSON has no number for
    reader = _WIRE_READERS.get(kind)  # an int64 as a string, a timestamp in RFC 3339, ...
    if reader is not None and isinstance(value, (str, int, float, Mapping)) and not isinstance(value, bool):
        try:
            fits = wire.python(reader(value), kind) is not wire.MISFIT
        except Exception:  # what the reader cannot read does not fit
            fits = False
        if fits:
            return value
    raise _misfit(path, kind, value, also)


def _wire_form(model: Any, data: Any, path: str) -> "dict[str, Any]":
    """A wire-form mapping of ``model`` checked as strictly as the server reads it (a member the
    model does not list, or a value that does not fit its field, is refused naming the field as
    the mapping spells it, at any depth), with its values in their JSON form."""
    if not isinstance(data, Mapping):
        raise _refuse(f"{path}: expected a mapping (the wire form of {model.__name__}), got {_type_name(data)}")
    fields = {wire: (name, kind) for name, wire, kind, _ in model._fields()}
    out: dict[str, Any] = {}
    if not fields:  # a map: keys are str, values of its kind
        values = model._values()
        for key, item in data.items():
            name = _encoder().python(key, "str")
            if name is _encoder().MISFIT:
                raise _refuse(f"{path}: keys must be str, got {_type_name(key)}")
            out[name] = _wire_value(item, values, f"{path}[{name!r}]", "")
        return out
    for key, value in data.items():
        if key not in fields:
            raise _unknown_key(model, key, fields, path)
        if value is None:  # null: the field is left out
            continue
        name, kind = fields[key]
        also = f" ({model.__name__}.{name})" if name != key else ""
        out[key] = _wire_value(value, kind, f"{path}.{key}", also)
    return out


def _written(value: Any, kind: Any) -> Any:
    """A checked Python value as JSON (the inverse of ``read_value``)."""
    if isinstance(kind, tuple):
        tag, arg = kind
        if tag == "list":
            return [_written(item, arg) for item in value]
        if tag == "map":
            entries = value.additional_properties if isinstance(value, arg) else value
            return {key: _written(item, arg._values()) for key, item in entries.items()}
        return value.to_dict() if tag == "message" else value.value
    writer = _WRITERS.get(kind)
    return value if writer is None else writer(value)


_WRITERS: "dict[str, Callable[[Any], Any]]" = {
    "float": float_to_wire,
    "int64": str,
    "datetime": lambda v: v.isoformat(),
    "date": lambda v: v.isoformat(),
    "uuid": str,
    "bytes": encode_bytes,
    "decimal": lambda v: {"value": str(v)},
}


def wire_value(body: Any, kind: Any, parameter: str) -> Any:
    """The wire form of a body of any kind (a message, a list, a map, a scalar): each part checked
    as ``wire_body`` checks a message's, before anything is sent."""
    if isinstance(kind, tuple) and kind[0] == "message":
        return wire_body(body, kind[1], parameter)
    if isinstance(kind, tuple) and kind[0] == "list":
        if not isinstance(body, (list, tuple)):
            raise _refuse(f"{parameter}: expected a list, got {_type_name(body)}")
        return [wire_value(item, kind[1], f"{parameter}[{i}]") for i, item in enumerate(body)]
    return _written(_check(body, kind, parameter), kind)


def wire_body(body: Any, model: Any, parameter: str) -> Any:
    """The wire form of an operation's body: an instance of its model, or a mapping of the wire form
    read as strictly as the server would (unknown keys refused). Wrong types are refused, naming
    the field in the spelling the caller used, before anything is sent."""
    if not isinstance(body, model):
        if not isinstance(body, Mapping):
            raise _refuse(
                f"{parameter} must be a {model.__name__} (or a mapping of its wire form), got {_type_name(body)}"
            )
        data = _wire_form(model, body, parameter)
        try:
            body = model.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError, ArithmeticError) as exc:
            raise _refuse(
                f"{parameter}: cannot read {model.__name__} from the mapping ({_type_name(exc)}); "
                f"build {model.__name__}(...) to have the field named"
            ) from None
    return _check_message(body, parameter).to_dict()


_ATTRIBUTE = _re.compile(r"^\s{4}(\w+) \(.*?\): (.*)$")
_WIRE_NOTE = _re.compile(r"\s*``\w+`` on the wire\.")


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
            notes[name] = match.group(2).strip()
        elif name and line.startswith(" " * 8):
            notes[name] += " " + line.strip()
    return " ".join(head.split()), {k: _WIRE_NOTE.sub("", v).strip() for k, v in notes.items()}


def _as_is_or_decoded(cls: type) -> Any:
    def validate(value: Any, decode: Any) -> Any:
        return value if isinstance(value, cls) else decode(value)

    return validate


_WIRE_SCHEMAS: "dict[str, dict[str, Any]]" = {
    "decimal": {"type": "object", "properties": {"value": {"type": "string"}}},
    "int64": {"type": "string", "format": "int64"},
}


def pydantic_schema(cls: type, handler: Any, wire_names: "dict[str, str]", required: "tuple[str, ...]") -> Any:
    """The pydantic core schema of a generated model: its wire form, field by field.

    Validation accepts an instance as it is, or the wire form (a mapping keyed by wire names,
    checked field by field with the same types the model declares); serialization is
    ``to_dict()``. pydantic is imported here only, when pydantic itself asks for a schema.
    """
    import typing

    from pydantic_core import core_schema as cs

    hints = typing.get_type_hints(cls)
    kinds: dict[str, Any] = {}
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
        kinds = {name: kind for name, _, kind, _ in cls._fields()}  # type: ignore[attr-defined]

        def field_schema(name: str) -> Any:
            schema = handler.generate_schema(hints[name])
            if kinds.get(name) == "decimal":  # {"value": "0.1"} on the wire
                schema = cs.no_info_before_validator_function(parse_decimal, schema)
            return schema

        shape = cs.typed_dict_schema(
            {
                wire: cs.typed_dict_field(field_schema(name), required=name in required)
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
            if kinds.get(name) in _WIRE_SCHEMAS:  # documented as the wire carries it
                schema["properties"][wire] = dict(_WIRE_SCHEMAS[kinds[name]])
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
_SECRET_WORDS = (
    "pass",
    "secret",
    "token",
    "key",
    "credential",
)
#: Names with those parts that hold none: a public key is public, a page token is a cursor.
_NOT_SECRET = frozenset({"nextpagetoken", "pagetoken", "publickey", "sshpublickey"})


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
    "CallOptions",
    "DEPTH_KEPT",
    "OperationRequest",
    "RawAnswer",
    "Send",
    "SyncSend",
    "bounded_members",
    "decoded_in_place",
    "encode_bytes",
    "float_to_wire",
    "map_to_wire",
    "page_of",
    "parse_bytes",
    "parse_date",
    "parse_datetime",
    "parse_decimal",
    "parse_float",
    "parse_int",
    "parse_uuid",
    "pydantic_schema",
    "read_value",
    "refuse_unknown_members",
    "repr_without_secrets",
    "secret_looking",
    "text_of",
    "unknown_members",
    "wire_body",
    "wire_value",
    "without_secrets",
]


# An operation's arguments: its path parameters by position, everything else by keyword.

#: The per-call options every operation takes besides its own arguments (left out of the hints below).
_CALL_OPTIONS = frozenset({"timeout", "retry", "extra_headers", "extra_query", "missing_ok"})
_F = TypeVar("_F", bound=Callable[..., Any])
_CO_COROUTINE = 0x80


def _usage(method: Any) -> str:
    """How an operation is called: ``create_vm(project_id, body=...)``, then its optional arguments."""
    code = method.__code__
    positional = list(code.co_varnames[1 : code.co_argcount])
    keywords = code.co_varnames[code.co_argcount : code.co_argcount + code.co_kwonlyargcount]
    defaults = method.__kwdefaults__ or {}
    required = [f"{k}=..." for k in keywords if k not in defaults]
    optional = [f"{k}=" for k in keywords if k in defaults and k not in _CALL_OPTIONS]
    usage = f"{method.__name__}({', '.join(positional + required)})"
    return usage + (f" (optional, by keyword: {', '.join(optional)})" if optional else "")


def misused(method: Any, args: "tuple[Any, ...]", why: str = "") -> Exception:
    """The ConfigurationError for a call whose arguments do not fit ``method`` (``args`` with self)."""
    name = method.__name__
    taken = method.__code__.co_argcount - 1
    if len(args) - 1 > taken:
        named = ", ".join(method.__code__.co_varnames[1 : taken + 1])
        shown = (
            f"{taken} argument{'s' if taken != 1 else ''} by position ({named})" if taken else "no argument by position"
        )
        others = method.__code__.co_kwonlyargcount > len(_CALL_OPTIONS & set(method.__code__.co_varnames))
        why = f"takes {shown}, got {len(args) - 1}" + ("; the others go by keyword" if others else "")
    return _refuse(f"{name} {why}: write {_usage(method)}")


def _binds(method: Any, args: "tuple[Any, ...]", kwargs: "dict[str, Any]") -> "str | None":
    """None when the arguments fit ``method``, else what Python says of them."""
    import inspect

    parameters = inspect.signature(method).parameters
    for key in kwargs:
        if key not in parameters:
            import difflib

            close = difflib.get_close_matches(key, [p for p in parameters if p != "self"], n=1)
            return f"it has no argument {key!r}" + (f"; did you mean {close[0]}?" if close else "")
    try:
        inspect.signature(method).bind(*args, **kwargs)
    except TypeError as exc:
        return str(exc)
    return None


def _leaving(exc: BaseException) -> None:
    from cudo_async._boundary import leaving  # the facade's rule for an error leaving the SDK

    leaving(exc)


def by_keyword(method: _F) -> _F:
    """Wrap an operation so that arguments that do not fit it (a body given by position, a missing
    or unknown keyword) raise ConfigurationError saying how to call it, where Python would raise
    TypeError. Type checkers and ``help()`` see the operation's own signature.

    The wrapper is also where every operation's error leaves the SDK: it goes through the facade's
    ``_boundary.leaving`` (the frames of the SDK's work keep no locals), and this frame, which the
    traceback keeps, drops the caller's arguments first (a body, a header value, a token)."""
    import functools

    taken = method.__code__.co_argcount  # self included
    if method.__code__.co_flags & _CO_COROUTINE:

        @functools.wraps(method)
        async def call_async(*args: Any, **kwargs: Any) -> Any:
            if len(args) > taken:
                error = misused(method, args)
            else:
                try:
                    running = method(*args, **kwargs)  # (an async def only binds its arguments here)
                except TypeError:
                    why = _binds(method, args, kwargs) or "its arguments do not fit"
                    error = misused(method, args, f"was called wrongly ({why})")
                else:
                    try:
                        return await running
                    except BaseException as exc:
                        del args, kwargs
                        _leaving(exc)
                        raise
            del args, kwargs
            raise error

        return call_async  # type: ignore[return-value]

    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        if len(args) > taken:
            error = misused(method, args)
        else:
            try:
                return method(*args, **kwargs)
            except TypeError as exc:
                why = _binds(method, args, kwargs)
                if why is None:  # raised inside the call, not by its arguments
                    del args, kwargs
                    _leaving(exc)
                    raise
                error = misused(method, args, f"was called wrongly ({why})")
            except BaseException as exc:
                del args, kwargs
                _leaving(exc)
                raise
        del args, kwargs
        raise error

    return call  # type: ignore[return-value]


def check_range(
    name: str, value: Any, low: "float | None", high: "float | None", low_out: bool, high_out: bool, text: str
) -> None:
    """Refuse a number outside the range the spec documents for parameter ``name`` (before
    anything is sent); a value of another type is left to the facade's type check."""
    if type(value) not in (int, float) or value != value:
        return
    if (low is not None and (value <= low if low_out else value < low)) or (
        high is not None and (value >= high if high_out else value > high)
    ):
        raise _refuse(f"{name} must be {text} (the range the API documents), got {value!r}")

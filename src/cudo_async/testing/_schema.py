"""Requests checked against their operation in the shipped spec: the body's schema (types, integer
formats and their proto3 ranges, enums, patterns, lengths, bounds, required fields) and each path
and query parameter's. Any operation, a regenerated one included, answers a malformed request with
field violations before a handler sees it, and a value past its range is never stored."""

from __future__ import annotations

import datetime
import functools
import json
import math
import re
from collections.abc import Mapping
from typing import Any

from ._spec import Schema, Spec, SpecOp

#: Deeper values are refused: no real request nests this far.
MAX_DEPTH = 32
#: A request is answered with at most this many violations.
MAX_VIOLATIONS = 20
Violations = list[tuple[str, str]]

#: proto3's integer types as the spec names them, and the values each holds.
INT_RANGES: dict[str, tuple[int, int]] = {
    **dict.fromkeys(("int32", "sint32", "sfixed32"), (-(2**31), 2**31 - 1)),
    **dict.fromkeys(("uint32", "fixed32"), (0, 2**32 - 1)),
    **dict.fromkeys(("int64", "sint64", "sfixed64"), (-(2**63), 2**63 - 1)),
    **dict.fromkeys(("uint64", "fixed64"), (0, 2**64 - 1)),
}
_DEFAULT_RANGE = INT_RANGES["int64"]
#: How proto3 JSON writes the floats JSON has no number for.
NON_FINITE = frozenset({"NaN", "Infinity", "-Infinity"})
_DIGITS = re.compile(r"^[+-]?[0-9]+\Z")
_LONGEST_INT = 21  # digits and sign of the widest value in INT_RANGES
_RFC3339 = re.compile(
    # Upper-case T and Z only: protojson reads with Go's time.Parse(RFC3339Nano), which takes no other.
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.(?P<fraction>[0-9]{1,9}))?"
    r"(?P<offset>Z|[+-][0-9]{2}:[0-9]{2})\Z"
)
_TIMESTAMP_RULE = (
    "must be an RFC 3339 timestamp from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z, e.g. 2026-01-02T03:04:05Z"
)


class TooLong:
    """A JSON integer too long to be any proto3 integer, kept unparsed (never converted to an int)."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _parse_int(text: str) -> Any:
    return int(text) if len(text) <= _LONGEST_INT else TooLong(len(text))


def _parse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def parse_body(raw: bytes) -> Any:
    """The request body as JSON (none: an empty object); a number too long for any integer type
    is kept as :class:`TooLong` so the check names its field. The body must be UTF-8, as protojson
    reads it (no other encoding, no byte-order mark). Raises ValueError or RecursionError."""
    if not raw.strip():
        return {}
    return json.loads(raw.decode("utf-8"), parse_int=_parse_int, parse_constant=_parse_constant)


#: A code point no UTF-8 text holds: a lone surrogate (a JSON escape such as "\\ud800"), or an
#: undecodable byte kept by the "surrogateescape" error handler (a query's or a path's).
_NOT_UTF8 = re.compile("[\ud800-\udfff]")


def not_utf8(value: Any, where: str = "") -> str | None:
    """Where ``value`` (parsed JSON, or a parameter's text) holds a string or a member name that
    is not valid UTF-8 (protojson refuses it: INVALID_ARGUMENT); None when it holds none."""
    stack: list[tuple[Any, str]] = [(value, where)]
    while stack:
        item, at = stack.pop()
        if isinstance(item, str):
            if _NOT_UTF8.search(item):
                return at
        elif isinstance(item, dict):
            prefix = f"{at}." if at else ""
            for name, member in item.items():
                if _NOT_UTF8.search(name):  # named by its escapes, which travel in JSON
                    return prefix + str(name).encode("utf-8", "backslashreplace").decode("ascii")
                stack.append((member, f"{prefix}{name}"))
        elif isinstance(item, list):
            stack.extend((member, f"{at}[{i}]") for i, member in enumerate(item))
    return None


def parse_timestamp(value: str) -> tuple[datetime.datetime, int] | None:
    """An RFC 3339 timestamp as the UTC instant (to the second) and its nanoseconds; None when
    ``value`` is not one, or lies outside google.protobuf.Timestamp's range (years 1 to 9999)
    once in UTC, as protojson refuses it."""
    match = _RFC3339.match(value)
    if match is None:
        return None
    offset = match["offset"].replace("Z", "+00:00")
    try:  # the first 19 characters are the date and time to the second
        local = datetime.datetime.fromisoformat(value[:10] + "T" + value[11:19] + offset)
        instant = local.astimezone(datetime.timezone.utc)
    except (ValueError, OverflowError):  # no such date, or past year 9999 (or before 1) in UTC
        return None
    return instant, int((match["fraction"] or "0").ljust(9, "0"))


def _int_range(schema: Schema) -> tuple[int, int]:
    return INT_RANGES.get(str(schema.get("format")), _DEFAULT_RANGE)


def _check_bounds(number: float, schema: Schema, where: str, out: Violations) -> None:
    low, high = schema.get("minimum"), schema.get("maximum")
    if isinstance(low, int | float) and (number < low or (schema.get("exclusiveMinimum") and number == low)):
        out.append((where, f"must be at least {low}"))
    if isinstance(high, int | float) and (number > high or (schema.get("exclusiveMaximum") and number == high)):
        out.append((where, f"must be at most {high}"))


def _check_integer(value: Any, schema: Schema, where: str, out: Violations) -> None:
    if isinstance(value, TooLong):
        out.append((where, f"is out of range for {schema.get('format') or 'an integer'} ({value.digits} digits)"))
        return
    if isinstance(value, str):  # no space around it: Go's ParseInt and protojson refuse one
        text = value
        if len(text) > _LONGEST_INT and _DIGITS.fullmatch(text):
            out.append((where, f"is out of range for {schema.get('format') or 'an integer'}"))
            return
        if not _DIGITS.fullmatch(text):
            out.append((where, "must be an integer"))
            return
        value = int(text)
    low, high = _int_range(schema)
    if not low <= value <= high:
        out.append((where, f"is out of range for {schema.get('format') or 'an integer'} ({low} to {high})"))
        return
    _check_bounds(value, schema, where, out)


def _check_size(size: int, schema: Schema, keys: tuple[str, str], unit: str, where: str, out: Violations) -> None:
    low, high = schema.get(keys[0]), schema.get(keys[1])
    if isinstance(low, int) and size < low:
        out.append((where, f"must have at least {low} {unit}"))
    if isinstance(high, int) and size > high:
        out.append((where, f"must have at most {high} {unit}"))


def _check_string(value: str, schema: Schema, where: str, out: Violations) -> None:
    fmt = schema.get("format")
    if fmt in INT_RANGES:
        _check_integer(value, schema, where, out)
    elif fmt == "date-time" and parse_timestamp(value) is None:
        out.append((where, _TIMESTAMP_RULE))
        return
    if "enum" in schema and value not in schema["enum"]:
        out.append((where, "must be one of " + ", ".join(map(str, schema["enum"]))[:300]))
        return
    _check_size(len(value), schema, ("minLength", "maxLength"), "characters", where, out)
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and fmt not in INT_RANGES:
        try:
            fits = _ecma(pattern).search(value) is not None
        except re.error:
            fits = True
        if not fits:
            out.append((where, f"must match {pattern}"))


@functools.lru_cache(maxsize=256)
def _ecma(pattern: str) -> re.Pattern[str]:
    """A spec's (ECMA-262) pattern for Python: its ``$`` ends the text, as in JSON Schema, where
    Python's would also match before a final newline."""
    out, escaped, in_class = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "$" and not in_class:
            out.append(r"\Z")
            continue
        out.append(char)
    return re.compile("".join(out))


def check_value(spec: Spec, value: Any, schema: Schema | None, where: str, out: Violations, depth: int = 0) -> None:
    """Append a violation to ``out`` for each part of ``value`` (parsed JSON) that ``schema`` forbids."""
    if len(out) >= MAX_VIOLATIONS:
        return
    if depth > MAX_DEPTH:
        out.append((where, f"nests deeper than {MAX_DEPTH} levels"))
        return
    schema = spec.resolve(schema)
    if value is None:
        if not schema.get("nullable") and schema:
            out.append((where, "must not be null (leave the field out instead)"))
        return
    kind = schema.get("type")
    if kind is None and "properties" in schema:
        kind = "object"
    if kind == "string":
        if not isinstance(value, str):
            out.append((where, "must be a string"))
        else:
            _check_string(value, schema, where, out)
    elif kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int | TooLong):
            out.append((where, "must be an integer"))
        else:
            _check_integer(value, schema, where, out)
    elif kind == "number":
        if isinstance(value, TooLong):
            out.append((where, "is out of range for a number"))
        elif isinstance(value, str) and value in NON_FINITE:
            pass  # proto3 JSON's names for the floats JSON has no number for
        elif isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            out.append((where, "must be a number (or NaN, Infinity, -Infinity as strings)"))
        else:
            _check_bounds(value, schema, where, out)
    elif kind == "boolean":
        if not isinstance(value, bool):
            out.append((where, "must be true or false"))
    elif kind == "array":
        _check_array(spec, value, schema, where, out, depth)
    elif kind == "object":
        _check_object(spec, value, schema, where, out, depth)
    elif _holds_too_long(value):  # a free-form value: anything JSON, but never a number no integer type holds
        out.append((where, "holds a number out of range"))


def _holds_too_long(value: Any, depth: int = 0) -> bool:
    if isinstance(value, TooLong):
        return True
    if depth > MAX_DEPTH:
        return False
    members = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return any(_holds_too_long(v, depth + 1) for v in members)


def _check_array(spec: Spec, value: Any, schema: Schema, where: str, out: Violations, depth: int) -> None:
    if not isinstance(value, list):
        out.append((where, "must be a list"))
        return
    _check_size(len(value), schema, ("minItems", "maxItems"), "items", where, out)
    for i, member in enumerate(value):
        check_value(spec, member, schema.get("items"), f"{where}[{i}]", out, depth + 1)


def _check_object(spec: Spec, value: Any, schema: Schema, where: str, out: Violations, depth: int) -> None:
    if not isinstance(value, dict):
        out.append((where, "must be an object"))
        return
    props: Mapping[str, Any] = schema.get("properties") or {}
    prefix = f"{where}." if where else ""
    for name in schema.get("required") or ():
        if value.get(name) is None:
            out.append((prefix + name, "is required"))
    extra = schema.get("additionalProperties")
    for name, member in value.items():
        if name in props:
            check_value(spec, member, props[name], prefix + name, out, depth + 1)
        elif isinstance(extra, Mapping):
            check_value(spec, member, extra, prefix + name, out, depth + 1)
        elif extra is False:
            out.append((prefix + name, "is not a field of this message"))
        elif extra is True and _holds_too_long(member):  # a map of any JSON: no number past a double
            out.append((prefix + name, "holds a number out of range"))
        # else: a field the message does not have, which the gateway discards (DiscardUnknown)


def known_fields(spec: Spec, value: Any, schema: Schema | None, depth: int = 0) -> Any:
    """``value`` (a checked request body) without the fields its messages do not have, at any depth:
    the gateway discards those (DiscardUnknown), so no handler stores them."""
    schema = spec.resolve(schema)
    if depth > MAX_DEPTH:
        return value
    if isinstance(value, dict) and "properties" in schema:
        props: Mapping[str, Any] = schema["properties"] or {}
        extra = schema.get("additionalProperties")
        return {
            k: known_fields(spec, v, props.get(k, extra if isinstance(extra, Mapping) else None), depth + 1)
            for k, v in value.items()
            if k in props or isinstance(extra, Mapping) or extra is True
        }
    if isinstance(value, dict) and isinstance(schema.get("additionalProperties"), Mapping):
        return {k: known_fields(spec, v, schema["additionalProperties"], depth + 1) for k, v in value.items()}
    if isinstance(value, list):
        return [known_fields(spec, v, schema.get("items"), depth + 1) for v in value]
    return value


def _check_parameter(spec: Spec, text: str, schema: Schema, where: str, out: Violations) -> None:
    """A path or query value (always a string on the wire) against its parameter's schema."""
    schema = spec.resolve(schema)
    kind = schema.get("type")
    if kind == "integer":
        _check_integer(text, schema, where, out)
    elif kind == "number":
        try:
            number = float(text)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            out.append((where, "must be a finite number"))
        else:
            _check_bounds(number, schema, where, out)
    elif kind == "boolean":
        if text not in ("true", "false"):
            out.append((where, "must be true or false"))
    elif kind == "array":
        _check_parameter(spec, text, schema.get("items") or {}, where, out)
    else:
        _check_string(text, schema, where, out)


def check_request(
    spec: Spec,
    op: SpecOp,
    body: Any,
    query: Mapping[str, str],
    path: Mapping[str, str] | None = None,
    every: Mapping[str, tuple[str, ...]] | None = None,
) -> Violations:
    """Every way the request does not fit its operation in the spec (empty: it fits). ``every``
    holds each query parameter's values in order, when one was given more than once."""
    out: Violations = []
    for param in op.params:
        given = (path or {}).get(param.name) if param.where == "path" else query.get(param.name)
        if given is None:
            if param.required and param.where == "query":
                out.append((param.name, "is required"))
            continue
        values = ((every or {}).get(param.name) if param.where == "query" else None) or (given,)
        schema = spec.resolve(param.schema)
        if schema.get("type") == "array":  # a repeated field: each value (text) checked as an item
            for i, value in enumerate(values):
                _check_parameter(spec, value, schema.get("items") or {}, f"{param.name}[{i}]", out)
        elif len(values) > 1:  # as grpc-gateway's query parser refuses it
            out.append((param.name, f"is given {len(values)} times; it takes one value"))
        else:
            _check_parameter(spec, given, param.schema, param.name, out)
    if op.body is not None:
        check_value(spec, body, op.body, "", out)
    return out[:MAX_VIOLATIONS]

"""Answers written as the gateway's proto3 JSON writer does, from the spec's schema: fields at their
zero value left out (except those the spec requires), 64-bit integers as decimal strings, timestamps
in UTC with a ``Z``; and plausible values made up for fields nobody stored."""

from __future__ import annotations

import base64
import datetime
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from ._schema import INT_RANGES, NON_FINITE, parse_timestamp
from ._spec import Schema, Spec

_MAX_DEPTH = 24
#: AIP-164: a resource has these only once it was (soft-)deleted, so none is made up for a live one.
ONLY_ONCE_DELETED = frozenset({"deleteTime", "purgeTime", "expireTime"})


def timestamp(value: datetime.datetime, nanos: int | None = None) -> str:
    """protojson's form: UTC, ``Z``, and 0, 3, 6 or 9 fractional digits (``nanos``, when given,
    in place of the value's microseconds). A value no Timestamp holds is written as it is, never
    raised on: the writer answers whatever was stored."""
    try:
        value = value.astimezone(datetime.timezone.utc)
    except (OverflowError, ValueError):
        return value.isoformat()
    digits = f"{value.microsecond * 1000 if nanos is None else nanos:09d}"
    text = f"{value.year:04d}-{value:%m-%dT%H:%M:%S}"
    if int(digits):
        text += "." + next(digits[:width] for width in (3, 6, 9) if not int(digits[width:] or "0"))
    return text + "Z"


def now() -> str:
    return timestamp(datetime.datetime.now(datetime.timezone.utc))


def is_zero(value: Any, schema: Schema) -> bool:
    """Whether proto3 JSON leaves ``value`` out: "", 0, false, [], {}, or an enum's first member."""
    if isinstance(value, bool):
        return value is False
    if isinstance(value, int | float):
        return value == 0
    if isinstance(value, str):
        enum = schema.get("enum") or [""]
        return value in ("", enum[0])
    if isinstance(value, list | dict):
        return not value
    return value is None


def write(spec: Spec, value: Any, schema: Schema | None, *, drop_zeros: bool = True, depth: int = 0) -> Any:
    """``value`` (the emulator's stored form) as the wire carries it under ``schema``."""
    schema = spec.resolve(schema)
    if depth > _MAX_DEPTH:
        return value
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if isinstance(value, Mapping):
        props: Mapping[str, Any] = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        required = set(schema.get("required") or ())
        entries = not props  # a map (or free-form JSON): protojson writes every entry, "" and 0 too
        out: dict[str, Any] = {}
        for name, member in value.items():
            if member is None:
                continue
            sub = props.get(name, extra if isinstance(extra, Mapping) else {})
            written = write(spec, member, sub, drop_zeros=drop_zeros, depth=depth + 1)
            if drop_zeros and not entries and name not in required and is_zero(written, spec.resolve(sub)):
                continue
            out[str(name)] = written
        return out
    if isinstance(value, list | tuple):
        return [write(spec, v, schema.get("items"), drop_zeros=drop_zeros, depth=depth + 1) for v in value]
    fmt = schema.get("format")
    if kind == "string" and fmt in INT_RANGES and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if kind == "integer" and isinstance(value, str) and re.fullmatch(r"[+-]?[0-9]{1,21}", value.strip()):
        return int(value)
    if kind == "boolean" and isinstance(value, str):
        return value == "true"
    if kind == "number" and isinstance(value, str) and value not in NON_FINITE:  # (those stay text: proto3 JSON)
        try:
            return float(value)
        except ValueError:
            return value
    if fmt == "date-time":
        if isinstance(value, datetime.datetime):
            return timestamp(value)
        if isinstance(value, str):
            parsed = parse_timestamp(value)
            return timestamp(*parsed) if parsed is not None else value
    return value


def _words(name: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", name)]


#: Made-up text in the form a string's format asks for (a UUID of its own for each item and field).
_FORMATTED: dict[str, Callable[[str, str], str]] = {
    "date": lambda name, item: now()[:10],
    "uuid": lambda name, item: str(uuid.uuid5(uuid.NAMESPACE_URL, f"emulator:{item}:{name}")),
    "byte": lambda name, item: base64.b64encode(f"{name}-1".encode()).decode("ascii"),
    "binary": lambda name, item: base64.b64encode(f"{name}-1".encode()).decode("ascii"),
}


def made_up(spec: Spec, schema: Schema | None, name: str, hints: Mapping[str, Any], depth: int = 0) -> Any:
    """A plausible, non-zero value for a field called ``name`` of ``schema``; ``hints`` are known
    values by field name (the item's id, the path's parameters)."""
    schema = spec.resolve(schema)
    if name in hints and hints[name] not in (None, ""):
        return hints[name]
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    enum = schema.get("enum")
    if enum:
        return enum[1] if len(enum) > 1 else enum[0]
    fmt = schema.get("format")
    if kind == "string":
        if fmt == "date-time":
            return now()
        if fmt in INT_RANGES:
            return "1"
        if fmt in _FORMATTED:
            return _FORMATTED[fmt](name, str(hints.get("id", "")))
        words = _words(name) or ["value"]
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            for candidate in ("1", "1.5", "-".join(words) + "-1"):
                try:
                    if re.search(pattern, candidate):
                        return candidate
                except re.error:
                    break
        if "email" in words:
            return "user@emulator.invalid"
        if words[-1] in ("url", "uri", "endpoint", "link"):
            return f"https://{'-'.join(words[:-1]) or 'api'}.emulator.invalid/"
        if words[-1] == "id" and len(words) > 1:
            return "-".join(words[:-1]) + "-1"
        return "-".join(words) + "-1"
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        if depth > 3:
            return []
        return [made_up(spec, schema.get("items"), name, {}, depth + 1)]
    if kind == "object" or "properties" in schema:
        if depth > 3:
            return {}
        return fill(spec, {}, schema, {}, everything=True, depth=depth + 1)
    return "emulated"


def fill(
    spec: Spec,
    data: Mapping[str, Any],
    schema: Schema | None,
    hints: Mapping[str, Any],
    *,
    everything: bool,
    depth: int = 0,
) -> dict[str, Any]:
    """``data`` with the fields it lacks made up: the required ones and (``everything``) every
    scalar one, or else the read-only ones and those ``hints`` knows."""
    schema = spec.resolve(schema)
    out = dict(data)
    required = set(schema.get("required") or ())
    for name, sub in (schema.get("properties") or {}).items():
        if out.get(name) not in (None, "", [], {}):
            continue
        resolved = spec.resolve(sub)
        scalar = resolved.get("type") in ("string", "integer", "number", "boolean")
        wanted = name in required or name in hints or (scalar and (everything or resolved.get("readOnly")))
        if name in ONLY_ONCE_DELETED and name not in required and name not in hints:
            wanted = False
        if wanted:
            out[name] = made_up(spec, resolved, name, hints, depth)
    return out

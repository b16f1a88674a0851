"""Requests checked against their operation's types, read from the generated code: the body's
model (its fields' types and wire names) and each query parameter's spec type. So any
operation, a regenerated one included, answers a malformed request with field violations
instead of handing its handler values of the wrong shape."""

from __future__ import annotations

import datetime
import enum
import functools
import importlib
import math
import re
import types
import typing
from collections.abc import Mapping
from typing import Any

from cudo_async_api.api import ROUTES
from cudo_async_api.types import parse_datetime

#: Deeper values are refused: no real request nests this far.
MAX_DEPTH = 32
#: A request is answered with at most this many violations.
MAX_VIOLATIONS = 20

_TAG_OF = {operation: tag for tag, operation, _method, _path in ROUTES}
_INT = re.compile(r"^-?[0-9]+$")
Violations = list[tuple[str, str]]


@functools.cache
def _builder(operation: str) -> Any:
    tag = _TAG_OF.get(operation)
    return None if tag is None else importlib.import_module(f"cudo_async_api.api.{tag}.{operation}")


@functools.cache
def body_type(operation: str) -> Any:
    """The model an operation's request body is (None: it takes none, or the code does not say)."""
    module = _builder(operation)
    try:
        return typing.get_type_hints(module._request).get("body") if module is not None else None
    except Exception:  # a builder this reader does not understand: no check rather than a failure
        return None


@functools.cache
def _fields(model: type) -> tuple[dict[str, Any], dict[str, str]]:
    """A model's field types by Python name, and its wire names."""
    try:
        hints = typing.get_type_hints(model)
    except Exception:
        hints = {}
    table = getattr(model, "_fields", None)  # the generated field table; without one, no check
    names = {attr: wire for attr, wire, *_ in table()} if callable(table) else {}
    return hints, names


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and hasattr(tp, "from_dict") and hasattr(tp, "__attrs_attrs__")


def _what(tp: Any) -> str:
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "one of " + ", ".join(str(m.value) for m in tp)[:200]
    if _is_model(tp):
        return "an object"
    names = {str: "a string", bool: "true or false", int: "an integer", float: "a number"}
    return names.get(tp, "a date-time (RFC 3339)" if tp is datetime.datetime else "a value of its type")


def _fits_scalar(value: Any, tp: Any) -> bool:
    if tp is str:
        return isinstance(value, str)
    if tp is bool:
        return isinstance(value, bool)
    if tp is int:  # proto3 JSON: a number or a decimal string
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, str) and bool(_INT.match(value.strip()))
        )
    if tp is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return math.isfinite(value)
        if isinstance(value, str):
            try:
                float(value)
            except ValueError:
                return False
            return True
        return False
    if tp is datetime.datetime:
        if not isinstance(value, str):
            return False
        try:
            parse_datetime(value)
        except Exception:
            return False
        return True
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        known = {m.value for m in tp.__members__.values()}
        return (isinstance(value, str) and value in known) or (
            isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(known)
        )
    return True


def check_value(value: Any, tp: Any, where: str, out: Violations, depth: int = 0) -> None:
    """Append a violation to ``out`` for each part of ``value`` (parsed JSON) that does not fit ``tp``."""
    if len(out) >= MAX_VIOLATIONS:
        return
    if depth > MAX_DEPTH:
        out.append((where, f"nests deeper than {MAX_DEPTH} levels"))
        return
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        tp = options[0] if len(options) == 1 else Any
        origin = typing.get_origin(tp)
    if tp is Any or value is None:  # null is absent in proto3 JSON
        return
    if origin is list:
        if not isinstance(value, list):
            out.append((where, "must be a list"))
            return
        (item,) = typing.get_args(tp) or (Any,)
        for i, member in enumerate(value):
            check_value(member, item, f"{where}[{i}]", out, depth + 1)
        return
    if origin is dict:
        if not isinstance(value, dict):
            out.append((where, "must be an object"))
            return
        member_type = (typing.get_args(tp) or (str, Any))[-1]
        for key, member in value.items():
            check_value(member, member_type, f"{where}.{key}", out, depth + 1)
        return
    if _is_model(tp):
        if not isinstance(value, dict):
            out.append((where, "must be an object"))
            return
        hints, wire_names = _fields(tp)
        if not wire_names:  # a map: its entries are its additional properties
            member_type = (typing.get_args(hints.get("additional_properties", dict)) or (str, Any))[-1]
            for key, member in value.items():
                check_value(member, member_type, f"{where}.{key}" if where else key, out, depth + 1)
            return
        for name, wire in wire_names.items():
            if wire in value:
                check_value(value[wire], hints.get(name, Any), f"{where}.{wire}" if where else wire, out, depth + 1)
        return
    if not _fits_scalar(value, tp):
        out.append((where, f"must be {_what(tp)}"))


_QUERY_TYPES = {"str": str, "int": int, "float": float, "bool": bool, "datetime": datetime.datetime}


def check_query(operation: str, query: Mapping[str, str]) -> Violations:
    """Violations of the query parameters the operation's spec types (strings on the wire)."""
    module = _builder(operation)
    kinds: dict[str, tuple[str, str]] = getattr(module, "QUERY_TYPES", {}) if module is not None else {}
    out: Violations = []
    for wire, (_name, kind) in kinds.items():
        if wire not in query:
            continue
        value: Any = query[wire]
        tp = _QUERY_TYPES.get(kind.removeprefix("list:"), str)
        if tp is bool:
            value = {"true": True, "false": False}.get(value, value)
        check_value(value, tp, wire, out)
    return out


def check_request(operation: str, body: Any, query: Mapping[str, str]) -> Violations:
    """Every way the request does not fit its operation's types (empty: it fits)."""
    out = check_query(operation, query)
    model = body_type(operation)
    if model is not None:
        check_value(body, model, "", out)
    return out[:MAX_VIOLATIONS]

"""The one encoder of every value the SDK puts on the wire: path segments, query values, header
names and values, and the fields of a request body (the generated body checks call it too).

It knows every kind of value a caller may hand over: any ``enum.Enum`` member (the SDK's or the
caller's own) goes as its value, never its ``str()``; str, int and float subclasses as their plain
value; UUIDs as their canonical text; ``datetime`` (timezone-aware) and ``date`` in ISO 8601;
``Decimal`` as its text. ``bytes`` go in base64 where the spec says a value is bytes (``format:
byte``) and are never guessed at elsewhere (text or binary?): there they are refused with what to
write instead. What cannot travel faithfully is refused with ``ConfigurationError`` naming the
argument, before anything is sent, without echoing a value that may be secret. Pure.
"""

from __future__ import annotations

import base64
import datetime
import decimal
import enum
import math
import re
import uuid
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import quote

from cudo_async_api.types import secret_looking

from ._checks import finite, shown
from .errors import ConfigurationError


class _Misfit:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISFIT"


#: What ``python`` answers for a value that does not fit its kind.
MISFIT: Final = _Misfit()

#: Each kind (the spec's types, as the generated code names them) as an error says it.
EXPECTED: Final = {
    "str": "a str",
    "int": "an int",
    "int64": "an int",
    "float": "a finite number",
    "bool": "True or False",
    "datetime": "a timezone-aware datetime.datetime",
    "decimal": "a finite decimal.Decimal (or an int)",
    "date": "a datetime.date (not a datetime)",
    "uuid": "a uuid.UUID (or its str form)",
    "bytes": "bytes (sent in base64)",
    "enum": "a member of its enum (or its value)",
    "any": "a str, int, finite float, bool, UUID, date, timezone-aware datetime or Decimal",
}

_SUBCLASSES: Final = (str, int, float)


def _unicode(text: str) -> bool:
    """True for text that is valid Unicode (no lone surrogate), so that it can be sent at all."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


#: The words of an argument's or a field's name as an error writes it (``body.users[0].password``,
#: ``extra_query['access_token']``).
_NAME_PARTS: Final = re.compile(r"[^.\[\]'\"\s]+")


def got(value: Any, where: str, *, secret: bool = False) -> str:
    """How an error about ``where`` (the argument or field, as the error names it) names a refused
    value: its type, and its repr unless it may be secret: ``secret``, or any part of ``where``
    looks like a secret's name (``password``, ``access_token``, ``apiKey``...)."""
    secret = secret or any(secret_looking(part) for part in _NAME_PARTS.findall(where))
    if isinstance(value, str) and not _unicode(value):
        kind = "a str holding a lone surrogate, which cannot be sent (not valid Unicode)"
    elif isinstance(value, datetime.datetime) and value.tzinfo is None:
        kind = "a naive datetime (no tzinfo: pass tzinfo=datetime.timezone.utc)"
    elif isinstance(value, bytes | bytearray | memoryview):
        kind = "bytes (decode them to str, or base64 them, first)"
    else:
        kind = type(value).__name__
    if secret or isinstance(value, bytes | bytearray | memoryview):
        return f"{kind} (value not shown)"
    if value is None or isinstance(value, _SHOWN):
        return f"{kind} {shown(value)}"
    return kind  # an object's repr can be anything (an address, a secret): its type says enough


#: Values whose repr says what they are, shown in an error (unless they may be secret).
_SHOWN: Final = (str, int, float, decimal.Decimal, uuid.UUID, datetime.date, enum.Enum)


def _finite(number: float | decimal.Decimal) -> bool:
    return number.is_finite() if isinstance(number, decimal.Decimal) else math.isfinite(number)


def _plain_scalar(value: Any) -> Any:
    """A str, int or float subclass (a mixed-in enum's value included) as its plain value."""
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return int(value)
    return float(value)


def python(value: Any, kind: str) -> Any:
    """``value`` as the plain Python value a field or parameter of ``kind`` sends, or ``MISFIT``.

    Any enum member reads as its value first. ``int64`` stays an int and ``datetime`` a datetime
    (the models write their wire text); ``any`` takes every JSON value and writes the others
    (UUID, date, datetime, Decimal) as text.
    """
    if isinstance(value, enum.Enum):
        value = value.value
    if kind in ("str", "enum"):
        if isinstance(value, str):
            if not _unicode(value):
                return MISFIT
            return value if type(value) is str else str.__str__(value)
        if kind == "enum" and isinstance(value, int) and not isinstance(value, bool):
            return int(value)  # an enum the spec gives as numbers (enums_as_ints), or proto3's number form
        return str(value) if kind == "str" and isinstance(value, uuid.UUID) else MISFIT
    if kind in ("int", "int64"):
        if isinstance(value, int) and not isinstance(value, bool):
            return value if type(value) is int else int(value)
        return MISFIT
    if kind == "float":
        if finite(value) is not None:  # (an int past any float is no float)
            return value if type(value) in (int, float) else _plain_scalar(value)
        return MISFIT
    if kind == "bool":
        return bool(value) if isinstance(value, bool) else MISFIT
    if kind == "datetime":
        return value if isinstance(value, datetime.datetime) and value.tzinfo is not None else MISFIT
    if kind == "decimal":
        if isinstance(value, decimal.Decimal | int) and not isinstance(value, bool) and _finite(value):
            return value if type(value) in (int, decimal.Decimal) else decimal.Decimal(value)
        return MISFIT
    if kind == "date":
        return value if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime) else MISFIT
    if kind == "uuid":
        return _uuid(value)
    if kind == "bytes":
        return bytes(value) if isinstance(value, bytes | bytearray) else MISFIT
    return _any(value, 0)


def _uuid(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            return MISFIT
    return MISFIT


def _any(value: Any, depth: int) -> Any:
    """Any JSON value (containers included) with the other known kinds written as text."""
    if value is None or type(value) in (int, bool):
        return value
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, str):
        return _plain_scalar(value) if _unicode(value) else MISFIT
    if isinstance(value, bool | int):
        return _plain_scalar(value)
    if isinstance(value, float):
        return _plain_scalar(value) if math.isfinite(value) else MISFIT
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.isoformat() if value.tzinfo is not None else MISFIT
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value) if value.is_finite() else MISFIT
    if depth >= 64:
        return MISFIT
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            name = python(key, "str")
            done = _any(item, depth + 1)
            if name is MISFIT or done is MISFIT:
                return MISFIT
            out[name] = done
        return out
    if isinstance(value, list | tuple):
        items = [_any(item, depth + 1) for item in value]
        return MISFIT if any(item is MISFIT for item in items) else items
    return MISFIT


def json_value(value: Any, kind: str) -> Any:
    """``value`` in its JSON form for ``kind`` (a timestamp as RFC 3339 text, a Decimal as text),
    or ``MISFIT``: what a query parameter carries."""
    done = python(value, kind)
    if isinstance(done, datetime.date):  # a datetime too
        return done.isoformat()
    if isinstance(done, decimal.Decimal | uuid.UUID):
        return str(done)
    if isinstance(done, bytes):
        return base64.b64encode(done).decode("ascii")
    return done


def is_scalar(value: Any) -> bool:
    """True for a value a query parameter of any type can carry (no list, object or None, nor an
    enum member standing for one)."""
    if isinstance(value, enum.Enum):
        value = value.value
    return value is not None and not isinstance(value, Mapping | list | tuple) and python(value, "any") is not MISFIT


def text(value: Any) -> str:
    """A JSON scalar (as ``json_value`` gives it) as URL text; booleans as the API writes them."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return "" if value is None else str(value)


# --------------------------------------------------------------------------- paths and queries

_EMPTY_PATH_VALUES: Final = frozenset({"", ".", ".."})
#: RFC 3986's unreserved characters, which quote() leaves as they are.
_PLAIN = re.compile(r"[A-Za-z0-9_.~-]+\Z").match


def escaped(where: str, value: str) -> str:
    """``value`` percent-encoded as UTF-8 for a URL, every reserved character escaped."""
    try:
        return quote(value, safe="")
    except UnicodeEncodeError:
        raise ConfigurationError(
            f"{where} holds characters that cannot be sent in a URL (such as a lone surrogate)"
        ) from None


def path_segment(name: str, value: Any) -> str:
    """One path parameter, checked and escaped: an empty, ``.`` or ``..`` value would change
    which resource the request names, so it is refused before anything is sent."""
    text_value = python(value, "str")
    if text_value is MISFIT:
        raise ConfigurationError(f"{name} must be a str, got {type(value).__name__}")
    if text_value in _EMPTY_PATH_VALUES:
        raise ConfigurationError(f"{name} must be a non-empty id other than '.' or '..', got {text_value!r}")
    if _PLAIN(text_value):  # an id of unreserved characters: nothing to escape (the usual case)
        return str(text_value)
    return escaped(name, text_value)


def fill_path(template: str, values: Mapping[str, Any], types: Mapping[str, str] | None = None) -> str:
    """The path with each parameter checked and escaped (see ``path_segment``); one the spec types
    otherwise than a str (``types``: Python name -> kind) is written as its query value is."""
    if not values:
        return template
    segments = {}
    for name, value in values.items():
        kind = types.get(name, "str") if types else "str"
        segments[name] = path_segment(name, value if kind == "str" else text(query_value(name, kind, value)))
    return template.format_map(segments)


def query_value(name: str, kind: str, value: Any) -> Any:
    """One query value checked against its spec ``kind`` (``list:<kind>`` for a repeated one) and
    in its JSON form; a value of another type is refused, never sent as its ``str()``."""
    if kind.startswith("list:"):
        inner = kind[len("list:") :]
        if isinstance(value, list | tuple):
            items = [_query_scalar(inner, item) for item in value]
            if all(item is not MISFIT for item in items):
                return items
        expected = f"a list of {EXPECTED.get(inner, EXPECTED['any'])}"
        raise ConfigurationError(f"{name} must be {expected}, got {type(value).__name__}")
    done = _query_scalar(kind, value)
    if done is MISFIT:
        shown = got(value, name)
        raise ConfigurationError(f"{name} must be {EXPECTED.get(kind, EXPECTED['any'])}, got {shown}")
    return done


def _query_scalar(kind: str, value: Any) -> Any:
    if kind not in EXPECTED or kind == "any":  # a kind this SDK does not know (a newer spec): any scalar
        return json_value(value, "any") if is_scalar(value) else MISFIT
    return json_value(value, kind)


def check_query(params: Mapping[str, Any], types: Mapping[str, tuple[str, str]]) -> dict[str, Any]:
    """The query with each value checked against its spec type and in its JSON form (see ``query_value``)."""
    return {
        wire_name: query_value(*types.get(wire_name, (wire_name, "any")), value) for wire_name, value in params.items()
    }


def encode_query(what: str, params: Mapping[str, Any]) -> str:
    """``k=v&...``, every key and value escaped (a list repeats its key), as httpx2 writes a query."""
    pairs = []
    for name, value in params.items():
        key = escaped(f"{what}: the query parameter name {name!r}", str(name))
        for one in value if isinstance(value, list | tuple) else (value,):
            pairs.append(key + "=" + escaped(f"{what}: the query parameter {name}", text(one)))
    return "&".join(pairs)


# --------------------------------------------------------------------------- headers

#: RFC 9110's token: what a header name may be made of.
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
#: Control characters a header value cannot hold (a tab inside is allowed, RFC 9110 5.5).
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def header_name(where: str, name: Any) -> str:
    """A header name (an RFC 9110 token), as a plain str."""
    plain = python(name, "str")
    if plain is MISFIT or not _TOKEN.fullmatch(plain):
        raise ConfigurationError(f"{where}: {shown(name)} is not a valid header name")
    return str(plain)


def header_value(where: str, value: Any) -> str:
    """A header value that travels byte for byte on every transport: ASCII without control
    characters (CR, LF, NUL...) and without spaces around it (HTTP strips those, so what is
    signed or compared would differ). Refused otherwise, naming ``where``, never echoing the value."""
    plain = python(value, "str")
    if plain is MISFIT:
        raise ConfigurationError(f"{where} must be a str, got {got(value, where, secret=True)}")
    if not plain.isascii():  # non-latin-1 text and lone surrogates too; latin-1 differs by transport
        raise ConfigurationError(
            f"{where} holds a character outside ASCII (value not shown): header values travel as ASCII; "
            "percent-encode or base64 it"
        )
    if _CONTROL.search(plain):
        raise ConfigurationError(
            f"{where} holds a line break, NUL or another control character (value not shown); remove it"
        )
    if plain != plain.strip(" \t"):
        raise ConfigurationError(
            f"{where} has spaces or tabs around it (value not shown), which HTTP drops in transit; strip it"
        )
    return str(plain)

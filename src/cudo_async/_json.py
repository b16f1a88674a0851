"""The one function that parses an answer's JSON.

``json.loads`` is one C call: on a 20 MB answer it holds the interpreter lock for a fifth of a
second, and the event loop, though the parse runs in a worker thread, waits that long. A large
answer is therefore parsed in pieces of about ``PIECE`` characters, each by ``json.loads``, so
that between two pieces the lock can pass to the loop: the top-level object member by member,
and a long array of objects in runs of items. A run ends after a ``}`` followed by ``,``; such
a cut inside a string or a nested value leaves a piece that is not valid JSON, so the next
such place is tried. The result, and every error, is exactly ``json.loads``'s.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: Bodies from this size on are parsed in pieces (below it one ``json.loads`` is short enough).
PIECES_FROM = 1 << 20
#: About how many characters one piece holds (~5 ms of parsing).
PIECE = 1 << 19

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_ITEM_END = re.compile(r"\}[ \t\n\r]*,")
_SCANNER = json.JSONDecoder()
_scan = _SCANNER.scan_once  # type: ignore[attr-defined]
_keys = _SCANNER.parse_string  # type: ignore[attr-defined]


def parse_json(body: bytes) -> Any:
    """``json.loads(body)``, in pieces for a large body (same result, same errors)."""
    if len(body) < PIECES_FROM:
        return json.loads(body)
    try:
        text = body.decode(json.detect_encoding(body), "surrogatepass")
        value, end = _value(text, _WHITESPACE.match(text, 0).end(), 0)  # type: ignore[union-attr]
        if _WHITESPACE.match(text, end).end() != len(text):  # type: ignore[union-attr]
            raise ValueError("extra data")
    except (ValueError, StopIteration, IndexError, RecursionError):
        return json.loads(body)  # not plain JSON: json.loads gives its own answer or its own error
    return value


def _value(text: str, i: int, depth: int) -> tuple[Any, int]:
    """The JSON value at ``i`` and where it ends: the top-level object member by member."""
    first = text[i]
    if first == "[" and depth <= 1:
        return _long_array(text, i)
    if depth >= 1 or first != "{":
        return _scan(text, i)  # type: ignore[no-any-return]
    ws = _WHITESPACE.match
    i = ws(text, i + 1).end()  # type: ignore[union-attr]
    members: dict[str, Any] = {}
    if text[i] == "}":
        return members, i + 1
    while True:
        if text[i] != '"':
            raise ValueError("expected a member name")
        key, i = _keys(text, i + 1, True)
        i = ws(text, i).end()  # type: ignore[union-attr]
        if text[i] != ":":
            raise ValueError("expected :")
        member, i = _value(text, ws(text, i + 1).end(), depth + 1)  # type: ignore[union-attr]
        members[key] = member
        i = ws(text, i).end()  # type: ignore[union-attr]
        if text[i] == "}":
            return members, i + 1
        if text[i] != ",":
            raise ValueError("expected , or }")
        i = ws(text, i + 1).end()  # type: ignore[union-attr]


def _long_array(text: str, i: int) -> tuple[list[Any], int]:
    """The array at ``i`` in runs of items of about ``PIECE`` characters each."""
    items: list[Any] = []
    start = i + 1  # the first character of the next run
    look_from = start + PIECE
    misses = 0
    while look_from < len(text) and misses < 8:  # a long string full of "},": the rest in one go
        cut = _ITEM_END.search(text, look_from)
        if cut is None:
            break
        try:
            run = json.loads("[" + text[start : cut.start() + 1] + "]")
        except ValueError:  # the cut fell inside a string or a nested value: try the next one
            look_from, misses = cut.end(), misses + 1
            continue
        misses = 0
        items.extend(run)
        start = cut.end()
        look_from = start + PIECE
    rest, end = _scan("[" + text[start:], 0)  # the last run, up to the array's own end
    items.extend(rest)
    return items, start + end - 1

"""Body excerpts for error messages, with secrets taken out of the decoded structure, not the text.

A member name is compared as JSON decodes it (``"ke\\u0079"`` is ``key``), a secret value of any
shape (a string, an object, a list) is replaced whole, and the body's encoding is read as JSON's
(UTF-8, -16 or -32). A body that is not JSON (often one cut short) is unescaped and ends before
its first secret-looking member. Pure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from cudo_async_api.types import secret_looking, without_secrets

#: Bodies larger than this are not parsed for an excerpt: their start is shown as text.
MAX_PARSE = 1 << 20

_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
# A quoted member name holding a secret-looking word, and the colon after it.
_SECRET_NAME = re.compile(r'"[^"]*(?:pass|secret|token|key|credential)[^"]*"\s*:', re.IGNORECASE)
# The same in text that is not JSON: ``password=...``, ``api_key: ...``.
_SECRET_WORD = re.compile(r"[\w-]*(?:pass|secret|token|key|credential)[\w-]*\s*[=:]", re.IGNORECASE)


#: The credentials part of a URL (``user:password@``, up to the authority's last ``@``).
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s'\"<>]*@")
#: The same without a scheme (``user:password@host``, as a proxy variable may be written): a user,
#: a colon and a password before an ``@`` (an e-mail address has no colon, and stays).
_BARE_USERINFO = re.compile(r"[^\s/@'\"<>=:,;()\[\]]*:[^\s/@'\"<>]*@")


def without_userinfo(text: str) -> str:
    """``text`` with the credentials of every URL in it taken out (a proxy's ``user:password@``,
    which some libraries put in their messages, with a scheme or without; a base URL written with them)."""
    if "@" not in text:
        return text
    return _BARE_USERINFO.sub("***@", _USERINFO.sub(r"\1***@", text))


class Withheld(tuple[str, ...]):
    """The SDK's own secrets met by one exchange (the key it sent, a proxy's credentials): what
    server text is scrubbed of. Its repr shows none of them."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"<{len(self)} secrets withheld>"


def _forms(secrets: Sequence[str]) -> list[bytes]:
    """Each secret as a server may echo it: as sent, JSON-escaped, percent-encoded (longest first)."""
    found: set[bytes] = set()
    for secret in secrets:
        if not isinstance(secret, str) or len(secret) < 4:  # shorter: it would blank out ordinary words
            continue
        for form in (secret, json.dumps(secret)[1:-1], secret.replace("/", "\\/"), quote(secret, safe="")):
            found.add(form.encode("utf-8", "replace"))
    return sorted(found, key=len, reverse=True)


def scrubbed(data: bytes, secrets: Sequence[str], *, cut: bool = False) -> bytes:
    """``data`` (server text: a body, a header value) with every one of the SDK's own ``secrets``
    that it echoes replaced by ``***``. ``cut``: the data was cut short, so a secret's start at its
    very end is taken off too. The same bytes when there is nothing to take out."""
    if not secrets or not data:
        return data
    forms = _forms(secrets)
    for form in forms:
        if form in data:
            data = data.replace(form, b"***")
    if cut:
        for form in forms:
            start = next((k for k in range(len(form) - 1, 3, -1) if data.endswith(form[:k])), 0)
            if start:
                data = data[:-start] + b"***"
    return data


def scrubbed_text(text: str, secrets: Sequence[str]) -> str:
    """:func:`scrubbed` for text (a library's message that may quote what a server sent)."""
    if not secrets or not any(isinstance(s, str) and len(s) >= 4 and s in text for s in secrets):
        return text
    return scrubbed(text.encode("utf-8", "surrogatepass"), secrets).decode("utf-8", "replace")


def body_text(body: bytes) -> str:
    """The body as text, in the encoding JSON would read it with (a BOM or UTF-16/32 included)."""
    try:
        encoding = json.detect_encoding(body)
    except Exception:  # detect_encoding takes bytes; never let an odd body escape
        encoding = "utf-8"
    text = body.decode(encoding, "replace")
    return text.removeprefix("\ufeff")


def _cut_before_secrets(text: str) -> str:
    text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    first = _SECRET_NAME.search(text) or _SECRET_WORD.search(text)
    return text if first is None else text[: first.end()] + ' "***" ...'


def excerpt(body: bytes, limit: int) -> str:
    """At most ``limit`` characters of ``body`` for a message, with no secret-looking member's value."""
    if len(body) <= MAX_PARSE:
        try:
            parsed: Any = json.loads(body_text(body))
        except (ValueError, RecursionError):
            pass
        else:
            shown = json.dumps(without_secrets(parsed), ensure_ascii=False, separators=(", ", ": "), default=str)
            return shown[:limit]
    # Only the start is read (an answer may be megabytes); escapes may make it longer than shown.
    return _cut_before_secrets(body_text(body[: limit * 8]))[:limit]


def secret_values(body: bytes) -> list[str]:
    """The string forms of the secret-looking members' values in a JSON body (none if it is not JSON),
    so that text quoting one of them (a decoder's message) can be withheld."""
    if len(body) > MAX_PARSE:
        return []
    try:
        parsed: Any = json.loads(body_text(body))
    except (ValueError, RecursionError):
        return []
    found: list[str] = []
    stack: list[tuple[Any, int]] = [(parsed, 0)]
    while stack and len(found) < 1000:
        value, depth = stack.pop()
        if depth > 32:
            continue
        if isinstance(value, dict):
            for name, member in value.items():
                if secret_looking(name):
                    found.extend(_leaves(member))
                else:
                    stack.append((member, depth + 1))
        elif isinstance(value, list):
            stack.extend((member, depth + 1) for member in value)
    return [text for text in found if len(text) >= 4]


def _leaves(value: Any, depth: int = 0) -> list[str]:
    if depth > 32:
        return []
    if isinstance(value, dict):
        return [leaf for member in value.values() for leaf in _leaves(member, depth + 1)]
    if isinstance(value, list):
        return [leaf for member in value for leaf in _leaves(member, depth + 1)]
    return [] if value is None or isinstance(value, bool) else [str(value)]


def withheld(text: str, body: bytes) -> str:
    """``text`` unless it quotes a secret-looking member's value from ``body``."""
    secrets = secret_values(body)
    if any(secret in text for secret in secrets):
        return "(the decoder's message is withheld: it quotes a secret member's value)"
    return text

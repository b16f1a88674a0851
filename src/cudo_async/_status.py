"""google.rpc's canonical codes, in one table (gRPC number, usual HTTP status), and the AIP-193
error body. Shared by the error decoder and the emulator, so the two cannot drift apart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

#: The ``@type`` of every standard detail starts with this.
DETAIL_TYPE_PREFIX = "type.googleapis.com/google.rpc."

#: name -> (gRPC number, the HTTP status a gateway usually answers with)
CODES: Mapping[str, tuple[int, int]] = {
    "OK": (0, 200),
    "CANCELLED": (1, 499),
    "UNKNOWN": (2, 500),
    "INVALID_ARGUMENT": (3, 400),
    "DEADLINE_EXCEEDED": (4, 504),
    "NOT_FOUND": (5, 404),
    "ALREADY_EXISTS": (6, 409),
    "PERMISSION_DENIED": (7, 403),
    "RESOURCE_EXHAUSTED": (8, 429),
    "FAILED_PRECONDITION": (9, 400),
    "ABORTED": (10, 409),
    "OUT_OF_RANGE": (11, 400),
    "UNIMPLEMENTED": (12, 501),
    "INTERNAL": (13, 500),
    "UNAVAILABLE": (14, 503),
    "DATA_LOSS": (15, 500),
    "UNAUTHENTICATED": (16, 401),
}
NAME_BY_NUMBER: Mapping[int, str] = {number: name for name, (number, _) in CODES.items()}
#: Every canonical name with its case and separators left out, as spellings are matched; Go's
#: ``codes.Code.String()`` writes them in CamelCase (``NotFound``), and ``Canceled`` the US way.
_BY_SQUASHED: Mapping[str, str] = {name.replace("_", ""): name for name in CODES} | {"CANCELED": "CANCELLED"}


def canonical_name(text: str) -> str | None:
    """The canonical code a ``status`` string names, in any of the spellings servers use
    (``NOT_FOUND``, ``not_found``, ``NotFound``, ``Not Found``), or None for text that names none."""
    squashed = "".join(ch for ch in text if ch.isascii() and ch.isalnum()).upper()
    return _BY_SQUASHED.get(squashed) if len(text) <= 64 else None


def code_number(value: object) -> int | None:
    """A gRPC ``code`` as proto3 JSON may write it (a number, or its decimal text), if canonical."""
    if isinstance(value, str) and value.isascii() and value.strip().isdigit() and len(value) <= 4:
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value in NAME_BY_NUMBER:
        return value
    return None


def grpc_number(status: str) -> int:
    """The gRPC number of a canonical code (2, UNKNOWN, for a name this SDK does not know)."""
    return CODES.get(status, CODES["UNKNOWN"])[0]


def http_status(status: str) -> int:
    """The HTTP status a gateway usually gives a canonical code (500 for an unknown one)."""
    return CODES.get(status, CODES["UNKNOWN"])[1]


def status_body(
    status: str, message: str, details: Iterable[Mapping[str, Any]] = (), *, http: int | None = None
) -> dict[str, Any]:
    """The documented AIP-193 body: ``code`` is the HTTP status."""
    return {
        "code": http if http is not None else http_status(status),
        "status": status,
        "message": message,
        "details": [dict(d) for d in details],
    }

"""The pure error decoder: (HTTP status, headers, body bytes) -> the matching :class:`APIError`.
No I/O, and it never raises: whatever the body holds, an ``APIError`` comes back."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _redact
from ._status import NAME_BY_NUMBER, canonical_name, code_number
from .errors import (
    MAX_BODY_PARSE,
    MAX_TEXT,
    AbortedError,
    AlreadyExistsError,
    APIError,
    DataLossError,
    DeadlineExceededError,
    FailedPreconditionError,
    InternalError,
    InvalidArgumentError,
    NotFoundError,
    OutOfRangeError,
    PermissionDeniedError,
    RequestCancelledError,
    ResourceExhaustedError,
    UnauthenticatedError,
    UnavailableError,
    UnimplementedError,
    UnknownError,
    _bounded,
)

if TYPE_CHECKING:
    import httpx2

    from ._details import Detail

# The usual HTTP status of each canonical code, read backwards; used only when the body says nothing.
_STATUS_BY_HTTP = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ABORTED",
    412: "FAILED_PRECONDITION",
    416: "OUT_OF_RANGE",
    429: "RESOURCE_EXHAUSTED",
    499: "CANCELLED",
    500: "INTERNAL",
    501: "UNIMPLEMENTED",
    502: "UNAVAILABLE",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}

_CLASS_BY_STATUS: dict[str, type[APIError]] = {
    cls.STATUS: cls
    for cls in (
        InvalidArgumentError,
        FailedPreconditionError,
        OutOfRangeError,
        UnauthenticatedError,
        PermissionDeniedError,
        NotFoundError,
        AlreadyExistsError,
        AbortedError,
        ResourceExhaustedError,
        RequestCancelledError,
        DeadlineExceededError,
        InternalError,
        UnimplementedError,
        UnavailableError,
        DataLossError,
        UnknownError,
    )
    if cls.STATUS
}


def status_for_http(http_status: int) -> str:
    """The canonical code an HTTP status most likely stands for, when nothing else says."""
    return _STATUS_BY_HTTP.get(http_status, "UNKNOWN")


def canonical_status(http_status: int, body: Mapping[str, Any] | None) -> str:
    """The canonical code: from ``status`` when it names one (in any spelling), else a gRPC number
    in ``code``, else a ``status`` that names no code kept as sent, else the HTTP status. OK (0)
    is no error: the HTTP status decides."""
    if body is None:
        return status_for_http(http_status)
    status = body.get("status")
    given = status.strip() if isinstance(status, str) else ""
    named = canonical_name(given) if given else None
    if named is not None and named != "OK":
        return named
    code = code_number(body.get("code"))
    if code:
        return NAME_BY_NUMBER[code]
    if given and named is None:
        return _bounded(given.upper(), 64)  # a code this SDK does not know (newer ones are additive)
    return status_for_http(http_status)


_ASCII_DIGITS = re.compile(r"[0-9]+")


def parse_retry_after(value: str | None, now: datetime.datetime | None = None) -> datetime.timedelta | None:
    """``Retry-After`` as delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if _ASCII_DIGITS.fullmatch(value):  # str.isdigit() also accepts digits int() refuses, like "²"
        return datetime.timedelta(seconds=int(value) if len(value) <= 9 else 10**9)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return max(when - now, datetime.timedelta(0))


def _body_object(body: bytes) -> Mapping[str, Any] | None:
    if not body or len(body) > MAX_BODY_PARSE:
        return None
    try:
        parsed = json.loads(body)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return None
    if isinstance(parsed, Mapping) and isinstance(parsed.get("error"), Mapping):
        parsed = parsed["error"]  # Google's {"error": {...}} envelope
    return parsed if isinstance(parsed, Mapping) else None


def decode_error(
    http_status: int,
    headers: Mapping[str, str],
    body: bytes,
    *,
    method: str | None = None,
    url: str | None = None,
    response: httpx2.Response | None = None,
    now: datetime.datetime | None = None,
) -> APIError:
    """Turn a non-2xx answer into the matching :class:`APIError` subclass. Pure; never raises."""
    from ._details import UnknownDetail, decode_detail  # loaded with the first error, not at import

    headers = {str(k).lower(): str(v) for k, v in headers.items()}
    obj = _body_object(body)
    status = canonical_status(http_status, obj)
    message = ""
    details: tuple[Detail, ...] = ()
    raw_details: tuple[Any, ...] = ()
    if obj is not None:
        raw_message = obj.get("message")
        message = raw_message if isinstance(raw_message, str) else ("" if raw_message is None else str(raw_message))
        listed = obj.get("details")
        if isinstance(listed, list):
            raw_details = tuple(listed[:64])
            details = tuple(decode_detail(d) for d in raw_details)
        elif listed is not None:
            details = (UnknownDetail(type_url="", raw={"details": listed}),)
    elif body:
        excerpt = _redact.excerpt(body, MAX_TEXT)
        kind = headers.get("content-type", "").split(";")[0] or "unknown type"
        message = f"non-AIP-193 body ({kind}, {len(body)} bytes): {excerpt}"
    cls = _CLASS_BY_STATUS.get(status, UnknownError)
    return cls(
        message,
        http_status=http_status,
        status=status,
        details=details,
        headers=headers,
        method=method,
        url=url,
        response=response,
        raw_details=raw_details,
        retry_after=parse_retry_after(headers.get("retry-after"), now),
    )

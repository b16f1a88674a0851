"""Exceptions raised by the SDK, the AIP-193 detail types, and the pure error decoder.

Every exception the SDK raises is a :class:`CudoError`. A non-2xx answer becomes an
:class:`APIError` subclass chosen by its canonical code, so callers ``except`` on
meaning (``except errors.NotFoundError``) and read structured details
(``err.reason``, ``err.retry_delay``, ``err.field_violations``) instead of parsing text.

:func:`decode_error` is a pure function of (HTTP status, headers, body bytes): it does
no I/O and never raises; whatever the body holds, it returns an ``APIError``.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

if TYPE_CHECKING:
    import httpx2

__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AbortedError",
    "AlreadyExistsError",
    "BadRequest",
    "ClientClosedError",
    "ConfigurationError",
    "CudoError",
    "DataLossError",
    "DeadlineExceededError",
    "DebugInfo",
    "ErrorInfo",
    "FailedPreconditionError",
    "FieldViolation",
    "Help",
    "HelpLink",
    "InternalError",
    "InvalidArgumentError",
    "InvalidResponseError",
    "LocalizedMessage",
    "NotFoundError",
    "OutOfRangeError",
    "PermissionDeniedError",
    "PreconditionFailure",
    "PreconditionViolation",
    "QuotaFailure",
    "QuotaViolation",
    "RequestCancelledError",
    "RequestInfo",
    "ResourceExhaustedError",
    "ResourceInfo",
    "RetryInfo",
    "UnauthenticatedError",
    "UnavailableError",
    "UnimplementedError",
    "UnknownDetail",
    "UnknownError",
    "WaitError",
    "WaitTimeoutError",
    "decode_error",
]

#: Bodies larger than this are not parsed; only an excerpt is kept.
MAX_BODY_PARSE = 1 << 20
#: Longest message or excerpt an exception carries.
MAX_TEXT = 500


def _bounded(text: str, limit: int = MAX_TEXT) -> str:
    text = "".join(ch if ch.isprintable() or ch == " " else " " for ch in text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


# A JSON member whose name looks like it holds a secret (password, apiKey, secretKey, token, ...).
_SECRET_MEMBER = re.compile(r'("[^"]*(?:pass|secret|token|key)[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*("|$)', re.IGNORECASE)


def _redact_secrets(text: str) -> str:
    """``text`` (a body excerpt) with the string values of secret-looking members replaced."""
    return _SECRET_MEMBER.sub(r'\1"***"', text)


# --------------------------------------------------------------------------- details


@attrs.frozen
class ErrorInfo:
    """Why the error happened: a machine-readable ``reason`` within a ``domain``."""

    reason: str = ""
    domain: str = ""
    #: Values are strings in the standard; CUDO also sends lists, kept as tuples.
    metadata: Mapping[str, str | tuple[str, ...]] = attrs.field(factory=dict)


@attrs.frozen
class RetryInfo:
    """How long the server asks the client to wait before retrying."""

    retry_delay: datetime.timedelta | None = None


@attrs.frozen
class DebugInfo:
    stack_entries: tuple[str, ...] = ()
    detail: str = ""


@attrs.frozen
class QuotaViolation:
    subject: str = ""
    description: str = ""
    api_service: str = ""
    quota_metric: str = ""
    quota_id: str = ""
    quota_dimensions: Mapping[str, str] = attrs.field(factory=dict)
    quota_value: int | None = None
    future_quota_value: int | None = None


@attrs.frozen
class QuotaFailure:
    violations: tuple[QuotaViolation, ...] = ()


@attrs.frozen
class PreconditionViolation:
    type: str = ""
    subject: str = ""
    description: str = ""


@attrs.frozen
class PreconditionFailure:
    violations: tuple[PreconditionViolation, ...] = ()


@attrs.frozen
class LocalizedMessage:
    locale: str = ""
    message: str = ""


@attrs.frozen
class FieldViolation:
    """One invalid field of the request (``field`` is a path such as ``body.vmId``)."""

    field: str = ""
    description: str = ""
    reason: str = ""
    localized_message: LocalizedMessage | None = None


@attrs.frozen
class BadRequest:
    field_violations: tuple[FieldViolation, ...] = ()


@attrs.frozen
class RequestInfo:
    request_id: str = ""
    serving_data: str = ""


@attrs.frozen
class ResourceInfo:
    resource_type: str = ""
    resource_name: str = ""
    owner: str = ""
    description: str = ""


@attrs.frozen
class HelpLink:
    description: str = ""
    url: str = ""


@attrs.frozen
class Help:
    links: tuple[HelpLink, ...] = ()


@attrs.frozen
class UnknownDetail:
    """A detail of a type this SDK does not know (or could not read): kept as sent."""

    type_url: str
    raw: Mapping[str, Any]


Detail = (
    ErrorInfo
    | RetryInfo
    | DebugInfo
    | QuotaFailure
    | PreconditionFailure
    | BadRequest
    | RequestInfo
    | ResourceInfo
    | Help
    | LocalizedMessage
    | UnknownDetail
)


def _str(obj: Mapping[str, Any], key: str) -> str:
    value = obj.get(key)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    raise TypeError(key)


def _list(obj: Mapping[str, Any], key: str) -> list[Any]:
    value = obj.get(key)
    if value is None:
        return []
    if isinstance(value, list):
        return value
    raise TypeError(key)


def _obj(value: Any) -> Mapping[str, Any]:
    if isinstance(value, Mapping):
        return value
    raise TypeError("expected an object")


def _opt_int(obj: Mapping[str, Any], key: str) -> int | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool):
        raise TypeError(key)
    return int(value)


_ASCII_DIGITS = re.compile(r"[0-9]+")
_DURATION = re.compile(r"^\s*(-?[0-9]+(?:\.[0-9]{0,9})?)s\s*$")


def parse_duration(value: Any) -> datetime.timedelta | None:
    """A protobuf Duration in JSON (``"1.5s"``), as an object, or plain seconds; None if unreadable."""
    seconds: float
    if isinstance(value, str):
        match = _DURATION.match(value)
        if not match:
            return None
        seconds = float(match.group(1))
    elif isinstance(value, Mapping):
        try:
            seconds = float(value.get("seconds", 0) or 0) + float(value.get("nanos", 0) or 0) / 1e9
        except (TypeError, ValueError):
            return None
    elif isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    else:
        return None
    if not seconds >= 0:  # negative, or NaN
        return None
    # Any larger ask is kept as a very long one, like the same Retry-After: never dropped.
    return datetime.timedelta(seconds=min(seconds, 1e9))


def _error_info(o: Mapping[str, Any]) -> ErrorInfo:
    metadata: dict[str, str | tuple[str, ...]] = {}
    for key, value in _obj(o.get("metadata") or {}).items():
        if isinstance(value, list):
            metadata[str(key)] = tuple(str(v) for v in value)
        else:
            metadata[str(key)] = str(value)
    return ErrorInfo(reason=_str(o, "reason"), domain=_str(o, "domain"), metadata=metadata)


def _retry_info(o: Mapping[str, Any]) -> RetryInfo:
    return RetryInfo(retry_delay=parse_duration(o.get("retryDelay")))


def _debug_info(o: Mapping[str, Any]) -> DebugInfo:
    return DebugInfo(stack_entries=tuple(str(s) for s in _list(o, "stackEntries")), detail=_str(o, "detail"))


def _quota_failure(o: Mapping[str, Any]) -> QuotaFailure:
    violations = []
    for item in _list(o, "violations"):
        v = _obj(item)
        violations.append(
            QuotaViolation(
                subject=_str(v, "subject"),
                description=_str(v, "description"),
                api_service=_str(v, "apiService"),
                quota_metric=_str(v, "quotaMetric"),
                quota_id=_str(v, "quotaId"),
                quota_dimensions={str(k): str(x) for k, x in _obj(v.get("quotaDimensions") or {}).items()},
                quota_value=_opt_int(v, "quotaValue"),
                future_quota_value=_opt_int(v, "futureQuotaValue"),
            )
        )
    return QuotaFailure(violations=tuple(violations))


def _precondition_failure(o: Mapping[str, Any]) -> PreconditionFailure:
    return PreconditionFailure(
        violations=tuple(
            PreconditionViolation(type=_str(v, "type"), subject=_str(v, "subject"), description=_str(v, "description"))
            for v in map(_obj, _list(o, "violations"))
        )
    )


def _localized(o: Mapping[str, Any]) -> LocalizedMessage:
    return LocalizedMessage(locale=_str(o, "locale"), message=_str(o, "message"))


def _bad_request(o: Mapping[str, Any]) -> BadRequest:
    return BadRequest(
        field_violations=tuple(
            FieldViolation(
                field=_str(v, "field"),
                description=_str(v, "description"),
                reason=_str(v, "reason"),
                localized_message=_localized(_obj(v["localizedMessage"])) if v.get("localizedMessage") else None,
            )
            for v in map(_obj, _list(o, "fieldViolations"))
        )
    )


def _request_info(o: Mapping[str, Any]) -> RequestInfo:
    return RequestInfo(request_id=_str(o, "requestId"), serving_data=_str(o, "servingData"))


def _resource_info(o: Mapping[str, Any]) -> ResourceInfo:
    return ResourceInfo(
        resource_type=_str(o, "resourceType"),
        resource_name=_str(o, "resourceName"),
        owner=_str(o, "owner"),
        description=_str(o, "description"),
    )


def _help(o: Mapping[str, Any]) -> Help:
    return Help(
        links=tuple(
            HelpLink(description=_str(v, "description"), url=_str(v, "url")) for v in map(_obj, _list(o, "links"))
        )
    )


_DETAIL_PARSERS: dict[str, Any] = {
    "google.rpc.ErrorInfo": _error_info,
    "google.rpc.RetryInfo": _retry_info,
    "google.rpc.DebugInfo": _debug_info,
    "google.rpc.QuotaFailure": _quota_failure,
    "google.rpc.PreconditionFailure": _precondition_failure,
    "google.rpc.BadRequest": _bad_request,
    "google.rpc.RequestInfo": _request_info,
    "google.rpc.ResourceInfo": _resource_info,
    "google.rpc.Help": _help,
    "google.rpc.LocalizedMessage": _localized,
}


def decode_detail(raw: Any) -> Detail:
    """One entry of ``details``; anything unknown or malformed is kept as :class:`UnknownDetail`."""
    if not isinstance(raw, Mapping):
        return UnknownDetail(type_url="", raw={"value": raw})
    type_url = raw.get("@type")
    type_url = type_url if isinstance(type_url, str) else ""
    parser = _DETAIL_PARSERS.get(type_url.rsplit("/", 1)[-1])
    if parser is not None:
        try:
            detail: Detail = parser(raw)
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError):
            pass
        else:
            return detail
    return UnknownDetail(type_url=type_url, raw=dict(raw))


# --------------------------------------------------------------------------- exceptions


class CudoError(Exception):
    """Root of every exception the SDK raises."""

    #: For errors of one API call: how many attempts the call made, retries included.
    attempts: int = 1

    def add_hint(self, hint: str) -> None:
        """Append advice for the caller to the message (what to check, what to do next)."""
        if self.args and isinstance(self.args[0], str) and hint not in self.args[0]:
            self.args = (f"{self.args[0]}; {hint}", *self.args[1:])


class ConfigurationError(CudoError):
    """The client cannot be used as configured: no key, a malformed key, an insecure URL, bad options."""


class ClientClosedError(ConfigurationError):
    """The client was closed: before the call, or while the call was in flight."""


class WaitError(CudoError):
    """A wait (such as ``wait_for_vm``) ended in a state from which the wanted one cannot be reached."""

    def __init__(self, message: str, *, state: str | None = None, resource: Any = None) -> None:
        super().__init__(_bounded(message))
        #: The last state seen.
        self.state = state
        #: The last resource seen (for ``wait_for_vm``, the ``VM`` model).
        self.resource = resource


class WaitTimeoutError(WaitError):
    """A wait ran out of time before the wanted state was reached."""


class _RequestError(CudoError):
    """An error tied to one API call."""

    method: str | None = None
    url: str | None = None


class APIConnectionError(_RequestError):
    """No HTTP answer: the connection failed, was reset, or the protocol broke."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(_bounded(message))
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out before an answer arrived."""


class InvalidResponseError(_RequestError):
    """A 2xx answer whose body cannot be decoded into the operation's model."""

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        http_status: int | None = None,
        excerpt: str = "",
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        self.operation = operation
        self.http_status = http_status
        self.excerpt = _bounded(excerpt, 200)
        self.method = method
        self.url = url
        where = f"{operation}: " if operation else ""
        tail = f" (body starts: {self.excerpt!r})" if self.excerpt else ""
        super().__init__(_bounded(f"{where}{message}") + tail)


class APIError(_RequestError):
    """The server answered with a non-2xx status. Subclasses name the canonical code."""

    #: The canonical code this class stands for (``None`` on the base class).
    STATUS: ClassVar[str | None] = None

    def __init__(
        self,
        message: str,
        *,
        http_status: int,
        status: str,
        details: tuple[Detail, ...] = (),
        headers: Mapping[str, str] | None = None,
        method: str | None = None,
        url: str | None = None,
        response: httpx2.Response | None = None,
        raw_details: tuple[Any, ...] = (),
        retry_after: datetime.timedelta | None = None,
    ) -> None:
        self.http_status = http_status
        self._raw_details = raw_details
        self._retry_after = retry_after
        #: Canonical code name, e.g. ``"NOT_FOUND"`` (kept as sent when unknown).
        self.status = status
        #: The canonical gRPC number of ``status`` (2, UNKNOWN, for names this SDK does not know).
        self.code = _NUMBER_BY_STATUS.get(status, 2)
        self.message = _bounded(message)
        self.details = details
        self.method = method
        self.url = url
        self.response = response
        header_id = (headers or {}).get("x-request-id") or (headers or {}).get("request-id") or None
        info = self._first(RequestInfo)
        self.request_id: str | None = (info.request_id if info and info.request_id else None) or header_id
        super().__init__(self._render())

    def _render(self) -> str:
        text = f"{self.status} (HTTP {self.http_status}): {self.message or '(no message)'}"
        if self.reason:
            text += f" [reason={self.reason}]"
        if self.method and self.url:
            text += f" [{self.method} {self.url}]"
        if self.request_id:
            text += f" [request_id={_bounded(self.request_id, 100)}]"
        return text

    def _first(self, kind: type[Any]) -> Any:
        return next((d for d in self.details if isinstance(d, kind)), None)

    @property
    def error_info(self) -> ErrorInfo | None:
        info: ErrorInfo | None = self._first(ErrorInfo)
        return info

    @property
    def reason(self) -> str | None:
        return self.error_info.reason if self.error_info else None

    @property
    def domain(self) -> str | None:
        return self.error_info.domain if self.error_info else None

    @property
    def metadata(self) -> Mapping[str, str | tuple[str, ...]]:
        return self.error_info.metadata if self.error_info else {}

    @property
    def retry_delay(self) -> datetime.timedelta | None:
        """How long the server asked to wait: ``RetryInfo.retryDelay``, else the ``Retry-After`` header."""
        info: RetryInfo | None = self._first(RetryInfo)
        if info and info.retry_delay is not None:
            return info.retry_delay
        return self._retry_after

    @property
    def field_violations(self) -> tuple[FieldViolation, ...]:
        return tuple(v for d in self.details if isinstance(d, BadRequest) for v in d.field_violations)

    def to_dict(self) -> dict[str, Any]:
        """The error as an AIP-193 body (``code`` is the HTTP status), details as the server sent them."""
        return {
            "code": self.http_status,
            "status": self.status,
            "message": self.message,
            "details": [d for d in self._raw_details if isinstance(d, Mapping)],
        }

    def __reduce__(self) -> Any:  # keep pickling simple: message and status survive
        return (_rebuild, (type(self), str(self), self.http_status, self.status))


def _rebuild(cls: type[APIError], text: str, http_status: int, status: str) -> APIError:
    return cls(text, http_status=http_status, status=status)


class InvalidArgumentError(APIError):
    STATUS = "INVALID_ARGUMENT"


class FailedPreconditionError(APIError):
    STATUS = "FAILED_PRECONDITION"


class OutOfRangeError(APIError):
    STATUS = "OUT_OF_RANGE"


class UnauthenticatedError(APIError):
    STATUS = "UNAUTHENTICATED"


class PermissionDeniedError(APIError):
    STATUS = "PERMISSION_DENIED"


class NotFoundError(APIError):
    STATUS = "NOT_FOUND"


class AlreadyExistsError(APIError):
    STATUS = "ALREADY_EXISTS"


class AbortedError(APIError):
    STATUS = "ABORTED"


class ResourceExhaustedError(APIError):
    STATUS = "RESOURCE_EXHAUSTED"


class RequestCancelledError(APIError):
    STATUS = "CANCELLED"


class DeadlineExceededError(APIError):
    STATUS = "DEADLINE_EXCEEDED"


class InternalError(APIError):
    STATUS = "INTERNAL"


class UnimplementedError(APIError):
    STATUS = "UNIMPLEMENTED"


class UnavailableError(APIError):
    STATUS = "UNAVAILABLE"


class DataLossError(APIError):
    STATUS = "DATA_LOSS"


class UnknownError(APIError):
    """UNKNOWN, or a canonical code this SDK does not know (``status`` keeps it)."""

    STATUS = "UNKNOWN"


# --------------------------------------------------------------------------- decoding

_STATUS_BY_NUMBER = {
    1: "CANCELLED",
    2: "UNKNOWN",
    3: "INVALID_ARGUMENT",
    4: "DEADLINE_EXCEEDED",
    5: "NOT_FOUND",
    6: "ALREADY_EXISTS",
    7: "PERMISSION_DENIED",
    8: "RESOURCE_EXHAUSTED",
    9: "FAILED_PRECONDITION",
    10: "ABORTED",
    11: "OUT_OF_RANGE",
    12: "UNIMPLEMENTED",
    13: "INTERNAL",
    14: "UNAVAILABLE",
    15: "DATA_LOSS",
    16: "UNAUTHENTICATED",
}
_NUMBER_BY_STATUS = {name: number for number, name in _STATUS_BY_NUMBER.items()}

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


def canonical_status(http_status: int, body: Mapping[str, Any] | None) -> str:
    """The canonical code: from ``status``, else a gRPC number in ``code``, else the HTTP status."""
    if body is not None:
        status = body.get("status")
        if isinstance(status, str) and status.strip():
            return _bounded(status.strip().upper(), 64)
        code = body.get("code")
        if isinstance(code, int) and not isinstance(code, bool) and code in _STATUS_BY_NUMBER:
            return _STATUS_BY_NUMBER[code]
    return _STATUS_BY_HTTP.get(http_status, "UNKNOWN")


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
        when = when.replace(tzinfo=datetime.UTC)
    now = now or datetime.datetime.now(datetime.UTC)
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
        excerpt = body[:MAX_TEXT].decode("utf-8", "replace")
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

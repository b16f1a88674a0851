"""Exceptions raised by the SDK, the AIP-193 detail types, and the pure error decoder.

Every exception the SDK raises is a :class:`CudoError`::

    CudoError
    ├── ConfigurationError           no or malformed key, insecure URL, bad options, wrong event loop
    │   └── ClientClosedError        the client was closed (before or during the call)
    ├── FeatureUnavailableError      a helper (wait_for_vm, ...) needs what the SDK's spec no longer has
    ├── RateLimiterError             the shared rate limiter is unreachable and set to raise
    ├── KeyRotationError             rotate_api_key stopped at one of its steps (generate, verify, revoke)
    ├── WaitError                    a wait ended in a state from which the wanted one cannot follow
    │   ├── WaitTimeoutError         a wait ran out of time
    │   └── FleetWaitError           some VMs of a wait_for_vms did not get there (raise_for_failures)
    ├── APIConnectionError           no HTTP answer: refused, reset, broken protocol
    │   └── APITimeoutError          the attempt's timeout or the call's deadline passed
    ├── InvalidResponseError         an answer that cannot be used: undecodable, too large, a redirect
    └── APIError                     a non-2xx answer; one subclass per canonical code:
        ├── InvalidArgumentError, FailedPreconditionError, OutOfRangeError
        ├── UnauthenticatedError, PermissionDeniedError
        ├── NotFoundError, AlreadyExistsError, AbortedError, ResourceExhaustedError
        ├── RequestCancelledError, DeadlineExceededError, UnavailableError
        └── InternalError, UnimplementedError, DataLossError, UnknownError

So callers ``except`` on meaning (``except errors.NotFoundError``) and read structured details
(``err.reason``, ``err.retry_delay``, ``err.field_violations``) instead of parsing text. Every
error of a call carries ``attempts``; the message says what happened and what to do.

The pure decoder from (HTTP status, headers, body bytes) to these classes is ``_decode.decode_error``:
it needs the exception tree, the tree does not need it.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from ._status import grpc_number, status_body

if TYPE_CHECKING:
    import httpx2

    from ._details import (
        BadRequest,
        DebugInfo,
        Detail,
        ErrorInfo,
        FieldViolation,
        Help,
        HelpLink,
        LocalizedMessage,
        PreconditionFailure,
        PreconditionViolation,
        QuotaFailure,
        QuotaViolation,
        RequestInfo,
        ResourceInfo,
        RetryInfo,
        UnknownDetail,
    )

# The detail types are loaded with the first error that has details (they cost as much to import
# as the rest of this module); they are public from here all the same.
_DETAIL_TYPES = frozenset(
    {
        "BadRequest",
        "DebugInfo",
        "Detail",
        "ErrorInfo",
        "FieldViolation",
        "Help",
        "HelpLink",
        "LocalizedMessage",
        "PreconditionFailure",
        "PreconditionViolation",
        "QuotaFailure",
        "QuotaViolation",
        "RequestInfo",
        "ResourceInfo",
        "RetryInfo",
        "UnknownDetail",
    }
)


def __getattr__(name: str) -> Any:
    if name in _DETAIL_TYPES:
        from . import _details

        value = getattr(_details, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "FeatureUnavailableError",
    "FieldViolation",
    "FleetWaitError",
    "Help",
    "HelpLink",
    "InternalError",
    "InvalidArgumentError",
    "InvalidResponseError",
    "KeyRotationError",
    "LocalizedMessage",
    "NotFoundError",
    "OutOfRangeError",
    "PermissionDeniedError",
    "PreconditionFailure",
    "PreconditionViolation",
    "QuotaFailure",
    "QuotaViolation",
    "RateLimiterError",
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
]

#: Bodies larger than this are not parsed; only an excerpt is kept.
MAX_BODY_PARSE = 1 << 20
#: Longest message or excerpt an exception carries.
MAX_TEXT = 500
#: Longest request id kept from an answer.
MAX_ID = 100


def _bounded(text: str, limit: int = MAX_TEXT) -> str:
    """Text from a server (or any text an error shows) made safe to print: each control or format
    character (line breaks, terminal escapes, bidi overrides, NUL) a space, surrounding spaces
    stripped, at most ``limit`` characters. Every string of an error answer passes here."""
    text = text[: 2 * limit + 64]  # cleaning never lengthens it: the rest is never looked at
    if not text.isprintable():
        text = "".join(ch if ch.isprintable() else " " for ch in text)
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def exception_text(exc: BaseException, limit: int = MAX_TEXT) -> str:
    """The message of any exception (a plug-in's, a library's, a custom transport's), cleaned and
    bounded like server text: never raising, even for one whose ``__str__`` raises. Every place
    the SDK takes an exception's text for its own messages and logs takes it here."""
    try:
        text = str(exc)
    except Exception as failure:  # its __str__ (or its argument's) raised: say so, and go on
        return f"(its message cannot be shown: str() raised {type(failure).__name__})"
    return _bounded(text, limit)


# --------------------------------------------------------------------------- exceptions


class CudoError(Exception):
    """Root of every exception the SDK raises."""

    #: For errors of one API call: how many attempts the call made, retries included.
    attempts: int = 1

    def __reduce__(self) -> Any:
        # Errors cross process boundaries (task queues): keep the message as shown and every
        # attribute, but not the live HTTP response.
        state = {k: v for k, v in self.__dict__.items() if k != "response"}
        return (_restore, (type(self), self.args, state))

    def add_hint(self, hint: str) -> None:
        """Append advice for the caller to the message (what to check, what to do next)."""
        if self.args and isinstance(self.args[0], str) and hint not in self.args[0]:
            self.args = (f"{self.args[0]}; {hint}", *self.args[1:])


def _restore(cls: type[CudoError], args: tuple[Any, ...], state: dict[str, Any]) -> CudoError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ConfigurationError(CudoError):
    """The client (or the emulator) cannot be used as configured: no key, a malformed key, an
    insecure URL, bad options."""


class ClientClosedError(ConfigurationError):
    """The client was closed: before the call, or while the call was in flight."""


class FeatureUnavailableError(CudoError):
    """A hand-written feature (``wait_for_vm``, ``rotate_api_key``, ...) needs an operation, field or
    enum member that the spec this SDK was generated from does not have (``make spec`` marked that
    change breaking). Raised before anything is sent; the operations themselves still work."""

    def __init__(self, feature: str, missing: tuple[str, ...] | list[str]) -> None:
        super().__init__(
            f"{feature} cannot work with the spec this SDK was generated from: it needs {', '.join(missing)}, "
            "which that spec does not have; call the API's operations directly, or use an SDK generated "
            "from a spec that has them"
        )
        #: The feature, as its method is called.
        self.feature = feature
        #: What it needs that the spec lacks, as ``make spec`` names it.
        self.missing = tuple(missing)


class RateLimiterError(CudoError):
    """The shared rate limiter could not be reached and is set to fail rather than fall back
    (``RedisRateLimiter(on_unavailable="raise")``); the call was not sent."""


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


class FleetWaitError(WaitError):
    """Some VMs of a ``wait_for_vms`` did not reach the wanted state (raised by
    ``FleetWaitResult.raise_for_failures``); ``failures`` holds each one's own ``WaitError``."""

    def __init__(self, message: str, *, failures: Mapping[str, WaitError]) -> None:
        super().__init__(message)
        #: vm_id -> why that VM did not get there (a WaitTimeoutError when time ran out).
        self.failures = dict(failures)


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
        hint = ""
        if raw_details or details:  # the detail types load with the first error that has details
            from ._details import DEPTH_KEPT, UnknownDetail, bounded_depth, holds_cut

            # Kept as sent down to DEPTH_KEPT levels: a 500-deep array must not stop pickle or deepcopy.
            raw_details = tuple(bounded_depth(d) for d in raw_details)
            if any(holds_cut(d) for d in raw_details) or any(isinstance(d, UnknownDetail) and d.cut for d in details):
                hint = f" (details nested deeper than {DEPTH_KEPT} levels were cut)"
        self._raw_details = raw_details
        self._retry_after = retry_after
        #: Canonical code name, e.g. ``"NOT_FOUND"`` (kept as sent when unknown).
        self.status = status
        #: The canonical gRPC number of ``status`` (2, UNKNOWN, for names this SDK does not know).
        self.code = grpc_number(status)
        self.details = details
        self.message = _bounded(message, MAX_TEXT - len(hint)) + hint
        self.method = method
        self.url = url
        self.response = response
        header_id = (headers or {}).get("x-request-id") or (headers or {}).get("request-id") or None
        info = self._first("RequestInfo")
        request_id = (info.request_id if info and info.request_id else None) or header_id
        self.request_id: str | None = _bounded(request_id, MAX_ID) if request_id else None
        super().__init__(self._render())

    def _render(self) -> str:
        text = f"{self.status} (HTTP {self.http_status}): {self.message or '(no message)'}"
        if self.reason:
            text += f" [reason={_bounded(self.reason, 200)}]"
        if self.method and self.url:
            text += f" [{self.method} {self.url}]"
        if self.request_id:
            text += f" [request_id={self.request_id}]"
        return text

    def _first(self, kind: str) -> Any:
        if not self.details:  # no detail type is needed (nor loaded) for an error without details
            return None
        cls = __getattr__(kind)
        return next((d for d in self.details if isinstance(d, cls)), None)

    @property
    def error_info(self) -> ErrorInfo | None:
        info: ErrorInfo | None = self._first("ErrorInfo")
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
        info: RetryInfo | None = self._first("RetryInfo")
        if info and info.retry_delay is not None:
            return info.retry_delay
        return self._retry_after

    @property
    def field_violations(self) -> tuple[FieldViolation, ...]:
        bad_request = __getattr__("BadRequest") if self.details else ()
        return tuple(v for d in self.details if isinstance(d, bad_request) for v in d.field_violations)

    def to_dict(self) -> dict[str, Any]:
        """The error as an AIP-193 body (``code`` is the HTTP status), details as the server sent them."""
        details = [d for d in self._raw_details if isinstance(d, Mapping)]
        return status_body(self.status, self.message, details, http=self.http_status)


class InvalidArgumentError(APIError):
    """INVALID_ARGUMENT (400): the request itself is wrong; ``field_violations`` says where. Fix
    it; a repeat fails the same way.
    """

    STATUS = "INVALID_ARGUMENT"

    def _render(self) -> str:
        # The message names the fields; what is wrong with each is in the violations: say it too.
        violations = self.field_violations
        if not violations:
            return super()._render()
        from cudo_async_api.types import secret_looking

        shown = []
        for v in violations[:_SHOWN_VIOLATIONS]:
            secret = secret_looking(v.field)  # a description may echo a secret field's value
            what = "(description withheld: a secret field)" if secret else (v.description or v.reason or "invalid")
            shown.append(f"{_bounded(v.field, 100) or '(no field)'}: {_bounded(what, 200)}")
        if len(violations) > _SHOWN_VIOLATIONS:
            shown.append(f"and {len(violations) - _SHOWN_VIOLATIONS} more (see field_violations)")
        return f"{super()._render()}; " + "; ".join(shown)


_SHOWN_VIOLATIONS = 5


class FailedPreconditionError(APIError):
    """FAILED_PRECONDITION (400): the resource is not in a state that allows this (a running VM, an
    attached disk). Change the state first.
    """

    STATUS = "FAILED_PRECONDITION"


class OutOfRangeError(APIError):
    """OUT_OF_RANGE (400): a value is past the valid range, such as a page past the end."""

    STATUS = "OUT_OF_RANGE"


class UnauthenticatedError(APIError):
    """UNAUTHENTICATED (401): the API key is missing, wrong or revoked. Check the key; retrying will not help."""

    STATUS = "UNAUTHENTICATED"


class PermissionDeniedError(APIError):
    """PERMISSION_DENIED (403): the key is valid but may not do this in that project or billing account."""

    STATUS = "PERMISSION_DENIED"


class NotFoundError(APIError):
    """NOT_FOUND (404): the resource (or its project) does not exist, or is not visible to this key."""

    STATUS = "NOT_FOUND"


class AlreadyExistsError(APIError):
    """ALREADY_EXISTS (409): a resource with that id exists. After a retried create, an earlier
    attempt most likely made it (``attempts`` > 1).
    """

    STATUS = "ALREADY_EXISTS"


class AbortedError(APIError):
    """ABORTED (409): a concurrent change got in the way; read the resource again and retry the whole step."""

    STATUS = "ABORTED"


class ResourceExhaustedError(APIError):
    """RESOURCE_EXHAUSTED (429): rate limit or quota. Retried with back-off; raised when the
    retries give up. ``retry_delay`` says how long the server asked to wait.
    """

    STATUS = "RESOURCE_EXHAUSTED"


class RequestCancelledError(APIError):
    """CANCELLED (499): the server saw the request cancelled."""

    STATUS = "CANCELLED"


class DeadlineExceededError(APIError):
    """DEADLINE_EXCEEDED (504): the server ran out of time; the call may still have been applied."""

    STATUS = "DEADLINE_EXCEEDED"


class InternalError(APIError):
    """INTERNAL (500): a fault on the server's side."""

    STATUS = "INTERNAL"


class UnimplementedError(APIError):
    """UNIMPLEMENTED (501): the server does not offer this operation."""

    STATUS = "UNIMPLEMENTED"


class UnavailableError(APIError):
    """UNAVAILABLE (503): the service is down for a moment; retried with back-off for calls that are safe to repeat."""

    STATUS = "UNAVAILABLE"


class DataLossError(APIError):
    """DATA_LOSS (500): the server lost or corrupted data."""

    STATUS = "DATA_LOSS"


class UnknownError(APIError):
    """UNKNOWN, or a canonical code this SDK does not know (``status`` keeps it)."""

    STATUS = "UNKNOWN"


class KeyRotationError(CudoError):
    """``rotate_api_key`` stopped at ``step`` ("generate", "verify" or "revoke"). The client is on
    a working key: the old one, unless the failure came at "revoke" (then on the new one, whose
    secret is ``new_key``: store it). ``cleanup`` says what is left to tidy up ("" for nothing);
    the API's error is the cause."""

    #: The new key (a ``cudo_async.NewAPIKey``) when the client already switched to it; never pickled.
    new_key: Any = None

    def __init__(self, message: str, *, step: str, cleanup: str = "", new_key: Any = None) -> None:
        super().__init__(message)
        self.step = step
        self.cleanup = cleanup
        self.new_key = new_key

    def __reduce__(self) -> Any:
        # The new key's secret never leaves the process inside an error.
        state = {k: v for k, v in self.__dict__.items() if k not in ("response", "new_key")}
        return (_restore, (type(self), self.args, state))

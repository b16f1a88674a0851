"""One call's plan: its URL (checked and escaped), its body, how its answer is decoded, and how
each way an attempt can fail reads for the retry driver (the one place that classification is made)."""

from __future__ import annotations

import base64
import datetime
import enum
import json
import math
import platform
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar
from urllib.parse import quote, urlsplit

import anyio
import attrs
import httpx2
from cudo_async_api.types import OperationRequest, RawAnswer

from . import _redact, errors
from ._call_options import Headers, check_headers, is_query_scalar
from ._decode import decode_error
from ._json import parse_json
from ._retry import AttemptFailed, Failure
from ._transport import Answer, ExchangeFailed, Kind

R = TypeVar("R")

#: Answers larger than this are decoded in a worker thread, so the event loop keeps running.
DECODE_IN_THREAD = 1 << 20
#: How long past its timeout an attempt may run: the HTTP client's own timeouts fire first, and
#: they tell a connect timeout (never sent) from a read timeout (maybe applied).
GRACE = 0.05

_EMPTY_PATH_VALUES = frozenset({"", ".", ".."})
#: RFC 3986's unreserved characters, which quote() leaves as they are.
_PLAIN = re.compile(r"[A-Za-z0-9_.~-]+\Z").match


def user_agent() -> str:
    from . import __version__

    return f"cudo-async/{__version__} Python/{platform.python_version()} httpx2/{httpx2.__version__}"


def fill_path(template: str, values: Mapping[str, Any], types: Mapping[str, str] | None = None) -> str:
    """The path with each parameter checked and escaped: an empty, ``.`` or ``..`` value would
    change which resource the request names, so it is refused before anything is sent. A
    parameter the spec types otherwise than str (``types``) is encoded as the query encodes it."""
    if not values:
        return template
    escaped: dict[str, str] = {}
    for name, given in values.items():
        kind = types.get(name, "str") if types else "str"
        value = given if kind == "str" else _query_value(kind, given)
        if value is not _MISFIT and kind != "str":
            value = _query_text(value)
        if not isinstance(value, str):
            expected = _QUERY_EXPECTED.get(kind, "a str")
            raise errors.ConfigurationError(f"{name} must be {expected}, got {type(given).__name__}")
        if value in _EMPTY_PATH_VALUES:
            raise errors.ConfigurationError(f"{name} must be a non-empty id other than '.' or '..', got {value!r}")
        if _PLAIN(value):  # an id of unreserved characters: nothing to escape (the usual case)
            escaped[name] = value
            continue
        try:
            escaped[name] = quote(value, safe="")
        except UnicodeEncodeError:
            raise errors.ConfigurationError(
                f"{name} holds characters that cannot be sent in a URL (such as a lone surrogate)"
            ) from None
    return template.format_map(escaped)


#: What each spec kind of query parameter takes, as an error says it.
_QUERY_EXPECTED = {
    "str": "a str",
    "int": "an int",
    "float": "a finite number",
    "bool": "True or False",
    "datetime": "a datetime.datetime",
    "date": "a datetime.date (not a datetime)",
    "uuid": "a uuid.UUID (or its str form)",
    "bytes": "bytes",
    "enum": "a member of its enum (or its value)",
    "any": "a str, int, float or bool",
}


def _query_value(kind: str, value: Any) -> Any:
    """``value`` encoded for the query when it fits ``kind``; ``_MISFIT`` when it does not."""
    if kind == "str":
        return value if isinstance(value, str) else _MISFIT
    if kind == "int":
        return value if isinstance(value, int) and not isinstance(value, bool) else _MISFIT
    if kind == "float":
        fits = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        return value if fits else _MISFIT
    if kind == "bool":
        return value if isinstance(value, bool) else _MISFIT
    if kind == "datetime":
        return value.isoformat() if isinstance(value, datetime.datetime) else _MISFIT
    if kind == "date":
        is_date = isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
        return value.isoformat() if is_date else _MISFIT
    if kind == "uuid":
        return _uuid_text(value)
    if kind == "bytes":
        return base64.b64encode(bytes(value)).decode("ascii") if isinstance(value, bytes | bytearray) else _MISFIT
    if kind == "enum":
        if isinstance(value, enum.Enum):
            value = value.value  # an enum of names, or one of numbers (the spec's enums_as_ints)
        return value if isinstance(value, str | int) and not isinstance(value, bool) else _MISFIT
    # A kind this facade does not know (a newer spec): any scalar, never an object's repr.
    return value if is_query_scalar(value) else _MISFIT


_MISFIT = object()


def _uuid_text(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    try:
        return str(uuid.UUID(value)) if isinstance(value, str) else _MISFIT
    except ValueError:
        return _MISFIT


def check_header_params(params: Mapping[str, Any], types: Mapping[str, tuple[str, str]]) -> Headers:
    """An operation's own headers (its header parameters, and the media its answer comes in), each
    value checked against its spec type and encoded as the query encodes it, then checked as
    ``extra_headers`` are (a line break or a non-ASCII character is refused; the value is not shown)."""
    text: dict[str, str] = {}
    for wire_name, value in params.items():
        name, kind = types.get(wire_name, (wire_name, "str"))
        result = _query_value(kind, value)
        if result is _MISFIT:
            expected = _QUERY_EXPECTED.get(kind, _QUERY_EXPECTED["any"])
            raise errors.ConfigurationError(f"{name} must be {expected}, got {type(value).__name__}")
        text[wire_name] = _query_text(result)
    try:
        return check_headers(text)
    except errors.ConfigurationError as exc:
        raise errors.ConfigurationError(str(exc).replace("extra_headers", "a header parameter")) from None


def check_query(params: Mapping[str, Any], types: Mapping[str, tuple[str, str]]) -> dict[str, Any]:
    """The query with each value checked against its spec type and encoded; a value of another
    type is refused (``ConfigurationError`` naming the parameter) instead of sent as its ``str()``."""
    encoded: dict[str, Any] = {}
    for wire_name, value in params.items():
        name, kind = types.get(wire_name, (wire_name, "any"))
        if kind.startswith("list:"):
            inner = kind[len("list:") :]
            items = list(value) if isinstance(value, list | tuple) else None
            done = None if items is None else [_query_value(inner, item) for item in items]
            if done is None or any(item is _MISFIT for item in done):
                expected = f"a list of {_QUERY_EXPECTED.get(inner, _QUERY_EXPECTED['any'])}"
                raise errors.ConfigurationError(f"{name} must be {expected}, got {type(value).__name__}")
            encoded[wire_name] = done
            continue
        result = _query_value(kind, value)
        if result is _MISFIT:
            expected = _QUERY_EXPECTED.get(kind, _QUERY_EXPECTED["any"])
            raise errors.ConfigurationError(f"{name} must be {expected}, got {type(value).__name__}")
        encoded[wire_name] = result
    return encoded


#: The longest URL sent (httpx2 refuses longer ones; servers refuse far shorter).
MAX_URL = 65_536


def _query_text(value: Any) -> str:
    """One query value as text; booleans as the API's own boolean parameters are written."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return "" if value is None else str(value)


def encode_query(what: str, params: Mapping[str, Any]) -> str:
    """``k=v&...``, every key and value escaped (a list repeats its key), as httpx2 writes a query."""
    pairs = []
    try:
        for name, value in params.items():
            for one in value if isinstance(value, list | tuple) else (value,):
                pairs.append(quote(str(name), safe="") + "=" + quote(_query_text(one), safe=""))
    except UnicodeEncodeError:
        raise errors.ConfigurationError(
            f"{what}: a query parameter cannot be sent (UnicodeEncodeError); check for lone surrogates"
        ) from None
    return "&".join(pairs)


def _checked_url(what: str, target: str) -> str:
    if len(target) > MAX_URL:
        raise errors.ConfigurationError(f"{what}: the URL would be {len(target):,} characters (at most {MAX_URL:,})")
    return target


def encode_json(body: Any) -> bytes:
    try:
        return json.dumps(body, separators=(",", ":"), allow_nan=False).encode()
    except ValueError as exc:  # NaN or Infinity in a float field: not JSON
        raise errors.ConfigurationError(f"the request body cannot be sent as JSON: {exc}") from None


def _host_port(url: str) -> str:
    """The host and port a URL connects to, for a connection error's message."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.hostname}:{port}"


def _status_in_success(data: Any) -> bool:
    """A 2xx body that is really an error: an AIP-193 Status with a non-zero code, or an envelope."""
    if type(data) is not dict:
        return False
    if len(data) == 1 and isinstance(data.get("error"), dict):
        return True
    code = data.get("code")
    return (
        type(code) is int
        and code != 0
        and isinstance(data.get("message"), str)
        and data.keys() <= {"code", "message", "status", "details"}
    )


#: Every key of the contract with the generated code; a key outside it is refused, not dropped.
_HANDLED = OperationRequest.__required_keys__ | OperationRequest.__optional_keys__


@attrs.frozen
class Call(Generic[R]):
    """What stays the same across the attempts of one call, and how its failures read."""

    operation: str
    method: str
    url: str
    what: str
    #: The URL with its query, escaped: what goes on the wire.
    target: str
    content: bytes | None
    decode: Callable[[Any], R]
    #: The path as the spec names it (``/v1/projects/{projectId}/vms/{id}``), for logs and spans.
    template: str
    #: The operation's own headers (its header parameters; the media a non-JSON answer comes in).
    headers: Headers = ()
    #: Names (lower case) of the operation's header parameters: extra_headers may not set them.
    header_names: frozenset[str] = frozenset()
    #: The answer is not JSON: the decoder gets a ``RawAnswer`` (its bytes and content type).
    raw: bool = False

    @classmethod
    def build(cls, operation: str, request: OperationRequest, decode: Callable[[Any], R], base_url: str) -> Call[R]:
        unknown = request.keys() - _HANDLED
        if unknown:  # generated code newer than this facade: never drop part of a request silently
            raise errors.ConfigurationError(
                f"{operation}: the request carries {', '.join(sorted(unknown))}, which this version of the SDK "
                "cannot send; regenerate (make generate) or update cudo-async"
            )
        method = request["method"]
        path = fill_path(request["path"], request["path_params"], request.get("path_types"))
        url = base_url + path
        what = f"{operation} ({method} {path})"
        content = encode_json(request["json"]) if "json" in request else None
        params = request.get("params")
        query = check_query(params, request.get("query_types", {})) if params else None
        target = _checked_url(what, url + "?" + encode_query(what, query) if query else url)
        own, raw, header_types = request.get("headers"), request.get("raw_answer", False), request.get("header_types")
        if not own and not raw and not header_types:
            return cls(operation, method, url, what, target, content, decode, request["path"])
        header_types = header_types or {}
        return cls(
            operation, method, url, what, target, content, decode, request["path"],
            headers=check_header_params(own, header_types) if own else (),
            header_names=frozenset(name.lower() for name in header_types),
            raw=raw,
        )  # fmt: skip

    def with_query(self, extra: Mapping[str, Any]) -> Call[R]:
        """This call with ``extra`` query parameters after its own (a caller's ``extra_query``)."""
        if not extra:
            return self
        joiner = "&" if len(self.target) > len(self.url) else "?"
        return attrs.evolve(self, target=_checked_url(self.what, self.target + joiner + encode_query(self.what, extra)))

    def transport_failed(self, failed: ExchangeFailed, timeout: float, cap: int) -> AttemptFailed:
        """Classify a failed exchange: the one place where a transport's failure becomes "never
        sent", "may have been applied" or "answered". Anything a transport cannot place (another
        library's own exception) is BROKEN: possibly received, so a POST is never repeated on a guess."""
        kind, method, url = failed.kind, self.method, self.url
        error: errors.CudoError
        if kind is Kind.CONNECT_TIMEOUT:
            text = f"{self.what}: could not connect within the attempt's timeout (timeout={timeout:.3g}s)"
            error, failure = errors.APITimeoutError(text, method=method, url=url), Failure.NOT_SENT
        elif kind is Kind.CONNECT:
            text = f"{self.what}: could not connect to {_host_port(self.url)}: {failed.text}"
            error, failure = errors.APIConnectionError(text, method=method, url=url), Failure.NOT_SENT
        elif kind is Kind.READ_TIMEOUT:
            text = f"{self.what}: no complete answer within the attempt's timeout (timeout={timeout:.3g}s)"
            error, failure = errors.APITimeoutError(text, method=method, url=url), Failure.AMBIGUOUS
        elif kind is Kind.TOO_LARGE:
            return self.too_large(failed.size, cap, failed.status)
        elif kind is Kind.UNDECODABLE:
            status = failed.status or None
            text = f"{self.what}: {failed.text}"
            error = errors.InvalidResponseError(text, http_status=status, method=method, url=url)
            failure = Failure.ANSWERED
        else:
            error = errors.APIConnectionError(f"{self.what}: {failed.text}", method=method, url=url)
            failure = Failure.AMBIGUOUS
        if failed.cause is not None:
            error.__cause__ = failed.cause
        return AttemptFailed(error, failure)

    def timed_out(self, *, sent: bool, seconds: float, deadline: bool) -> AttemptFailed:
        which = f"the call's deadline (RetryPolicy.deadline={seconds:g}s)" if deadline else f"timeout={seconds:g}s"
        where = "waiting for the answer" if sent else "queued for the key, a concurrency slot or the rate limit"
        error = errors.APITimeoutError(f"{self.what}: {which} passed while {where}", method=self.method, url=self.url)
        return AttemptFailed(error, Failure.AMBIGUOUS if sent else Failure.NOT_SENT)

    def redirected(self, answer: Answer) -> AttemptFailed:
        target = answer.headers.get("location", "(no Location header)")
        error = errors.InvalidResponseError(
            f"HTTP {answer.status} redirect to {errors._bounded(target, 200)}: the SDK does not follow "
            "redirects (the key and the body would go elsewhere); check base_url",
            http_status=answer.status,
            method=self.method,
            url=self.url,
        )
        return AttemptFailed(error, Failure.ANSWERED)

    def too_large(self, size: int, cap: int, status: int) -> AttemptFailed:
        error = errors.InvalidResponseError(
            f"{self.what}: the answer is larger than max_response_bytes ({size:,} > {cap:,} bytes); "
            "raise max_response_bytes if such answers are expected",
            http_status=status,
            method=self.method,
            url=self.url,
        )
        return AttemptFailed(error, Failure.ANSWERED)

    def api_error(self, answer: Answer) -> errors.APIError:
        return decode_error(
            answer.status,
            answer.headers,
            answer.body,
            method=self.method,
            url=self.url,
            response=answer.response(self.method, self.url),
        )

    def decode_success(self, answer: Answer) -> R:
        """The success model, or AttemptFailed carrying the decoded error. No await: may run in a thread."""
        body = answer.body
        try:
            if self.raw:
                return self.decode(RawAnswer(body, answer.headers.get("content-type", "")))
            data = parse_json(body) if body.strip() else {}
            if _status_in_success(data):
                error = self.api_error(answer)
                raise AttemptFailed(error, Failure.ANSWERED, error.status, error.retry_delay)
            return self.decode(data)
        except AttemptFailed:
            raise
        except Exception as exc:  # the decoder boundary: whatever the body was, the caller gets one type
            why = _redact.withheld(f"{type(exc).__name__}: {exc}", body)
            invalid = errors.InvalidResponseError(
                f"cannot decode the HTTP {answer.status} answer: {why}",
                operation=self.operation,
                http_status=answer.status,
                excerpt=_redact.excerpt(body, 400),
                method=self.method,
                url=self.url,
            )
            raise AttemptFailed(invalid, Failure.ANSWERED) from None

    async def decode_off_loop(self, answer: Answer) -> R:
        """Large answers are decoded in a worker thread, so the event loop keeps serving other tasks."""
        if len(answer.body) < DECODE_IN_THREAD:
            return self.decode_success(answer)
        # A timeout or aclose() ends the wait at once; the thread's late result is dropped.
        return await anyio.to_thread.run_sync(self.decode_success, answer, abandon_on_cancel=True)

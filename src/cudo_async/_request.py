"""One API call on the wire: the URL, one attempt (queueing, sending, reading with a size cap,
all within the attempt's time), and the classification of what went wrong for the retry driver."""

from __future__ import annotations

import datetime
import enum
import json
import math
import platform
import zlib
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import anyio
import attrs
import httpx2
from cudo_async_api.types import OperationRequest

from . import _redact, errors
from ._retry import AttemptFailed, Failure

R = TypeVar("R")

#: Error bodies are read up to this size; the rest is not needed to decode the error.
MAX_ERROR_BODY = 64 * 1024
#: Answers larger than this are decoded in a worker thread, so the event loop keeps running.
DECODE_IN_THREAD = 1 << 20
#: How long past its timeout an attempt may run: the HTTP client's own timeouts fire first, and
#: they tell a connect timeout (never sent) from a read timeout (maybe applied).
GRACE = 0.05

_EMPTY_PATH_VALUES = frozenset({"", ".", ".."})


def user_agent() -> str:
    from . import __version__

    return f"cudo-async/{__version__} Python/{platform.python_version()} httpx2/{httpx2.__version__}"


def fill_path(template: str, values: Mapping[str, Any]) -> str:
    """The path with each parameter checked and escaped: an empty, ``.`` or ``..`` value would
    change which resource the request names, so it is refused before anything is sent."""
    if not values:
        return template
    escaped: dict[str, str] = {}
    for name, value in values.items():
        if not isinstance(value, str):
            raise errors.ConfigurationError(f"{name} must be a str, got {type(value).__name__}")
        if value in _EMPTY_PATH_VALUES:
            raise errors.ConfigurationError(f"{name} must be a non-empty id other than '.' or '..', got {value!r}")
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
    "enum": "a member of its enum (or its str value)",
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
        return ("true" if value else "false") if isinstance(value, bool) else _MISFIT
    if kind == "datetime":
        return value.isoformat() if isinstance(value, datetime.datetime) else _MISFIT
    if kind == "enum":
        if isinstance(value, enum.Enum):
            value = value.value
        return value if isinstance(value, str) else _MISFIT
    # A kind this facade does not know (a newer spec): any scalar, never an object's repr.
    if isinstance(value, str | int) or (isinstance(value, float) and math.isfinite(value)):
        return value
    return _MISFIT


_MISFIT = object()


def encode_query(params: Mapping[str, Any], types: Mapping[str, tuple[str, str]]) -> dict[str, Any]:
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


def encode_json(body: Any) -> bytes:
    try:
        return json.dumps(body, separators=(",", ":"), allow_nan=False).encode()
    except ValueError as exc:  # NaN or Infinity in a float field: not JSON
        raise errors.ConfigurationError(f"the request body cannot be sent as JSON: {exc}") from None


class TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


class BadEncoding(Exception):
    pass


#: What the SDK asks for: the encodings it decodes itself, with a bound on the output.
ACCEPT_ENCODING = "gzip, deflate"


def _decoder(response: httpx2.Response) -> Any:
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        return zlib.decompressobj()
    raise BadEncoding(f"the answer uses Content-Encoding {errors._bounded(encoding, 40)!r}, which was not asked for")


async def read_body(response: httpx2.Response, cap: int, *, truncate: bool = False) -> bytes:
    """The body, decompressed, at most ``cap`` bytes. Over the cap the rest is dropped when
    ``truncate``, else ``TooLarge`` is raised; either way nothing more is read or inflated, so
    an endless body or a compression bomb costs at most about ``cap`` bytes of memory."""
    try:
        body = response.content  # already in memory (an in-process transport's answer), and decoded
    except httpx2.ResponseNotRead:
        pass
    else:
        if len(body) > cap and not truncate:
            raise TooLarge(len(body))
        return body[:cap]
    declared = response.headers.get("content-length", "")
    if not truncate and declared.isascii() and declared.isdigit() and int(declared) > cap:
        raise TooLarge(int(declared))
    decoder = _decoder(response)
    out = bytearray()
    async for raw in response.aiter_raw():
        data = raw
        while data:
            if decoder is None:
                piece, data = data[: cap + 1 - len(out)], b""
            else:
                try:
                    piece = decoder.decompress(data, cap + 1 - len(out))
                except zlib.error as exc:
                    raise BadEncoding(f"the compressed answer is corrupt: {exc}") from None
                data = decoder.unconsumed_tail
            out += piece
            if len(out) > cap:
                if truncate:
                    return bytes(out[:cap])
                raise TooLarge(len(out))
    return bytes(out)


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


def _describe(exc: BaseException) -> str:
    """``Type: message``; where the message is empty, the first inner exception that has one
    (trio's TLS failures arrive as an empty ConnectError around the SSL error)."""
    text = f"{type(exc).__name__}: {exc}"
    inner = exc.__cause__ or exc.__context__
    for _ in range(3):
        if str(exc) or inner is None:
            break
        exc, inner = inner, inner.__cause__ or inner.__context__
        text += f" ({type(exc).__name__}: {exc})"
    return text


#: Every key of the contract with the generated code; a key outside it is refused, not dropped.
_HANDLED = OperationRequest.__required_keys__ | OperationRequest.__optional_keys__


@attrs.frozen
class Call(Generic[R]):
    """What stays the same across the attempts of one call, and how its failures read."""

    operation: str
    method: str
    url: str
    what: str
    target: httpx2.URL
    content: bytes | None
    decode: Callable[[Any], R]

    @classmethod
    def build(cls, operation: str, request: OperationRequest, decode: Callable[[Any], R], base_url: str) -> Call[R]:
        unknown = request.keys() - _HANDLED
        if unknown:  # generated code newer than this facade: never drop part of a request silently
            raise errors.ConfigurationError(
                f"{operation}: the request carries {', '.join(sorted(unknown))}, which this version of the SDK "
                "cannot send; regenerate (make generate) or update cudo-async"
            )
        method = request["method"]
        path = fill_path(request["path"], request["path_params"])
        url = base_url + path
        what = f"{operation} ({method} {path})"
        content = encode_json(request["json"]) if "json" in request else None
        params = request.get("params")
        query = encode_query(params, request.get("query_types", {})) if params else None
        try:
            target = httpx2.URL(url, params=query)
        except (UnicodeEncodeError, httpx2.InvalidURL) as exc:
            raise errors.ConfigurationError(
                f"{what}: a query parameter cannot be sent ({type(exc).__name__}); check for lone surrogates"
            ) from None
        return cls(operation, method, url, what, target, content, decode)

    def request(self, headers: Mapping[str, str], key: str, timeout: float) -> httpx2.Request:
        """The HTTP request of one attempt (built directly: the client's merging costs ~75 us a call)."""
        return httpx2.Request(
            self.method,
            self.target,
            headers={**headers, "Authorization": f"Bearer {key}"},
            content=self.content,
            extensions={"timeout": httpx2.Timeout(timeout).as_dict()},
        )

    def transport_failed(self, exc: Exception, timeout: float) -> AttemptFailed:
        """Classify a failed send. Anything unknown (another transport's own exception) is taken as
        possibly having reached the server, so a POST is never repeated on a guess."""
        text = f"{self.what}: {_describe(exc)}"
        method, url = self.method, self.url
        error: errors.CudoError
        if isinstance(exc, httpx2.ConnectTimeout | httpx2.PoolTimeout):
            text = f"{self.what}: could not connect within the attempt's timeout (timeout={timeout:.3g}s)"
            error, failure = errors.APITimeoutError(text, method=method, url=url), Failure.NOT_SENT
        elif isinstance(exc, httpx2.ConnectError):
            error, failure = errors.APIConnectionError(text, method=method, url=url), Failure.NOT_SENT
        elif isinstance(exc, httpx2.TimeoutException):
            text = f"{self.what}: no complete answer within the attempt's timeout (timeout={timeout:.3g}s)"
            error, failure = errors.APITimeoutError(text, method=method, url=url), Failure.AMBIGUOUS
        elif isinstance(exc, httpx2.DecodingError):
            error, failure = errors.InvalidResponseError(text, method=method, url=url), Failure.ANSWERED
        else:
            error, failure = errors.APIConnectionError(text, method=method, url=url), Failure.AMBIGUOUS
        error.__cause__ = exc
        return AttemptFailed(error, failure)

    def timed_out(self, *, sent: bool, seconds: float, deadline: bool) -> AttemptFailed:
        which = f"the call's deadline (RetryPolicy.deadline={seconds:g}s)" if deadline else f"timeout={seconds:g}s"
        where = "waiting for the answer" if sent else "queued for the key, a concurrency slot or the rate limit"
        error = errors.APITimeoutError(f"{self.what}: {which} passed while {where}", method=self.method, url=self.url)
        return AttemptFailed(error, Failure.AMBIGUOUS if sent else Failure.NOT_SENT)

    def redirected(self, response: httpx2.Response) -> AttemptFailed:
        target = response.headers.get("location", "(no Location header)")
        error = errors.InvalidResponseError(
            f"HTTP {response.status_code} redirect to {errors._bounded(target, 200)}: the SDK does not follow "
            "redirects (the key and the body would go elsewhere); check base_url",
            http_status=response.status_code,
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

    def undecodable(self, why: str, status: int) -> AttemptFailed:
        error = errors.InvalidResponseError(f"{self.what}: {why}", http_status=status, method=self.method, url=self.url)
        return AttemptFailed(error, Failure.ANSWERED)

    def decode_success(self, response: httpx2.Response, body: bytes) -> R:
        """The success model, or AttemptFailed carrying the decoded error. No await: may run in a thread."""
        try:
            data = json.loads(body) if body.strip() else {}
            if _status_in_success(data):
                error = errors.decode_error(
                    response.status_code, response.headers, body, method=self.method, url=self.url, response=response
                )
                raise AttemptFailed(error, Failure.ANSWERED, error.status, error.retry_delay)
            return self.decode(data)
        except AttemptFailed:
            raise
        except Exception as exc:  # the decoder boundary: whatever the body was, the caller gets one type
            why = _redact.withheld(f"{type(exc).__name__}: {exc}", body)
            invalid = errors.InvalidResponseError(
                f"cannot decode the HTTP {response.status_code} answer: {why}",
                operation=self.operation,
                http_status=response.status_code,
                excerpt=_redact.excerpt(body, 400),
                method=self.method,
                url=self.url,
            )
            raise AttemptFailed(invalid, Failure.ANSWERED) from None

    async def decode_off_loop(self, response: httpx2.Response, body: bytes) -> R:
        """Large answers are decoded in a worker thread, so the event loop keeps serving other tasks."""
        if len(body) < DECODE_IN_THREAD:
            return self.decode_success(response, body)
        # A timeout or aclose() ends the wait at once; the thread's late result is dropped.
        return await anyio.to_thread.run_sync(self.decode_success, response, body, abandon_on_cancel=True)

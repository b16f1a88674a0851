"""One call's plan: its URL (checked and escaped), its body, how its answer is decoded, and how
each way an attempt can fail reads for the retry driver (the one place that classification is made)."""

from __future__ import annotations

import functools
import json
import platform
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

import anyio
import attrs
import httpx2
from cudo_async_api.types import OperationRequest, RawAnswer

from . import _redact, _wire, errors
from ._call_options import Headers, check_headers
from ._decode import decode_error
from ._json import parse_json
from ._retry import AttemptFailed, Failure
from ._transport import Answer, ExchangeFailed, Kind
from ._wire import check_query, encode_query, fill_path

__all__ = ["Call", "check_query", "encode_json", "encode_query", "fill_path", "user_agent"]

R = TypeVar("R")

#: Answers larger than this are decoded in a worker thread, so the event loop keeps running.
DECODE_IN_THREAD = 1 << 20
#: How long past its timeout an attempt may run: the HTTP client's own timeouts fire first, and
#: they tell a connect timeout (never sent) from a read timeout (maybe applied).
GRACE = 0.05


def user_agent() -> str:
    from . import __version__

    return f"cudo-async/{__version__} Python/{platform.python_version()} httpx2/{httpx2.__version__}"


def check_header_params(params: Mapping[str, Any], types: Mapping[str, tuple[str, str]]) -> Headers:
    """An operation's own headers (its header parameters, and the media its answer comes in), each
    value checked against its spec type and written as a query value is, then checked as
    ``extra_headers`` are (a line break or a non-ASCII character is refused; the value is not shown)."""
    text = {}
    for wire_name, value in params.items():
        name, kind = types.get(wire_name, (wire_name, "str"))
        text[wire_name] = _wire.text(_wire.query_value(name, kind, value))
    try:
        return check_headers(text)
    except errors.ConfigurationError as exc:
        raise errors.ConfigurationError(str(exc).replace("extra_headers", "a header parameter")) from None


#: The longest URL sent (httpx2 refuses longer ones; servers refuse far shorter).
MAX_URL = 65_536


def _checked_url(what: str, target: str) -> str:
    if len(target) > MAX_URL:
        raise errors.ConfigurationError(f"{what}: the URL would be {len(target):,} characters (at most {MAX_URL:,})")
    return target


def encode_json(body: Any) -> bytes:
    """The body's wire form (checked field by field already) as JSON bytes."""
    try:
        return json.dumps(body, separators=(",", ":"), allow_nan=False).encode()
    except (ValueError, TypeError, RecursionError) as exc:  # NaN, a circular or foreign value in an unlisted member
        raise errors.ConfigurationError(
            f"the request body cannot be sent as JSON ({type(exc).__name__}): check the members it carries "
            "that its model does not list (additional_properties)"
        ) from None


def _host_port(url: str) -> str:
    """The host and port a URL connects to, for a connection error's message."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.hostname}:{port}"


#: The members of a ``google.rpc.Status``, each of the JSON types it may come in.
_STATUS_MEMBERS: dict[str, type | tuple[type, ...]] = {
    "code": (int, str),
    "message": str,
    "status": str,
    "details": list,
}


def _status_in_success(data: Any, decode: Callable[..., Any]) -> bool:
    """A 2xx body that is really an error: an envelope, or a ``google.rpc.Status`` with a non-zero
    code, whichever members proto3 left out (an empty message, no details). Only the
    Status members, each of its type, count; and never for an operation whose answer itself lists
    a ``code`` member (such an answer is read as the answer it is)."""
    if type(data) is not dict:
        return False
    if len(data) == 1 and isinstance(data.get("error"), dict):
        return True
    code = data.get("code")
    if isinstance(code, str) and code.isascii() and code.strip().isdigit() and len(code) <= 9:
        code = int(code)  # proto3 JSON may write a number as text
    if type(code) is not int or code == 0 or not data.keys() <= _STATUS_MEMBERS.keys():
        return False  # (a gRPC number, or AIP-193's HTTP status: either says error when not 0)
    if not all(isinstance(value, _STATUS_MEMBERS[name]) for name, value in data.items()):
        return False
    return "code" not in answer_members(decode)


@functools.lru_cache(maxsize=1024)
def answer_members(decode: Callable[..., Any]) -> frozenset[str]:
    """The wire names of the members an operation's answer model lists (empty when its decoder
    names no generated model). Looked up only for a 2xx body shaped like an error."""
    model = getattr(decode, "__annotations__", {}).get("return")
    if isinstance(model, str):  # written under ``from __future__ import annotations``
        model = getattr(decode, "__globals__", {}).get(model)
    module = sys.modules.get(getattr(model, "__module__", "") or "")
    names = getattr(module, "_WIRE_NAMES", None)
    return names if isinstance(names, frozenset) else frozenset()


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

    def transport_failed(
        self, failed: ExchangeFailed, timeout: float, cap: int, secrets: Sequence[str] = ()
    ) -> AttemptFailed:
        """Classify a failed exchange: the one place where a transport's failure becomes "never
        sent", "may have been applied" or "answered". Anything a transport cannot place (another
        library's own exception) is BROKEN: possibly received, so a POST is never repeated on a guess.
        A library's text may quote what a server sent (an echo of the request): the SDK's own
        ``secrets`` are taken out of it."""
        kind, method, url = failed.kind, self.method, self.url
        failed.text = _redact.scrubbed_text(failed.text, secrets)
        if failed.cause is not None and failed.cause.args and isinstance(failed.cause.args[0], str):
            failed.cause.args = (_redact.scrubbed_text(failed.cause.args[0], secrets),)
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
        target = answer.scrubbed().headers.get("location", "(no Location header)")
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
        """The error an answer says; the decoder keeps its text with none of the SDK's own secrets."""
        answer = answer.scrubbed()
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
            if _status_in_success(data, self.decode):
                error = self.api_error(answer)
                raise AttemptFailed(error, Failure.ANSWERED, error.status, error.retry_delay)
            return self.decode(data)
        except AttemptFailed:
            raise
        except Exception as exc:  # the decoder boundary: whatever the body was, the caller gets one type
            body = answer.scrubbed().body
            why = _redact.withheld(f"{type(exc).__name__}: {errors.exception_text(exc)}", body)
            why = _redact.scrubbed_text(why, answer.secrets)
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

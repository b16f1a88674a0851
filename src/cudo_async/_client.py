"""AsyncCudo: configuration, lifecycle, the request path (auth, limits, retries, decoding)."""

from __future__ import annotations

import contextvars
import gc
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import anyio
import attrs
import httpx
from cudo_api.api import Namespaces

from . import errors
from ._auth import ApiKey, KeySource, check_base_url, resolve_project_id
from ._limits import Limits
from ._retry import Failure, RetryPolicy, decide, jitter_source

if TYPE_CHECKING:
    from cudo_api import models

__all__ = ["AsyncCudo", "RawResponse"]

logger = logging.getLogger("cudo_async")

#: Answers larger than this are decoded with the cyclic garbage collector paused.
LARGE_BODY = 256 * 1024

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")


@attrs.frozen
class RawResponse(Generic[T]):
    """An operation's decoded result together with the HTTP answer it came from."""

    parsed: T
    status_code: int
    headers: httpx.Headers
    #: How many attempts the call took.
    attempts: int

    @property
    def request_id(self) -> str | None:
        value = self.headers.get("x-request-id")
        return str(value) if value is not None else None


# Set by AsyncCudo.raw() around one call; _send stores the last answer into it.
_capture: contextvars.ContextVar[list[tuple[httpx.Response, int]] | None] = contextvars.ContextVar(
    "cudo_async_capture", default=None
)


class _Shared:
    """What every view of one client shares: the connection pool, the key, the limits."""

    __slots__ = ("closed", "http", "keys", "limits", "owns_http")

    def __init__(self, http: httpx.AsyncClient, owns_http: bool, keys: KeySource, limits: Limits) -> None:
        self.http = http
        self.owns_http = owns_http
        self.keys = keys
        self.limits = limits
        self.closed = False


class AsyncCudo(Namespaces):
    """The CUDO Compute API client. Every operation is ``await cudo.<tag>.<operation>(...)``.

    Use it as an async context manager, or call :meth:`aclose`. One client holds one
    connection pool; share it across tasks. :meth:`with_options` gives views with other
    settings over the same pool and limits.

    Args:
        api_key: the key, or a sync or async callable returning it (asked on every request).
            Defaults to ``$CUDO_API_KEY``, then the cudoctl configuration file.
        base_url: defaults to ``$CUDO_BASE_URL``, then ``https://rest.compute.cudo.org``.
            Plain http is accepted only for loopback hosts.
        project_id: the default project, for callers who want it (``cudo.project_id``);
            defaults to ``$CUDO_PROJECT_ID``, then the cudoctl context's project.
        timeout: seconds for one attempt (connect, write, read, pool).
        retry: the :class:`RetryPolicy`; ``RetryPolicy(max_retries=0)`` turns retries off.
        max_concurrency: at most this many requests in flight.
        rate_limit: at most this many requests started per second, evenly spaced.
        http_client: an ``httpx.AsyncClient`` to use; the SDK then leaves it open on close.
    """

    def __init__(
        self,
        api_key: ApiKey | None = None,
        *,
        base_url: str | None = None,
        project_id: str | None = None,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        max_concurrency: int | None = None,
        rate_limit: float | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._base_url = str(check_base_url(base_url))
        keys = KeySource(api_key)
        _check_timeout(timeout)
        limits = Limits(max_concurrency, rate_limit)
        owns = http_client is None
        if http_client is None:
            pool = max_concurrency or 100
            http_client = httpx.AsyncClient(
                limits=httpx.Limits(max_connections=pool, max_keepalive_connections=pool),
                trust_env=False,
            )
        self._shared = _Shared(http_client, owns, keys, limits)
        self._timeout = float(timeout)
        self._retry = retry if retry is not None else RetryPolicy()
        self._project_id = resolve_project_id(project_id)

    # ------------------------------------------------------------------ configuration

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def project_id(self) -> str | None:
        """The default project id (argument, ``$CUDO_PROJECT_ID`` or the cudoctl context), if any."""
        return self._project_id

    @property
    def timeout(self) -> float:
        return self._timeout

    @property
    def retry(self) -> RetryPolicy:
        return self._retry

    def with_options(
        self,
        *,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        project_id: str | None = None,
    ) -> AsyncCudo:
        """A view of this client with other settings, sharing its connection pool, key and limits."""
        view = object.__new__(AsyncCudo)
        view._shared = self._shared
        view._base_url = self._base_url
        view._project_id = project_id if project_id is not None else self._project_id
        view._retry = retry if retry is not None else self._retry
        if timeout is not None:
            _check_timeout(timeout)
        view._timeout = float(timeout) if timeout is not None else self._timeout
        return view

    def __repr__(self) -> str:
        return f"<AsyncCudo base_url={self._base_url!r} key from {self._shared.keys.source}>"

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> AsyncCudo:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (unless it was passed in). Any view closes the shared client."""
        shared = self._shared
        if shared.closed:
            return
        shared.closed = True
        if shared.owns_http:
            with anyio.CancelScope(shield=True):
                await shared.http.aclose()

    @property
    def is_closed(self) -> bool:
        return self._shared.closed

    # ------------------------------------------------------------------ helpers over operations

    async def raw(self, operation: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        """Run one operation and return its result with the HTTP status and headers.

        ``resp = await cudo.raw(cudo.virtual_machines.get_vm, "proj", "vm-1")``
        """
        captured: list[tuple[httpx.Response, int]] = []
        token = _capture.set(captured)
        try:
            parsed = await operation(*args, **kwargs)
        finally:
            _capture.reset(token)
        if not captured:
            raise errors.ConfigurationError("raw() takes an operation of a client, such as cudo.disks.get_disk")
        response, attempts = captured[-1]
        return RawResponse(parsed=parsed, status_code=response.status_code, headers=response.headers, attempts=attempts)

    def paginate(self, operation: Callable[P, Awaitable[Any]], *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Any]:
        """Iterate over the items of every page of a list operation, whatever its pagination style.

        ``async for disk in cudo.paginate(cudo.disks.list_disks, project_id="p", page_size=100): ...``
        """
        from ._pagination import iterate, page_style

        return iterate(operation, page_style(operation), args, kwargs)

    async def wait_for_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        until: Iterable[str] = ("ACTIVE",),
        timeout: float = 600.0,  # noqa: ASYNC109 (a polling budget; the errors must reach the caller)
        poll_interval: float = 0.5,
    ) -> models.VM:
        """Poll a VM (with growing intervals) until its state is one of ``until``; return it.

        Raises ``errors.WaitError`` when the VM reaches a state from which ``until`` cannot
        be reached (FAILED, DELETED, or DELETING unless DELETED is wanted), and
        ``errors.WaitTimeoutError`` after ``timeout`` seconds. API errors propagate.
        """
        from ._waiting import wait_for_state

        async def fetch() -> models.VM:
            answer = await self.virtual_machines.get_vm(project_id, vm_id)
            if not answer.vm:
                raise errors.InvalidResponseError("the answer has no VM", operation="get_vm")
            return answer.vm

        vm: models.VM = await wait_for_state(
            fetch,
            lambda vm: str(vm.state or "UNKNOWN").upper(),
            until,
            timeout=timeout,
            what=f"VM {vm_id!r}",
            initial_delay=poll_interval,
        )
        return vm

    # ------------------------------------------------------------------ the request path

    async def _send(self, operation: str, request: dict[str, Any], decode: Callable[[Any], R], /) -> R:
        shared = self._shared
        if shared.closed:
            raise errors.ConfigurationError("this AsyncCudo client is closed")
        policy = self._retry
        method = str(request["method"]).upper()
        url = self._base_url + request["url"]
        headers: dict[str, str] = dict(request.get("headers") or {})
        content = json.dumps(request["json"], separators=(",", ":")).encode() if "json" in request else None
        if content is not None:
            headers["Content-Type"] = "application/json"
        headers.setdefault("Accept", "application/json")
        start = anyio.current_time()
        attempt = 0
        while True:
            attempt += 1
            elapsed = anyio.current_time() - start
            timeout = self._timeout
            if policy.deadline is not None:
                timeout = max(0.001, min(timeout, policy.deadline - elapsed))
            key = await shared.keys.get()
            req = shared.http.build_request(
                method,
                url,
                params=request.get("params"),
                content=content,
                headers={**headers, "Authorization": f"Bearer {key}"},
                timeout=timeout,
            )
            del key
            error: errors.CudoError
            try:
                async with shared.limits.slot():
                    logger.debug("%s %s attempt %d", method, req.url.path, attempt)
                    response = await shared.http.send(req, follow_redirects=True)
            except Exception as exc:  # httpx's errors, and a custom transport's own must not escape either
                error, failure = _transport_error(exc, method, url)
                error.__cause__ = exc
                status = None
                server_delay = None
            else:
                if 200 <= response.status_code < 300:
                    captured = _capture.get()
                    if captured is not None:
                        captured.append((response, attempt))
                    return _decode_success(operation, response, decode, method, url, attempt)
                api_error = errors.decode_error(
                    response.status_code, response.headers, response.content, method=method, url=url, response=response
                )
                error, failure, status, server_delay = (
                    api_error,
                    Failure.STATUS,
                    api_error.status,
                    api_error.retry_delay,
                )
            decision = decide(
                policy,
                retry_number=attempt,
                method=method,
                failure=failure,
                status=status,
                server_delay=server_delay,
                elapsed=anyio.current_time() - start,
                rand=jitter_source(),
            )
            if not decision.retry:
                error.attempts = attempt
                if attempt > 1:
                    logger.info(
                        "%s %s failed after %d attempts (%s): %s", method, req.url.path, attempt, decision.why, error
                    )
                raise error
            logger.info(
                "retrying %s %s after %s (attempt %d of at most %d, waiting %.3fs)",
                method,
                req.url.path,
                status or type(error).__name__,
                attempt,
                policy.max_retries + 1,
                decision.delay,
            )
            await anyio.sleep(decision.delay)


def _check_timeout(timeout: float) -> None:
    if not isinstance(timeout, int | float) or not timeout > 0:
        raise errors.ConfigurationError(f"timeout must be a positive number of seconds, got {timeout!r}")


def _transport_error(exc: Exception, method: str, url: str) -> tuple[errors.CudoError, Failure]:
    """Classify a failed send. Anything unknown (another transport's own exception) is taken as
    possibly having reached the server, so a POST is never repeated on a guess."""
    what = f"{method} {url}: {type(exc).__name__}: {exc}"
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return errors.APITimeoutError(what, method=method, url=url), Failure.NOT_SENT
    if isinstance(exc, httpx.ConnectError):
        return errors.APIConnectionError(what, method=method, url=url), Failure.NOT_SENT
    if isinstance(exc, httpx.TimeoutException):
        return errors.APITimeoutError(what, method=method, url=url), Failure.AMBIGUOUS
    if isinstance(exc, httpx.DecodingError):
        return errors.InvalidResponseError(what, method=method, url=url), Failure.STATUS
    return errors.APIConnectionError(what, method=method, url=url), Failure.AMBIGUOUS


def _decode_success(
    operation: str, response: httpx.Response, decode: Callable[[Any], R], method: str, url: str, attempt: int
) -> R:
    body = response.content
    # A large answer allocates hundreds of thousands of objects, none of them garbage: cyclic GC
    # passes over them meanwhile only cost time. Decoding has no await, so the pause is bounded.
    pause_gc = len(body) > LARGE_BODY and gc.isenabled()
    if pause_gc:
        gc.disable()
    try:
        data = json.loads(body) if body.strip() else {}
        return decode(data)
    except Exception as exc:  # the decoder boundary: whatever the body was, the caller gets one type
        err = errors.InvalidResponseError(
            f"cannot decode the HTTP {response.status_code} answer: {type(exc).__name__}: {exc}",
            operation=operation,
            http_status=response.status_code,
            excerpt=body[:200].decode("utf-8", "replace"),
            method=method,
            url=url,
        )
        err.attempts = attempt
        raise err from None
    finally:
        if pause_gc:
            gc.enable()

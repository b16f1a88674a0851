"""Cudo: the SDK for sync code. One AsyncCudo does the work on an event loop of its own, in a
background thread; every sync call hands its coroutine to that loop and waits for the result.
So the request path, retries, limits, decoding and every promise are AsyncCudo's own: nothing
here decides anything about a request."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import contextvars
import functools
import inspect
import os
import sys
import threading
from collections.abc import Callable, Coroutine, Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar

import anyio
import httpx2
from cudo_async_api.api import TAGS, SyncNamespaces
from cudo_async_api.types import CallOptions, OperationRequest

from . import errors
from ._auth import KeyLike
from ._boundary import entry
from ._client import DEFAULT_MAX_CONCURRENCY, DEFAULT_MAX_RESPONSE_BYTES, AsyncCudo, RawResponse
from ._limits import RateLimit
from ._retry import RetryPolicy
from ._unclosed import Unclosed

if TYPE_CHECKING:
    from cudo_async_api.needs import VM

    from ._pagination import Page
    from ._rotation import NewAPIKey
    from ._waiting import FleetWaitResult

__all__ = ["Cudo"]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")

#: How long close() waits for the loop thread to finish.
_JOIN_SECONDS = 10.0


def in_event_loop() -> bool:
    """True when the calling thread is running an event loop (asyncio or trio)."""
    if asyncio._get_running_loop() is not None:
        return True
    trio = sys.modules.get("trio")  # only a program that imported trio can be running it
    return trio is not None and bool(trio.lowlevel.in_trio_run())


def _hand_over(coroutine: Coroutine[Any, Any, T], loop: asyncio.AbstractEventLoop) -> concurrent.futures.Future[T]:
    """Start ``coroutine`` on ``loop`` in a copy of the caller's context, less the caller's own
    event loop's name (sniffio's variable, which trio sets): this loop is asyncio."""
    context = contextvars.copy_context()
    for variable in context:
        if variable.name == "current_async_library_cvar" and context[variable] is not None:
            context.run(variable.set, None)
    return context.run(asyncio.run_coroutine_threadsafe, coroutine, loop)


#: How long the calling thread blocks at a time while its call runs. A signal that arrives just
#: before the thread blocks does not wake it (the lock wait is not interrupted); between slices
#: the interpreter runs the handler, so Ctrl-C always arrives as KeyboardInterrupt.
_SLICE_SECONDS = 0.1


def _outcome(future: concurrent.futures.Future[T]) -> T:
    """The future's result, once it is done, waited for in slices (see _SLICE_SECONDS) on a plain
    lock: one C call a slice, so a KeyboardInterrupt lands between slices, never inside a
    Condition's bookkeeping, and the result is read only once the future says it is done."""
    finished = threading.Lock()
    finished.acquire()
    future.add_done_callback(lambda _: finished.release())
    while not finished.acquire(timeout=_SLICE_SECONDS):
        pass
    return future.result()


async def _build(api_key: KeyLike | None, options: dict[str, Any]) -> AsyncCudo:
    return AsyncCudo(api_key, **options)


class _LoopThread:
    """The event loop thread of one Cudo and its views: an asyncio loop under anyio, as AsyncCudo
    runs everywhere. A daemon thread: a script that forgets close() still exits.

    A call is handed over with asyncio.run_coroutine_threadsafe (one thread switch each way, about
    a third of what a BlockingPortal.call costs); the task runs in a copy of the caller's context,
    so context variables (a trace's current span, a request id) reach it."""

    def __init__(self) -> None:
        self.pid = os.getpid()
        self.closed = False
        self.client: AsyncCudo | None = None
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._failure: BaseException | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: anyio.Event | None = None
        self._thread = threading.Thread(target=self._main, name="cudo-async event loop", daemon=True)
        self._thread.start()
        self._ready.wait(_JOIN_SECONDS)
        if self._loop is None:
            raise errors.ConfigurationError(
                f"the sync client's event loop did not start: {type(self._failure).__name__}: "
                f"{errors.exception_text(self._failure) if self._failure else ''}"
            )

    def _main(self) -> None:
        try:
            anyio.run(self._serve, backend="asyncio")
        except BaseException as exc:  # reported by __init__; a thread must not die loudly
            self._failure = exc
            self._ready.set()

    async def _serve(self) -> None:
        self._stop = anyio.Event()
        self._loop = asyncio.get_running_loop()
        self._ready.set()
        await self._stop.wait()
        if self.client is not None:
            await self.client.aclose()  # calls in flight end with ClientClosedError...
        others = asyncio.all_tasks() - {asyncio.current_task()}
        if others:  # ...which must reach their threads
            await asyncio.wait(others, timeout=_JOIN_SECONDS / 2)

    def build(self, api_key: KeyLike | None, options: dict[str, Any]) -> AsyncCudo:
        """The AsyncCudo, made on this loop (allowed from any thread: it is not a call)."""
        assert self._loop is not None
        return _outcome(_hand_over(_build(api_key, options), self._loop))

    def check(self) -> asyncio.AbstractEventLoop:
        """The loop, once the call is known to be allowed from here."""
        if in_event_loop():
            raise errors.ConfigurationError(
                "Cudo is the sync client and would block this event loop: in async code use AsyncCudo "
                "(async with AsyncCudo() as cudo: await cudo....)"
            )
        if os.getpid() != self.pid:
            raise errors.ConfigurationError(
                "this Cudo was created in another process (before a fork); its event loop thread did not "
                "come along: create a new Cudo in this process"
            )
        loop = self._loop
        if self.closed or loop is None:
            raise errors.ClientClosedError("this Cudo client is closed; create a new one")
        return loop

    def call(self, function: Callable[..., Coroutine[Any, Any, T]], *args: Any) -> T:
        loop = self.check()
        coroutine = function(*args)
        future: concurrent.futures.Future[T] | None = None
        try:
            future = _hand_over(coroutine, loop)
        except RuntimeError:  # the loop ended: closed by another thread meanwhile
            coroutine.close()
            raise errors.ClientClosedError("this Cudo client was closed while the call was starting") from None
        except BaseException:  # KeyboardInterrupt while handing over: the call must not start
            if inspect.getcoroutinestate(coroutine) == inspect.CORO_CREATED:
                with contextlib.suppress(ValueError, RuntimeError):  # the loop thread just started it
                    coroutine.close()
            raise
        try:
            return _outcome(future)
        except concurrent.futures.CancelledError:
            if self.closed:
                raise errors.ClientClosedError("this Cudo client was closed while the call was in flight") from None
            raise
        except BaseException:
            future.cancel()  # KeyboardInterrupt while waiting: the call ends too
            raise

    def close_later(self, pages: Any, steps: list[asyncio.Task[Any]]) -> None:
        """Close the async generator ``pages`` on the loop once its ``steps`` have ended, without
        waiting here (the caller is leaving with an exception of its own)."""
        loop = self._loop
        if self.closed or loop is None or os.getpid() != self.pid:
            return

        async def close_after() -> None:
            running = [task for task in steps if not task.done()]
            if running:
                await asyncio.wait(running, timeout=_JOIN_SECONDS)
            with contextlib.suppress(Exception):
                await pages.aclose()

        with contextlib.suppress(RuntimeError):  # the loop ended meanwhile
            asyncio.run_coroutine_threadsafe(close_after(), loop)

    def close(self) -> None:
        if threading.current_thread() is self._thread:
            raise errors.ConfigurationError("Cudo.close() cannot run on the client's own event loop thread")
        with self._lock:
            if self.closed:
                return
            self.closed = True
        if self._signal_stop():
            self._thread.join(_JOIN_SECONDS)

    def abandon(self) -> None:
        """Stop the loop thread without waiting (the client was garbage-collected unclosed)."""
        self.closed = True
        self._signal_stop()

    def _signal_stop(self) -> bool:
        loop, stop = self._loop, self._stop
        if loop is None or stop is None or loop.is_closed():
            return False
        try:
            loop.call_soon_threadsafe(stop.set)
        except RuntimeError:  # the loop ended meanwhile
            return False
        return True


class Cudo(SyncNamespaces):
    """The CUDO Compute API client for sync code. Every operation is ``cudo.<tag>.<operation>(...)``
    and returns its result.

    It takes the same arguments as :class:`AsyncCudo` and keeps the same promises: it runs one
    AsyncCudo on an event loop in a background thread. Share one client across threads (Django
    views, Celery tasks): the limits, backoff and rate limiter are the client's, whichever
    thread calls. Use it as a context manager, or call :meth:`close`. From async code, use
    AsyncCudo: a call from a running event loop raises ``errors.ConfigurationError``.
    """

    @entry
    def __init__(
        self,
        api_key: KeyLike | None = None,
        *,
        base_url: str | None = None,
        project_id: str | None = None,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        rate_limit: float | RateLimit | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        transport: Literal["httpx2", "aiohttp"] = "httpx2",
        trust_env: bool = True,
        http_client: httpx2.AsyncClient | None = None,
        tracing: bool = True,
    ) -> None:
        options = dict(
            base_url=base_url,
            project_id=project_id,
            timeout=timeout,
            retry=retry,
            max_concurrency=max_concurrency,
            rate_limit=rate_limit,
            max_response_bytes=max_response_bytes,
            transport=transport,
            trust_env=trust_env,
            http_client=http_client,
            tracing=tracing,
        )
        self._loop = loop = _LoopThread()
        try:
            # Built on its own loop: its limits and locks belong there, whatever loop the caller runs.
            client = loop.build(api_key, options)
        except BaseException:
            loop.close()
            raise
        client._unclosed.armed = False  # this Cudo warns instead, naming itself
        loop.client = self._async = client
        self._unclosed = Unclosed(
            repr(self), lambda: loop.closed, "call close() or use 'with Cudo() as cudo:'", loop.abandon
        )

    def _over(self, client: AsyncCudo) -> Cudo:
        view = object.__new__(type(self))
        view._async = client
        view._loop = self._loop
        view._unclosed = self._unclosed
        return view

    # ------------------------------------------------------------------ configuration

    @property
    def base_url(self) -> str:
        """The API's base URL, without a trailing slash."""
        return self._async.base_url

    @property
    def project_id(self) -> str:
        """The default project (see :attr:`AsyncCudo.project_id`); raises ``errors.ConfigurationError``
        when none is configured."""
        return self._async.project_id

    @property
    def timeout(self) -> float:
        """Seconds for one attempt."""
        return self._async.timeout

    @property
    def retry(self) -> RetryPolicy:
        """The retry policy of this client (or view)."""
        return self._async.retry

    @property
    def max_response_bytes(self) -> int:
        """The largest answer accepted, in bytes after decompression."""
        return self._async.max_response_bytes

    @entry
    def with_options(
        self,
        *,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        project_id: str | None = None,
        max_response_bytes: int | None = None,
        max_pages: int | None = None,
    ) -> Cudo:
        """A view of this client with other settings, sharing its connections, key, limits and thread
        (see :meth:`AsyncCudo.with_options`)."""
        view = self._async.with_options(
            timeout=timeout,
            retry=retry,
            extra_headers=extra_headers,
            extra_query=extra_query,
            project_id=project_id,
            max_response_bytes=max_response_bytes,
            max_pages=max_pages,
        )
        return self._over(view)

    def __repr__(self) -> str:
        inner = getattr(self, "_async", None)  # None while (or when) the constructor fails
        return "<Cudo (not built)>" if inner is None else repr(inner).replace("<AsyncCudo", "<Cudo", 1)

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> Cudo:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections and stop the client's thread. Any view closes the whole client;
        calls in flight in other threads end at once with ``errors.ClientClosedError``."""
        self._loop.close()

    @property
    def is_closed(self) -> bool:
        """True once :meth:`close` ran (on this client or any view of it)."""
        return self._loop.closed

    @property
    def in_flight(self) -> int:
        """Requests of this client (and its views) holding a concurrency slot now."""
        return self._async.in_flight

    # ------------------------------------------------------------------ helpers over operations

    def _twin(self, operation: Callable[..., Any]) -> Callable[..., Any]:
        """The AsyncCudo operation behind a sync one (of this client or any view)."""
        namespace = getattr(operation, "__self__", None)
        tag = getattr(type(namespace), "TAG", None)
        owner = getattr(getattr(namespace, "_send", None), "__self__", None)
        name = getattr(operation, "__name__", "")
        if not isinstance(owner, Cudo) or tag not in TAGS or not name:
            raise errors.ConfigurationError(
                f"{getattr(operation, '__qualname__', operation)!r} is not an operation of a Cudo client; "
                "pass one such as cudo.disks.get_disk"
            )
        twin: Callable[..., Any] = getattr(getattr(owner._async, tag), name)
        return twin

    @entry
    def raw(self, operation: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        """Run one operation and return its result with the HTTP status and headers.

        ``resp = cudo.raw(cudo.virtual_machines.get_vm, "proj", "vm-1")``
        """
        if not callable(operation):  # raw(cudo.disks.get_disk(...)): its result, not the operation
            from ._pagination import not_an_operation

            raise not_an_operation(operation, "raw")
        twin = self._twin(operation)
        result: RawResponse[T] = self._loop.call(functools.partial(self._async.raw, twin, *args, **kwargs))
        return result

    @entry
    def paginate(self, operation: Callable[P, Page[T]], *args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        """Iterate over the items of every page of a list operation, whatever its pagination style.

        ``for disk in cudo.paginate(cudo.disks.list_disks, "my-project", page_size=100): ...``
        yields ``models.Disk``; one call per page, as the loop reaches it. Raises
        ConfigurationError for an operation that has no pages.
        """
        from ._pagination import page_style

        page_style(operation)  # what is no list operation is refused as such, before looking for its twin
        # The async client's paginate, so that its bounds (max_pages) hold here too.
        pages = self._async.paginate(self._twin(operation), *args, **kwargs)
        return self._iterate(pages)

    def _iterate(self, pages: Any) -> Iterator[T]:
        done = object()
        steps: list[asyncio.Task[Any]] = []

        async def step() -> Any:
            steps[:] = [asyncio.current_task()]  # type: ignore[list-item]
            try:
                return await pages.__anext__()
            except StopAsyncIteration:
                return done

        try:
            while True:
                item = self._loop.call(step)
                if item is done:
                    return
                yield item
        except GeneratorExit:  # the caller stopped iterating: the page loop ends here and now
            if not self._loop.closed and not in_event_loop():
                self._loop.call(pages.aclose)
            raise
        except BaseException:
            # A step cut short (KeyboardInterrupt, a close): the caller gets its exception as it is,
            # and the page loop is closed on the client's loop once that step has ended.
            self._loop.close_later(pages, steps)
            raise

    @entry
    def wait_for_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        until: str | Iterable[str] = "ACTIVE",
        timeout: float = 600.0,
        poll_interval: float = 0.5,
    ) -> VM:
        """Poll a VM until its state is ``until``; return it (see :meth:`AsyncCudo.wait_for_vm`)."""
        wait = functools.partial(
            self._async.wait_for_vm, project_id, vm_id, until=until, timeout=timeout, poll_interval=poll_interval
        )
        vm: VM = self._loop.call(wait)
        return vm

    @entry
    def wait_for_vms(
        self,
        project_id: str,
        vm_ids: Iterable[str],
        *,
        until: str | Iterable[str] = "ACTIVE",
        timeout: float = 600.0,
        poll_interval: float = 0.5,
    ) -> FleetWaitResult:
        """Wait for many VMs of one project at once, one ``list_vms`` per poll for the whole fleet
        (see :meth:`AsyncCudo.wait_for_vms`). Waits of several threads share the polls."""
        ids = list(vm_ids)  # a generator of the caller's runs here, not on the loop thread
        wait = functools.partial(
            self._async.wait_for_vms, project_id, ids, until=until, timeout=timeout, poll_interval=poll_interval
        )
        result: FleetWaitResult = self._loop.call(wait)
        return result

    @entry
    def rotate_api_key(
        self,
        new_key_id: str,
        *,
        revoke: str | None = None,
        verify: Callable[[AsyncCudo], Coroutine[Any, Any, object]] | None = None,
    ) -> NewAPIKey:
        """Rotate this client's API key: create ``new_key_id``, verify a call with it, switch this
        client and its views, then revoke ``revoke`` if given (see :meth:`AsyncCudo.rotate_api_key`;
        ``verify`` is async: it runs on the client's loop and gets the AsyncCudo on the new key)."""
        rotation = functools.partial(self._async.rotate_api_key, new_key_id, revoke=revoke, verify=verify)
        new_key: NewAPIKey = self._loop.call(rotation)
        return new_key

    # ------------------------------------------------------------------ the request path (AsyncCudo's)

    def _send(
        self, operation: str, request: OperationRequest, decode: Callable[[Any], R], options: CallOptions, /
    ) -> R:
        # (What it raises leaves the SDK through the operation's wrapper, types.by_keyword: see _boundary.)
        result: R = self._loop.call(self._async._send, operation, request, decode, options)
        return result

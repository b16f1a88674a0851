"""AsyncCudo: configuration, lifecycle and the helpers over operations; every operation sends
through the request path in ``_call``."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, ParamSpec, TypeVar

import anyio
import attrs
import httpx2
from cudo_async_api.api import TAGS, Namespaces
from cudo_async_api.types import CallOptions, OperationRequest

from . import _call, errors
from ._auth import KeyLike, KeySource, check_base_url, resolve_project_id
from ._boundary import async_entry, entry
from ._call_options import changed
from ._limits import RateLimit, Throttle, key_fingerprint
from ._retry import RetryPolicy
from ._shared import Options, Shared, _current_loop, default_transport, positive
from ._transport import Answer, Httpx2Transport, Transport
from ._unclosed import Unclosed

if TYPE_CHECKING:
    from cudo_async_api.needs import VM, VMState

    from ._pagination import Page
    from ._rotation import NewAPIKey
    from ._waiting import FleetWaitResult

__all__ = ["AsyncCudo", "RawResponse"]

logger = logging.getLogger("cudo_async")

#: The default cap on one answer's decoded size: far above the largest real listing.
DEFAULT_MAX_RESPONSE_BYTES = 64 << 20
#: The default cap on requests in flight, which is also the connection pool's size.
DEFAULT_MAX_CONCURRENCY = 100

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")


@attrs.frozen
class RawResponse(Generic[T]):
    """An operation's decoded result together with the HTTP answer it came from (``AsyncCudo.raw``).

    Attributes:
        parsed: The result the operation itself returns (its model, ``None`` for no content).
        status_code: The HTTP status of the answer (the last attempt's).
        headers: The answer's HTTP headers (case-insensitive), such as ``x-ratelimit-remaining``.
        attempts: How many attempts the call took, retries included.
    """

    parsed: T
    status_code: int
    headers: httpx2.Headers
    attempts: int

    @property
    def request_id(self) -> str | None:
        """The server's id for the request (``x-request-id``), to quote to CUDO's support; None when absent."""
        value = self.headers.get("x-request-id")
        return str(value) if value is not None else None


class AsyncCudo(Namespaces):
    """The CUDO Compute API client. Every operation is ``await cudo.<tag>.<operation>(...)``.

    Use it as an async context manager, or call :meth:`aclose`. One client holds one
    connection pool; share it across tasks. :meth:`with_options` gives views with other
    settings over the same pool and limits.

    Args:
        api_key: the key, or a sync or async callable returning it (asked on every request;
            a sync one must not block). Defaults to ``$CUDO_API_KEY``, then the cudoctl
            configuration file. ``cudo_async.NO_KEY`` sends no key at all (for the calls CUDO
            answers without one, such as its catalogue; a 401 then says a key is needed).
        base_url: defaults to ``$CUDO_BASE_URL``, then ``https://rest.compute.cudo.org``.
            Plain http is accepted only for loopback hosts.
        project_id: the default project, read as ``cudo.project_id`` and passed to operations
            (they take the project explicitly); defaults to ``$CUDO_PROJECT_ID``, then the
            cudoctl context's project.
        timeout: seconds for one attempt, from sending to the last byte of the answer.
        retry: the :class:`RetryPolicy`; ``RetryPolicy(max_retries=0)`` turns retries off.
        max_concurrency: at most this many requests in flight (also the connection pool's size).
        rate_limit: at most this many requests started per second, evenly spaced; or a shared
            limiter such as ``cudo_async.redis.RedisRateLimiter`` (one limit for every process
            that uses the key).
        max_response_bytes: the largest answer accepted (decompressed); larger ones raise
            ``errors.InvalidResponseError``.
        transport: ``"httpx2"`` (the default) or ``"aiohttp"`` (faster under load; needs
            ``pip install cudo-async[aiohttp]``).
        trust_env: honour ``HTTPS_PROXY``/``NO_PROXY`` and ``SSL_CERT_FILE``/``SSL_CERT_DIR``,
            as every HTTP tool does (the default).
        http_client: an ``httpx2.AsyncClient`` to use instead (its own proxy, TLS and transport
            settings apply); the SDK then leaves it open on close.
        tracing: with OpenTelemetry configured by the application (``pip install
            cudo-async[otel]``), a span per call and per attempt and the request duration
            histogram; ``False`` turns them off.
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
        if not isinstance(tracing, bool):
            raise errors.ConfigurationError(f"tracing must be True or False, got {tracing!r}")
        self._tracing = tracing
        self._base_url = str(check_base_url(base_url))
        self._options = Options(
            timeout=timeout,
            retry=RetryPolicy() if retry is None else retry,
            project_id=resolve_project_id(project_id),
            max_response_bytes=max_response_bytes,
        )
        positive("max_concurrency", max_concurrency, integer=True)
        if isinstance(rate_limit, int | float):
            positive("rate_limit", rate_limit)
        elif rate_limit is not None and not isinstance(rate_limit, RateLimit):
            raise errors.ConfigurationError(
                "rate_limit must be starts per second (a number) or a limiter with an async"
                f" acquire(key_fingerprint), such as RedisRateLimiter; got {type(rate_limit).__name__}"
            )
        if not isinstance(trust_env, bool):
            raise errors.ConfigurationError(f"trust_env must be True or False, got {trust_env!r}")
        if transport not in ("httpx2", "aiohttp"):
            raise errors.ConfigurationError(f"transport must be 'httpx2' or 'aiohttp', got {transport!r}")
        if http_client is not None and not isinstance(http_client, httpx2.AsyncClient):
            raise errors.ConfigurationError(
                f"http_client must be an httpx2.AsyncClient, got {type(http_client).__name__}"
            )
        keys = KeySource(api_key)
        wire: Transport
        if http_client is None:
            tls = not self._base_url.startswith("http://")
            wire = default_transport(max_concurrency, transport, trust_env, tls=tls)
        else:
            wire = Httpx2Transport(http_client, owned=False)
        self._shared = shared = Shared(wire, keys, Throttle(max_concurrency, rate_limit))
        owns = http_client is None  # a given http_client is the caller's to close
        how = "call aclose() or use 'async with AsyncCudo() as cudo:'"
        self._unclosed = Unclosed(repr(self), lambda: shared.closed or not owns, how)

    # ------------------------------------------------------------------ configuration

    @property
    def base_url(self) -> str:
        """The API's base URL, without a trailing slash."""
        return self._base_url

    @property
    def project_id(self) -> str:
        """The default project: the ``project_id`` argument, ``$CUDO_PROJECT_ID`` or the cudoctl
        context's project. Operations take the project as their first argument, so it reaches
        them explicitly: ``await cudo.virtual_machines.list_vms(cudo.project_id)``; a view from
        ``with_options(project_id=...)`` carries another one.

        Raises ``errors.ConfigurationError`` when none is configured.
        """
        if self._options.project_id is None:
            raise errors.ConfigurationError(
                "no default project: pass AsyncCudo(project_id=...), set CUDO_PROJECT_ID,"
                " or choose a cudoctl context that has a project"
            )
        return self._options.project_id

    @property
    def timeout(self) -> float:
        """Seconds for one attempt."""
        return self._options.timeout

    @property
    def retry(self) -> RetryPolicy:
        """The retry policy of this client (or view)."""
        return self._options.retry

    @property
    def max_response_bytes(self) -> int:
        """The largest answer accepted, in bytes after decompression."""
        return self._options.max_response_bytes

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
    ) -> AsyncCudo:
        """A view of this client with other settings, sharing its connection pool, key and limits.

        ``extra_headers`` and ``extra_query`` add to the ones this client already sends; every
        operation also takes ``timeout=``, ``retry=``, ``extra_headers=`` and ``extra_query=``
        for one call. ``max_pages`` bounds the pages one :meth:`paginate` asks for (default 10,000).
        """
        options = changed(
            self._options,
            timeout=timeout,
            retry=retry,
            extra_headers=extra_headers,
            extra_query=extra_query,
            project_id=project_id,
            max_response_bytes=max_response_bytes,
            max_pages=max_pages,
        )
        view = object.__new__(type(self))
        view.__dict__.update(self.__dict__)
        # cached namespaces hold the original's _send: the view builds its own.
        for tag in TAGS:
            view.__dict__.pop(tag, None)
        view._options = options
        return view

    def __repr__(self) -> str:
        # Also for a client whose constructor refused its arguments (a traceback's locals show it).
        base_url, shared = getattr(self, "_base_url", None), getattr(self, "_shared", None)
        if base_url is None or shared is None:
            return "<AsyncCudo (not built)>"
        return f"<AsyncCudo base_url={base_url!r} key from {shared.keys.source}>"

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> AsyncCudo:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (unless it was passed in). Any view closes the shared client.

        Calls still in flight end at once with ``errors.ClientClosedError``; none starts again.
        From another event loop than the one the client was used in (a fixture torn down in
        another loop), the pool's sockets are closed directly; while calls still run in that
        loop, it raises ``errors.ConfigurationError`` instead and closes nothing.
        """
        shared = self._shared
        if shared.closed:
            return
        if shared.loop is not None and _current_loop()[0] is not shared.loop:
            # Its connections belong to the loop it was used in (often over: a fixture torn down
            # in another loop): their sockets are closed directly, without that loop.
            if shared.calls:
                raise errors.ConfigurationError(
                    "aclose() ran in another event loop than the one this client's calls are running in;"
                    " close it in that loop"
                )
            if not shared.transport.close_now():
                raise errors.ConfigurationError(
                    "aclose() ran in another event loop than the one this client was used in, and its"
                    " transport's connections cannot be closed from here: close it in that loop"
                )
            shared.closed = True
            return
        shared.closed = True
        for call in list(shared.calls):
            call.cancel()
        with anyio.CancelScope(shield=True):
            await shared.transport.aclose()

    @property
    def in_flight(self) -> int:
        """Requests of this client (and its views) holding a concurrency slot now."""
        return self._shared.throttle.in_flight

    @property
    def is_closed(self) -> bool:
        """True once :meth:`aclose` ran (on this client or any view of it)."""
        return self._shared.closed

    # ------------------------------------------------------------------ helpers over operations

    @async_entry
    async def raw(self, operation: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        """Run one operation and return its result with the HTTP status and headers.

        ``resp = await cudo.raw(cudo.virtual_machines.get_vm, "proj", "vm-1")``
        """
        if not callable(operation):  # raw(cudo.disks.get_disk(...)): a call, not the operation
            from ._pagination import not_an_operation

            raise not_an_operation(operation, "raw")
        captured: list[tuple[Answer, int]] = []
        token = _call.capture.set(captured)
        try:
            parsed = await operation(*args, **kwargs)
        finally:
            _call.capture.reset(token)
        if not captured:
            raise errors.ConfigurationError("raw() takes an operation of a client, such as cudo.disks.get_disk")
        answer, attempts = captured[-1]
        return RawResponse(parsed=parsed, status_code=answer.status, headers=answer.headers, attempts=attempts)

    @entry
    def paginate(
        self, operation: Callable[P, Awaitable[Page[T]]], *args: P.args, **kwargs: P.kwargs
    ) -> AsyncIterator[T]:
        """Iterate over the items of every page of a list operation, whatever its pagination style.

        ``async for disk in cudo.paginate(cudo.disks.list_disks, "my-project", page_size=100): ...``
        yields ``models.Disk``. Raises ConfigurationError for an operation that has no pages.

        Stops at the last page, and on a page that brings nothing new (a server that ignores
        the page parameter); after ``max_pages`` pages (see :meth:`with_options`) it raises
        ``errors.InvalidResponseError`` instead of asking on forever.
        """
        from ._pagination import iterate, page_style

        return iterate(operation, page_style(operation), args, kwargs, max_pages=self._options.max_pages)

    @async_entry
    async def wait_for_vm(
        self,
        project_id: str,
        vm_id: str,
        *,
        until: VMState | str | Iterable[VMState | str] = "ACTIVE",
        timeout: float = 600.0,  # noqa: ASYNC109 (a polling budget; the errors must reach the caller)
        poll_interval: float = 0.5,
    ) -> VM:
        """Poll a VM (with growing intervals) until its state is ``until`` (one ``VMState`` or its
        name, or any of a collection of them); return it.

        Raises ``errors.ConfigurationError`` at once for a state the spec does not list,
        ``errors.WaitError`` when the VM reaches a state from which ``until`` cannot be reached
        (FAILED, DELETED, or DELETING unless DELETED is wanted), and ``errors.WaitTimeoutError``
        after ``timeout`` seconds, a poll still in flight included. Waiting for DELETED, a VM
        the API no longer finds (NOT_FOUND) is deleted: a ``VM`` with that id and state DELETED
        is returned. Other API errors propagate; closing the client ends the wait at once with
        ``errors.ClientClosedError``.
        """
        from cudo_async_api.needs import VM, VMState

        from ._needs import GET_VM, operation
        from ._waiting import wait_for_state

        get_vm = operation(self, "wait_for_vm", GET_VM)

        async def fetch() -> VM:
            vm: VM = (await get_vm(project_id, vm_id)).vm
            if vm is None or not vm.id:
                raise errors.InvalidResponseError("the answer has no VM", operation=GET_VM.name)
            return vm

        vm: VM = await wait_for_state(
            fetch,
            lambda vm: str(vm.state or "UNKNOWN").upper(),
            until,
            timeout=timeout,
            what=f"VM {vm_id!r}",
            initial_delay=poll_interval,
            sleep=self._shared.backoff,
            gone=lambda: VM(id=vm_id, state=VMState("DELETED")),
        )
        return vm

    @async_entry
    async def wait_for_vms(
        self,
        project_id: str,
        vm_ids: Iterable[str],
        *,
        until: VMState | str | Iterable[VMState | str] = "ACTIVE",
        timeout: float = 600.0,  # noqa: ASYNC109 (a polling budget; see wait_for_vm)
        poll_interval: float = 0.5,
    ) -> FleetWaitResult:
        """Wait for many VMs of one project at once, with one ``list_vms`` call per poll for the
        whole fleet instead of one ``get_vm`` per VM.

        Every ``wait_for_vms`` of the same project and API key on this client (and its views)
        shares those polls; each waiter judges only on lists asked for after its wait began.
        Polls grow like ``wait_for_vm``'s (x1.5 up to 10 s) with jitter, so that many clients
        do not poll in step. Each VM is judged on its own: one that FAILED, was
        DELETED, or is missing from two lists in a row is reported for that VM while
        the others keep waiting; time running out is reported for each VM still waiting.

        Returns a ``FleetWaitResult``: ``.ready`` (vm_id -> VM) and ``.failed`` (vm_id ->
        ``WaitError``); ``.raise_for_failures()`` raises ``errors.FleetWaitError`` if any
        failed. API errors of a poll propagate.
        """
        from ._needs import LIST_VMS, operation
        from ._waiting import ProjectPoll, vm_id_list, wait_for_fleet

        list_vms = operation(self, "wait_for_vms", LIST_VMS)
        ids = vm_id_list(vm_ids)
        if not isinstance(project_id, str) or not project_id:
            raise errors.ConfigurationError(f"project_id must be a non-empty str, got {project_id!r}"[:200])
        self._shared.check_open()

        async def fetch() -> dict[str, VM]:
            answer = await list_vms(project_id)
            return {vm.id: vm for vm in answer.vms}

        # Polls are shared per key and project: a key callable may serve tenants whose projects
        # share a name. (The fingerprint has a fixed length, so the joined name is unambiguous.)
        name = f"{key_fingerprint(await (self._options.keys or self._shared.keys).get())}:{project_id}"
        polls = self._shared.vm_polls
        poll = polls.setdefault(name, ProjectPoll())
        poll.waiters += 1
        try:
            return await wait_for_fleet(
                poll, fetch, ids, until, timeout=timeout, initial_delay=poll_interval, sleep=self._shared.backoff
            )
        finally:
            poll.waiters -= 1
            if not poll.waiters:
                polls.pop(name, None)

    @async_entry
    async def rotate_api_key(
        self,
        new_key_id: str,
        *,
        revoke: str | None = None,
        verify: Callable[[AsyncCudo], Awaitable[object]] | None = None,
    ) -> NewAPIKey:
        """Rotate this client's API key, as CUDO's authentication page advises: create the key
        ``new_key_id``, check that a call made with it succeeds (``verify(client)`` if given, a
        ``list_api_keys`` otherwise), switch this client and all its views to it, and only then,
        if ``revoke`` names the old key's id, revoke that one.

        Returns the new key: ``new_key.reveal()`` is its secret, which CUDO shows only this once
        (store it where your services read their key); its repr shows only a fingerprint.

        Raises ``errors.KeyRotationError`` naming the step that failed (``.step``) and what is
        left to clean up (``.cleanup``); the client is then still on a working key: the old one,
        or after a failed revoke the new one (``.new_key``).
        """
        from ._rotation import rotate

        return await rotate(self, new_key_id, revoke, verify)

    # ------------------------------------------------------------------ the request path

    async def _send(
        self, operation: str, request: OperationRequest, decode: Callable[[Any], R], per_call: CallOptions, /
    ) -> R:
        # (What it raises leaves the SDK through the operation's wrapper, types.by_keyword: see _boundary.)
        return await _call.call(
            self._shared, self._options, self._base_url, operation, request, decode, per_call, self._tracing
        )

"""A stateful, in-memory CUDO Compute API on loopback, for demos and tests.

It keeps the daily lifecycle (data centers, machine types, images, projects, API keys, SSH keys,
VMs, disks, networks, security groups, invoices) and answers every other operation of the spec
with UNIMPLEMENTED. It authenticates with bearer keys, answers errors in AIP-193 form, paginates
in the spec's three styles, rate-limits per key, and can be told to misbehave (see :meth:`Emulator.inject`).
"""

from __future__ import annotations

import collections
import math
import random
import re
import secrets
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import anyio
import anyio.abc
import attrs
from cudo_async_api.api import ROUTES

from .._decode import status_for_http
from .._status import status_body
from ._catalogue import Catalogue
from ._compute import Compute
from ._faults import Chaos, Exchange, Fault, TokenBucket
from ._http import Reply, Request, handle_connection, json_reply
from ._store import HANDLERS, ApiFailure, T, _error_info

if TYPE_CHECKING:
    from .._client import AsyncCudo


def _compile(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[a-z_0-9]+\})", template)
    regex = "".join(f"(?P<{p[1:-1]}>[^/:]+)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{regex}$")


_ROUTE_TABLE = sorted(
    ((method, _compile(path), op, path) for _tag, op, method, path in ROUTES),
    key=lambda r: r[3].count("{"),
)


class Emulator(Catalogue, Compute):
    """Serve the emulated API on ``127.0.0.1`` inside the current event loop.

    >>> async with Emulator() as emu:
    ...     async with emu.client() as cudo:
    ...         await cudo.virtual_machines.list_vm_data_centers()

    Args:
        host, port: where to listen (port 0: a free port).
        rate_limit: requests per second allowed per key (``None``: no limit); ``burst`` on top.
        boot_seconds: how long a new VM stays PENDING before it is ACTIVE.
        transition_seconds: how long start, stop, reboot and terminate take.
        project_id: the project that exists from the start.
        api_key: the key that works from the start (default: a random one).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        rate_limit: float | None = 100.0,
        burst: int = 200,
        boot_seconds: float = 0.3,
        transition_seconds: float = 0.2,
        project_id: str = "demo-project",
        api_key: str | None = None,
        record: int = 10000,
    ) -> None:
        self.host, self.port = host, port
        self.rate_limit, self.burst = rate_limit, burst
        self.project_id = project_id
        self.api_key = api_key or "emu-" + secrets.token_urlsafe(24)
        super().__init__(project_id, self.api_key, boot_seconds, transition_seconds)
        #: Answered requests, newest last (bounded).
        self.exchanges: collections.deque[Exchange] = collections.deque(maxlen=record)
        self.faults: list[Fault] = []
        #: Requests answered since the start, and how many of them were rate-limited (429).
        self.answered = 0
        self.rate_limited = 0
        #: How many answers a fault changed (injected or chaos).
        self.faults_served = 0
        #: Client connections open now (a client that closed its pool leaves none).
        self.open_connections = 0
        self._all_closed: anyio.Event | None = None
        self._chaos: Chaos | None = None
        self._buckets: dict[str, TokenBucket] = {}
        self._tg: anyio.abc.TaskGroup | None = None
        self._listener: anyio.abc.SocketListener | None = None

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> Emulator:
        listener = await anyio.create_tcp_listener(local_host=self.host, local_port=self.port)
        self._listener = listener  # type: ignore[assignment]
        self.port = int(listener.extra(anyio.abc.SocketAttribute.local_port))
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        self._tg.start_soon(listener.serve, self._serve_connection)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._tg is not None and self._listener is not None
        self._tg.cancel_scope.cancel()
        await self._tg.__aexit__(None, None, None)
        await self._listener.aclose()
        self._tg = None

    async def _serve_connection(self, stream: anyio.abc.ByteStream) -> None:
        self.open_connections += 1
        try:
            await handle_connection(stream, self.handle)
        finally:
            self.open_connections -= 1
            if not self.open_connections and self._all_closed is not None:
                self._all_closed.set()

    async def wait_for_connections_closed(self, timeout: float = 2.0) -> int:  # noqa: ASYNC109 (returns the count)
        """Wait until clients have closed their connections (at most ``timeout`` s); the count left."""
        if self.open_connections:
            self._all_closed = anyio.Event()
            with anyio.move_on_after(timeout):
                await self._all_closed.wait()
            self._all_closed = None
        return self.open_connections

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def client(self, **options: Any) -> AsyncCudo:
        """An ``AsyncCudo`` for this emulator (its key and URL, and the default project)."""
        from .._client import AsyncCudo

        options.setdefault("api_key", self.api_key)
        options.setdefault("base_url", self.base_url)
        options.setdefault("project_id", self.project_id)
        return AsyncCudo(**options)

    # ------------------------------------------------------------------ fault injection

    def inject(self, operation: str | None = None, *, times: int = 1, **behaviour: Any) -> Fault:
        """Make the next ``times`` calls of ``operation`` (any operation if None) misbehave.

        ``behaviour`` is any of :class:`Fault`'s fields: ``status``, ``body``, ``headers``,
        ``latency``, ``drop`` ("before" or "after"), ``truncate``.
        """
        fault = Fault(operation=operation, times=times, **behaviour)
        self.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        self.faults.clear()
        self._chaos = None

    def chaos(self, rate: float, faults: list[Fault], *, seed: int = 0) -> None:
        """From now on, answer a share ``rate`` of all calls with one of ``faults``, picked at random.

        Each fault's ``operation`` (if set) limits where it may be picked; ``times`` is ignored.
        """
        if not 0 <= rate <= 1 or not faults:
            raise ValueError("rate must be in [0, 1] and faults non-empty")
        self._chaos = Chaos(rate, list(faults), random.Random(seed))  # noqa: S311 (test chaos, not secrets)

    def _take_fault(self, operation: str | None) -> Fault | None:
        for fault in self.faults:
            if fault.used < fault.times and fault.operation in (None, operation):
                fault.used += 1
                return fault
        return None

    # ------------------------------------------------------------------ request handling

    async def handle(self, request: Request) -> Reply:
        operation, template, params = self._route(request)
        reply = self._answer(request, operation, params)
        self.exchanges.append(Exchange(operation, request.method, template, request, reply))
        self.answered += 1
        return reply

    def _route(self, request: Request) -> tuple[str | None, str | None, dict[str, str]]:
        for method, pattern, op, template in _ROUTE_TABLE:
            if method == request.method:
                match = pattern.match(request.path)
                if match:
                    return op, template, {k: unquote(v) for k, v in match.groupdict().items()}
        return None, None, {}

    def _answer(self, request: Request, operation: str | None, params: dict[str, str]) -> Reply:
        try:
            key_id = self._authenticate(request)
            self._throttle(key_id)
        except ApiFailure as exc:
            return self._failure(exc)
        fault = self._take_fault(operation)
        if fault is None and self._chaos is not None:
            fault = self._chaos.pick(operation)
        if operation is None:
            reply = self._failure(ApiFailure("NOT_FOUND", f"no operation at {request.method} {request.path}"))
        elif fault is None or fault.runs_call:
            reply = self._dispatch(operation, request, params, key_id)
        else:
            reply = Reply(0)
        if fault is None:
            return reply
        return self._apply_fault(fault, reply)

    def _apply_fault(self, fault: Fault, reply: Reply) -> Reply:
        self.faults_served += 1
        if fault.drop is not None:
            return Reply(0, drop=True, latency=fault.latency)
        if fault.status is not None:
            body: Any = fault.body
            if body is None:
                status = status_for_http(fault.status)
                body = status_body(status, f"injected {fault.status}", http=fault.status)
            raw = body if isinstance(body, bytes) else json_reply(fault.status, body).body
            reply = Reply(fault.status, raw, dict(fault.headers))
        elif fault.body is not None:
            raw = fault.body if isinstance(fault.body, bytes) else json_reply(200, fault.body).body
            reply = attrs.evolve(reply, body=raw, headers={**reply.headers, **fault.headers})
        if fault.truncate:
            reply = attrs.evolve(reply, truncate_at=len(reply.body) // 2)
        return attrs.evolve(reply, latency=fault.latency)

    def _failure(self, exc: ApiFailure) -> Reply:
        body = status_body(exc.status, exc.message, exc.details)
        return json_reply(body["code"], body, exc.headers)

    def _authenticate(self, request: Request) -> str:
        header = request.headers.get("authorization", "")
        if not header:
            raise ApiFailure("UNAUTHENTICATED", "missing Authorization header", _error_info("API_KEY_MISSING"))
        scheme, _, key = header.partition(" ")
        if scheme.lower() != "bearer" or key not in self._key_ids:
            raise ApiFailure("UNAUTHENTICATED", "invalid or revoked API key", _error_info("API_KEY_INVALID"))
        return self._key_ids[key]

    def _throttle(self, key_id: str) -> None:
        if self.rate_limit is None:
            return
        bucket = self._buckets.setdefault(key_id, TokenBucket(self.rate_limit, self.burst))
        wait = bucket.take()
        if wait > 0:
            self.rate_limited += 1
            raise ApiFailure(
                "RESOURCE_EXHAUSTED",
                "rate limit exceeded for this API key",
                _error_info("RATE_LIMIT_EXCEEDED", limit=str(self.rate_limit)),
                {"@type": T + "RetryInfo", "retryDelay": f"{wait:.3f}s"},
                headers={"Retry-After": str(max(1, math.ceil(wait)))},
            )

    def _dispatch(self, operation: str, request: Request, params: dict[str, str], key_id: str) -> Reply:
        handler = HANDLERS.get(operation)
        if handler is None:
            return self._failure(ApiFailure("UNIMPLEMENTED", f"{operation} is not implemented by the emulator"))
        try:
            body = request.json() if request.method in ("POST", "PUT", "PATCH") else {}
        except ValueError:
            return self._failure(ApiFailure("INVALID_ARGUMENT", "request body is not valid JSON"))
        if not isinstance(body, dict):
            return self._failure(ApiFailure("INVALID_ARGUMENT", "request body must be a JSON object"))
        try:
            return json_reply(200, handler(self, params=params, query=request.query, body=body, key_id=key_id))
        except ApiFailure as exc:
            return self._failure(exc)

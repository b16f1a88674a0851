"""A stateful, in-memory CUDO Compute API on loopback, for demos and tests.

Hand-written handlers keep the daily lifecycle (data centers, machine types, images, projects,
API keys, SSH keys, VMs, disks, networks, security groups, invoices); every other operation of
the spec shipped in the package is served from its shape (see ``_generic``). It authenticates
with bearer keys, speaks the wire form of CUDO's gateway (or the documented AIP-193 error form,
on request), paginates in the spec's three styles, rate-limits per key, and can be told to
misbehave (see :meth:`Emulator.inject`).

``async with Emulator()`` serves inside the caller's event loop, on its clock (a test's mock
clock included), and may be entered in one task and left in another (as pytest-asyncio runs a
fixture). ``with Emulator()`` serves from a thread of its own, for sync code and fixtures that
outlive one event loop.
"""

from __future__ import annotations

import asyncio
import collections
import difflib
import ipaddress
import logging
import math
import os
import random
import secrets
import sys
import time
from typing import TYPE_CHECKING, Any, Literal

import anyio
import anyio.abc
import anyio.from_thread
import attrs

from .._checks import check_number, check_whole, shown
from .._decode import status_for_http
from .._status import grpc_number, http_status, status_body
from ..errors import ConfigurationError
from ._catalogue import Catalogue
from ._compute import Compute
from ._faults import Chaos, Exchange, Fault, TokenBucket
from ._generic import Generic, shipped_plan
from ._http import Reply, Request, handle_connection, json_reply
from ._schema import check_request, known_fields, not_utf8, parse_body
from ._spec import SpecOp, shipped
from ._store import HANDLERS, ApiFailure, T, _bad_request, _error_info
from ._wire import is_zero, write

if TYPE_CHECKING:
    from .._client import AsyncCudo


logger = logging.getLogger("cudo_async.testing")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


#: How long the emulator waits before accepting again after an accept failed.
ACCEPT_RETRY_SECONDS = 0.05


def _connection_cap(wanted: int) -> int:
    """``wanted``, but at most half the file descriptors the process may open (the rest are the
    host process's: a test suite serving the emulator in-process keeps its own)."""
    try:
        import resource
    except ImportError:  # not on this platform
        return wanted
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return wanted if soft == resource.RLIM_INFINITY or soft <= 0 else max(1, min(wanted, soft // 2))


#: What the emulator's answers look like. ``"gateway"``: what CUDO's HTTP/JSON gateway sends
#: (proto3 JSON: fields at their zero value left out; errors as ``google.rpc.Status`` with the
#: gRPC number in ``code`` and no ``status``). ``"aip193"``: every field written, and errors in
#: the documented form (``code`` is the HTTP status, ``status`` the canonical name).
Wire = Literal["gateway", "aip193"]
WIRE_FORMS: tuple[Wire, ...] = ("gateway", "aip193")
#: Sets the default wire form, so a whole test suite can run against the other one.
WIRE_ENV = "CUDO_EMULATOR_WIRE"


def _wire_form(wire: str | None) -> Wire:
    chosen = wire if wire is not None else os.environ.get(WIRE_ENV, "gateway")
    if chosen not in WIRE_FORMS:
        where = "wire" if wire is not None else f"${WIRE_ENV}"
        raise ConfigurationError(f"{where} must be 'gateway' or 'aip193', got {chosen!r}")
    return chosen


#: The members of google.rpc's detail messages that are maps, whose every entry protojson writes.
_DETAIL_MAPS = {"ErrorInfo": frozenset({"metadata"})}


def _without_zeros(value: Any, *, entries: bool = False) -> Any:
    """An error detail as proto3 JSON writes it: members at their zero value left out (a map's
    entries, ``entries``, all kept)."""
    if isinstance(value, dict):
        maps = _DETAIL_MAPS.get(str(value.get("@type", "")).rsplit(".", 1)[-1], frozenset())
        return {k: _without_zeros(v, entries=k in maps) for k, v in value.items() if entries or not is_zero(v, {})}
    if isinstance(value, list):
        return [_without_zeros(v) for v in value]
    return value


class Emulator(Catalogue, Compute):
    """Serve the emulated API on ``127.0.0.1``: in the current event loop, or in a thread.

    >>> async with Emulator() as emu:
    ...     async with emu.client() as cudo:
    ...         await cudo.virtual_machines.list_vm_data_centers()

    ``with Emulator() as emu:`` serves from a thread instead: for sync code, and for a fixture
    whose event loop is not the test's.

    Args:
        host, port: where to listen (port 0: a free port).
        rate_limit: requests per second allowed per key (``None``: no limit); ``burst`` on top.
        boot_seconds: how long a new VM stays PENDING before it is ACTIVE; a ``(shortest,
            longest)`` pair draws each VM's time evenly from that range (seeded: repeatable).
        transition_seconds: how long start, stop, reboot and terminate take.
        project_id: the project that exists from the start.
        api_key: the key that works from the start (default: a random one).
        wire: ``"gateway"`` (what CUDO's gateway really sends: zero values left out, errors with
            the gRPC number in ``code``) or ``"aip193"`` (the documented error form, every field
            written). Default: ``$CUDO_EMULATOR_WIRE``, else ``"gateway"``.
        record: how many answered requests :attr:`exchanges` keeps.
        record_bytes: how many bytes of requests and answers (bodies, paths, headers) it keeps at
            most, beyond the newest exchange: the oldest go first, so a client sending large bodies
            cannot grow the emulator's memory without bound.
        idle_timeout: a connection that sends nothing (or not a whole request) for this many
            seconds is closed, so stalled clients do not hold the server's connections.
        max_connections: how many client connections are served at once (at most half the
            process's file-descriptor limit); further ones wait, unaccepted, until one closes.
        allow_remote: listen on a ``host`` that is not a loopback address (off by default: the
            emulator is for tests and demos on one machine).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        rate_limit: float | None = 100.0,
        burst: int = 200,
        boot_seconds: float | tuple[float, float] = 0.3,
        transition_seconds: float = 0.2,
        project_id: str = "demo-project",
        api_key: str | None = None,
        wire: Wire | None = None,
        record: int = 10000,
        record_bytes: int = 32 << 20,
        idle_timeout: float = 30.0,
        max_connections: int = 512,
        allow_remote: bool = False,
    ) -> None:
        self.wire = _wire_form(wire)
        if not isinstance(host, str) or (not allow_remote and not _is_loopback(host)):
            raise ConfigurationError(
                f"host {host!r} is not a loopback address: the emulator accepts any request with its key;"
                " pass allow_remote=True (--allow-remote) to listen there anyway"
            )
        check_whole("port", port, 0, 65535)
        if rate_limit is not None:
            check_number("rate_limit", rate_limit, above=0.0)
        check_whole("burst", burst, 1)
        for low in boot_seconds if isinstance(boot_seconds, tuple) else (boot_seconds,):
            check_number("boot_seconds", low, at_least=0.0)
        if isinstance(boot_seconds, tuple) and (len(boot_seconds) != 2 or boot_seconds[0] > boot_seconds[1]):
            raise ConfigurationError(
                f"boot_seconds must be a number or a (shortest, longest) pair, got {boot_seconds!r}"
            )
        check_number("transition_seconds", transition_seconds, at_least=0.0)
        check_whole("record", record, 0)
        check_whole("record_bytes", record_bytes, 0)
        check_number("idle_timeout", idle_timeout, above=0.0)
        self.idle_timeout = idle_timeout
        check_whole("max_connections", max_connections, 1)
        self.max_connections = _connection_cap(max_connections)
        if not isinstance(project_id, str) or not project_id:
            raise ConfigurationError(f"project_id must be a non-empty str, got {project_id!r}")
        if api_key is not None and (
            not isinstance(api_key, str) or not api_key or not api_key.isascii() or not api_key.isprintable()
            or " " in api_key
        ):  # fmt: skip
            raise ConfigurationError(
                "api_key must be a non-empty str of printable ASCII characters without spaces (or None: a random one)"
            )
        self.host, self.port = host, port
        self.rate_limit, self.burst = rate_limit, burst
        self.project_id = project_id
        self.api_key = api_key or "emu-" + secrets.token_urlsafe(24)
        super().__init__(project_id, self.api_key, boot_seconds, transition_seconds)
        self.spec = shipped()
        #: The operations without a hand-written handler, served from the spec's shapes.
        self.generic = Generic(shipped_plan(frozenset(HANDLERS)), self._look_up, HANDLERS.__contains__)
        # The billing account the hand-written projects name (skipped by a spec without billing accounts).
        self.generic.seed("/v1/billing-accounts/{id}", ("demo-billing",), {"id": "demo-billing", "displayName": "Demo"})
        self._exchanges: collections.deque[tuple[Exchange, int]] = collections.deque()
        self.record, self.record_bytes, self._recorded_bytes = record, record_bytes, 0
        self.faults: list[Fault] = []
        #: Requests answered since the start, and how many of them were rate-limited (429).
        self.answered = 0
        self.rate_limited = 0
        #: How many answers a fault changed (injected or chaos).
        self.faults_served = 0
        #: Client connections open now (a client that closed its pool leaves none).
        self.open_connections = 0
        self._chaos: Chaos | None = None
        self._buckets: dict[str, TokenBucket] = {}
        self._scope: anyio.CancelScope | None = None
        self._stopped: anyio.Event | None = None  # set once serving ended
        self._error: Exception | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._portal: tuple[Any, anyio.from_thread.BlockingPortal] | None = None  # sync use only

    # ------------------------------------------------------------------ lifecycle

    def __enter__(self) -> Emulator:
        # Sync use: the emulator's own event loop in a thread of its own.
        portal_cm = anyio.from_thread.start_blocking_portal("asyncio")
        portal = portal_cm.__enter__()
        try:
            portal.call(self.__aenter__)
        except BaseException:
            portal_cm.__exit__(None, None, None)
            raise
        self._portal = (portal_cm, portal)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._portal is None:
            return
        portal_cm, portal = self._portal
        self._portal = None
        try:
            portal.call(self.__aexit__)
        finally:
            portal_cm.__exit__(None, None, None)

    async def __aenter__(self) -> Emulator:
        if self._stopped is not None:
            raise RuntimeError("this emulator is already serving")
        listener = await anyio.create_tcp_listener(local_host=self.host, local_port=self.port)
        self.port = int(listener.extra(anyio.abc.SocketAttribute.local_port))
        self._stopped = anyio.Event()
        self._scope = anyio.CancelScope()
        # Not a task group: a fixture may start the emulator in one task and stop it in another.
        trio = sys.modules.get("trio")
        if trio is not None and trio.lowlevel.in_trio_run():
            trio.lowlevel.spawn_system_task(self._serve, listener)
        else:
            task = asyncio.get_running_loop().create_task(self._serve(listener))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._stopped is None or self._scope is None:
            return
        self._scope.cancel()
        with anyio.CancelScope(shield=True):
            await self._stopped.wait()
        self._stopped = None
        if self._error is not None:
            error, self._error = self._error, None
            raise RuntimeError("the emulator failed while serving") from error

    async def _serve(self, listener: anyio.abc.Listener[anyio.abc.SocketStream]) -> None:
        assert self._stopped is not None and self._scope is not None
        try:
            with self._scope:
                async with listener, anyio.create_task_group() as tg:
                    slots = anyio.Semaphore(self.max_connections)
                    for one in getattr(listener, "listeners", [listener]):  # a MultiListener's each
                        tg.start_soon(self._accept, one, tg, slots)
        except Exception as exc:  # reported by __aexit__: a spawned task has nobody else to tell
            self._error = exc
        finally:
            self._stopped.set()

    async def _accept(
        self, listener: anyio.abc.SocketListener, tg: anyio.abc.TaskGroup, slots: anyio.Semaphore
    ) -> None:
        """Accept connections while fewer than ``max_connections`` are open (the others wait in the
        kernel's queue); a failed accept (out of file descriptors, say) is tried again, never fatal."""
        failing = False
        while True:
            await slots.acquire()
            try:
                stream = await listener.accept()
            except OSError as exc:
                slots.release()
                if not failing:
                    logger.warning("the emulator cannot accept a connection (%s); it tries again", exc)
                failing = True
                await anyio.sleep(ACCEPT_RETRY_SECONDS)
                continue
            except BaseException:
                slots.release()
                raise
            if failing:
                logger.warning("the emulator accepts connections again")
            failing = False
            tg.start_soon(self._serve_connection, stream, slots)

    async def _serve_connection(self, stream: anyio.abc.ByteStream, slots: anyio.Semaphore) -> None:
        self.open_connections += 1
        try:
            await handle_connection(stream, self.handle, idle_timeout=self.idle_timeout)
        except Exception:  # one connection's failure ends that connection, never the server
            logger.exception("the emulator dropped a connection after an error")
        finally:
            self.open_connections -= 1
            slots.release()

    async def serving_stopped(self) -> None:
        """Return when the emulator stops serving (it was stopped, or its listener failed)."""
        if self._stopped is None:
            return
        await self._stopped.wait()

    async def wait_for_connections_closed(self, timeout: float = 2.0) -> int:  # noqa: ASYNC109 (returns the count)
        """Wait until clients have closed their connections (at most ``timeout`` s); the count left."""
        deadline = time.monotonic() + timeout
        while self.open_connections and time.monotonic() < deadline:  # noqa: ASYNC110 (set by the server's thread)
            await anyio.sleep(0.01)
        return self.open_connections

    @property
    def exchanges(self) -> list[Exchange]:
        """The answered requests, oldest first (a copy: the newest ``record`` of them, within
        ``record_bytes``)."""
        return [exchange for exchange, _size in self._exchanges]

    def _record(self, exchange: Exchange) -> None:
        request, reply = exchange.request, exchange.reply
        size = len(request.body) + len(reply.body) + len(request.path) + len(request.method)
        parts = (request.headers, request.query, reply.headers)
        size += sum(len(k) + len(v) for part in parts for k, v in part.items())
        size += sum(len(k) + sum(map(len, values)) for k, values in request.repeated.items())
        self._exchanges.append((exchange, size))
        self._recorded_bytes += size
        while len(self._exchanges) > self.record or (
            len(self._exchanges) > 1 and self._recorded_bytes - size > self.record_bytes
        ):
            self._recorded_bytes -= self._exchanges.popleft()[1]

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
        self._check_operation(operation)
        fault = Fault(operation=operation, times=times, **behaviour)
        self.faults.append(fault)
        return fault

    def _check_operation(self, operation: object) -> None:
        """A fault names an operation of the spec, or none: a misspelt one would never fire."""
        if operation is not None and operation not in self.spec.operations:
            close = difflib.get_close_matches(str(operation), list(self.spec.operations), n=1)
            hint = f"did you mean {close[0]!r}?" if close else "give an operation id of the spec, or None for any"
            raise ConfigurationError(f"operation {shown(operation)} is not an operation of the spec: {hint}")

    def clear_faults(self) -> None:
        self.faults.clear()
        self._chaos = None

    def chaos(self, rate: float, faults: list[Fault], *, seed: int = 0) -> None:
        """From now on, answer a share ``rate`` of all calls with one of ``faults``, picked at random.

        Each fault's ``operation`` (if set) limits where it may be picked; ``times`` is ignored.
        """
        check_number("rate", rate, at_least=0.0)
        if rate > 1:
            raise ConfigurationError(f"rate must be a number in [0, 1], got {rate!r}")
        if not isinstance(faults, list | tuple) or not faults or not all(isinstance(f, Fault) for f in faults):
            raise ConfigurationError("faults must be a non-empty list of Fault (emulator.inject(...) or Fault(...))")
        for fault in faults:
            self._check_operation(fault.operation)
        if not isinstance(seed, int | str | bytes) or isinstance(seed, bool):
            raise ConfigurationError(f"seed must be an int (or a str), got {shown(seed)}")
        self._chaos = Chaos(rate, list(faults), random.Random(seed))  # noqa: S311 (test chaos, not secrets)

    def _take_fault(self, operation: str | None) -> Fault | None:
        for fault in self.faults:
            if fault.used < fault.times and fault.operation in (None, operation):
                fault.used += 1
                return fault
        return None

    # ------------------------------------------------------------------ request handling

    async def handle(self, request: Request) -> Reply:
        op, params, known = self.spec.route(request.method, request.path)
        try:
            reply = self._answer(request, op, params, known)
        except Exception:  # a bug of the emulator's: this request gets a 500, the others go on
            logger.exception("the emulator failed on %s %s", request.method, request.path[:200])
            reply = self._failure(ApiFailure("INTERNAL", "the emulator failed on this request (see its log)"))
        if not any(name.lower() == "x-request-id" for name in reply.headers):  # as CUDO's gateway does
            reply = attrs.evolve(reply, headers={**reply.headers, "x-request-id": f"emu-{self.answered + 1:08d}"})
        operation, template = (op.id, op.path) if op is not None else (None, None)
        self._record(Exchange(operation, request.method, template, request, reply))
        self.answered += 1
        return reply

    def _answer(self, request: Request, op: SpecOp | None, params: dict[str, str], known: bool) -> Reply:
        if op is None:  # grpc-gateway's DefaultRoutingErrorHandler (runtime/errors.go), before any call
            if known:
                return self._failure(ApiFailure("UNIMPLEMENTED", "Method Not Allowed"))
            return self._failure(ApiFailure("NOT_FOUND", "Not Found"))
        try:
            key_id = self._authenticate(request)
            self._throttle(key_id)
        except ApiFailure as exc:
            return self._failure(exc)
        fault = self._take_fault(op.id)
        if fault is None and self._chaos is not None:
            fault = self._chaos.pick(op.id)
        reply = self._dispatch(op, request, params, key_id) if fault is None or fault.runs_call else Reply(0)
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
                body = self._error_body(status_for_http(fault.status), f"injected {fault.status}", (), fault.status)
            raw = body if isinstance(body, bytes) else json_reply(fault.status, body).body
            reply = Reply(fault.status, raw, dict(fault.headers))
        elif fault.body is not None:
            raw = fault.body if isinstance(fault.body, bytes) else json_reply(200, fault.body).body
            reply = attrs.evolve(reply, body=raw, headers={**reply.headers, **fault.headers})
        if fault.truncate:
            reply = attrs.evolve(reply, truncate_at=len(reply.body) // 2)
        return attrs.evolve(reply, latency=fault.latency)

    def _failure(self, exc: ApiFailure) -> Reply:
        http = http_status(exc.status)
        return json_reply(http, self._error_body(exc.status, exc.message, exc.details, http), exc.headers)

    def _error_body(self, status: str, message: str, details: Any, http: int) -> dict[str, Any]:
        body = status_body(status, message, details, http=http)
        if self.wire == "gateway":  # google.rpc.Status as the gateway writes it
            del body["status"]
            body["code"] = grpc_number(status)
            body["details"] = [_without_zeros(d) for d in body["details"]]
        return body

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

    def _look_up(self, getter: SpecOp, key: tuple[str, ...]) -> Any:
        """An item the hand-written handlers keep, through their GET (NOT_FOUND when absent)."""
        params = dict(zip(getter.handler_names, key, strict=True))
        return HANDLERS[getter.id](self, params=params, query={}, body={}, key_id="emulator")

    def _dispatch(self, op: SpecOp, request: Request, params: dict[str, str], key_id: str) -> Reply:
        try:
            body = parse_body(request.body) if op.body is not None else {}
        except UnicodeDecodeError:
            return self._failure(ApiFailure("INVALID_ARGUMENT", "request body is not valid UTF-8"))
        except (ValueError, RecursionError):  # not JSON, or nested past what the parser takes
            return self._failure(ApiFailure("INVALID_ARGUMENT", "request body is not valid JSON"))
        if not isinstance(body, dict) and self.spec.resolve(op.body).get("type") != "array":
            return self._failure(ApiFailure("INVALID_ARGUMENT", "request body must be a JSON object"))
        declared = op.query()  # the gateway ignores query parameters the operation does not have
        query = {name: value for name, value in request.query.items() if name in declared}
        texts = {**params, **query}
        where = next((name for name, text in texts.items() if not_utf8(text) is not None), None)
        if where is None:
            where = not_utf8(body)
        if where is not None:  # protojson refuses such a string anywhere, unknown fields included
            return self._failure(_bad_request((where or "body", "is not valid UTF-8 (a lone surrogate or a bad byte)")))
        if op.body_required and not request.body.strip():  # the spec requires one (the gateway reads none as {})
            return self._failure(_bad_request(("body", "a JSON object is required (send {} for no fields)")))
        violations = check_request(self.spec, op, body, query, params, request.repeated)
        if violations:
            return self._failure(_bad_request(*violations))
        if op.body is not None:
            body = known_fields(self.spec, body, op.body)
        handler = HANDLERS.get(op.id)
        try:
            if op.method != "GET":  # a write may not leave a reference to nothing
                self.generic.check_references(op, params, query, body)
            if handler is not None:
                named = dict(zip(op.handler_names, (params[n] for n in op.path_names), strict=True))
                answer = self.generic.listed(
                    op, params, query, handler(self, params=named, query=query, body=body, key_id=key_id)
                )
                shape = self.generic.plan.shapes[op.id]
                if shape.kind == "delete":  # what the generic rules kept under it goes with it
                    self.generic.forget_under(shape.family, tuple(params[n] for n in op.path_names[: shape.depth]))
            else:
                answer = self.generic.serve(op, params, query, body)
        except ApiFailure as exc:
            return self._failure(exc)
        return json_reply(200, write(self.spec, answer, op.response, drop_zeros=self.wire == "gateway"))

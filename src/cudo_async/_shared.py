"""What every view of one client shares (transport, key, limits, event loop), the settings a view
may change with their bounds, and the transport a client builds for itself."""

from __future__ import annotations

import math
import ssl
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import anyio
import attrs

from . import _request as wire
from . import errors
from ._auth import KeySource
from ._call_options import OWNED_HEADERS, request_headers
from ._checks import finite
from ._limits import Throttle
from ._pagination import DEFAULT_MAX_PAGES
from ._retry import RetryPolicy
from ._transport import ACCEPT_ENCODING, Httpx2Transport, Transport, default_httpx2_client

if TYPE_CHECKING:
    from ._waiting import ProjectPoll


class Shared:
    """What every view of one client shares: the connection pool, the key, the limits."""

    __slots__ = (
        "calls", "clock", "closed", "headers", "json_headers", "keys", "loop", "throttle", "transport", "vm_polls"
    )  # fmt: skip

    def __init__(self, transport: Transport, keys: KeySource, throttle: Throttle) -> None:
        self.transport = transport
        self.keys = keys
        self.throttle = throttle
        self.closed = False
        #: The event loop of the first call: a client serves one loop (its pool and limits live there).
        self.loop: object | None = None
        #: The clock of that loop (anyio's current_time, without asking which library runs each time).
        self.clock: Callable[[], float] = anyio.current_time
        #: One cancel scope per call in flight, so that closing the client ends them at once.
        self.calls: set[anyio.CancelScope] = set()
        #: project_id -> the list poll that every wait_for_vms of that project shares.
        self.vm_polls: dict[str, ProjectPoll] = {}
        # The SDK's own headers, then what an http_client's defaults add to them (read once,
        # here): never a second Accept or User-Agent, nor what the SDK owns (the Authorization is
        # the key's, or none with api_key=NO_KEY, whatever the http_client carries).
        own = {"Accept": "application/json", "Accept-Encoding": ACCEPT_ENCODING, "User-Agent": wire.user_agent()}
        given = tuple((n, v) for n, v in transport.default_headers.items() if n.lower() not in OWNED_HEADERS)
        self.headers = request_headers(own, given, add_only=True)
        self.json_headers = {**self.headers, "Content-Type": "application/json"}

    @contextmanager
    def closable(self, deadline: float = math.inf) -> Iterator[anyio.CancelScope]:
        """A cancel scope that aclose() cancels: every wait of a call (attempt or backoff) runs in one."""
        with anyio.CancelScope(deadline=deadline) as scope:
            self.calls.add(scope)
            try:
                yield scope
            finally:
                self.calls.discard(scope)

    def check_open(self) -> None:
        if self.closed:
            raise errors.ClientClosedError("this AsyncCudo client is closed; create a new one")

    def check_loop(self) -> None:
        loop, clock = _current_loop()
        if loop is not self.loop:
            if self.loop is not None:
                raise errors.ConfigurationError(
                    "this AsyncCudo was first used in another event loop (or thread); its connections and "
                    "limits belong to that loop: create one client per event loop"
                )
            self.loop, self.clock = loop, clock
            self.throttle.clock = clock

    async def backoff(self, seconds: float) -> None:
        """A wait between attempts (or polls) that ends at once when the client is closed, with
        ``ClientClosedError``."""
        self.check_open()
        with self.closable():
            await anyio.sleep(seconds)
        self.check_open()


def _current_loop() -> tuple[object, Callable[[], float]]:
    trio = sys.modules.get("trio")  # only a program that imported trio can be running it
    if trio is not None and trio.lowlevel.in_trio_run():
        return trio.lowlevel.current_trio_token(), trio.current_time
    import asyncio  # only once a call runs: importing the SDK does not load the event loop machinery

    loop = asyncio.get_running_loop()
    return loop, loop.time


#: The largest value each option takes: what the code (and the machine) can honour.
LIMITS: dict[str, float] = {
    "timeout": 7 * 86_400.0,  # a week, for one attempt
    "max_concurrency": 100_000,  # connections: far past a process's file descriptors
    "rate_limit": 1_000_000.0,  # starts per second
    "max_response_bytes": 1 << 40,  # 1 TiB, after decompression
}


def positive(name: str, value: Any, *, integer: bool = False) -> None:
    number = finite(value)
    if number is None or (integer and not isinstance(value, int)) or not number > 0:
        what = "an int >= 1" if integer else "a finite number > 0"
        raise errors.ConfigurationError(f"{name} must be {what}, got {value!r}")
    limit = LIMITS.get(name)
    if limit is not None and value > limit:
        raise errors.ConfigurationError(f"{name} must be at most {limit:,.0f}, got {value!r}")


def policy(value: Any) -> RetryPolicy:
    if not isinstance(value, RetryPolicy):
        raise errors.ConfigurationError(
            f"retry must be a RetryPolicy (RetryPolicy(max_retries=0) turns retries off), got {value!r}"
        )
    return value


@attrs.frozen
class Options:
    """The settings a :meth:`AsyncCudo.with_options` view may change."""

    timeout: float
    retry: RetryPolicy
    project_id: str | None
    max_response_bytes: int
    #: The bound on the pages one ``paginate`` asks for.
    max_pages: int = DEFAULT_MAX_PAGES
    #: Added to every request, as checked (name, value) pairs: see _call_options.
    extra_headers: tuple[tuple[str, str], ...] = ()
    extra_query: tuple[tuple[str, Any], ...] = ()
    #: Another key than the client's, for this view alone (the rotation's check of a new key).
    keys: KeySource | None = None

    def __attrs_post_init__(self) -> None:
        positive("timeout", self.timeout)
        policy(self.retry)
        positive("max_response_bytes", self.max_response_bytes, integer=True)
        positive("max_pages", self.max_pages, integer=True)
        if self.project_id is not None and not isinstance(self.project_id, str):
            raise errors.ConfigurationError(f"project_id must be a str, got {type(self.project_id).__name__}")


def default_transport(pool: int, transport: str, trust_env: bool, *, tls: bool = True) -> Transport:
    """The transport a client builds for itself (``http_client=`` brings its own instead)."""
    # Loading the trust store costs 50-200 ms. A plain-http (loopback) base URL needs none: an
    # empty context, which fails closed should TLS ever be asked for (an https proxy).
    verify: ssl.SSLContext | bool = True if tls else ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if transport == "aiohttp":
        from ._aiohttp import AiohttpTransport

        return AiohttpTransport(limit=pool, trust_env=trust_env, verify=verify)
    return Httpx2Transport(default_httpx2_client(pool, trust_env, verify), owned=True)

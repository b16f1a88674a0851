"""What every view of one client shares (pool, key, limits, event loop), the settings a view may
change, and how the default HTTP client is built."""

from __future__ import annotations

import asyncio
import math
import ssl
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import anyio
import attrs
import httpx2

from . import _request as wire
from . import errors
from ._auth import KeySource
from ._limits import Throttle
from ._retry import RetryPolicy

if TYPE_CHECKING:
    from ._waiting import ProjectPoll


class Shared:
    """What every view of one client shares: the connection pool, the key, the limits."""

    __slots__ = (
        "calls", "closed", "headers", "http", "json_headers", "keys", "loop", "owns_http", "throttle", "vm_polls"
    )  # fmt: skip

    def __init__(self, http: httpx2.AsyncClient, owns_http: bool, keys: KeySource, throttle: Throttle) -> None:
        self.http = http
        self.owns_http = owns_http
        self.keys = keys
        self.throttle = throttle
        self.closed = False
        #: The event loop of the first call: a client serves one loop (its pool and limits live there).
        self.loop: object | None = None
        #: One cancel scope per call in flight, so that closing the client ends them at once.
        self.calls: set[anyio.CancelScope] = set()
        #: project_id -> the list poll that every wait_for_vms of that project shares.
        self.vm_polls: dict[str, ProjectPoll] = {}
        # The client's own default headers (read once, here), then the SDK's.
        self.headers = {
            **dict(http.headers.items()),
            "Accept": "application/json",
            "Accept-Encoding": wire.ACCEPT_ENCODING,
            "User-Agent": wire.user_agent(),
        }
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
        loop = _current_loop()
        if loop is not self.loop:
            if self.loop is not None:
                raise errors.ConfigurationError(
                    "this AsyncCudo was first used in another event loop (or thread); its connections and "
                    "limits belong to that loop: create one client per event loop"
                )
            self.loop = loop


def _current_loop() -> object:
    trio = sys.modules.get("trio")  # only a program that imported trio can be running it
    if trio is not None and trio.lowlevel.in_trio_run():
        return trio.lowlevel.current_trio_token()
    return asyncio.get_running_loop()


def positive(name: str, value: Any, *, integer: bool = False) -> None:
    kind = int if integer else int | float
    if isinstance(value, bool) or not isinstance(value, kind) or not math.isfinite(value) or not value > 0:
        what = "an int >= 1" if integer else "a finite number > 0"
        raise errors.ConfigurationError(f"{name} must be {what}, got {value!r}")


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
    #: Added to every request, as checked (name, value) pairs: see _call_options.
    extra_headers: tuple[tuple[str, str], ...] = ()
    extra_query: tuple[tuple[str, Any], ...] = ()

    def __attrs_post_init__(self) -> None:
        positive("timeout", self.timeout)
        policy(self.retry)
        positive("max_response_bytes", self.max_response_bytes, integer=True)
        if self.project_id is not None and not isinstance(self.project_id, str):
            raise errors.ConfigurationError(f"project_id must be a str, got {type(self.project_id).__name__}")


def default_http_client(pool: int, transport: str, trust_env: bool, *, tls: bool = True) -> httpx2.AsyncClient:
    # Loading the trust store costs 50-200 ms. A plain-http (loopback) base URL needs none: an
    # empty context, which fails closed should TLS ever be asked for (an https proxy).
    verify: ssl.SSLContext | bool = True if tls else ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if transport == "aiohttp":
        from ._aiohttp import AiohttpTransport

        aio = AiohttpTransport(limit=pool, trust_env=trust_env, verify=verify)
        return httpx2.AsyncClient(transport=aio, trust_env=trust_env)
    limits = httpx2.Limits(max_connections=pool, max_keepalive_connections=pool)
    return httpx2.AsyncClient(limits=limits, trust_env=trust_env, verify=verify)

"""One rate limit for every process and machine that uses the same CUDO key, kept in Redis.

``pip install cudo-async[redis]`` (redis-py's asyncio client), then::

    limiter = RedisRateLimiter("redis://127.0.0.1:6379/0", per_second=20)
    async with AsyncCudo(rate_limit=limiter) as cudo: ...
    await limiter.aclose()          # at shutdown

Every acquire is one server-side script (GCRA, on Redis's own clock, so the machines' clocks
need not agree): it reserves the key's next free start time and the caller sleeps until then.
Starts are handed out in the order requests reach Redis, so no process starves under
contention. The Redis key is ``<prefix>:<fingerprint>``, a SHA-256 fingerprint of the API key:
the key itself never reaches Redis or the logs.

When Redis cannot be reached (decided: the CUDO calls go on): with ``on_unavailable="local"``
(the default) each process falls back to a limit of its own, ``fallback_per_second`` (default:
``per_second``, the whole allowance, as the client's shared back-off slows it down when several
processes fall back at once), logs a warning on the ``cudo_async`` logger when it loses Redis
and when it has it back, and tries Redis again every ``retry_after`` seconds meanwhile.
``on_unavailable="raise"`` makes those calls fail with ``errors.RateLimiterError`` instead, for
services that would rather stop than exceed the limit. Whatever redis-py raises (a garbled
answer from something that is not Redis included) counts as Redis being unavailable.

It runs on asyncio only (redis-py's asyncio client), on any number of event loops: redis-py's
connections belong to the loop that opened them, so each loop gets a client of its own (built
from the first one's settings), and one of a loop that has ended is dropped. Several sync
``Cudo`` clients, each on its loop, and successive ``asyncio.run`` calls share one limiter.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
import sys
import threading
import time
from typing import Any, Literal

import anyio

from . import errors
from ._logging import log
from ._transport import close_socket

__all__ = ["RedisRateLimiter"]

# KEYS[1]: the key's counter. ARGV: emission interval (ms), burst tolerance (ms), longest wait
# that may be reserved (ms). Returns {1, wait_ms} with a start reserved, or {0, wait_ms} when
# the next free start is further away than that (nothing reserved: ask again later).
_GCRA = """
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local longest = tonumber(ARGV[3])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local wait = tat - tolerance - now
if wait > longest then return {0, tostring(wait)} end
if wait < 0 then wait = 0 end
local after = tat + interval
redis.call('SET', KEYS[1], tostring(after), 'PX', math.ceil(after - now) + 1000)
return {1, tostring(wait)}
"""

#: The longest wait one acquire reserves; a caller that would wait longer asks again later, so
#: a caller that gives up (its deadline) leaves at most this much of the allowance unused.
LONGEST_RESERVATION = 5.0


class UnreadableAnswer(Exception):
    """The script's answer is not ``[reserved, wait_ms]``: treated as Redis being unavailable."""


def read_answer(answer: Any) -> tuple[bool, float]:
    """The script's ``[reserved (0 or 1), wait in ms]`` as (reserved, seconds). Pure; anything
    else (another shape, a wait that is not a finite number in 0..LONGEST_RESERVATION) raises
    UnreadableAnswer."""
    if not isinstance(answer, list | tuple) or len(answer) != 2:
        raise UnreadableAnswer
    flag, wait_ms = (v.decode("ascii", "replace") if isinstance(v, bytes) else v for v in answer)
    if isinstance(flag, bool) or flag not in (0, 1, "0", "1"):
        raise UnreadableAnswer
    if isinstance(wait_ms, bool) or not isinstance(wait_ms, int | float | str):
        raise UnreadableAnswer
    try:
        wait = float(wait_ms) / 1000
    except ValueError:
        raise UnreadableAnswer from None
    # A reservation is never further away than LONGEST_RESERVATION (a refused one may be).
    if not math.isfinite(wait) or wait < 0 or (flag in (1, "1") and wait > LONGEST_RESERVATION + 1):
        raise UnreadableAnswer
    return flag in (1, "1"), min(wait, LONGEST_RESERVATION + 1)


class _ProcessLimit:
    """The fallback while Redis is unavailable: ``rate`` starts per second for the whole process,
    from any event loop or thread (each start is reserved under a thread lock, then slept to)."""

    __slots__ = ("_interval", "_mutex", "_next")

    def __init__(self, rate: float) -> None:
        self._interval = 1.0 / rate
        self._next = -math.inf
        self._mutex = threading.Lock()

    async def acquire(self) -> None:
        with self._mutex:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self._interval
        if start > now:
            await anyio.sleep(start - now)


class _OnLoop:
    """The Redis client (and its script) of one event loop."""

    __slots__ = ("client", "loop", "owned", "script")

    def __init__(self, loop: asyncio.AbstractEventLoop, client: Any, owned: bool) -> None:
        self.loop, self.client, self.owned = loop, client, owned
        self.script = client.register_script(_GCRA)

    def drop(self) -> None:
        """Close the sockets of a client whose loop has ended (redis-py can close them only on it)."""
        if not self.owned:
            return
        pool = getattr(self.client, "connection_pool", None)
        for connection in [*getattr(pool, "_available_connections", ()), *getattr(pool, "_in_use_connections", ())]:
            writer = getattr(connection, "_writer", None)
            if writer is not None:
                with contextlib.suppress(Exception):
                    close_socket(writer.get_extra_info("socket"))


def _clone(client: Any) -> Any:
    """A client with ``client``'s connection settings and a pool of its own, or None when it has no
    pool to copy (a stand-in for redis-py's client)."""
    pool = getattr(client, "connection_pool", None)
    kwargs = getattr(pool, "connection_kwargs", None)
    if pool is None or not isinstance(kwargs, dict):
        return None
    own = type(pool)(connection_class=pool.connection_class, max_connections=pool.max_connections, **kwargs)
    return type(client).from_pool(own)


class RedisRateLimiter:
    """At most ``per_second`` request starts per second (``burst`` at once) for every client, in
    every process, that shares the API key and the Redis server.

    Args:
        url: a Redis URL (``redis://``, ``rediss://`` or ``unix://``); or pass ``client``.
        per_second: the key's allowance, shared by everyone.
        burst: how many starts may go at once after a quiet spell (1: evenly spaced).
        prefix: the start of the Redis key (a fingerprint of the API key follows).
        on_unavailable: ``"local"`` (fall back to ``fallback_per_second`` per process, with a
            warning) or ``"raise"`` (``errors.RateLimiterError``) when Redis does not answer.
        fallback_per_second: the per-process limit while Redis is unreachable.
        timeout: seconds to wait for Redis on each acquire before calling it unreachable.
        retry_after: seconds to stay on the fallback before trying Redis again.
        client: a ``redis.asyncio.Redis`` to use instead of ``url`` (left open on close).
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        per_second: float,
        burst: int = 1,
        prefix: str = "cudo-async:rate",
        on_unavailable: Literal["local", "raise"] = "local",
        fallback_per_second: float | None = None,
        timeout: float = 0.5,
        retry_after: float = 5.0,
        client: Any = None,
    ) -> None:
        for name, value in (("per_second", per_second), ("timeout", timeout), ("retry_after", retry_after)):
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
                raise errors.ConfigurationError(f"RedisRateLimiter {name} must be a finite number > 0, got {value!r}")
        if isinstance(burst, bool) or not isinstance(burst, int) or burst < 1:
            raise errors.ConfigurationError(f"RedisRateLimiter burst must be an int >= 1, got {burst!r}")
        if on_unavailable not in ("local", "raise"):
            raise errors.ConfigurationError(f"on_unavailable must be 'local' or 'raise', got {on_unavailable!r}")
        if (url is None) == (client is None):
            raise errors.ConfigurationError("RedisRateLimiter takes a Redis url or a client (one of them)")
        try:
            import redis.asyncio
        except ImportError as exc:
            raise errors.ConfigurationError("RedisRateLimiter needs: pip install 'cudo-async[redis]'") from exc
        if url is not None:
            try:
                client = redis.asyncio.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
            except ValueError:  # the URL itself may hold a password: never echo it
                raise errors.ConfigurationError(
                    "RedisRateLimiter url is not a Redis URL (redis://, rediss:// or unix://)"
                ) from None
        self._redis = client
        self._owns = url is not None
        #: The client of each event loop that used this limiter (the first one gets ``client``).
        self._loops: dict[asyncio.AbstractEventLoop, _OnLoop] = {}
        self._loops_lock = threading.Lock()
        self._first_taken = False
        self.per_second, self.burst, self.prefix = float(per_second), burst, prefix
        self._interval_ms = 1000.0 / per_second
        self._fallback = _ProcessLimit(fallback_per_second if fallback_per_second is not None else per_second)
        self._on_unavailable = on_unavailable
        self._timeout, self._retry_after = timeout, retry_after
        self._down_until = -math.inf  # while on the fallback: when to try Redis again

    def __repr__(self) -> str:
        return f"<RedisRateLimiter {self.per_second:g}/s burst={self.burst} prefix={self.prefix!r}>"

    async def acquire(self, key_fingerprint: str = "") -> None:
        """Return when one more request for the key with this fingerprint may start."""
        trio = sys.modules.get("trio")
        if trio is not None and trio.lowlevel.in_trio_run():
            raise errors.ConfigurationError("RedisRateLimiter runs on asyncio only (redis-py's asyncio client)")
        name = f"{self.prefix}:{key_fingerprint or 'default'}"
        args = (self._interval_ms, self._interval_ms * (self.burst - 1), LONGEST_RESERVATION * 1000)
        while True:
            if time.monotonic() < self._down_until:
                return await self._unavailable(None)
            failure: str | None = None
            try:
                script = self._on_loop().script
                with anyio.fail_after(self._timeout):
                    answer = await script(keys=[name], args=args)
                reserved, wait = read_answer(answer)
            except Exception as exc:  # whatever redis-py raises, documented or not: Redis is unavailable
                # Only the class's name leaves this block: the error's text, its traceback and
                # their frames' locals may hold the Redis URL and its password.
                failure = type(exc).__name__
            if failure is not None:  # handled outside the except block: nothing chains to redis-py's error
                newly_down = self._down_until == -math.inf
                self._down_until = time.monotonic() + self._retry_after
                return await self._unavailable(failure if newly_down else None)
            if self._down_until > -math.inf:
                self._down_until = -math.inf
                log(logging.WARNING, "the Redis rate limiter answers again; the shared limit is back")
            await anyio.sleep(wait)
            if reserved:
                return

    def _on_loop(self) -> _OnLoop:
        """The Redis client of the running event loop: the given one on the first loop, a copy of its
        settings on any other (redis-py's connections work only on the loop that opened them)."""
        loop = asyncio.get_running_loop()
        bound = self._loops.get(loop)
        if bound is not None:
            return bound
        with self._loops_lock:  # several sync clients' loops may arrive at once
            for ended in [other for other in self._loops.values() if other.loop.is_closed()]:
                del self._loops[ended.loop]
                ended.drop()
            if not self._first_taken:  # the first loop ever; after it, the client may hold its sockets
                self._first_taken = True
                bound = _OnLoop(loop, self._redis, self._owns)
            else:
                clone = _clone(self._redis)
                bound = _OnLoop(loop, self._redis, False) if clone is None else _OnLoop(loop, clone, True)
            self._loops[loop] = bound
        return bound

    async def _unavailable(self, failure: str | None) -> None:
        if failure is not None:
            log(
                logging.WARNING,
                "the Redis rate limiter is unreachable (%s); %s for %gs",
                failure,
                "calls fail" if self._on_unavailable == "raise" else "each process falls back to its own limit",
                self._retry_after,
            )
        if self._on_unavailable == "raise":
            raise errors.RateLimiterError(
                "the shared rate limiter (Redis) is unreachable or answers what is not a reservation;"
                " the call was not sent (on_unavailable='raise')"
            )
        await self._fallback.acquire()

    async def aclose(self) -> None:
        """Close the connection pools this limiter opened (not a client passed in): on this event
        loop as redis-py does, those of other loops by closing their sockets."""
        try:
            current: object = asyncio.get_running_loop()
        except RuntimeError:
            current = None
        with self._loops_lock:
            loops, self._loops = list(self._loops.values()), {}
        for bound in loops:
            if bound.loop is current and bound.owned:
                with contextlib.suppress(Exception):  # closing: a broken connection is closed all the same
                    await bound.client.aclose()
            else:
                bound.drop()
        if self._owns and not self._first_taken:
            await self._redis.aclose()  # never used: nothing is open, nothing is bound to a loop

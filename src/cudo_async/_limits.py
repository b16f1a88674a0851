"""Client-side throttling shared by every task (and every ``with_options`` view) of one client."""

from __future__ import annotations

import collections
import hashlib
from collections.abc import Callable
from typing import Protocol, runtime_checkable

import anyio

from ._pacing import Pacer


def key_fingerprint(key: str) -> str:
    """A stable name for an API key that does not reveal it (SHA-256, 128 bits shown)."""
    return hashlib.sha256(b"cudo-async key:" + key.encode()).hexdigest()[:32]


@runtime_checkable
class RateLimit(Protocol):
    """What ``AsyncCudo(rate_limit=...)`` takes besides a number: anything whose
    ``acquire(key_fingerprint)`` returns when one more request for that key may start
    (``cudo_async.redis.RedisRateLimiter`` is one). The fingerprint is a SHA-256 digest of the
    API key, never the key."""

    async def acquire(self, key_fingerprint: str) -> None:
        """Return when one more request for the key with this fingerprint may start."""
        ...


class RateLimiter:
    """At most ``rate`` request starts per second, spaced evenly (no bursts).

    Waiters pass one at a time; each release is spaced from the previous *actual* release,
    so a late wake-up never lets a burst through. A waiter cancelled in line gives up its place.
    """

    __slots__ = ("_interval", "_lock", "_next")

    def __init__(self, rate: float) -> None:
        self._interval = 1.0 / rate
        self._next = 0.0
        # Made on first use: a lock needs a running event loop, and clients are often built before one.
        self._lock: anyio.Lock | None = None

    async def acquire(self, key_fingerprint: str = "") -> None:
        if self._lock is None:
            self._lock = anyio.Lock()
        async with self._lock:
            # Never more than one interval: a new event loop starts a new clock, and a time
            # stored under the old one must not turn into a wait of hours.
            delay = min(self._next - anyio.current_time(), self._interval)
            if delay > 0:
                await anyio.sleep(delay)
            self._next = anyio.current_time() + self._interval


class Throttle:
    """The in-flight cap (never deeper than the connection pool, so requests queue here and not
    in the pool), the optional rate cap, and the client's shared back-off (:class:`Pacer`).

    The cap is a counter and a line of waiters (first come, first served): a free slot is taken
    without touching the event loop, and a released one passes straight to the first in line.
    """

    __slots__ = ("_free", "_max", "_pace_lock", "_rate", "_waiters", "clock", "keyed", "pacer")

    def __init__(self, max_concurrency: int, rate_limit: float | RateLimit | None) -> None:
        self._max = self._free = max_concurrency
        self._waiters: collections.deque[anyio.Event] = collections.deque()
        self._rate: RateLimit | None = RateLimiter(rate_limit) if isinstance(rate_limit, int | float) else rate_limit
        #: The rate limit tells keys apart (a shared one): attempts pass their key's fingerprint.
        self.keyed = self._rate is not None and not isinstance(self._rate, RateLimiter)
        self.pacer = Pacer()
        self._pace_lock: anyio.Lock | None = None
        #: The event loop's clock (the client sets it on its first call).
        self.clock: Callable[[], float] = anyio.current_time

    @property
    def in_flight(self) -> int:
        """Requests holding a slot now."""
        return self._max - self._free

    async def acquire(self, call: object = None, fingerprint: str = "") -> None:
        """Take a slot, a place in the rate, and wait out the shared back-off; pair with :meth:`release`.

        ``call`` identifies the call the attempt belongs to: the call whose 429 set the pause
        does not wait for it again (its retry's own wait covered it). ``fingerprint`` names the
        API key of the attempt for a shared rate limit (never the key itself).
        """
        if self._free > 0 and not self._waiters:
            self._free -= 1  # the common, uncontended case: no pass of the event loop
        else:
            await self._queue()
        try:
            if self._rate is not None:
                await self._rate.acquire(fingerprint)
            if not self.pacer.idle(self.clock()):
                await self._pace(call)
        except BaseException:
            self.release()
            raise

    async def _queue(self) -> None:
        """Wait in line for a slot, which :meth:`release` hands over."""
        turn = anyio.Event()
        self._waiters.append(turn)
        try:
            await turn.wait()
        except BaseException:
            if turn.is_set():
                self.release()  # handed a slot as it was cancelled: it goes to the next in line
            else:
                self._waiters.remove(turn)
            raise

    async def _pace(self, call: object) -> None:
        pacer, clock = self.pacer, self.clock
        now = clock()
        if pacer.rate(now) is None and pacer.wait(now, call=call) <= 0:
            return  # the pause is this call's own (its retry waited for it): no lock
        if self._pace_lock is None:
            self._pace_lock = anyio.Lock()
        async with self._pace_lock:  # one waiter at a time, so that starts are spaced
            # A 429 met meanwhile may move the pause further: wait again (each pass sleeps > 0 s,
            # and the attempt's deadline bounds the whole).
            while (delay := pacer.wait(clock(), call=call)) > 0:  # noqa: ASYNC110
                await anyio.sleep(delay)
            pacer.started(clock())

    def answered(self, *, throttled: bool, server_delay: float | None, call: object) -> None:
        self.pacer.answered(self.clock(), throttled=throttled, server_delay=server_delay, call=call)

    def release(self) -> None:
        waiters = self._waiters
        if waiters:
            waiters.popleft().set()  # the slot stays taken: it is the first waiter's now
        else:
            self._free += 1

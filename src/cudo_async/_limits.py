"""Client-side throttling shared by every task (and every ``with_options`` view) of one client."""

from __future__ import annotations

import anyio


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

    async def acquire(self) -> None:
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
    in the pool) and the optional rate cap."""

    __slots__ = ("_limiter", "_rate")

    def __init__(self, max_concurrency: int, rate_limit: float | None) -> None:
        self._limiter = anyio.CapacityLimiter(max_concurrency)
        self._rate = RateLimiter(rate_limit) if rate_limit is not None else None

    @property
    def in_flight(self) -> int:
        """Requests holding a slot now."""
        return int(self._limiter.borrowed_tokens)

    async def acquire(self) -> None:
        """Take a slot (and a place in the rate); pair with :meth:`release`."""
        limiter = self._limiter
        try:
            limiter.acquire_nowait()  # the common, uncontended case: no extra pass of the event loop
        except anyio.WouldBlock:
            await limiter.acquire()
        if self._rate is not None:
            try:
                await self._rate.acquire()
            except BaseException:
                limiter.release()
                raise

    def release(self) -> None:
        self._limiter.release()

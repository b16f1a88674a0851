"""Client-side throttling shared by every task (and every ``with_options`` view) of one client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio

from .errors import ConfigurationError


class RateLimiter:
    """At most ``rate`` request starts per second, spaced evenly (no bursts).

    Waiters pass one at a time; each release is spaced from the previous *actual* release,
    so a late wake-up never lets a burst through. A waiter cancelled in line gives up its place.
    """

    __slots__ = ("_interval", "_lock", "_next")

    def __init__(self, rate: float) -> None:
        if not rate > 0:
            raise ConfigurationError(f"rate_limit must be > 0 requests per second, got {rate!r}")
        self._interval = 1.0 / rate
        self._next = 0.0
        self._lock = anyio.Lock()

    async def acquire(self) -> None:
        async with self._lock:
            delay = self._next - anyio.current_time()
            if delay > 0:
                await anyio.sleep(delay)
            self._next = anyio.current_time() + self._interval


class Limits:
    """In-flight cap and rate cap; either may be off."""

    __slots__ = ("_limiter", "_rate")

    def __init__(self, max_concurrency: int | None, rate_limit: float | None) -> None:
        if max_concurrency is not None and max_concurrency < 1:
            raise ConfigurationError(f"max_concurrency must be >= 1, got {max_concurrency!r}")
        self._limiter = anyio.CapacityLimiter(max_concurrency) if max_concurrency else None
        self._rate = RateLimiter(rate_limit) if rate_limit is not None else None

    @property
    def in_flight(self) -> int:
        return int(self._limiter.borrowed_tokens) if self._limiter else 0

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if self._limiter is None:
            if self._rate is not None:
                await self._rate.acquire()
            yield
            return
        async with self._limiter:
            if self._rate is not None:
                await self._rate.acquire()
            yield

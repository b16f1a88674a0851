"""RedisRateLimiter against a real redis-server on loopback (asyncio: redis-py's client)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import anyio
import pytest
import redis.asyncio

from cudo_async import AsyncCudo, errors
from cudo_async._limits import key_fingerprint
from cudo_async.redis import RedisRateLimiter, read_answer
from cudo_async.testing import Emulator
from tests.helpers import free_port
from tests.redis_server import redis_server
from tests.test_errors_travel import everything_shown

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


@pytest.fixture
def reserved(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits the limiters reserve, in the order they were reserved; nobody sleeps them. What a
    start's time is follows from Redis's clock alone, so this holds on a machine of any speed."""
    waits: list[float] = []

    async def reserve(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(anyio, "sleep", reserve)
    return waits


async def test_limiters_sharing_a_key_reserve_one_schedule_in_the_order_they_ask(
    redis_url: str, reserved: list[float]
) -> None:
    # Two limiters, two connection pools: as two processes would be. One start a second, so the
    # time between two asks (milliseconds, however slow the machine) is far below an interval.
    first, second = (RedisRateLimiter(redis_url, per_second=1, prefix="t-spacing") for _ in range(2))
    order = [first, second, second, first, second]
    for limiter in order:
        await limiter.acquire("same-key")
    # Each ask got the key's next free start, whichever limiter asked: 0, 1, 2, 3 and 4 s from
    # the first (less the moments between the asks), never two in the same interval.
    assert len(reserved) == len(order)
    for number, wait in enumerate(reserved):
        assert number - 0.5 < wait <= number, reserved
    await first.aclose()
    await second.aclose()


async def test_a_burst_lets_that_many_start_at_once_then_spaces_the_rest(redis_url: str, reserved: list[float]) -> None:
    limiter = RedisRateLimiter(redis_url, per_second=1, burst=3, prefix="t-burst")
    for _ in range(5):
        await limiter.acquire("same-key")
    assert [round(w) for w in reserved] == [0, 0, 0, 1, 2], reserved
    await limiter.aclose()


async def test_another_key_has_its_own_allowance(redis_url: str, reserved: list[float]) -> None:
    limiter = RedisRateLimiter(redis_url, per_second=5, prefix="t-keys")
    for key in ("a", "b", "c", "d"):
        await limiter.acquire(key)  # each key's first start: no wait
    assert reserved == [0, 0, 0, 0]
    await limiter.aclose()


async def test_redis_holds_a_fingerprint_of_the_key_never_the_key(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, per_second=50, prefix="t-finger")
    async with Emulator(rate_limit=None) as emu, emu.client(rate_limit=limiter) as cudo:
        await cudo.virtual_machines.list_vm_data_centers()
        names = [k.decode() async for k in redis.asyncio.Redis.from_url(redis_url).scan_iter("t-finger:*")]
    assert names == [f"t-finger:{key_fingerprint(emu.api_key)}"]
    assert emu.api_key not in names[0] and len(key_fingerprint(emu.api_key)) == 32
    assert emu.api_key not in repr(limiter)
    await limiter.aclose()


async def test_unreachable_redis_falls_back_to_a_local_limit_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="cudo_async")
    port = free_port()  # nothing listens there yet
    limiter = RedisRateLimiter(f"redis://:s3cret@127.0.0.1:{port}/0", per_second=20, timeout=5, retry_after=0.3)
    async with Emulator(rate_limit=None) as emu, emu.client(rate_limit=limiter) as cudo:
        for _ in range(3):
            await cudo.virtual_machines.list_vm_data_centers()  # the calls go on
        assert emu.answered == 3
        lost = [r.getMessage() for r in caplog.records]
        assert len(lost) == 1 and "unreachable" in lost[0] and "falls back" in lost[0]
        # Redis comes up: after retry_after, the shared limit is used again.
        with redis_server(port) as url:
            await anyio.sleep(0.35)
            await cudo.virtual_machines.list_vm_data_centers()
            keys = [k async for k in redis.asyncio.Redis.from_url(url).scan_iter("cudo-async:rate:*")]
        assert len(keys) == 1 and "answers again" in caplog.records[-1].getMessage()
    assert not [r for r in caplog.records if "s3cret" in r.getMessage()]
    await limiter.aclose()


async def test_unreachable_redis_can_fail_the_call_instead() -> None:
    limiter = RedisRateLimiter(
        f"redis://:s3cret@127.0.0.1:{free_port()}/0", per_second=20, timeout=0.2, on_unavailable="raise"
    )
    async with Emulator(rate_limit=None) as emu, emu.client(rate_limit=limiter) as cudo:
        with pytest.raises(errors.RateLimiterError) as info:
            await cudo.virtual_machines.list_vm_data_centers()
        assert emu.answered == 0  # nothing was sent
    assert "s3cret" not in str(info.value) and "not sent" in str(info.value)
    await limiter.aclose()


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"per_second": 0}, "per_second"),
        ({"per_second": float("inf")}, "per_second"),
        ({"per_second": 5, "burst": 0}, "burst"),
        ({"per_second": 5, "timeout": -1}, "timeout"),
        ({"per_second": 5, "on_unavailable": "ignore"}, "on_unavailable"),
    ],
)
def test_bad_options_are_configuration_errors(options: dict[str, object], named: str) -> None:
    with pytest.raises(errors.ConfigurationError, match=named):
        RedisRateLimiter("redis://127.0.0.1:1/0", **options)  # type: ignore[arg-type]


def test_a_bad_url_is_refused_without_echoing_it() -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        RedisRateLimiter("http://user:s3cret@example", per_second=5)
    assert "s3cret" not in str(info.value)
    with pytest.raises(errors.ConfigurationError, match="url or a client"):
        RedisRateLimiter(per_second=5)


def test_rate_limit_takes_a_number_or_a_limiter() -> None:
    with pytest.raises(errors.ConfigurationError, match="rate_limit must be starts per second"):
        AsyncCudo(api_key="k", base_url="http://127.0.0.1:9", rate_limit="fast")  # type: ignore[arg-type]


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_on_trio_it_says_it_needs_asyncio() -> None:
    limiter = RedisRateLimiter("redis://127.0.0.1:1/0", per_second=5)
    with pytest.raises(errors.ConfigurationError, match="asyncio only"):
        await limiter.acquire("k")


class AnswersWith:
    """A real Redis client whose rate-limit script is another one: a Redis answering garbage."""

    def __init__(self, url: str, lua: str) -> None:
        self.redis = redis.asyncio.Redis.from_url(url)
        self.lua = lua

    def register_script(self, _script: str) -> Any:
        return self.redis.register_script(self.lua)


GARBAGE = {
    "an integer": "return 5",
    "no elements": "return {}",
    "three elements": "return {1, '0', '2'}",
    "'abc'": "return 'abc'",
    "wait 'abc'": "return {1, 'abc'}",
    "wait 'nan'": "return {1, 'nan'}",
    "wait '-1'": "return {1, '-1'}",
    "flag 'x'": "return {'x', '0'}",
}


@pytest.mark.parametrize("mode", ["local", "raise"])
@pytest.mark.parametrize("answer", list(GARBAGE))
async def test_a_garbage_answer_counts_as_redis_unavailable(redis_url: str, answer: str, mode: str) -> None:
    client = AnswersWith(redis_url, GARBAGE[answer])
    limiter = RedisRateLimiter(client=client, per_second=50, on_unavailable=mode)  # type: ignore[arg-type]
    async with Emulator(rate_limit=None) as emu, emu.client(rate_limit=limiter) as cudo:
        if mode == "local":
            await cudo.virtual_machines.list_vm_data_centers()  # the call goes on, on the fallback
            assert emu.answered == 1
        else:
            with pytest.raises(errors.RateLimiterError, match="not sent"):
                await cudo.virtual_machines.list_vm_data_centers()
            assert emu.answered == 0
    await client.redis.aclose()


@pytest.mark.parametrize(
    ("answer", "read"),
    [([1, b"250"], (True, 0.25)), ((b"0", "7000.5"), (False, 6.0)), ([0, 0], (False, 0.0)), (["1", 12], (True, 0.012))],
)
def test_a_reservation_is_read_from_the_scripts_answer(answer: Any, read: tuple[bool, float]) -> None:
    assert read_answer(answer) == read


REDIS_PASSWORD = "redis-canary-5e1d0c9b"


async def test_a_wrong_redis_password_is_in_nothing_reachable_from_the_error() -> None:
    with redis_server(password="the-right-one") as url:
        wrong = url.replace("redis://", f"redis://:{REDIS_PASSWORD}@")
        limiter = RedisRateLimiter(wrong, per_second=20, timeout=2, on_unavailable="raise")
        async with Emulator(rate_limit=None) as emu, emu.client(rate_limit=limiter) as cudo:
            with pytest.raises(errors.RateLimiterError) as info:
                await cudo.virtual_machines.list_vm_data_centers()
            key = emu.api_key
        await limiter.aclose()
    shown = everything_shown(info.value)
    assert "RateLimiterError" in shown  # the walk saw the error
    assert REDIS_PASSWORD not in shown and key not in shown
    assert info.value.__cause__ is None and info.value.__context__ is None


#: What something that is not Redis may answer a client's first command with.
NOT_REDIS = {
    "an HTTP server": b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n",
    "binary noise": b"\x00\xff\xfe\x80garbage\r\n",
    "a negative bulk length": b"$-7\r\n",
    "an endless array": b"*99999999999999999999\r\n",
    "an integer that is not one": b":abc\r\n",
    "a bare error": b"-\r\n",
    "a map of nothing": b"%1\r\n",
    "a half line, then close": b"+OK",
}


@pytest.mark.parametrize("mode", ["local", "raise"])
@pytest.mark.parametrize("garbage", list(NOT_REDIS))
async def test_a_server_that_is_not_redis_counts_as_redis_unavailable(
    garbage: str, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    from tests.servers import tcp_server

    async def not_redis(stream: Any) -> None:
        await stream.receive()
        await stream.send(NOT_REDIS[garbage])
        await anyio.sleep(0.05)

    caplog.set_level(logging.WARNING, logger="cudo_async")
    async with tcp_server(not_redis) as port:
        url = f"redis://:s3cret@127.0.0.1:{port}/0"
        limiter = RedisRateLimiter(url, per_second=50, timeout=2, retry_after=60, on_unavailable=mode)
        async with Emulator(rate_limit=None) as emu, emu.client(rate_limit=limiter) as cudo:
            for _ in range(2):
                if mode == "local":
                    await cudo.virtual_machines.list_vm_data_centers()  # goes on, on the fallback
                else:
                    with pytest.raises(errors.RateLimiterError, match="not sent") as info:
                        await cudo.virtual_machines.list_vm_data_centers()
                    assert info.value.__cause__ is None and info.value.__context__ is None
                    assert "s3cret" not in everything_shown(info.value)
            assert emu.answered == (2 if mode == "local" else 0)
        await limiter.aclose()
    lost = [r.getMessage() for r in caplog.records if "unreachable" in r.getMessage()]
    assert len(lost) == 1 and "s3cret" not in lost[0]  # once, not per call


def _reserve_twice(limiter: RedisRateLimiter, fingerprint: str) -> float:
    """In an asyncio.run of its own: two starts on the key; how long the second waited."""

    async def main() -> float:
        await limiter.acquire(fingerprint)
        begin = anyio.current_time()
        await limiter.acquire(fingerprint)
        return anyio.current_time() - begin

    return asyncio.run(main())


def test_one_limiter_serves_successive_event_loops(redis_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="cudo_async")
    for owned in (True, False):
        given = None if owned else redis.asyncio.Redis.from_url(redis_url)
        prefix = f"t-loops-{owned}"
        limiter = (
            RedisRateLimiter(redis_url, per_second=4, prefix=prefix)
            if owned
            else RedisRateLimiter(client=given, per_second=4, prefix=prefix)
        )
        # Three asyncio.run, one after the other: each waits its turn in Redis (a start every 0.25 s,
        # reserved by the runs before it), never falls back, never meets the old loop's sockets.
        waits = [_reserve_twice(limiter, "k") for _ in range(3)]
        assert all(wait >= 0.15 for wait in waits), waits
        asyncio.run(limiter.aclose())  # (a given client stays the caller's: it was on the first loop)
    assert not [r for r in caplog.records if "unreachable" in r.getMessage()]


def test_several_sync_clients_share_one_limiter(redis_url: str, caplog: pytest.LogCaptureFixture) -> None:
    import threading
    import time

    from cudo_async import Cudo

    caplog.set_level(logging.WARNING, logger="cudo_async")
    limiter = RedisRateLimiter(redis_url, per_second=10, prefix="t-sync")
    starts: list[float] = []
    failures: list[BaseException] = []
    with Emulator(rate_limit=None) as emu:
        clients = [Cudo(api_key=emu.api_key, base_url=emu.base_url, rate_limit=limiter) for _ in range(3)]

        def work(cudo: Cudo) -> None:
            try:
                for _ in range(4):
                    cudo.virtual_machines.list_vm_data_centers()
                    starts.append(time.monotonic())
            except BaseException as exc:  # reported below
                failures.append(exc)

        threads = [threading.Thread(target=work, args=(c,)) for c in clients]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        for cudo in clients:
            cudo.close()
        answered = emu.answered
    asyncio.run(limiter.aclose())
    assert not failures and answered == 12
    # 12 starts at 10/s shared by three clients on three loops: at least 1.1 s from first to last.
    assert max(starts) - min(starts) >= 0.9
    assert not [r for r in caplog.records if "unreachable" in r.getMessage()]

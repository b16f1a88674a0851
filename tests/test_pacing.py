"""The client's shared back-off: the pure Pacer, and what a 429 does to the other calls."""

from __future__ import annotations

import anyio
import httpx2
import pytest

from cudo_async import RetryPolicy, errors
from cudo_async._pacing import DECREASE, FORGET_AFTER, GROWTH, NEAR, PROBE, Pacer
from tests.helpers import ON_VIRTUAL_CLOCK, aip, client, ok

ONE, OTHER = object(), object()


def answers(pacer: Pacer, start: float, count: int, every: float, refused_each: int) -> float:
    """``count`` answers ``every`` seconds apart from ``start``, each ``refused_each``-th a 429."""
    now = start
    for i in range(count):
        now = start + i * every
        pacer.answered(now, throttled=(i % refused_each == 0), server_delay=0.05, call=ONE)
    return now


def test_a_429_pauses_every_other_call_for_the_servers_wait() -> None:
    pacer = Pacer()
    assert pacer.wait(0.0) == 0 and pacer.rate(0.0) is None
    pacer.answered(10.0, throttled=True, server_delay=2.0, call=ONE)
    assert pacer.wait(10.5, call=OTHER) == pytest.approx(1.5)
    assert pacer.wait(10.5, call=ONE) == 0  # its own retry already waits for the server
    assert pacer.wait(12.1, call=OTHER) == 0
    assert pacer.rate(10.5) is None  # one 429 is no congestion


def test_stray_429s_among_many_answers_set_no_rate() -> None:
    pacer = Pacer()
    end = answers(pacer, 0.0, 200, 0.005, refused_each=40)  # 2.5% refused
    assert pacer.rate(end) is None


def test_congestion_cuts_the_rate_under_what_the_server_accepted_then_it_grows_and_is_forgotten() -> None:
    pacer = Pacer()
    end = answers(pacer, 0.0, 60, 0.01, refused_each=2)  # 100 answers/s, half refused, over 0.6 s
    rate = pacer.rate(end)
    # The server accepted 50 a second: the rate lands just under that.
    assert rate is not None and 0.95 * DECREASE * 50 <= rate < 50
    # Starts are spaced at that rate (the call that set the pause does not wait for it).
    pacer.started(end)
    assert pacer.wait(end, call=ONE) == pytest.approx(1 / rate, rel=0.01)
    assert pacer.wait(end, call=OTHER) == pytest.approx(max(1 / rate, 0.58 + 0.05 - end), rel=0.01)
    # No second cut within half a second, however many 429s.
    answers(pacer, end + 0.01, 10, 0.01, refused_each=1)
    assert pacer.rate(end + 0.11) == pytest.approx(rate * GROWTH ** (end + 0.11 - end), rel=0.01)
    # Growth up to just under what the server accepted (50/s), then slowly beyond; the rate is
    # dropped after a quiet spell.
    assert pacer.rate(end + 1) == pytest.approx(rate * GROWTH, rel=0.01)
    assert pacer.rate(end + 10) == pytest.approx(NEAR * 50 * PROBE**10, rel=0.02)
    assert pacer.rate(end + FORGET_AFTER) is None


def test_a_burst_cut_off_with_a_wait_of_a_second_sets_the_rate_the_server_accepted_at_once() -> None:
    # 30 calls at once; the server takes 5 and asks the others to wait 1 s (a 5/s window).
    pacer = Pacer()
    for i in range(30):
        pacer.answered(0.001 * i, throttled=i >= 5, server_delay=1.0, call=ONE)
    rate = pacer.rate(0.03)
    assert rate is not None and DECREASE * 5 * 0.99 <= rate < 5
    # It grows to just under the 5/s accepted and stays there, instead of meeting the limit again.
    assert pacer.rate(10.0) == pytest.approx(NEAR * 5 * PROBE**10, rel=0.02) and pacer.rate(10.0) < 5


def test_under_a_rate_a_lone_429_cuts_it_again() -> None:
    pacer = Pacer()
    end = answers(pacer, 0.0, 60, 0.01, refused_each=2)
    first = pacer.rate(end + 5)
    assert first is not None
    pacer.answered(end + 5, throttled=False, server_delay=None)
    pacer.answered(end + 5.1, throttled=True, server_delay=0.05)  # two answers in the last second
    second = pacer.rate(end + 5.1)
    assert second is not None and second <= DECREASE * first * 1.01


def test_a_cut_never_raises_the_rate() -> None:
    pacer = Pacer()
    end = answers(pacer, 0.0, 60, 0.01, refused_each=2)
    first = pacer.rate(end)
    assert first is not None
    end = answers(pacer, end + 0.6, 400, 0.001, refused_each=2)  # far more sent, as bursts do
    second = pacer.rate(end)
    assert second is not None and second <= first * GROWTH


@pytest.mark.anyio
@ON_VIRTUAL_CLOCK
async def test_a_429_one_call_meets_delays_the_others_and_a_huge_wait_is_capped() -> None:
    started: list[tuple[str, float]] = []
    first = True

    def handler(request: httpx2.Request) -> httpx2.Response:
        nonlocal first
        started.append((request.url.path, anyio.current_time()))
        if first:
            first = False
            return aip("RESOURCE_EXHAUSTED", 8, 429, **{"retry-after": "3600"})
        return ok({})

    policy = RetryPolicy(initial_delay=0.01, max_delay=0.3, deadline=None, max_retries=0)
    async with client(handler, retry=policy) as cudo:
        begin = anyio.current_time()
        with pytest.raises(errors.ResourceExhaustedError):  # no retries: the throttled call gives up
            await cudo.virtual_machines.list_vms("a")
        await cudo.virtual_machines.list_vms("b")  # another call waits for the pause, capped at max_delay
    waited = started[1][1] - begin
    assert waited == pytest.approx(0.3, abs=0.01)  # the pause, capped at max_delay


@pytest.mark.anyio
async def test_the_concurrency_cap_serves_waiters_in_order_and_cancelled_ones_give_up_their_place() -> None:
    from cudo_async._limits import Throttle

    throttle = Throttle(2, None)
    await throttle.acquire()
    await throttle.acquire()
    assert throttle.in_flight == 2
    order: list[str] = []
    gone = anyio.CancelScope()

    async def wait(name: str) -> None:
        await throttle.acquire()
        order.append(name)

    async def cancelled() -> None:
        with gone:
            await throttle.acquire()
            order.append("cancelled")  # not reached: it never got a slot

    async with anyio.create_task_group() as tg:
        tg.start_soon(wait, "first")
        await anyio.wait_all_tasks_blocked()
        tg.start_soon(cancelled)
        await anyio.wait_all_tasks_blocked()
        tg.start_soon(wait, "last")
        await anyio.wait_all_tasks_blocked()
        gone.cancel()  # the waiter in the middle gives up its place, and takes no slot
        await anyio.wait_all_tasks_blocked()
        assert order == [] and throttle.in_flight == 2
        throttle.release()  # the slot passes to the first in line, still taken
        await anyio.wait_all_tasks_blocked()
        assert order == ["first"] and throttle.in_flight == 2
        throttle.release()  # the cancelled one is skipped: the next in line gets it
        await anyio.wait_all_tasks_blocked()
        assert order == ["first", "last"] and throttle.in_flight == 2
    for _ in range(2):
        throttle.release()
    assert throttle.in_flight == 0


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])  # a plain task.cancel() lands after the hand-over
async def test_a_slot_handed_to_a_waiter_cancelled_at_that_moment_passes_to_the_next() -> None:
    import asyncio

    from cudo_async._limits import Throttle

    throttle = Throttle(1, None)
    await throttle.acquire()
    got: list[str] = []

    async def take(name: str) -> None:
        await throttle.acquire()
        got.append(name)
        throttle.release()

    first = asyncio.ensure_future(take("first"))
    second = asyncio.ensure_future(take("second"))
    await anyio.wait_all_tasks_blocked()
    throttle.release()  # the slot goes to "first" ...
    first.cancel()  # ... which is cancelled before it runs again
    with anyio.fail_after(60):  # a lost slot would leave "second" waiting for ever
        await asyncio.gather(first, second, return_exceptions=True)
    assert first.cancelled() and got == ["second"]
    assert throttle.in_flight == 0

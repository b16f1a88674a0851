"""Fleet scale: the proofs of the throttling shared by tasks, and of fleet waits, on trio's
virtual clock (timeouts, waits and the emulator's limit in the code's own time, the same on any
machine). The same runs on the real clocks, and processes sharing a key through Redis, are
measured by test_figures.py under ``make soak``, which records them in RESULTS.md.
"""

from __future__ import annotations

import collections
import random
from typing import Any

import anyio
import anyio.abc
import pytest

from cudo_async import AsyncCudo
from cudo_async.testing import Emulator
from tests.helpers import ON_VIRTUAL_CLOCK_WITH_SOCKETS, virtual_clock, vm_body
from tests.reliability.conftest import record
from tests.servers import read_request, response_head, tcp_server

pytestmark = pytest.mark.anyio

FLEET = 100


async def calls_to_wait(many: bool) -> tuple[int, float]:
    """Create FLEET VMs that boot in 20-180 s and wait for them all; the calls the wait made,
    and how long it took on the (virtual) clock."""
    async with Emulator(boot_seconds=(20, 180), rate_limit=None) as emulator, emulator.client() as cudo:
        p = emulator.project_id
        ids = [f"vm-{i:03}" for i in range(FLEET)]
        for vm_id in ids:
            await cudo.virtual_machines.create_vm(p, body=vm_body(vm_id))
        before, started = emulator.answered, anyio.current_time()
        if many:
            result = await cudo.wait_for_vms(p, ids, timeout=600)
            assert result.all_ready and len(result.ready) == FLEET
        else:
            async with anyio.create_task_group() as tg:
                for vm_id in ids:
                    tg.start_soon(lambda vm_id=vm_id: cudo.wait_for_vm(p, vm_id, timeout=600))
        return emulator.answered - before, anyio.current_time() - started


@pytest.mark.parametrize("anyio_backend", [virtual_clock(0.001)])
async def test_proof_a_fleet_of_100_costs_at_least_ten_times_fewer_calls() -> None:
    fleet_calls, fleet_took = await calls_to_wait(many=True)
    single_calls, single_took = await calls_to_wait(many=False)
    print(
        f"\n{FLEET} VMs booting in 20-180 s: wait_for_vms made {fleet_calls} calls ({fleet_took:.0f} s), "
        f"{FLEET} wait_for_vm made {single_calls} calls ({single_took:.0f} s): {single_calls / fleet_calls:.0f}x fewer"
    )
    record(
        "fleet scale: waiting for 100 VMs",
        boot_seconds="20-180",
        wait_for_vms_calls=fleet_calls,
        wait_for_vm_calls=single_calls,
        fewer=f"{single_calls / fleet_calls:.0f}x",
        virtual_seconds=f"{fleet_took:.0f} / {single_took:.0f}",
    )
    assert single_calls >= 10 * fleet_calls
    assert fleet_took < 200 and single_took < 200  # both saw the last boot within a poll or so


async def burst_against_a_limit(tasks: int, per_second: float) -> dict[str, float]:
    """``tasks`` creates at once against an emulator that allows ``per_second`` per key (a burst
    of 5), with the default retry policy; what it took."""
    async with (
        Emulator(rate_limit=per_second, burst=5, boot_seconds=0.01) as emulator,
        emulator.client() as cudo,
    ):
        finished: list[float] = []
        started = anyio.current_time()

        async def create(i: int) -> None:
            await cudo.virtual_machines.create_vm(emulator.project_id, body=vm_body(f"vm-{i:03}"))
            finished.append(anyio.current_time() - started)

        async with anyio.create_task_group() as tg:
            for i in range(tasks):
                tg.start_soon(create, i)
        took = max(finished)
        return {
            "tasks": tasks,
            "limit_per_second": per_second,
            "seconds": round(took, 2),
            "achieved_per_second": round(tasks / took, 1),
            "answered": emulator.answered,
            "rate_limited_429": emulator.rate_limited,
        }


@ON_VIRTUAL_CLOCK_WITH_SOCKETS
@pytest.mark.parametrize(("tasks", "per_second"), [(30, 5.0), (60, 20.0)])
async def test_proof_one_client_settles_under_the_servers_limit(tasks: int, per_second: float) -> None:
    """On trio's virtual clock the emulator's limit and the client's pacing are measured in the
    code's own time, the same on any machine (the real-clock figures: test_figures.py, make soak)."""
    random.seed(tasks)  # the retries' jitter: the same schedule in every run
    figures = await burst_against_a_limit(tasks, per_second)
    print(f"\n{figures} (virtual clock)")
    # Every create got through within its deadline (an exception would have failed the task
    # group), at close to the limit; refusals are the first waves, before the rate is known.
    assert figures["achieved_per_second"] >= 0.8 * per_second
    assert figures["rate_limited_429"] < 2 * tasks


class SlidingWindow:
    """A loopback API allowing ``per_second`` requests in any 1 s (a sliding window), answering
    the others 429 with ``Retry-After: 1`` and nothing else to go by."""

    def __init__(self, per_second: int) -> None:
        self.per_second = per_second
        self.accepted: collections.deque[float] = collections.deque()
        self.ok = self.refused = 0

    async def __call__(self, stream: anyio.abc.SocketStream) -> None:
        while True:
            await read_request(stream)
            now = anyio.current_time()
            while self.accepted and self.accepted[0] <= now - 1.0:
                self.accepted.popleft()
            if len(self.accepted) < self.per_second:
                self.accepted.append(now)
                self.ok += 1
                body = b'{"dataCenters": []}'
                await stream.send(response_head(200, content_length=len(body), content_type="application/json") + body)
            else:
                self.refused += 1
                body = b'{"code": 8, "message": "rate limit exceeded"}'
                head = response_head(429, content_length=len(body), content_type="application/json", retry_after=1)
                await stream.send(head + body)


async def calls_against_a_sliding_window(tasks: int, calls: int, per_second: int) -> dict[str, Any]:
    """``tasks`` tasks sharing ``calls`` calls of one client against a SlidingWindow server."""
    server = SlidingWindow(per_second)
    async with tcp_server(server) as port, AsyncCudo(api_key="k", base_url=f"http://127.0.0.1:{port}") as cudo:
        started = anyio.current_time()
        done = 0

        async def task(count: int) -> None:
            nonlocal done
            for _ in range(count):
                await cudo.virtual_machines.list_vm_data_centers()
                done += 1

        async with anyio.create_task_group() as tg:
            for i in range(tasks):
                tg.start_soon(task, calls // tasks + (1 if i < calls % tasks else 0))
        took = anyio.current_time() - started
    return {
        "tasks": tasks,
        "calls": calls,
        "limit_per_second": per_second,
        "calls_ok": done,
        "seconds": round(took, 2),
        "rate_limited_429": server.refused,
    }


@ON_VIRTUAL_CLOCK_WITH_SOCKETS
async def test_proof_one_client_meets_few_429s_under_a_sliding_window() -> None:
    figures = await calls_against_a_sliding_window(tasks=30, calls=60, per_second=5)
    print(f"\n{figures} (virtual clock)")
    # Every call got through (an error would have failed the task group); after the first wave
    # (about 25 refusals, unavoidable: 30 start at once against 5 allowed), the client settles under the limit.
    assert figures["calls_ok"] == 60
    assert figures["rate_limited_429"] <= 30

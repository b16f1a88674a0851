"""Fleet scale: the proofs of the throttling shared by tasks and processes, and of fleet waits.

Each prints its figures and records them for tests/reliability/RESULTS.md (``make soak``).
"""

from __future__ import annotations

import collections
import json
import subprocess
import sys
from typing import Any

import anyio
import anyio.abc
import pytest
import trio.testing

from cudo_async import AsyncCudo
from cudo_async.testing import Emulator
from tests.conftest import ROOT
from tests.helpers import vm_body
from tests.redis_server import redis_server
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


@pytest.mark.parametrize(
    "anyio_backend",
    [pytest.param(("trio", {"clock": trio.testing.MockClock(autojump_threshold=0.001)}), id="trio-mockclock")],
)
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


@pytest.mark.parametrize(("tasks", "per_second"), [(30, 5.0), (60, 20.0)])
async def test_proof_one_client_settles_under_the_servers_limit(tasks: int, per_second: float) -> None:
    figures = await burst_against_a_limit(tasks, per_second)
    print(f"\n{figures}")
    record(f"fleet scale: one client, {tasks} tasks against {per_second:g}/s", **figures)
    # Every create got through within its deadline (an exception would have failed the task
    # group), at close to the limit; refusals are the first waves, before the rate is known.
    assert figures["achieved_per_second"] >= 0.8 * per_second
    assert figures["rate_limited_429"] < 2 * tasks


WORKERS = 4


def run_workers(base_url: str, key: str, limiter: str, per_second: float, calls: int) -> list[dict[str, Any]]:
    """WORKERS processes at once, each making ``calls`` calls under ``limiter``."""
    command = [
        sys.executable,
        "-m",
        "tests.reliability.fleet_worker",
        base_url,
        key,
        limiter,
        str(per_second),
        str(calls),
    ]
    procs = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT) for _ in range(WORKERS)]
    outputs = [proc.communicate(timeout=120)[0] for proc in procs]
    assert all(proc.returncode == 0 for proc in procs), outputs
    return [json.loads(out.strip().splitlines()[-1]) for out in outputs]


def test_proof_processes_sharing_a_key_share_one_limit_through_redis() -> None:
    per_second, calls = 20.0, 20
    figures: dict[str, dict[str, Any]] = {}
    with redis_server() as redis_url:
        for limiter in (redis_url, "local"):
            # A burst of 10 absorbs scheduling jitter between processes (2 cores, 5 processes).
            with Emulator(rate_limit=per_second, burst=10, api_key="shared-key", boot_seconds=0.01) as emu:
                reports = run_workers(emu.base_url, emu.api_key, limiter, per_second, calls)
                took = max(r["last"] for r in reports) - min(r["started"] for r in reports)
                ok = sum(r["ok"] for r in reports)
                figures["redis" if limiter != "local" else "local"] = {
                    "workers": WORKERS,
                    "limit_per_second": per_second,
                    "calls_ok": ok,
                    "failed": sum(len(r["failed"]) for r in reports),
                    "seconds": round(took, 2),
                    "achieved_per_second": round(ok / took, 1),
                    "answered": emu.answered,
                    "rate_limited_429": emu.rate_limited,
                }
    print(f"\nshared limit on Redis: {figures['redis']}\nper-process limits:    {figures['local']}")
    record("fleet scale: 4 processes, one key, Redis limiter", **figures["redis"])
    record("fleet scale: 4 processes, one key, per-process limits", **figures["local"])
    shared = figures["redis"]
    assert shared["calls_ok"] == WORKERS * calls and shared["failed"] == 0
    assert shared["rate_limited_429"] == 0
    # Process start-up is in the measured time, so the rate together is a floor.
    assert shared["achieved_per_second"] >= 0.8 * per_second
    assert figures["local"]["rate_limited_429"] > 0  # what the shared limit avoids


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


async def test_proof_one_client_meets_few_429s_under_a_sliding_window() -> None:
    figures = await calls_against_a_sliding_window(tasks=30, calls=60, per_second=5)
    print(f"\n{figures}")
    record("fleet scale: one client, 30 tasks, 60 calls against a 5/s sliding window", **figures)
    # Every call got through (an error would have failed the task group); after the first wave
    # (about 25 refusals, unavoidable: 30 start at once against 5 allowed), the client settles under the limit.
    assert figures["calls_ok"] == 60
    assert figures["rate_limited_429"] <= 30

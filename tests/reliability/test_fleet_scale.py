"""Fleet scale: the proofs of the throttling shared by tasks and processes, and of fleet waits.

Each prints its figures and records them for tests/reliability/RESULTS.md (``make soak``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import anyio
import pytest
import trio.testing

from cudo_async.testing import Emulator
from tests.conftest import ROOT
from tests.helpers import vm_body
from tests.redis_server import redis_server
from tests.reliability.conftest import record

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

"""The figures of throttling on the real clocks (``make soak`` only: tests/reliability/conftest.py
leaves this file out of ``make test``, whose tests must not depend on the machine's speed).

Each prints its figures and records them for tests/reliability/RESULTS.md; what it asserts holds
on any machine (every call gets through); the rates and 429 counts are measured, not judged.
The same behaviour is asserted in ``make test`` on trio's virtual clock (test_fleet_scale.py)
and, for the Redis limiter, by the starts it reserves (tests/test_redis_limiter.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from cudo_async.testing import Emulator
from tests.conftest import ROOT
from tests.redis_server import redis_server
from tests.reliability.conftest import record
from tests.reliability.test_fleet_scale import burst_against_a_limit, calls_against_a_sliding_window

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(("tasks", "per_second"), [(30, 5.0), (60, 20.0)])
async def test_figures_one_client_against_a_limit(tasks: int, per_second: float, anyio_backend: str) -> None:
    figures = await burst_against_a_limit(tasks, per_second)  # every create got through, or it raised
    print(f"\n{anyio_backend}: {figures}")
    record(f"fleet scale: one client, {tasks} tasks against {per_second:g}/s ({anyio_backend})", **figures)


async def test_figures_one_client_under_a_sliding_window(anyio_backend: str) -> None:
    figures = await calls_against_a_sliding_window(tasks=30, calls=60, per_second=5)
    print(f"\n{anyio_backend}: {figures}")
    record(f"fleet scale: one client, 30 tasks, 60 calls against a 5/s sliding window ({anyio_backend})", **figures)
    assert figures["calls_ok"] == 60


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
    outputs = [proc.communicate(timeout=600)[0] for proc in procs]
    assert all(proc.returncode == 0 for proc in procs), outputs
    return [json.loads(out.strip().splitlines()[-1]) for out in outputs]


def test_figures_processes_sharing_a_key_through_redis() -> None:
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
    for run in figures.values():
        assert run["calls_ok"] == WORKERS * calls and run["failed"] == 0

"""The emulator's own speed, for users' suites: requests/s for a small GET and for creates (a
hand-written one and a generic one), sequential on one keep-alive connection and 50 in flight,
and the wall time of ``make demo``. Writes bench/EMULATOR.md.

    .venv/bin/python bench/emulator.py
"""

from __future__ import annotations

import asyncio
import functools
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx2

from cudo_async.testing import Emulator

ROOT = Path(__file__).resolve().parent.parent
SEQUENTIAL, CONCURRENT, IN_FLIGHT, RUNS = 2000, 4000, 50, 3


def sequential(base: str, key: str, request: Callable[[httpx2.Client, int], httpx2.Response]) -> float:
    with httpx2.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}) as client:
        start = time.perf_counter()
        for i in range(SEQUENTIAL):
            assert request(client, i).status_code == 200
        return SEQUENTIAL / (time.perf_counter() - start)


async def concurrent(
    base: str, key: str, method: str, path: Callable[[int], str], body: Callable[[int], object]
) -> float:
    limits = httpx2.Limits(max_connections=IN_FLIGHT)
    async with httpx2.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {key}"}, limits=limits) as client:
        gate = asyncio.Semaphore(IN_FLIGHT)

        async def one(i: int) -> None:
            async with gate:
                answer = await client.request(method, path(i), json=body(i))
                assert answer.status_code == 200, answer.text

        start = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(CONCURRENT)))
        return CONCURRENT / (time.perf_counter() - start)


def _send(
    method: str, path: Callable[[int], str], body: Callable[[int], object], client: httpx2.Client, i: int
) -> httpx2.Response:
    return client.request(method, path(i), json=body(i))


def figure(samples: list[float]) -> str:
    return f"{statistics.median(samples):,.0f}/s ({min(samples):,.0f}-{max(samples):,.0f})"


def main() -> None:
    rows: list[tuple[str, list[float], list[float]]] = []
    cases = {
        "GET /v1/projects/{p} (small, hand-written)": ("GET", lambda p, i: f"/v1/projects/{p}", lambda i: None),
        "POST /v1/projects/{p}/disks (create, hand-written)": (
            "POST", lambda p, i: f"/v1/projects/{p}/disks",
            lambda i: {"id": f"d-{i}-{time.monotonic_ns()}", "dataCenterId": "gb-bournemouth-1", "sizeGib": 10},
        ),
        "POST /v1/projects/{p}/volumes (create, generic)": (
            "POST", lambda p, i: f"/v1/projects/{p}/volumes",
            lambda i: {"id": f"v-{i}-{time.monotonic_ns()}", "dataCenterId": "gb-bournemouth-1", "sizeGib": 10},
        ),
        "GET /v1/projects/{p}/volumes/{id} (small, generic)": (
            "GET", lambda p, i: f"/v1/projects/{p}/volumes/seeded", lambda i: None,
        ),
    }  # fmt: skip
    for name, (method, path, body) in cases.items():
        seq, conc = [], []
        for _ in range(RUNS):
            with Emulator(rate_limit=None) as emu:
                p = emu.project_id
                if "seeded" in path(p, 0):
                    httpx2.post(f"{emu.base_url}/v1/projects/{p}/volumes", json={"id": "seeded", "dataCenterId": "d",
                                "sizeGib": 1}, headers={"Authorization": f"Bearer {emu.api_key}"})  # fmt: skip
                at = functools.partial(path, p)
                send = functools.partial(_send, method, at, body)
                seq.append(sequential(emu.base_url, emu.api_key, send))
                conc.append(asyncio.run(concurrent(emu.base_url, emu.api_key, method, at, body)))
        rows.append((name, seq, conc))
        print(name, figure(seq), figure(conc), flush=True)
    demo = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "demo"], check=True, capture_output=True)
        demo.append(time.perf_counter() - start)
    print("make demo", demo, flush=True)
    lines = [
        "# The emulator's speed",
        "",
        f"`bench/emulator.py` on {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, a shared 2-core machine; median of {RUNS} runs (min-max), a fresh",
        "emulator each run, rate limit off. The client is httpx2 in the same process (each figure pays",
        "for both sides): sequential requests on one keep-alive connection",
        f"({SEQUENTIAL} each), and {CONCURRENT} requests with {IN_FLIGHT} in flight.",
        "",
        "| request | sequential | 50 in flight |",
        "| --- | --- | --- |",
        *(f"| `{name}` | {figure(seq)} | {figure(conc)} |" for name, seq, conc in rows),
        "",
        f"`make demo` (the quickstart against the emulator, a fresh process): median {statistics.median(demo):.2f} s "
        f"({min(demo):.2f}-{max(demo):.2f}).",
        "",
    ]
    (ROOT / "bench" / "EMULATOR.md").write_text("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())

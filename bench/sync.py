"""The sync client's per-call cost: Cudo against raw httpx2.Client + json.loads on the same local
server (bench/server.py), in the same run, interleaved.

    .venv/bin/python bench/sync.py [--calls 2000] [--runs 5]

1. sequential small GETs from one thread (the goal: Cudo at most 1.5x raw)
2. the same calls from 8 threads sharing one client (as Django or Celery workers do)

Each figure is a median over the runs, with the spread (min-max).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import httpx2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import AUTH, PATH, Server  # the same server and request as the async figures

from cudo_async import Cudo, RetryPolicy


def sequential(call: Callable[[], Any], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        call()
    return time.perf_counter() - started


def threaded(call: Callable[[], Any], calls: int, threads: int = 8) -> float:
    each = calls // threads

    def work() -> None:
        for _ in range(each):
            call()

    workers = [threading.Thread(target=work) for _ in range(threads)]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.perf_counter() - started


def asynchronous(url: str, calls: int, runs: int) -> dict[str, list[float]]:
    """For reference: the same calls from async code, AsyncCudo and raw httpx2.AsyncClient."""
    from cudo_async import AsyncCudo

    times: dict[str, list[float]] = {}

    async def measure() -> None:
        async with (
            httpx2.AsyncClient(trust_env=False) as raw,
            AsyncCudo(api_key="bench-key", base_url=url, retry=RetryPolicy(max_retries=0)) as cudo,
        ):

            async def raw_call() -> Any:
                response = await raw.get(url + PATH, headers=AUTH)
                response.raise_for_status()
                return json.loads(response.content)

            async def sdk_call() -> Any:
                return await cudo.virtual_machines.get_vm("bench", "vm-1")

            pairs = [("raw httpx2.AsyncClient", raw_call), ("AsyncCudo", sdk_call)]
            for _, call in pairs:
                for _ in range(min(calls, 200)):
                    await call()
            for number in range(runs):
                for name, call in pairs if number % 2 == 0 else pairs[::-1]:
                    started = time.perf_counter()
                    for _ in range(calls):
                        await call()
                    times.setdefault(f"sequential: {name}", []).append(time.perf_counter() - started)

    anyio.run(measure)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    server = Server()
    try:
        limits = httpx2.Limits(max_connections=8, max_keepalive_connections=8)
        with (
            httpx2.Client(limits=limits, trust_env=False) as raw,
            Cudo(api_key="bench-key", base_url=server.url, retry=RetryPolicy(max_retries=0), max_concurrency=8) as cudo,
            Cudo(
                api_key="bench-key",
                base_url=server.url,
                retry=RetryPolicy(max_retries=0),
                max_concurrency=8,
                transport="aiohttp",
            ) as on_aiohttp,
        ):

            def raw_call() -> Any:
                response = raw.get(server.url + PATH, headers=AUTH)
                response.raise_for_status()
                return json.loads(response.content)

            def sdk_call() -> Any:
                return cudo.virtual_machines.get_vm("bench", "vm-1")

            def aiohttp_call() -> Any:
                return on_aiohttp.virtual_machines.get_vm("bench", "vm-1")

            pairs = [("raw httpx2.Client", raw_call), ("Cudo", sdk_call), ("Cudo(transport='aiohttp')", aiohttp_call)]
            times: dict[str, list[float]] = {}
            for how, run in (("sequential", sequential), ("8 threads", threaded)):
                for _, call in pairs:  # warm-up: connections, imports, caches
                    run(call, min(args.calls, 200))
                for number in range(args.runs):
                    for name, call in pairs if number % 2 == 0 else pairs[::-1]:
                        times.setdefault(f"{how}: {name}", []).append(run(call, args.calls))
        times.update(asynchronous(server.url, args.calls, args.runs))
    finally:
        server.stop()
    print(f"| scenario | per call (us), median (min-max) of {args.runs} runs of {args.calls} calls | / raw sync |")
    print("| --- | --- | --- |")
    for how in ("sequential", "8 threads"):
        base = statistics.median(times[f"{how}: raw httpx2.Client"])
        names = [name for name, _ in pairs]
        if how == "sequential":
            names += ["raw httpx2.AsyncClient", "AsyncCudo"]
        for name in names:
            values = [t / args.calls * 1e6 for t in times[f"{how}: {name}"]]
            ratio = statistics.median(times[f"{how}: {name}"]) / base
            spread = f"{statistics.median(values):.0f} ({min(values):.0f}-{max(values):.0f})"
            print(f"| {how}: {name} | {spread} | {ratio:.2f}x |")


if __name__ == "__main__":
    main()

"""Benchmarks of the models: decoding, fetch + decode, the event loop during a large answer,
import cost, time to first call and memory, each against the raw client in the same run.

    python bench/models.py [--runs N] [--vms N]      (prints a Markdown table)

1. fetch + decode a 10,000-VM list_vms from a loopback server: AsyncCudo vs httpx2 GET +
   json.loads, the garbage collector on for both sides; decode alone (bytes -> models vs
   json.loads, and parsed dict -> models) beside it
2. the worst event-loop stall (5 ms ticker) while a ~21 MB answer is fetched and decoded
3. import cudo_async minus import httpx2 alone (clean venv, cold processes), largest own imports
4. time to first call in a cold process, SDK vs raw httpx2 (GET + json.loads)
5. RSS held by 10,000 decoded VMs, beside the RSS held by json.loads' dicts of the same answer
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx2

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import FIRST_CALL_RAW, FIRST_CALL_SDK, MEMORY_HELD, clean_venv, list_vms_body, stats, vm_json, wall

PROJECT = "bench"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


SERVE = """
import asyncio, sys
bodies = {b"/v1/projects/bench/vms": open(sys.argv[2], "rb").read(),
          b"/v1/projects/bench/big": open(sys.argv[3], "rb").read(),
          b"/v1/projects/bench/vms/vm-1": b'{"VM": {"id": "vm-1"}}'}
answer_head = b"HTTP/1.1 200 OK\\r\\ncontent-type: application/json\\r\\ncontent-length: %d\\r\\n\\r\\n"
class Http(asyncio.Protocol):
    def connection_made(self, t): self.t, self.buf = t, b""
    def data_received(self, data):
        self.buf += data
        while b"\\r\\n\\r\\n" in self.buf:
            head, self.buf = self.buf.split(b"\\r\\n\\r\\n", 1)
            body = bodies.get(head.split(b" ", 2)[1].split(b"?", 1)[0], b'{"code":5,"message":"Not Found"}')
            self.t.write(answer_head % len(body) + body)
async def main():
    server = await asyncio.get_running_loop().create_server(Http, "127.0.0.1", int(sys.argv[1]))
    print("ready", flush=True)
    async with server: await server.serve_forever()
asyncio.run(main())
"""


class Server:
    """A loopback server answering list_vms with the 10,000-VM body and /big with a ~21 MB one."""

    def __init__(self, vms: int, workdir: Path) -> None:
        self.port = free_port()
        listing, big = workdir / "vms.json", workdir / "big.json"
        listing.write_bytes(
            list_vms_body() if vms == 10_000 else json.dumps({"VMs": [vm_json(i) for i in range(vms)]}).encode()
        )
        big.write_bytes(json.dumps({"VMs": [vm_json(i) for i in range(36_000)]}).encode())
        self.big_size = big.stat().st_size
        self.proc = subprocess.Popen(
            [sys.executable, "-c", SERVE, str(self.port), str(listing), str(big)], stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "ready"
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


async def measure_fetch_decode(server: Server, runs: int) -> dict[str, Any]:
    from cudo_async import AsyncCudo, RetryPolicy

    raw_times, sdk_times = [], []
    async with (
        httpx2.AsyncClient(trust_env=False, timeout=60) as raw,
        AsyncCudo(api_key="bench-key", base_url=server.url, retry=RetryPolicy(max_retries=0), timeout=60) as cudo,
    ):

        async def raw_call() -> Any:
            r = await raw.get(server.url + f"/v1/projects/{PROJECT}/vms", headers={"Authorization": "Bearer k"})
            return json.loads(r.content)

        async def sdk_call() -> Any:
            return await cudo.virtual_machines.list_vms(PROJECT)

        await raw_call(), await sdk_call()  # warm-up: connections, imports
        for run in range(runs):
            for name, call in (
                (("raw", raw_call), ("sdk", sdk_call)) if run % 2 == 0 else (("sdk", sdk_call), ("raw", raw_call))
            ):
                gc.collect()
                t0 = time.perf_counter()
                result = await call()
                (raw_times if name == "raw" else sdk_times).append(time.perf_counter() - t0)
                del result
    return {
        "raw httpx2 + json.loads": stats(raw_times),
        "sdk list_vms": stats(sdk_times),
        "ratio": stats([s / r for s, r in zip(sdk_times, raw_times, strict=True)]),
    }


def measure_decode(runs: int) -> dict[str, Any]:
    from cudo_async_api.api.virtual_machines import list_vms

    body = list_vms_body()
    loads, full, models = [], [], []
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        data = json.loads(body)
        t1 = time.perf_counter()
        list_vms._decode(data)
        t2 = time.perf_counter()
        loads.append(t1 - t0)
        models.append(t2 - t1)
        full.append(t2 - t0)
    return {
        "json.loads": stats(loads),
        "bytes -> models": stats(full),
        "parsed dict -> models": stats(models),
        "ratio": stats([f / lo for f, lo in zip(full, loads, strict=True)]),
    }


async def measure_stall(server: Server, runs: int) -> dict[str, Any]:
    """The longest gap between 5 ms ticks while the SDK fetches and decodes the big answer."""
    import anyio
    from cudo_async_api.api.virtual_machines import list_vms

    from cudo_async import AsyncCudo, RetryPolicy

    worst: list[float] = []
    async with AsyncCudo(
        api_key="bench-key",
        base_url=server.url,
        retry=RetryPolicy(max_retries=0),
        timeout=60,
        max_response_bytes=64 << 20,
    ) as cudo:
        for _ in range(runs):
            gaps: list[float] = []
            done = anyio.Event()

            async def ticker(gaps: list[float] = gaps, done: anyio.Event = done) -> None:
                last = time.perf_counter()
                while not done.is_set():
                    await anyio.sleep(0.005)
                    now = time.perf_counter()
                    gaps.append(now - last - 0.005)
                    last = now

            async with anyio.create_task_group() as tg:
                tg.start_soon(ticker)
                await cudo._send(
                    "list_vms",
                    {"method": "GET", "path": f"/v1/projects/{PROJECT}/big", "path_params": {}},
                    list_vms._decode,
                    (None, None, None, None, False),  # no per-call options
                )
                done.set()
            worst.append(max(gaps))
    return {"answer (MB)": server.big_size / 1e6, "worst stall": stats(worst)}


def measure_processes(server: Server, runs: int) -> dict[str, Any]:
    python = clean_venv()
    base, full, raw, first = [], [], [], []
    for _ in range(runs):
        base += wall(python, "import httpx2", 1)
        full += wall(python, "import httpx2; import cudo_async", 1)
        raw += wall(
            python, FIRST_CALL_RAW.replace("/v1/projects/bench/vms/vm-1", "/v1/projects/bench/vms/vm-1"), 1, server.url
        )
        first += wall(python, FIRST_CALL_SDK, 1, server.url)
    importtime = subprocess.run(
        [str(python), "-X", "importtime", "-c", "import httpx2; import cudo_async"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    own = sorted(
        (int(line.split("|")[1]), line.split("|")[2].strip())
        for line in importtime.splitlines()
        if line.startswith("import time:")
        and line.split("|")[1].strip().isdigit()
        and ("cudo" in line or "attr" in line)
    )[-6:]
    return {
        "import cost (s)": stats([f - b for f, b in zip(full, base, strict=True)]),
        "largest own imports (cumulative us)": own,
        "first call ratio": stats([f / r for f, r in zip(first, raw, strict=True)]),
    }


MEMORY_DICTS = MEMORY_HELD.replace("from cudo_async_api.api.virtual_machines import list_vms\n", "").replace(
    "held = list_vms._decode(json.loads(body))", "held = json.loads(body)"
)


def measure_memory(runs: int) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        f.write(list_vms_body())
        f.flush()

        def mib(script: str) -> list[float]:
            out = subprocess.run([sys.executable, "-c", script, f.name], capture_output=True, text=True, check=True)
            return [int(out.stdout) / 1024]

        models = [m for _ in range(runs) for m in mib(MEMORY_HELD)]
        dicts = [m for _ in range(runs) for m in mib(MEMORY_DICTS)]
    return {"10,000 VMs as models (MiB)": stats(models), "the same as json.loads dicts (MiB)": stats(dicts)}


def fmt(s: dict[str, float], scale: float = 1.0, unit: str = "") -> str:
    return f"{s['median'] * scale:.2f}{unit} ({s['min'] * scale:.2f}-{s['max'] * scale:.2f})"


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--vms", type=int, default=10_000)
    parser.add_argument("--skip-processes", action="store_true", help="leave out the clean-venv figures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(args.vms, Path(tmp))
        try:
            fetch = await measure_fetch_decode(server, args.runs)
            decode = measure_decode(args.runs)
            stall = await measure_stall(server, max(2, args.runs // 3))
            procs = None if args.skip_processes else measure_processes(server, args.runs)
            memory = measure_memory(max(1, args.runs // 3))
        finally:
            server.stop()
    rows = [
        (
            "fetch + decode, 10,000-VM list_vms, SDK / raw httpx2 + json.loads, GC on",
            fmt(fetch["ratio"], unit="x"),
            "<= 1.5x",
        ),
        ("decode alone: bytes -> models / json.loads", fmt(decode["ratio"], unit="x"), "reported"),
        ("decode alone: parsed dict -> models", fmt(decode["parsed dict -> models"], 1e3, " ms"), "reported"),
        (f"worst loop stall, {stall['answer (MB)']:.0f} MB answer", fmt(stall["worst stall"], 1e3, " ms"), "<= 100 ms"),
        ("RSS held: 10,000 VMs as models", fmt(memory["10,000 VMs as models (MiB)"], unit=" MiB"), "not worse"),
        (
            "RSS held: the same as json.loads dicts",
            fmt(memory["the same as json.loads dicts (MiB)"], unit=" MiB"),
            "reported",
        ),
    ]
    if procs:
        rows += [
            (
                "import cudo_async minus import httpx2, clean venv",
                fmt(procs["import cost (s)"], 1e3, " ms"),
                "<= 20 ms",
            ),
            ("time to first call, SDK / raw httpx2", fmt(procs["first call ratio"], unit="x"), "<= 1.2x"),
        ]
    print("| figure | result | goal |\n| --- | --- | --- |")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    ms = 1e3, " ms"
    print(f"\nfetch + decode: raw {fmt(fetch['raw httpx2 + json.loads'], *ms)}, sdk {fmt(fetch['sdk list_vms'], *ms)}")
    print(f"decode: json.loads {fmt(decode['json.loads'], *ms)}, bytes -> models {fmt(decode['bytes -> models'], *ms)}")
    if procs:
        print("largest own imports (cumulative us):", procs["largest own imports (cumulative us)"])


if __name__ == "__main__":
    asyncio.run(main())

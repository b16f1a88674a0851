"""cudo-async benchmarks: the SDK against the raw HTTP client under it, on the same local server,
in the same run, interleaved so that drift hits every scenario alike.

    make bench        (writes bench/RESULTS.md)

1. per call: sequential small GETs; AsyncCudo vs httpx2.AsyncClient + json.loads, and
   AsyncCudo(transport="aiohttp") vs aiohttp.ClientSession + json.loads
2. throughput at 100 and 500 in flight, same pairs, the same pool size on both sides
3. decoding a 10,000-VM list_vms answer from bytes to models vs json.loads, the garbage
   collector in the same state on both sides
4. import: `import httpx2; import cudo_async` minus `import httpx2` alone, clean venv
5. time to first call in a cold process (import, client, one GET) vs raw httpx2 doing the same
6. memory: peak RSS at 1,000 in flight; RSS held by 10,000 decoded VMs

Each figure is a median over repeated runs, with the spread (min-max) of those runs.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import os
import platform
import pstats
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Literal

import aiohttp
import httpx2

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
CALLS = 2000
AUTH = {"Authorization": "Bearer bench-key", "Accept": "application/json"}
PATH = "/v1/projects/bench/vms/vm-1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Server:
    """bench/server.py in its own process."""

    def __init__(self) -> None:
        self.port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, str(BENCH / "server.py"), str(self.port)], stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "ready"
        self.url = f"http://127.0.0.1:{self.port}"

    def cpu(self) -> float:
        return cpu_seconds(self.proc.pid)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def stats(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


# ----------------------------------------------------------------------------- 1 and 2: calls


async def bounded(in_flight: int, call: Callable[[], Awaitable[Any]], calls: int | None = None) -> None:
    """``calls`` calls (default ``CALLS``), at most ``in_flight`` at once."""
    calls = CALLS if calls is None else calls
    if in_flight == 1:
        for _ in range(calls):
            await call()
        return
    semaphore = asyncio.Semaphore(in_flight)

    async def one() -> None:
        async with semaphore:
            await call()

    await asyncio.gather(*(one() for _ in range(calls)))


def raw_httpx2(client: httpx2.AsyncClient, url: str) -> Callable[[], Awaitable[Any]]:
    async def call() -> Any:
        response = await client.get(url + PATH, headers=AUTH)
        response.raise_for_status()
        return json.loads(response.content)

    return call


def raw_aiohttp(session: aiohttp.ClientSession, url: str) -> Callable[[], Awaitable[Any]]:
    async def call() -> Any:
        async with session.get(url + PATH, headers=AUTH) as response:
            response.raise_for_status()
            return json.loads(await response.read())

    return call


def sdk(cudo: Any) -> Callable[[], Awaitable[Any]]:
    return lambda: cudo.virtual_machines.get_vm("bench", "vm-1")


async def measure_calls(server: Server, runs: int) -> dict[str, Any]:
    """One phase per (transport, in-flight) pair, each with fresh clients of the same pool size."""
    from cudo_async import AsyncCudo, RetryPolicy

    times: dict[str, list[float]] = {}
    server_cpu: dict[str, float] = {}
    profiles: dict[str, list[str]] = {}

    async def phase(label: str, pair: list[tuple[str, Callable[[], Awaitable[Any]]]], in_flight: int) -> None:
        for _, call in pair:  # warm-up: connections, imports, caches
            await bounded(in_flight, call)
        for run in range(runs):
            for name, call in pair if run % 2 == 0 else pair[::-1]:
                key = f"{label}: {name}"
                cpu0, t0 = server.cpu(), time.perf_counter()
                await bounded(in_flight, call)
                wall = time.perf_counter() - t0
                times.setdefault(key, []).append(wall)
                server_cpu[key] = max(server_cpu.get(key, 0.0), (server.cpu() - cpu0) / wall)

    def client(pool: int, transport: Literal["httpx2", "aiohttp"]) -> AsyncCudo:
        # A long timeout: under the profiler, 500 in flight on httpx2's pool take minutes.
        retry = RetryPolicy(max_retries=0, deadline=None)
        return AsyncCudo(
            api_key="bench-key",
            base_url=server.url,
            retry=retry,
            max_concurrency=pool,
            timeout=600,
            transport=transport,
        )

    for in_flight in (1, 100, 500):
        pool = max(in_flight, 1)
        cudo = client(pool, "httpx2")
        limits = httpx2.Limits(max_connections=pool, max_keepalive_connections=pool)
        async with cudo, httpx2.AsyncClient(limits=limits, trust_env=False, timeout=600) as raw:
            await phase(
                f"httpx2, {in_flight} in flight", [("raw", raw_httpx2(raw, server.url)), ("sdk", sdk(cudo))], in_flight
            )
            if in_flight == 500:
                profiles["sdk, httpx2, 500 in flight"] = await profile(lambda c=cudo: bounded(500, sdk(c), 1000))
        aio = client(pool, "aiohttp")
        connector = aiohttp.TCPConnector(limit=pool)
        async with aio, aiohttp.ClientSession(connector=connector) as session:
            await phase(
                f"aiohttp, {in_flight} in flight",
                [("raw", raw_aiohttp(session, server.url)), ("sdk", sdk(aio))],
                in_flight,
            )
            if in_flight == 1:
                profiles["sdk, aiohttp, sequential"] = await profile(lambda c=aio: bounded(1, sdk(c)))
    breakdown = await measure_breakdown(server, runs)
    return {"times": times, "server_cpu": server_cpu, "profiles": profiles, "breakdown": breakdown}


async def measure_breakdown(server: Server, runs: int) -> dict[str, dict[str, float]]:
    """Where a sequential call's time goes (microseconds per call): raw aiohttp; the SDK's aiohttp
    exchange alone (no SDK around it); the SDK with an in-memory transport (no I/O: its own work,
    decoding included); and the decoding alone (json.loads + the generated from_dict)."""
    from cudo_async_api.api.virtual_machines import get_vm as get_vm_module

    from cudo_async import AsyncCudo, RetryPolicy
    from cudo_async._aiohttp import AiohttpTransport
    from cudo_async._transport import Answer, Bearer

    body = json.dumps({"VM": json.loads(_server_body())["VM"]}).encode()

    class InMemory:
        default_headers: dict[str, str] = {}
        secrets: tuple[str, ...] = ()
        is_closed = False

        async def exchange(self, *args: Any) -> Answer:
            return Answer(200, ((b"content-type", b"application/json"),), body)

        async def aclose(self) -> None:
            return None

    transport = AiohttpTransport(limit=1, trust_env=False)
    url = server.url + PATH
    headers = {**AUTH, "Accept-Encoding": "gzip, deflate", "User-Agent": "bench", "Authorization": Bearer("Bearer k")}
    cudo = AsyncCudo(api_key="bench-key", base_url=server.url, retry=RetryPolicy(max_retries=0, deadline=None))
    cudo._shared.transport = InMemory()  # type: ignore[assignment]

    async def exchange() -> Any:
        return await transport.exchange("GET", url, dict(headers), None, 600.0, 1 << 26)

    async def decode() -> Any:
        return get_vm_module._decode(json.loads(body))

    out: dict[str, list[float]] = {}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=1)) as session:
        pairs = [
            ("raw aiohttp (GET + json.loads)", raw_aiohttp(session, server.url)),
            ("the SDK's aiohttp exchange alone", exchange),
            ("the SDK over an in-memory answer (its own work)", sdk(cudo)),
            ("of which decoding (json.loads + from_dict)", decode),
        ]
        for _, call in pairs:
            await bounded(1, call, 200)
        for _ in range(runs):
            for name, call in pairs:
                t0 = time.perf_counter()
                await bounded(1, call)
                out.setdefault(name, []).append((time.perf_counter() - t0) / CALLS * 1e6)
    await transport.aclose()
    return {name: stats(values) for name, values in out.items()}


def _server_body() -> bytes:
    sys.path.insert(0, str(BENCH))
    import server as bench_server

    return bench_server.BODIES[PATH.encode()]


async def profile(work: Callable[[], Awaitable[Any]], n: int = 8) -> list[str]:
    """The functions with the most self time while ``work`` runs."""
    prof = cProfile.Profile()
    prof.enable()
    await work()
    prof.disable()
    table = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    total = sum(tt for (_, _, tt, _, _) in table.values()) or 1.0
    rows = sorted(table.items(), key=lambda kv: kv[1][2], reverse=True)[:n]
    return [
        f"{Path(f).parent.name}/{Path(f).name}:{name} {tt / total * 100:.0f}%"
        for (f, _, name), (_, _, tt, _, _) in rows
    ]


# ----------------------------------------------------------------------------- 3: decoding


def vm_json(i: int) -> dict[str, Any]:
    return {
        "id": f"vm-{i:05d}",
        "projectId": "bench-project",
        "datacenterId": "gb-bournemouth-1",
        "machineType": "epyc-milan-a40",
        "cpuModel": "AMD EPYC 7543",
        "gpuModel": "NVIDIA A40",
        "gpuQuantity": i % 4,
        "vcpus": 8,
        "memory": 32,
        "bootDiskSizeGib": 100,
        "state": "ACTIVE",
        "commitmentTerm": "COMMITMENT_TERM_NONE",
        "createTime": "2026-03-01T10:00:00.123456789Z",
        "imageId": "ubuntu-2204-nvidia",
        "internalIpAddress": f"10.0.{i // 250}.{i % 250}",
        "externalIpAddress": f"192.0.2.{i % 250}",
        "securityGroupIds": ["sg-web"],
        "renewableEnergy": True,
        "nics": [{"networkId": "net-1", "internalIpAddress": "10.0.0.5"}],
    }


def list_vms_body() -> bytes:
    return json.dumps({"VMs": [vm_json(i) for i in range(10_000)]}).encode()


def measure_decoding(runs: int) -> dict[str, Any]:
    from cudo_async_api.api.virtual_machines import list_vms

    from cudo_async._request import Call
    from cudo_async._transport import Answer

    body = list_vms_body()
    answer = Answer(200, [], body)
    url = "http://127.0.0.1/v1/projects/p/vms"
    call = Call("list_vms", "GET", url, "list_vms", url, None, list_vms._decode, "/v1/projects/{project_id}/vms")

    def timed(fn: Callable[[], Any], gc_on: bool) -> list[float]:
        out = []
        for _ in range(runs):
            gc.collect()
            if not gc_on:
                gc.disable()
            try:
                t0 = time.perf_counter()
                fn()
                out.append(time.perf_counter() - t0)
            finally:
                gc.enable()
        return out

    result: dict[str, Any] = {"size_mb": round(len(body) / 1e6, 2)}
    for gc_on in (True, False):
        state = "GC on" if gc_on else "GC off"
        result[f"json.loads, {state}"] = stats(timed(lambda: json.loads(body), gc_on))
        result[f"cudo-async, {state}"] = stats(timed(lambda: call.decode_success(answer), gc_on))
    prof = cProfile.Profile()
    data = json.loads(body)
    prof.enable()
    list_vms._decode(data)
    prof.disable()
    table = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    rows = sorted(table.items(), key=lambda kv: kv[1][2], reverse=True)[:6]
    result["profile"] = [f"{Path(f).name}:{name} {tt:.3f}s" for (f, _, name), (_, _, tt, _, _) in rows]
    return result


# ----------------------------------------------------------------------------- 4, 5, 6: processes


def clean_venv() -> Path:
    """A venv with the SDK installed as a user gets it (runtime dependencies and the aiohttp extra)."""
    venv = BENCH / ".venv-clean"
    python = venv / "bin" / "python"
    stamp = venv / ".installed"
    if not stamp.exists() or stamp.stat().st_mtime < (ROOT / "pyproject.toml").stat().st_mtime:
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", f"{ROOT}[aiohttp]"], check=True, timeout=600)
        stamp.touch()
    return python


def wall(python: Path, code: str, runs: int, *args: str) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([str(python), "-c", code, *args], check=True, capture_output=True)
        out.append(time.perf_counter() - t0)
    return out


FIRST_CALL_SDK = """
import sys, anyio
from cudo_async import AsyncCudo
async def main():
    async with AsyncCudo(api_key="bench-key", base_url=sys.argv[1]) as cudo:
        await cudo.virtual_machines.get_vm("bench", "vm-1")
anyio.run(main)
"""
FIRST_CALL_RAW = """
import sys, json, anyio, httpx2
async def main():
    async with httpx2.AsyncClient() as client:
        r = await client.get(sys.argv[1] + "/v1/projects/bench/vms/vm-1", headers={"Authorization": "Bearer k"})
        json.loads(r.content)
anyio.run(main)
"""


def measure_processes(python: Path, server: Server, runs: int) -> dict[str, Any]:
    # Interleaved pairs: each difference and ratio compares neighbours in time.
    base, full, raw, first = [], [], [], []
    for _ in range(runs):
        base += wall(python, "import httpx2", 1)
        full += wall(python, "import httpx2; import cudo_async", 1)
        raw += wall(python, FIRST_CALL_RAW, 1, server.url)
        first += wall(python, FIRST_CALL_SDK, 1, server.url)
    importtime = subprocess.run(
        [str(python), "-X", "importtime", "-c", "import httpx2; import cudo_async"],
        capture_output=True, text=True, check=True,
    ).stderr  # fmt: skip
    ours = sorted(
        (int(line.split("|")[1]), line.split("|")[2].strip())
        for line in importtime.splitlines()
        if line.startswith("import time:") and line.split("|")[1].strip().isdigit()
        and ("cudo" in line or "attr" in line)
    )[-6:]  # fmt: skip
    return {
        "import cost": stats([f - b for f, b in zip(full, base, strict=True)]),
        "import httpx2 alone": stats(base),
        "largest own imports (cumulative us)": ours,
        "first call, sdk": stats(first),
        "first call, raw httpx2": stats(raw),
        "first call ratio": stats([f / r for f, r in zip(first, raw, strict=True)]),
    }


MEMORY_IN_FLIGHT = """
import asyncio, sys
from cudo_async import AsyncCudo, RetryPolicy
async def main():
    async with AsyncCudo(api_key="bench-key", base_url=sys.argv[1], retry=RetryPolicy(max_retries=0),
                         max_concurrency=1000) as cudo:
        await asyncio.gather(*(cudo.virtual_machines.get_vm("bench", "vm-1") for _ in range(1000)))
asyncio.run(main())
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""
MEMORY_BASELINE = """
import asyncio, sys
from cudo_async import AsyncCudo, RetryPolicy
async def main():
    async with AsyncCudo(api_key="bench-key", base_url=sys.argv[1], retry=RetryPolicy(max_retries=0)) as cudo:
        await cudo.virtual_machines.get_vm("bench", "vm-1")
asyncio.run(main())
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""
MEMORY_HELD = """
import gc, json, sys
from cudo_async_api.api.virtual_machines import list_vms
def rss():
    return int(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmRSS")))
body = open(sys.argv[1], "rb").read()
gc.collect(); before = rss()
held = list_vms._decode(json.loads(body))
del body; gc.collect()
print(rss() - before)
"""


def measure_memory(python: Path, server: Server, runs: int) -> dict[str, Any]:
    def kib(script: str, arg: str) -> list[float]:
        return [
            int(subprocess.run([str(python), "-c", script, arg], capture_output=True, text=True, check=True).stdout)
            / 1024
            for _ in range(runs)
        ]

    body_file = BENCH / ".list_vms.json"
    body_file.write_bytes(list_vms_body())
    try:
        held = kib(MEMORY_HELD, str(body_file))
    finally:
        body_file.unlink()
    in_flight = kib(MEMORY_IN_FLIGHT, server.url)
    baseline = kib(MEMORY_BASELINE, server.url)
    return {
        "peak RSS, 1,000 in flight (MiB)": stats(in_flight),
        "peak RSS, one call (MiB)": stats(baseline),
        "per request in flight (KiB)": stats([(a - b) * 1024 / 1000 for a, b in zip(in_flight, baseline, strict=True)]),
        "RSS held by 10,000 decoded VMs (MiB)": stats(held),
    }


# ----------------------------------------------------------------------------- report


def versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for name in ("cudo-async", "httpx2", "httpcore2", "aiohttp", "anyio", "attrs", "h11"):
        try:
            out.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            out.append(f"{name} -")
    return ", ".join(out)


def fmt(s: dict[str, float], unit: str = "s", scale: float = 1.0, digits: int = 3) -> str:
    return f"{s['median'] * scale:.{digits}f} {unit} ({s['min'] * scale:.{digits}f}-{s['max'] * scale:.{digits}f})"


def pair_ratio(times: dict[str, list[float]], label: str, throughput: bool) -> dict[str, float]:
    """Per-run ratios of one phase: SDK time / raw time (per call), or raw / SDK (throughput)."""
    sdk_t, raw_t = times[f"{label}: sdk"], times[f"{label}: raw"]
    return stats([(r / s) if throughput else (s / r) for s, r in zip(sdk_t, raw_t, strict=True)])


#: (phase, per call or throughput, goal): the transport goals, each against its raw client.
CALL_GOALS = (
    ("httpx2, 1 in flight", False, 1.05),
    ("httpx2, 100 in flight", True, 1.0),
    ("httpx2, 500 in flight", True, 1.0),
    ("aiohttp, 1 in flight", False, 1.3),
    ("aiohttp, 100 in flight", True, 0.8),
    ("aiohttp, 500 in flight", True, 0.8),
)
POOL_SHAPE = (
    "Raw httpx2 is `httpx2.AsyncClient(limits=httpx2.Limits(max_connections=N, max_keepalive_connections=N))`, "
    "the SDK's own pool shape (N = max_concurrency = the calls in flight); raw aiohttp is "
    "`aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=N))`."
)


def call_rows(times: dict[str, list[float]]) -> list[str]:
    rows = []
    for label, throughput, goal in CALL_GOALS:
        client, in_flight = label.split(", ")
        value = pair_ratio(times, label, throughput)
        met = value["median"] >= goal if throughput else value["median"] <= goal
        what = f"throughput at {in_flight}" if throughput else "per call, sequential small GETs"
        transport = "" if client == "httpx2" else "aiohttp transport: "
        rows.append(
            f"| {transport}{what}, SDK / raw {client} | {value['median']:.2f}x ({value['min']:.2f}-{value['max']:.2f}) "
            f"| {'>=' if throughput else '<='} {goal}x | {'yes' if met else 'no'} |"
        )
    return rows


def calls_table(calls: dict[str, Any]) -> list[str]:
    lines = [
        f"## Calls ({CALLS} GETs per run; calls/s from the median; server CPU: its busiest share of one core)",
        "",
        POOL_SHAPE,
        "",
        "| scenario | time | calls/s | server CPU |",
        "| --- | --- | --- | --- |",
    ]
    for name, values in calls["times"].items():
        s = stats(values)
        lines.append(f"| {name} | {fmt(s)} | {CALLS / s['median']:,.0f} | {calls['server_cpu'][name] * 100:.0f}% |")
    lines += ["", "Profiles (share of self time):"]
    for name, rows in calls["profiles"].items():
        lines.append(f"- {name}: " + "; ".join(rows))
    lines += ["", "Where a sequential call's time goes (us per call):", "", "| part | time |", "| --- | --- |"]
    lines += [f"| {name} | {fmt(value, 'us', digits=1)} |" for name, value in calls["breakdown"].items()]
    return lines


def report(calls: dict[str, Any], decoding: dict[str, Any], procs: dict[str, Any], memory: dict[str, Any]) -> str:
    times = calls["times"]
    cpu = Path("/proc/cpuinfo").read_text().split("model name")[1].split("\n")[0].strip(" :\t")

    def row(figure: str, value: dict[str, float], goal: str, met: bool, unit: str = "x") -> str:
        spread = f"({value['min']:.2f}-{value['max']:.2f})"
        return f"| {figure} | {value['median']:.2f}{unit} {spread} | {goal} | {'yes' if met else 'no'} |"

    dec = {k: v for k, v in decoding.items() if isinstance(v, dict)}
    dec_on = dec["cudo-async, GC on"]["median"] / dec["json.loads, GC on"]["median"]
    dec_off = dec["cudo-async, GC off"]["median"] / dec["json.loads, GC off"]["median"]
    imp = procs["import cost"]
    first = procs["first call ratio"]
    lines = [
        "# Benchmarks",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, {cpu}; {platform.system()} {platform.release()}",
        f"Python {platform.python_version()}; {versions()}",
        "",
        "Ratios are medians of per-run ratios, with the spread (min-max) of the runs in brackets.",
        "",
        "| figure | result | goal | met |",
        "| --- | --- | --- | --- |",
        *call_rows(times),
        f"| 10,000-VM list_vms ({decoding['size_mb']} MB) bytes -> models / json.loads, GC on both sides | "
        f"{dec_on:.2f}x (GC off on both: {dec_off:.2f}x) | reported (fetch + decode: bench/models.py) | - |",
        f"| import cudo_async, clean venv, minus import httpx2 alone | {fmt(imp, 'ms', 1000, 0)} | <= 20 ms | "
        f"{'yes' if imp['median'] <= 0.020 else 'no'} |",
        row("time to first call, SDK / raw httpx2 (GET + json.loads)", first, "<= 1.2x", first["median"] <= 1.2),
        f"| peak RSS at 1,000 in flight | {fmt(memory['peak RSS, 1,000 in flight (MiB)'], 'MiB', digits=1)}; "
        f"{memory['per request in flight (KiB)']['median']:.0f} KiB per request | reported | - |",
        f"| RSS held by 10,000 decoded VMs | {fmt(memory['RSS held by 10,000 decoded VMs (MiB)'], 'MiB', digits=1)} "
        "| reported | - |",
        "",
    ]
    lines += calls_table(calls)
    lines += ["", "## Decoding", "", "| decoder | time |", "| --- | --- |"]
    lines += [f"| {name} | {fmt(value)} |" for name, value in dec.items()]
    lines += ["", "Profile of the decode (self time): " + "; ".join(decoding["profile"]) + "."]
    lines += ["", "## Processes (clean venv, cold processes)", "", "| measure | value |", "| --- | --- |"]
    for name, value in procs.items():
        lines.append(f"| {name} | {fmt(value, digits=3) if isinstance(value, dict) else value} |")
    lines += ["", "## Memory", "", "| measure | value |", "| --- | --- |"]
    for name, value in memory.items():
        lines.append(f"| {name} | {fmt(value, digits=1, unit='')} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    global CALLS  # noqa: PLW0603 (one setting for the whole run)
    parser = argparse.ArgumentParser(description="cudo-async benchmarks")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", default=str(BENCH / "RESULTS.md"))
    parser.add_argument(
        "--calls-only", action="store_true", help="only the transport figures (1 and 2), printed, not written"
    )
    parser.add_argument("--calls", type=int, default=CALLS, help="calls per run (small for a sanity check)")
    args = parser.parse_args()
    CALLS = args.calls
    started = time.perf_counter()
    server = Server()
    if args.calls_only:
        try:
            calls = asyncio.run(measure_calls(server, args.runs))
        finally:
            server.stop()
        table = ["| figure | result | goal | met |", "| --- | --- | --- | --- |", *call_rows(calls["times"])]
        print("\n".join(["", *table, "", *calls_table(calls)]))
        return
    try:
        calls = asyncio.run(measure_calls(server, args.runs))
        decoding = measure_decoding(args.runs)
        python = clean_venv()
        procs = measure_processes(python, server, max(args.runs, 9))
        memory = measure_memory(python, server, 3)
    finally:
        server.stop()
    text = report(calls, decoding, procs, memory)
    text += f"\nWhole run: {time.perf_counter() - started:.0f} s.\n"
    Path(args.out).write_text(text)
    print(text)


if __name__ == "__main__":
    main()

"""cudo-async benchmarks: the SDK against raw httpx2 on the same local server, in the same run.

    make bench        (writes bench/RESULTS.md)

1. per-call overhead: sequential small GETs, AsyncCudo vs httpx2.AsyncClient + json.loads
2. concurrency: calls with 100 in flight, same comparison, plus the SDK over httpx2-aiohttp
3. decoding: a 10,000-VM list_vms answer from bytes to typed models, vs json.loads and vs the
   stock openapi-python-client output for the same spec
4. import: -X importtime and cold-process wall time of `import cudo_async` in a clean venv
5. memory: peak RSS of a process making 2,000 calls

Each figure is the median of several runs, with min and max. The server runs in its own
process; its CPU use during each scenario is reported to show it is not the bottleneck.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import platform
import pstats
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx2

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
CALLS = 2000
IN_FLIGHT = 100
AUTH = {"Authorization": "Bearer bench-key", "Accept": "application/json"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Server:
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


async def raw_sequential(url: str, client: httpx2.AsyncClient) -> None:
    for _ in range(CALLS):
        response = await client.get(f"{url}/v1/projects/bench/vms/vm-1", headers=AUTH)
        response.raise_for_status()
        json.loads(response.content)


async def sdk_sequential(cudo: Any) -> None:
    for _ in range(CALLS):
        await cudo.virtual_machines.get_vm("bench", "vm-1")


async def gather_limited(call: Callable[[], Awaitable[Any]]) -> None:
    semaphore = asyncio.Semaphore(IN_FLIGHT)

    async def one() -> None:
        async with semaphore:
            await call()

    await asyncio.gather(*(one() for _ in range(CALLS)))


async def raw_concurrent(url: str, client: httpx2.AsyncClient) -> None:
    async def call() -> None:
        response = await client.get(f"{url}/v1/projects/bench/vms/vm-1", headers=AUTH)
        response.raise_for_status()
        json.loads(response.content)

    await gather_limited(call)


async def sdk_concurrent(cudo: Any) -> None:
    await gather_limited(lambda: cudo.virtual_machines.get_vm("bench", "vm-1"))


def limits() -> httpx2.Limits:
    return httpx2.Limits(max_connections=IN_FLIGHT, max_keepalive_connections=IN_FLIGHT)


async def measure_calls(server: Server, runs: int) -> dict[str, Any]:
    """Three phases, each with fresh clients, so one phase's pool state cannot colour another's."""
    from cudo_async import AsyncCudo, RetryPolicy

    try:
        from httpx_aiohttp import HttpxAiohttpClient
    except ImportError:  # pragma: no cover - the bench extra brings it
        HttpxAiohttpClient = None

    results: dict[str, list[float]] = {}
    server_share: dict[str, list[float]] = {}
    retry = RetryPolicy(max_retries=0)

    def sdk(http: httpx2.AsyncClient | None = None) -> AsyncCudo:
        return AsyncCudo(
            api_key="bench-key", base_url=server.url, retry=retry, max_concurrency=IN_FLIGHT, http_client=http
        )

    async def phase(scenarios: list[tuple[str, Callable[[], Awaitable[None]]]]) -> None:
        for _, scenario in scenarios:  # warm-up: connections, imports, caches
            await scenario()
        for run in range(runs):
            # interleaved, in alternating order, so drift hits every scenario alike
            for name, scenario in scenarios if run % 2 == 0 else scenarios[::-1]:
                cpu0, t0 = server.cpu(), time.perf_counter()
                await scenario()
                wall = time.perf_counter() - t0
                results.setdefault(name, []).append(wall)
                server_share.setdefault(name, []).append((server.cpu() - cpu0) / wall)

    async with httpx2.AsyncClient(limits=limits(), trust_env=False) as raw, sdk() as cudo:
        await phase(
            [
                ("sequential raw httpx2", lambda: raw_sequential(server.url, raw)),
                ("sequential AsyncCudo", lambda: sdk_sequential(cudo)),
            ]
        )
    async with httpx2.AsyncClient(limits=limits(), trust_env=False) as raw, sdk() as cudo:
        await phase(
            [
                ("concurrent raw httpx2", lambda: raw_concurrent(server.url, raw)),
                ("concurrent AsyncCudo", lambda: sdk_concurrent(cudo)),
            ]
        )
        profile = cProfile.Profile()
        profile.enable()
        await raw_concurrent(server.url, raw)
        profile.disable()
        pool_share = profile_share(profile, "_assign_requests_to_connections")
    if HttpxAiohttpClient is not None:
        async with HttpxAiohttpClient(limits=limits(), trust_env=False) as alt_http, sdk(alt_http) as alt:
            await phase(
                [
                    ("sequential AsyncCudo over httpx2-aiohttp", lambda: sdk_sequential(alt)),
                    ("concurrent AsyncCudo over httpx2-aiohttp", lambda: sdk_concurrent(alt)),
                ]
            )
    out: dict[str, Any] = {
        name: {**stats(times), "server_cpu": max(server_share[name])} for name, times in results.items()
    }
    out["profile"] = {"pool share": pool_share}
    return out


def profile_share(profile: cProfile.Profile, function: str) -> float:
    """The share of the profiled time spent in `function` (and what it calls)."""
    table = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(tt for (_, _, tt, _, _) in table.values())
    cumulative = max((ct for (_, _, name), (_, _, _, ct, _) in table.items() if name == function), default=0.0)
    return round(cumulative / total, 3) if total else 0.0


def top_functions(profile: cProfile.Profile, n: int = 6) -> list[str]:
    table = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    rows = sorted(table.items(), key=lambda kv: kv[1][2], reverse=True)[:n]
    return [f"{Path(file).name}:{name} {tt:.3f}s" for (file, _line, name), (_, _, tt, _, _) in rows]


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


def measure_decoding(runs: int) -> dict[str, Any]:
    from cudo_api.api.virtual_machines import list_vms

    from cudo_async._client import _decode_success

    body = json.dumps({"VMs": [vm_json(i) for i in range(10_000)]}).encode()
    response = httpx2.Response(200, content=body)
    stock = stock_decoder()

    def time_it(fn: Callable[[], Any]) -> list[float]:
        out = []
        for _ in range(runs):
            t0 = time.perf_counter()
            fn()
            out.append(time.perf_counter() - t0)
        return out

    result = {
        "size_mb": round(len(body) / 1e6, 2),
        "json.loads": stats(time_it(lambda: json.loads(body))),
        # the SDK's own path from the answer's bytes to typed models
        "cudo-async": stats(time_it(lambda: _decode_success("list_vms", response, list_vms._decode, "GET", "", 1))),
    }
    if stock is not None:
        result["stock openapi-python-client"] = stats(time_it(lambda: stock(json.loads(body))))
    profile = cProfile.Profile()
    data = json.loads(body)
    profile.enable()
    list_vms._decode(data)
    profile.disable()
    result["profile"] = top_functions(profile)
    return result


def stock_decoder() -> Callable[[Any], Any] | None:
    """The same spec through openapi-python-client with its own templates, for comparison."""
    out = Path(tempfile.mkdtemp(prefix="cudo-stock-"))
    config = out / "config.yaml"
    config.write_text(
        "package_name_override: stock_cudo_api\nproject_name_override: stock\npost_hooks: []\n"
        "class_overrides:\n  Any:\n    class_name: StatusDetail\n    module_name: status_detail\n"
    )
    generator = Path(sys.executable).with_name("openapi-python-client")
    done = subprocess.run(
        [str(generator), "generate", "--path", str(ROOT / "openapi.yaml"), "--config", str(config),
         "--meta", "none", "--output-path", str(out / "stock_cudo_api")],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    if done.returncode != 0:
        print("stock generation failed:", done.stderr[-500:], file=sys.stderr)
        return None
    sys.path.insert(0, str(out))
    from stock_cudo_api.models import ListVMsResponse  # type: ignore[import-not-found]

    return ListVMsResponse.from_dict  # type: ignore[no-any-return]


# ----------------------------------------------------------------------------- 4 and 5: import, memory


def clean_venv() -> Path:
    """A venv with the SDK installed as a user gets it (runtime dependencies only)."""
    venv = BENCH / ".venv-clean"
    python = venv / "bin" / "python"
    stamp = venv / ".installed"
    if not stamp.exists() or stamp.stat().st_mtime < (ROOT / "pyproject.toml").stat().st_mtime:
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", str(ROOT)], check=True, timeout=600)
        stamp.touch()
    return python


def measure_import(python: Path, runs: int) -> dict[str, Any]:
    def wall(code: str) -> list[float]:
        out = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run([str(python), "-c", code], check=True)
            out.append(time.perf_counter() - t0)
        return out

    bare = wall("pass")
    full = wall("import cudo_async")
    importtime = []
    for _ in range(runs):
        err = subprocess.run(
            [str(python), "-X", "importtime", "-c", "import cudo_async"], capture_output=True, text=True, check=True
        ).stderr
        line = next(line for line in err.splitlines() if line.rstrip().endswith("| cudo_async"))
        importtime.append(int(line.split("|")[1]) / 1e6)
    top = sorted(
        (int(line.split("|")[1]), line.split("|")[2].strip())
        for line in err.splitlines()
        if line.startswith("import time:") and line.split("|")[1].strip().isdigit()
    )[-6:]
    return {
        "importtime cumulative (s)": stats(importtime),
        "process wall, import cudo_async (s)": stats(full),
        "process wall, bare interpreter (s)": stats(bare),
        "import cost = difference (s)": stats([f - b for f, b in zip(sorted(full), sorted(bare), strict=True)]),
        "largest imports (us, module)": top,
    }


MEMORY_SCRIPT = """
import asyncio, sys
from cudo_async import AsyncCudo, RetryPolicy
async def main():
    async with AsyncCudo(api_key="bench-key", base_url=sys.argv[1], retry=RetryPolicy(max_retries=0),
                         max_concurrency=100) as cudo:
        sem = asyncio.Semaphore(100)
        async def one():
            async with sem:
                await cudo.virtual_machines.get_vm("bench", "vm-1")
        await asyncio.gather(*(one() for _ in range(2000)))
asyncio.run(main())
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""
BASELINE_SCRIPT = """
import cudo_async, httpx2
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""


def measure_memory(python: Path, server: Server, runs: int) -> dict[str, Any]:
    def rss(script: str) -> list[float]:
        return [
            int(
                subprocess.run(
                    [str(python), "-c", script, server.url], capture_output=True, text=True, check=True
                ).stdout
            )
            / 1024
            for _ in range(runs)
        ]

    return {
        "peak RSS after 2,000 calls (MiB)": stats(rss(MEMORY_SCRIPT)),
        "peak RSS after import only (MiB)": stats(rss(BASELINE_SCRIPT)),
    }


# ----------------------------------------------------------------------------- report


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in (
        "cudo-async",
        "httpx2",
        "httpcore",
        "anyio",
        "attrs",
        "h11",
        "httpx2-aiohttp",
        "aiohttp",
        "openapi-python-client",
    ):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "-"
    return out


def fmt(s: dict[str, float], unit: str = "s", scale: float = 1.0) -> str:
    return f"{s['median'] * scale:.3f} {unit} (min {s['min'] * scale:.3f}, max {s['max'] * scale:.3f})"


def report(calls: dict[str, Any], decoding: dict[str, Any], imports: dict[str, Any], memory: dict[str, Any]) -> str:
    cpu = Path("/proc/cpuinfo").read_text().split("model name")[1].split("\n")[0].strip(" :\t")
    seq_ratio = calls["sequential AsyncCudo"]["median"] / calls["sequential raw httpx2"]["median"]
    conc_ratio = calls["concurrent raw httpx2"]["median"] / calls["concurrent AsyncCudo"]["median"]
    dec_ratio = decoding["cudo-async"]["median"] / decoding["json.loads"]["median"]
    imp = imports["import cost = difference (s)"]["median"]
    lines = [
        "# Benchmarks",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, {cpu}; {platform.system()} {platform.release()}",
        f"Python {platform.python_version()}; " + ", ".join(f"{k} {v}" for k, v in versions().items()),
        "",
        "| # | measure | result | target | met |",
        "| --- | --- | --- | --- | --- |",
        f"| 1 | per-call overhead, {CALLS} sequential GETs: AsyncCudo / raw httpx2 + json | {seq_ratio:.3f}x "
        "| <= 1.10 | "
        f"{'yes' if seq_ratio <= 1.10 else 'no'} |",
        f"| 2 | throughput, {CALLS} calls, {IN_FLIGHT} in flight: AsyncCudo / raw httpx2 | {conc_ratio:.3f} "
        "| >= 0.90 | "
        f"{'yes' if conc_ratio >= 0.90 else 'no'} |",
        f"| 3 | decoding {decoding['size_mb']} MB, 10,000 VMs: cudo-async / json.loads | {dec_ratio:.2f}x | <= 2.5 | "
        f"{'yes' if dec_ratio <= 2.5 else 'no'} |",
        f"| 4 | import cudo_async (cold process, clean venv) | {imp * 1000:.0f} ms | <= 150 ms | "
        f"{'yes' if imp <= 0.150 else 'no'} |",
        f"| 5 | peak RSS, process making 2,000 calls | "
        f"{memory['peak RSS after 2,000 calls (MiB)']['median']:.1f} MiB | report | - |",
        "",
        "## Calls (seconds for the whole batch; server CPU = the server's busiest share of one core)",
        "",
        "| scenario | time | calls/s | server CPU |",
        "| --- | --- | --- | --- |",
    ]
    for name, s in calls.items():
        if name != "profile":
            lines.append(f"| {name} | {fmt(s)} | {CALLS / s['median']:.0f} | {s['server_cpu'] * 100:.0f}% |")
    share = calls["profile"]["pool share"]
    lines += [
        "",
        f"Profile of raw httpx2 at {IN_FLIGHT} in flight: {share * 100:.0f}% of its time is httpcore's "
        "connection-pool assignment (`_assign_requests_to_connections`), for the SDK and raw httpx2 alike.",
    ]
    alt = calls.get("concurrent AsyncCudo over httpx2-aiohttp")
    if alt:
        gain = calls["concurrent AsyncCudo"]["median"] / alt["median"]
        lines += ["", f"httpx2-aiohttp transport vs the default one, concurrent: {gain:.2f}x the throughput."]
    lines += ["", "## Decoding", "", "| decoder | time |", "| --- | --- |"]
    for name in ("json.loads", "cudo-async", "stock openapi-python-client"):
        if name in decoding:
            lines.append(f"| {name} | {fmt(decoding[name])} |")
    lines += ["", "Profile of cudo-async's decode (self time): " + "; ".join(decoding["profile"]) + "."]
    lines += ["", "## Import", "", "| measure | value |", "| --- | --- |"]
    for name, value in imports.items():
        lines.append(f"| {name} | {fmt(value) if isinstance(value, dict) else value} |")
    lines += ["", "## Memory", "", "| measure | value |", "| --- | --- |"]
    for name, value in memory.items():
        lines.append(f"| {name} | {fmt(value, 'MiB')} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description="cudo-async benchmarks")
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--out", default=str(BENCH / "RESULTS.md"))
    args = parser.parse_args()
    started = time.perf_counter()
    server = Server()
    try:
        calls = asyncio.run(measure_calls(server, args.runs))
        decoding = measure_decoding(args.runs)
        python = clean_venv()
        imports = measure_import(python, max(args.runs, 7))
        memory = measure_memory(python, server, 3)
    finally:
        server.stop()
    text = report(calls, decoding, imports, memory)
    text += f"\nWhole run: {time.perf_counter() - started:.0f} s.\n"
    Path(args.out).write_text(text)
    print(text)


if __name__ == "__main__":
    main()

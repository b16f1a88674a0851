"""Fault soak: many calls from 50 tasks against the emulator with 20% of answers faulted.

Every call must succeed or raise a CudoError within its deadline; nothing else may escape; no
create may reach the server twice; every create that reported success must exist; and after
aclose() no connection or limiter permit is left.

`make test` runs it on asyncio and on trio's virtual clock, where timeouts and waits are the
code's own and the same on any machine: there, most calls must succeed, each within its
deadline. `make soak` runs 10,000 calls on both event loops' real clocks and records the figures.
"""

from __future__ import annotations

import collections
import time

import anyio
import pytest

from cudo_async import RetryPolicy, errors
from cudo_async._status import DETAIL_TYPE_PREFIX
from cudo_async.testing import Emulator, Fault
from tests.helpers import AT_ONCE, virtual_clock, vm_body
from tests.reliability.conftest import LONG, SOAK_CALLS, record

pytestmark = pytest.mark.anyio

TIMEOUT = 1.0
POLICY = RetryPolicy(initial_delay=0.005, max_delay=0.05, deadline=6.0)
T = DETAIL_TYPE_PREFIX
FAULTS = [
    Fault(
        status=429,
        headers={"Retry-After": "1"},
        body={
            "code": 429,
            "status": "RESOURCE_EXHAUSTED",
            "message": "slow down",
            "details": [{"@type": T + "RetryInfo", "retryDelay": "0.01s"}],
        },
    ),
    Fault(
        status=503,
        body={"code": 14, "message": "unavailable", "details": [{"@type": T + "RetryInfo", "retryDelay": "0.02s"}]},
    ),
    Fault(status=504, applied=True),  # the gateway gave up, but the call ran
    Fault(drop="before"),  # reset before the request was handled
    Fault(drop="after"),  # reset after the call ran
    Fault(latency=TIMEOUT * 1.5),  # past the client's timeout (the call runs)
    Fault(status=502, body=b"<html><body>502 Bad Gateway</body></html>", headers={"content-type": "text/html"}),
    Fault(truncate=True),  # the JSON body is cut short
]


def living_tasks(backend: str) -> int:
    if backend == "trio":
        import trio

        return int(trio.lowlevel.current_statistics().tasks_living)
    import asyncio

    return len(asyncio.all_tasks())


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"] if LONG else ["asyncio", virtual_clock(0.01)])
async def test_fault_soak(anyio_backend: str | tuple[str, dict[str, object]]) -> None:
    backend = anyio_backend if isinstance(anyio_backend, str) else anyio_backend[0]
    virtual = backend != anyio_backend
    tasks_before = living_tasks(backend)
    outcomes: collections.Counter[str] = collections.Counter()
    escapes: list[str] = []
    late: list[float] = []
    created_ok: list[str] = []
    async with Emulator(rate_limit=None, boot_seconds=0.01) as emu:
        emu.chaos(0.2, FAULTS, seed=7)
        cudo = emu.client(timeout=TIMEOUT, retry=POLICY, max_concurrency=50)
        p = emu.project_id

        async def one(i: int) -> None:
            kind = i % 5
            start = anyio.current_time()
            try:
                if kind == 0:
                    await cudo.virtual_machines.create_vm(p, body=vm_body(f"vm-{i}"))
                    created_ok.append(f"vm-{i}")
                elif kind == 1:
                    await cudo.virtual_machines.get_vm(p, f"vm-{i - 1}")
                elif kind == 4:  # an action without an id: never repeated on a guess
                    await cudo.virtual_machines.reboot_vm(p, f"vm-{i - 4}")
                elif kind == 2:
                    await cudo.virtual_machines.list_vm_data_centers()
                else:
                    await cudo.disks.list_disks(p, page_size=10)
                outcomes["ok"] += 1
            except errors.CudoError as exc:
                outcomes[type(exc).__name__] += 1
            except Exception as exc:  # anything else is a defect: count it, report it
                escapes.append(f"{type(exc).__name__}: {exc}")
            took = anyio.current_time() - start
            if took > POLICY.deadline + TIMEOUT + (0.1 if virtual else AT_ONCE):  # type: ignore[operator]
                late.append(took)

        async def worker(w: int) -> None:
            for i in range(w, SOAK_CALLS, 50):
                await one(i)

        started = time.monotonic()
        async with anyio.create_task_group() as tg:
            for w in range(50):
                tg.start_soon(worker, w)
        elapsed = time.monotonic() - started
        permits_left = cudo.in_flight
        await cudo.aclose()
        connections_left = await emu.wait_for_connections_closed()

        creates = {vm_id: n for (op, vm_id), n in emu.side_effects.items() if op == "create_vm"}
        reboots = {vm_id: n for (op, vm_id), n in emu.side_effects.items() if op == "reboot_vm"}
        duplicates = {key: n for key, n in emu.side_effects.items() if n > 1}
        lost = [vm_id for vm_id in created_ok if not emu.has_vm(p, vm_id)]
        faults = emu.faults_served
    tasks_left = living_tasks(backend) - tasks_before

    record(
        f"fault soak ({backend})",
        calls=SOAK_CALLS,
        tasks=50,
        seconds=round(elapsed, 1),
        faults_injected=faults,
        outcomes=dict(sorted(outcomes.items())),
        escapes=len(escapes),
        late_calls=len(late),
        creates_applied=len(creates),
        reboots_applied=len(reboots),
        duplicated_side_effects=len(duplicates),
        lost_creates=len(lost),
        connections_left=connections_left,
        permits_left=permits_left,
        tasks_left=tasks_left,
    )
    assert sum(outcomes.values()) + len(escapes) == SOAK_CALLS
    assert escapes == []
    assert late == []
    assert duplicates == {}
    assert lost == []
    assert faults >= SOAK_CALLS * 0.15  # the chaos really happened
    if virtual:  # on a real clock, a loaded machine turns answers into timeouts: a figure of make soak
        assert outcomes["ok"] >= SOAK_CALLS * 0.6
    assert permits_left == 0 and connections_left == 0 and tasks_left == 0

"""wait_for_vms: one list poll per interval for a whole fleet, each VM judged on its own.

The proof with 100 VMs is in tests/reliability/test_fleet_scale.py.
"""

from __future__ import annotations

import collections

import anyio
import pytest

from cudo_async import AsyncCudo, errors
from cudo_async._waiting import fleet_step
from cudo_async.testing import Emulator
from tests.emulator_support import emu
from tests.helpers import vm_body

pytestmark = pytest.mark.anyio
__all__ = ["emu"]

ACTIVE = frozenset({"ACTIVE"})


def test_each_vm_is_judged_on_its_own() -> None:
    misses: dict[str, int] = {}
    done, lost = fleet_step(["a", "b", "c", "d"], {"a": "ACTIVE", "b": "PENDING", "c": "FAILED"}, ACTIVE, misses)
    assert done == {"a"} and lost == {"c": "FAILED"} and misses == {"d": 1}
    # Missing once may be a listing that lags a create; missing twice in a row is gone.
    done, lost = fleet_step(["b", "d"], {"b": "PENDING"}, ACTIVE, misses)
    assert done == set() and lost == {"d": "GONE"}
    misses = {}
    fleet_step(["e"], {}, ACTIVE, misses)
    done, lost = fleet_step(["e"], {"e": "PENDING"}, ACTIVE, misses)
    assert misses == {} and not done and not lost  # seen again: the count starts over
    done, lost = fleet_step(["x"], {}, frozenset({"DELETED"}), {"x": 1})
    assert done == {"x"} and not lost  # waiting for DELETED: gone is deleted


def operations(emulator: Emulator) -> collections.Counter[str]:
    return collections.Counter(ex.operation or "" for ex in emulator.exchanges)


async def test_a_fleet_waits_with_one_list_call_per_poll(emu: Emulator) -> None:
    p = emu.project_id
    async with emu.client() as cudo:
        for i in range(6):
            await cudo.virtual_machines.create_vm(p, body=vm_body(f"vm-{i}"))
        await cudo.virtual_machines.terminate_vm(p, "vm-5")
        before = operations(emu)
        result = await cudo.wait_for_vms(
            p, [f"vm-{i}" for i in range(6)] + ["never-made"], timeout=10, poll_interval=0.01
        )
    calls = operations(emu) - before
    assert set(result.ready) == {f"vm-{i}" for i in range(5)} and not result.all_ready
    assert all(vm.state == "ACTIVE" for vm in result.ready.values())
    assert result.failed["vm-5"].state in ("DELETING", "GONE") and result.failed["never-made"].state == "GONE"
    assert "gone from the project's list" in str(result.failed["never-made"])
    assert set(calls) == {"list_vms"}  # no get_vm at all
    with pytest.raises(errors.FleetWaitError) as info:
        result.raise_for_failures()
    assert set(info.value.failures) == {"vm-5", "never-made"} and "2 of 7 VMs" in str(info.value)


async def test_concurrent_waits_of_a_project_share_the_polls() -> None:
    async with Emulator(boot_seconds=0.5, rate_limit=None) as emulator, emulator.client() as cudo:
        p = emulator.project_id
        for i in range(8):
            await cudo.virtual_machines.create_vm(p, body=vm_body(f"vm-{i}"))
        before = operations(emulator)
        results = []

        async def wait(ids: list[str], client: AsyncCudo) -> None:
            results.append(await client.wait_for_vms(p, ids, timeout=10, poll_interval=0.05))

        async with anyio.create_task_group() as tg:
            for i in range(8):  # eight waiters, one of them through a view of the client
                tg.start_soon(wait, [f"vm-{i}"], cudo.with_options(timeout=5) if i == 0 else cudo)
        lists = (operations(emulator) - before)["list_vms"]
        assert all(r.all_ready for r in results) and len(results) == 8
        solo_before = operations(emulator)
        await cudo.wait_for_vms(p, ["vm-0"], timeout=10, poll_interval=0.05)
    # The eight waiters polled together about as often as one waiter alone over the same boot.
    print(f"\n8 concurrent waiters: {lists} list_vms calls")
    assert lists <= 12 and (operations(emulator) - solo_before)["list_vms"] >= 1
    assert not cudo._shared.vm_polls  # nothing left behind


async def test_time_running_out_is_reported_for_each_vm_still_waiting() -> None:
    async with Emulator(boot_seconds=60, rate_limit=None) as emulator, emulator.client() as cudo:
        p = emulator.project_id
        await cudo.virtual_machines.create_vm(p, body=vm_body("slow"))
        result = await cudo.wait_for_vms(p, ["slow"], timeout=0.2, poll_interval=0.05)
    timeout = result.failed["slow"]
    assert isinstance(timeout, errors.WaitTimeoutError) and timeout.state == "PENDING" and not result.ready


@pytest.mark.parametrize("vm_ids", ["vm-1", [], [""], [1], None])
async def test_bad_vm_ids_are_configuration_errors(vm_ids: object) -> None:
    cudo = AsyncCudo(api_key="k", base_url="http://127.0.0.1:9")
    with pytest.raises(errors.ConfigurationError, match="vm_ids"):
        await cudo.wait_for_vms("p", vm_ids)  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        await cudo.wait_for_vms("p", ["vm-1"], timeout=0)
    await cudo.aclose()

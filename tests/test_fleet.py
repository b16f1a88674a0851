"""wait_for_vms: one list poll per interval for a whole fleet, each VM judged on its own.

The proof with 100 VMs is in tests/reliability/test_fleet_scale.py.
"""

from __future__ import annotations

import collections
import contextvars
import json
from typing import Any

import anyio
import anyio.abc
import pytest

from cudo_async import AsyncCudo, errors, models
from cudo_async._waiting import fleet_step
from cudo_async.testing import Emulator
from tests.conftest import COMBINATIONS
from tests.emulator_support import emu
from tests.helpers import AT_ONCE, ON_VIRTUAL_CLOCK_WITH_SOCKETS, vm_body
from tests.servers import read_request, response_head, tcp_server
from tests.test_hostile import Canned

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
    with pytest.raises(errors.ConfigurationError, match="timeout"):
        await cudo.wait_for_vms("p", ["vm-1"], timeout=10**400)  # no float holds it
    await cudo.aclose()


# --------------------------------------------------------------------------- judged only on fresh lists


async def lists_answered(emulator: Emulator, at_least: int) -> None:
    with anyio.fail_after(AT_ONCE):
        while operations(emulator)["list_vms"] < at_least:  # noqa: ASYNC110 (the emulator counts)
            await anyio.sleep(0.005)


@ON_VIRTUAL_CLOCK_WITH_SOCKETS  # the lists' order in time is the test's, however slow the machine
async def test_a_vm_created_just_before_the_wait_is_not_judged_on_older_lists() -> None:
    async with Emulator(boot_seconds=1.0, rate_limit=None) as emulator, emulator.client() as cudo:
        p = emulator.project_id
        await cudo.virtual_machines.create_vm(p, body=vm_body("vm-a"))
        async with anyio.create_task_group() as tg:
            tg.start_soon(lambda: cudo.wait_for_vms(p, ["vm-a"], timeout=10, poll_interval=0.01))
            await lists_answered(emulator, 1)  # one list is cached
            slow = emulator.inject("list_vms", latency=0.5)  # the next one is in flight for a while
            with anyio.fail_after(AT_ONCE):
                while not slow.used:  # noqa: ASYNC110
                    await anyio.sleep(0.005)
            await cudo.virtual_machines.create_vm(p, body=vm_body("vm-new"))
            result = await cudo.wait_for_vms(p, ["vm-new"], timeout=10, poll_interval=0.01)
        # Both lists taken before the create lack vm-new; neither may count against it.
        assert result.all_ready and result.ready["vm-new"].state == "ACTIVE", result.failed


@ON_VIRTUAL_CLOCK_WITH_SOCKETS  # a poll within the reboot's 0.3 s however slow the machine
async def test_after_a_reboot_the_wait_does_not_return_from_a_list_taken_before() -> None:
    async with Emulator(boot_seconds=1.0, transition_seconds=0.3, rate_limit=None) as emulator:
        async with emulator.client() as cudo:
            p = emulator.project_id
            await cudo.virtual_machines.create_vm(p, body=vm_body("vm-x"))
            await cudo.wait_for_vm(p, "vm-x", poll_interval=0.01, timeout=10)
            await cudo.virtual_machines.create_vm(p, body=vm_body("vm-y"))
            async with anyio.create_task_group() as tg:
                tg.start_soon(lambda: cudo.wait_for_vms(p, ["vm-y"], timeout=10, poll_interval=0.01))
                await lists_answered(emulator, 1)  # a list that shows vm-x ACTIVE is cached
                await cudo.virtual_machines.reboot_vm(p, "vm-x")
                before = len(emulator.exchanges)
                result = await cudo.wait_for_vms(p, ["vm-x"], until="ACTIVE", timeout=10, poll_interval=0.01)
                during = [ex for ex in emulator.exchanges[before:] if ex.operation == "list_vms"]
        seen = [{vm["id"]: vm.get("state") for vm in json.loads(ex.reply.body)["VMs"]}["vm-x"] for ex in during]
        print(f"\nafter reboot_vm: {len(during)} list calls during the wait, vm-x seen as {seen}")
        assert result.all_ready and "STARTING" in seen and seen[-1] == "ACTIVE"


def tenant_server(vms: dict[str, list[dict[str, str]]]) -> Any:
    """A loopback API that lists, for each key, that tenant's own VMs of any project."""

    async def serve(stream: anyio.abc.SocketStream) -> None:
        while True:
            head = (await read_request(stream)).split(b"\r\n\r\n", 1)[0].decode()
            key = next(
                line.split(" ", 2)[-1] for line in head.split("\r\n") if line.lower().startswith("authorization:")
            )
            body = json.dumps({"VMs": vms.get(key, [])}).encode()
            await stream.send(response_head(200, content_length=len(body), content_type="application/json") + body)

    return tcp_server(serve)


async def test_two_tenants_with_a_project_of_the_same_name_never_see_each_others_vms() -> None:
    tenant: contextvars.ContextVar[str] = contextvars.ContextVar("tenant")
    vms = {
        "key-a": [{"id": "web-1", "state": "ACTIVE", "externalIpAddress": "192.0.2.1"}],
        "key-b": [{"id": "web-1", "state": "PENDING", "externalIpAddress": "192.0.2.2"}],
    }
    async with tenant_server(vms) as port, AsyncCudo(api_key=tenant.get, base_url=f"http://127.0.0.1:{port}") as cudo:
        results: dict[str, Any] = {}

        async def wait(key: str) -> None:
            tenant.set(key)
            results[key] = await cudo.wait_for_vms("default", ["web-1"], timeout=0.5, poll_interval=0.01)

        async with anyio.create_task_group() as tg:
            tg.start_soon(wait, "key-a")
            tg.start_soon(wait, "key-b")
    assert results["key-a"].ready["web-1"].external_ip_address == "192.0.2.1"
    assert not results["key-b"].ready and results["key-b"].failed["web-1"].state == "PENDING"


# --------------------------------------------------------------------------- waits stop by themselves


@ON_VIRTUAL_CLOCK_WITH_SOCKETS
@pytest.mark.parametrize("fleet", [False, True], ids=["wait_for_vm", "wait_for_vms"])
async def test_a_hanging_poll_ends_the_wait_on_time(fleet: bool) -> None:
    async with Emulator(boot_seconds=60, rate_limit=None) as emulator, emulator.client() as cudo:
        p = emulator.project_id
        await cudo.virtual_machines.create_vm(p, body=vm_body("vm-1"))
        emulator.inject(None, times=100, latency=60)
        started = anyio.current_time()
        if fleet:
            result = await cudo.wait_for_vms(p, ["vm-1"], timeout=2)
            assert isinstance(result.failed["vm-1"], errors.WaitTimeoutError)
        else:
            with pytest.raises(errors.WaitTimeoutError, match="after 2s"):
                await cudo.wait_for_vm(p, "vm-1", timeout=2)
        took = anyio.current_time() - started
    # On the virtual clock: at its timeout, not after the 30 s of one attempt nor the retries after it.
    assert took == pytest.approx(2.0, abs=0.05), took


@pytest.mark.parametrize("until", ["RUNNING", ["ACTIVE", "running"], "", 5])
async def test_a_state_the_spec_does_not_list_is_refused_at_once(until: Any) -> None:
    cudo = AsyncCudo(api_key="k", base_url="http://127.0.0.1:9")
    for wait in (cudo.wait_for_vm("p", "vm-1", until=until), cudo.wait_for_vms("p", ["vm-1"], until=until)):
        with pytest.raises(errors.ConfigurationError, match="until") as info:
            await wait
        if until not in ("", 5):
            assert "ACTIVE" in str(info.value) and "STOPPED" in str(info.value)  # the valid ones are named
    await cudo.aclose()


async def test_until_takes_the_enum_members_and_their_values(emu: Emulator) -> None:
    async with emu.client() as cudo:
        await cudo.virtual_machines.create_vm(emu.project_id, body=vm_body("vm-1"))
        vm = await cudo.wait_for_vm(emu.project_id, "vm-1", until=models.VMState.ACTIVE, poll_interval=0.01)
        result = await cudo.wait_for_vms(
            emu.project_id, ["vm-1"], until=[models.VMState.ACTIVE, "STOPPED"], poll_interval=0.01
        )
    assert vm.state == "ACTIVE" and result.all_ready


def listing(*vms: tuple[str, str]) -> bytes:
    body = json.dumps({"VMs": [{"id": vm_id, "projectId": "p", "state": state} for vm_id, state in vms]}).encode()
    return response_head(200, content_length=len(body), content_type="application/json") + body


@pytest.mark.parametrize(("anyio_backend", "transport"), COMBINATIONS)
async def test_a_vm_that_got_to_deleted_by_being_gone_is_reported_deleted(transport: str) -> None:
    server = Canned(
        listing(("a", "DELETING"), ("b", "DELETING"), ("c", "DELETING")),
        listing(("b", "DELETED"), ("c", "DELETING")),  # b listed as deleted; a and c not listed
        listing(("c", "DELETING")),  # c is back: a listing that lagged, so c is still waited for
        listing(),
    )
    async with tcp_server(server) as port:
        base = f"http://127.0.0.1:{port}"
        async with AsyncCudo(api_key="k", base_url=base, transport=transport) as cudo:  # type: ignore[arg-type]
            result = await cudo.wait_for_vms("p", ["a", "b", "c"], until="DELETED", timeout=60, poll_interval=0.001)
    assert result.all_ready and sorted(result.ready) == ["a", "b", "c"]
    for vm_id, vm in result.ready.items():
        assert vm.id == vm_id and vm.state == "DELETED", (vm_id, vm.state)
    assert len(server.requests) == 5  # c missing from the last two lists

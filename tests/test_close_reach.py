"""Close reaches everything a client made: every call, wait, page loop and internal client (the
rotation's verification view included), on both transports and both event loops, and the sync
client. A call it cuts raises ClientClosedError (a sent POST says it may have been applied),
never a transport error; nothing is sent after close. Interrupts are the caller's:
KeyboardInterrupt during a sync helper arrives as KeyboardInterrupt.

"At once" is checked by what happened, not by a clock: a waiter asleep for a 600 s poll interval,
or a call whose answer takes 600 s, ends within the test's generous bound only if close cut it.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import anyio
import pytest

from cudo_async import AsyncCudo, Cudo, RetryPolicy, errors, models
from cudo_async.testing import Emulator
from tests.helpers import CANARY, vm_body

pytestmark = pytest.mark.anyio

#: Far longer than the test may take: only the close can end what waits this long.
FOREVER = 600.0
#: A generous bound on how long the cut calls take to report, on a machine many times slower.
BOUND = 30.0
NO_RETRY = RetryPolicy(max_retries=0)


@pytest.fixture
def anyio_backend(combination: tuple[str, str]) -> str:
    return combination[0]


async def _when(condition: Callable[[], bool]) -> None:
    with anyio.fail_after(BOUND):
        while not condition():  # noqa: ASYNC110 (polls the emulator's state, bounded above)
            await anyio.sleep(0.01)


async def test_aclose_ends_every_call_wait_page_loop_and_internal_client(transport: str) -> None:
    async with Emulator(rate_limit=None, api_key=CANARY, project_id="p", boot_seconds=FOREVER) as emu:
        cudo = emu.client(transport=transport, retry=NO_RETRY, timeout=FOREVER)
        await cudo.virtual_machines.create_vm("p", body=vm_body("booting"))  # PENDING for FOREVER
        await cudo.ssh_keys.list_ssh_keys()  # the pool is open: close has connections to end
        trial: list[AsyncCudo] = []
        verify_met: list[BaseException] = []

        async def hanging_verify(client: AsyncCudo) -> None:
            trial.append(client)
            try:
                await client.networks.list_networks("p")
            except BaseException as exc:
                verify_met.append(exc)
                raise

        emu.inject("list_networks", latency=FOREVER, times=1)  # the verification's call hangs
        emu.inject("list_ssh_keys", latency=FOREVER, times=1)  # the page loop's first page hangs
        emu.inject("reboot_vm", latency=FOREVER, times=1)  # a POST in flight
        emu.inject("list_disks", latency=FOREVER, times=1)  # a GET in flight
        outcomes: dict[str, BaseException | None] = {}

        async def run(name: str, work: Callable[[], Awaitable[Any]]) -> None:
            try:
                await work()
                outcomes[name] = None
            except BaseException as exc:
                outcomes[name] = exc

        async def pages() -> None:
            async for _ in cudo.paginate(cudo.ssh_keys.list_ssh_keys):
                pass

        work: dict[str, Callable[[], Awaitable[Any]]] = {
            "post": lambda: cudo.virtual_machines.reboot_vm("p", "booting"),
            "get": lambda: cudo.disks.list_disks("p"),
            "wait_for_vm": lambda: cudo.wait_for_vm("p", "booting", timeout=FOREVER, poll_interval=FOREVER),
            "wait_for_vms": lambda: cudo.wait_for_vms("p", ["booting"], timeout=FOREVER, poll_interval=FOREVER),
            "paginate": pages,
            "rotation": lambda: cudo.rotate_api_key("next-key", verify=hanging_verify),
        }
        async with anyio.create_task_group() as tg:
            for name, one in work.items():
                tg.start_soon(run, name, one)
            # Every call sent and every waiter asleep in its poll interval (two polls each made).
            await _when(lambda: len(trial) == 1 and emu.answered >= 1)
            polls = {"get_vm": 0, "list_vms": 0}
            await _when(lambda: _count(emu, polls) and polls["get_vm"] >= 1 and polls["list_vms"] >= 1)
            await anyio.sleep(0.2)
            sent = len(emu.exchanges)
            with anyio.fail_after(BOUND):
                await cudo.aclose()
                await _when(lambda: len(outcomes) == len(work))
        assert set(outcomes) == set(work)
        for name in ("post", "get", "wait_for_vm", "wait_for_vms", "paginate"):
            assert isinstance(outcomes[name], errors.ClientClosedError), (name, outcomes[name])
        assert "may have been applied" in str(outcomes["post"])
        assert "may have been applied" not in str(outcomes["get"])
        # The rotation's own call was cut as a call: ClientClosedError, which the rotation reports.
        assert len(verify_met) == 1 and isinstance(verify_met[0], errors.ClientClosedError)
        rotation = outcomes["rotation"]
        assert isinstance(rotation, errors.KeyRotationError) and rotation.step == "verify"
        # Nothing is opened after close, by the client or by its internal view on the new key.
        for client in (cudo, trial[0], cudo.with_options(timeout=5)):
            with pytest.raises(errors.ClientClosedError):
                await client.projects.list_projects()
        await anyio.sleep(0.1)
        assert len(emu.exchanges) <= sent + 1  # at most the answer that was already on its way


def _count(emu: Emulator, polls: dict[str, int]) -> bool:
    """How many polls the waiters made (answered get_vm of the booting VM, list_vms)."""
    for name in polls:
        polls[name] = sum(1 for e in emu.exchanges if e.operation == name and e.reply.status == 200)
    return True


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_close_of_the_sync_client_ends_its_waits_and_page_loops_in_other_threads() -> None:
    def script() -> None:
        with Emulator(rate_limit=None, api_key=CANARY, project_id="p", boot_seconds=FOREVER) as emu:
            cudo = Cudo(api_key=CANARY, base_url=emu.base_url, retry=NO_RETRY, timeout=FOREVER)
            cudo.virtual_machines.create_vm("p", body=vm_body("booting"))
            emu.inject("list_ssh_keys", latency=FOREVER, times=1)
            outcomes: dict[str, BaseException | None] = {}

            def run(name: str, work: Callable[[], Any]) -> None:
                try:
                    work()
                    outcomes[name] = None
                except BaseException as exc:
                    outcomes[name] = exc

            work: dict[str, Callable[[], Any]] = {
                "wait_for_vm": lambda: cudo.wait_for_vm("p", "booting", timeout=FOREVER, poll_interval=FOREVER),
                "wait_for_vms": lambda: cudo.wait_for_vms("p", ["booting"], timeout=FOREVER, poll_interval=FOREVER),
                "paginate": lambda: list(cudo.paginate(cudo.ssh_keys.list_ssh_keys)),
            }
            threads = [threading.Thread(target=run, args=item) for item in work.items()]
            for thread in threads:
                thread.start()
            for _ in range(int(BOUND * 100)):  # bounded: until both waiters polled once
                if {e.operation for e in emu.exchanges if e.reply.status == 200} >= {"get_vm", "list_vms"}:
                    break
                threading.Event().wait(0.01)
            threading.Event().wait(0.2)
            cudo.close()
            for thread in threads:
                thread.join(BOUND)
            assert set(outcomes) == set(work)
            for name, outcome in outcomes.items():
                assert isinstance(outcome, errors.ClientClosedError), (name, outcome)

    await anyio.to_thread.run_sync(script)


@pytest.fixture
def plain_ctrl_c() -> Iterator[None]:
    """Ctrl-C as an interactive Python program has it, however the suite was started: a process
    a shell starts in the background (``make test &``, as a CI runner may) inherits SIGINT
    ignored, and Python then installs no KeyboardInterrupt handler at all; one started by a
    thread that blocked signals inherits SIGINT blocked."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    mask = signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # (a parent may have blocked it)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        signal.signal(signal.SIGINT, before)


def _interrupt_main_once(reached: Callable[[], bool]) -> threading.Thread:
    """SIGINT to this process's main thread (as Ctrl-C would), from another thread, once the
    call has ``reached`` the point to interrupt (checked every 10 ms, for up to BOUND)."""
    main = threading.main_thread().ident
    assert main is not None and threading.current_thread() is threading.main_thread()

    def later() -> None:
        for _ in range(int(BOUND / 0.01)):
            if reached():
                break
            threading.Event().wait(0.01)
        signal.pthread_kill(main, signal.SIGINT)

    thread = threading.Thread(target=later)
    thread.start()
    return thread


@pytest.mark.parametrize("helper", ["paginate", "wait_for_vm", "wait_for_vms", "get_vm"])
@pytest.mark.usefixtures("plain_ctrl_c")
def test_keyboard_interrupt_in_a_sync_helper_arrives_as_keyboard_interrupt(helper: str) -> None:
    with (
        Emulator(rate_limit=None, api_key=CANARY, project_id="p", boot_seconds=FOREVER) as emu,
        Cudo(api_key=CANARY, base_url=emu.base_url, retry=NO_RETRY, timeout=FOREVER) as cudo,
    ):
        cudo.virtual_machines.create_vm("p", body=vm_body("booting"))
        for i in range(3):
            cudo.ssh_keys.create_ssh_key(body=models.SSHKey(public_key=f"ssh-ed25519 AAAAC3Nza{i} k{i}@host"))
        answered = emu.answered
        if helper in ("paginate", "get_vm"):
            slow = emu.inject("list_ssh_keys" if helper == "paginate" else "get_vm", latency=FOREVER, times=1)
            reached = lambda: slow.used > 0  # noqa: E731
        else:  # the wait's first poll was answered: it sleeps until the next one
            reached = lambda: emu.answered > answered  # noqa: E731
        work = {
            "paginate": lambda: list(cudo.paginate(cudo.ssh_keys.list_ssh_keys)),
            "wait_for_vm": lambda: cudo.wait_for_vm("p", "booting", timeout=FOREVER, poll_interval=FOREVER),
            "wait_for_vms": lambda: cudo.wait_for_vms("p", ["booting"], timeout=FOREVER, poll_interval=FOREVER),
            "get_vm": lambda: cudo.virtual_machines.get_vm("p", "booting"),
        }[helper]
        interrupter = _interrupt_main_once(reached)
        try:
            with pytest.raises(KeyboardInterrupt):
                work()
        finally:
            interrupter.join(BOUND)
        emu.clear_faults()
        # The client is still whole: it answers, and it closes.
        assert cudo.virtual_machines.get_vm("p", "booting").vm.id == "booting"
        assert len(list(cudo.paginate(cudo.ssh_keys.list_ssh_keys))) == 3


@pytest.mark.usefixtures("plain_ctrl_c")
def test_a_ctrl_c_that_arrives_just_before_the_thread_blocks_is_not_lost() -> None:
    # The signal's C handler runs on another thread while this one waits for its call (as when a
    # signal lands just before the wait begins: the wait is not interrupted). KeyboardInterrupt
    # must still arrive while the call is in flight; if it has not within BOUND, the helper closes
    # the client so that the test ends, and says it was lost.
    with (
        Emulator(rate_limit=None, api_key=CANARY, project_id="p") as emu,
        Cudo(api_key=CANARY, base_url=emu.base_url, retry=NO_RETRY, timeout=FOREVER) as cudo,
    ):
        cudo.virtual_machines.create_vm("p", body=vm_body("web-1"))
        slow = emu.inject("get_vm", latency=FOREVER, times=1)
        arrived, lost = threading.Event(), threading.Event()

        def ctrl_c_elsewhere() -> None:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
            for _ in range(int(BOUND / 0.01)):  # until the call reached the emulator
                if slow.used:
                    break
                threading.Event().wait(0.01)
            signal.pthread_kill(threading.get_ident(), signal.SIGINT)
            if not arrived.wait(BOUND):
                lost.set()
                cudo.close()

        mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        thread = threading.Thread(target=ctrl_c_elsewhere)
        try:
            thread.start()
            with pytest.raises(KeyboardInterrupt):
                try:
                    cudo.virtual_machines.get_vm("p", "web-1")
                finally:
                    arrived.set()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            thread.join(BOUND)
        assert not lost.is_set(), "KeyboardInterrupt did not arrive while the call was in flight"
        emu.clear_faults()
        assert cudo.virtual_machines.get_vm("p", "web-1").vm.id == "web-1"


# ----------------------------------------------------------------------------- close during a retry's wait

#: (how the call is made, the faults its attempts meet in turn, whether it may have been applied)
BACKOFF_CASES = {
    "create_vm (safe to repeat) answered 503": ("create_vm", [{"status": 503}], True),
    "a POST with retry_non_idempotent answered 503": ("start_vm", [{"status": 503}], True),
    "a POST with retry_non_idempotent cut after it was sent": ("start_vm", [{"drop": "after"}], True),
    "a POST answered 503, then 429": ("start_vm", [{"status": 503}, {"status": 429}], True),
    "a POST answered 429 (throttled: not run)": ("start_vm", [{"status": 429}], False),
    "a GET answered 503": ("get_vm", [{"status": 503}], False),
}


async def _call(cudo: Any, how: str) -> Any:
    if how == "create_vm":
        return await cudo.virtual_machines.create_vm("p", body=vm_body("web-9"))
    if how == "start_vm":
        return await cudo.virtual_machines.start_vm("p", "web-1")
    return await cudo.virtual_machines.get_vm("p", "web-1")


@pytest.mark.parametrize("case", list(BACKOFF_CASES))
async def test_close_during_a_retrys_wait_says_whether_an_earlier_attempt_may_have_been_applied(
    transport: str, case: str, caplog: pytest.LogCaptureFixture
) -> None:
    how, faults, applied = BACKOFF_CASES[case]
    # Every wait but the last is a millisecond; the last one (x 1e6) lasts until the close.
    first = FOREVER if len(faults) == 1 else 0.001
    policy = RetryPolicy(
        max_retries=5,
        initial_delay=first,
        multiplier=1e6,
        max_delay=FOREVER,
        jitter=0,
        deadline=None,
        retry_non_idempotent=how != "create_vm",  # create_vm is safe to repeat by itself
    )
    caplog.set_level("INFO", logger="cudo_async")
    async with Emulator(rate_limit=None, api_key=CANARY, project_id="p", boot_seconds=0) as emu:
        async with emu.client(transport=transport, retry=NO_RETRY) as setup:
            await setup.virtual_machines.create_vm("p", body=vm_body("web-1"))
        for fault in faults:
            emu.inject(how, **fault)
        before = len(emu.exchanges)
        cudo = emu.client(transport=transport, retry=policy)
        met: list[BaseException] = []

        async def run() -> None:
            try:
                await _call(cudo, how)
            except BaseException as exc:
                met.append(exc)

        async with anyio.create_task_group() as tg:
            tg.start_soon(run)
            # The driver logs each retry just before its wait (no checkpoint in between).
            await _when(lambda: sum("retrying" in r.getMessage() for r in caplog.records) >= len(faults))
            await cudo.aclose()
        sent = [e for e in emu.exchanges[before:] if e.operation == how]
    (error,) = met
    assert isinstance(error, errors.ClientClosedError), error
    assert how in str(error) and "waited to retry" in str(error)
    assert ("may have been applied" in str(error)) is applied
    assert len(sent) == len(faults)  # nothing was sent after the close

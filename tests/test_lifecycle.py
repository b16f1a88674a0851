"""A client closed in another event loop than the one it was used in (a session-scoped client
torn down by another loop's fixture): it closes, or says why not, and leaves no socket open."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import pytest
import trio

from cudo_async import errors
from cudo_async.testing import Emulator
from tests.helpers import AT_ONCE

Run = Callable[[Callable[[], Awaitable[Any]]], Any]


@pytest.fixture(autouse=True)
def _transport_under_test() -> None:
    """The transports are chosen here for each case (the suite-wide choice would follow the loop
    the client is built in, and these clients are built outside any)."""


LOOPS: dict[str, Run] = {"asyncio": lambda main: asyncio.run(main()), "trio": trio.run}


def connections_left(emu: Emulator, within: float = AT_ONCE) -> int:
    deadline = time.monotonic() + within
    while emu.open_connections and time.monotonic() < deadline:
        time.sleep(0.01)
    return emu.open_connections


@pytest.mark.parametrize(
    ("used_in", "closed_in", "transport"),
    [
        ("trio", "asyncio", "httpx2"),
        ("asyncio", "trio", "httpx2"),
        ("asyncio", "asyncio", "httpx2"),
        ("asyncio", "asyncio", "aiohttp"),
        ("asyncio", "trio", "aiohttp"),
    ],
)
def test_aclose_from_another_event_loop_closes_every_socket(used_in: str, closed_in: str, transport: str) -> None:
    with Emulator(rate_limit=None) as emu:
        cudo = emu.client(transport=transport)

        async def use() -> None:
            async with anyio.create_task_group() as tg:  # a few connections at once
                for _ in range(3):
                    tg.start_soon(cudo.virtual_machines.list_vm_data_centers)

        LOOPS[used_in](use)
        assert emu.open_connections >= 1
        LOOPS[closed_in](cudo.aclose)  # another loop (a new one, even of the same library)
        assert cudo.is_closed and connections_left(emu) == 0

        async def again() -> None:
            with pytest.raises(errors.ClientClosedError):
                await cudo.virtual_machines.list_vm_data_centers()
            await cudo.aclose()  # a second close is a no-op

        LOOPS[closed_in](again)


def test_aclose_from_another_loop_while_calls_run_in_theirs_refuses_and_closes_nothing() -> None:
    with Emulator(rate_limit=None) as emu:
        cudo = emu.client()
        emu.inject("list_vm_data_centers", latency=3.0)
        outcome: dict[str, Any] = {}

        async def use() -> None:
            async with anyio.create_task_group() as tg:
                tg.start_soon(cudo.virtual_machines.list_vm_data_centers)
                with anyio.fail_after(AT_ONCE):
                    while cudo.in_flight == 0:  # noqa: ASYNC110 (the call is in flight for 3 s)
                        await anyio.sleep(0.01)
                try:
                    await anyio.to_thread.run_sync(lambda: asyncio.run(cudo.aclose()))
                except errors.ConfigurationError as exc:
                    outcome["error"] = exc
            outcome["closed_meanwhile"] = cudo.is_closed
            await cudo.aclose()  # in its own loop it closes

        trio.run(use)
        assert "another event loop" in str(outcome["error"]) and outcome["closed_meanwhile"] is False
        assert cudo.is_closed and connections_left(emu) == 0

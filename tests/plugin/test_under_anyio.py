"""The emulator and the shipped fixtures in a test file written for anyio's plugin (asyncio and trio)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from cudo_async import AsyncCudo, errors
from cudo_async.testing import Emulator
from tests.helpers import vm_body

pytestmark = pytest.mark.anyio


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    async with Emulator(boot_seconds=0.05) as emu:
        yield emu


async def test_an_async_with_emulator_fixture_starts_and_stops(emulator: Emulator) -> None:
    async with emulator.client() as cudo:
        await cudo.virtual_machines.create_vm(emulator.project_id, body=vm_body("web-1"))
        vm = await cudo.wait_for_vm(emulator.project_id, "web-1", timeout=10)
    assert vm.state == "ACTIVE"


async def test_the_shipped_fixtures(cudo_emulator: Emulator, cudo_client: AsyncCudo) -> None:
    await cudo_client.virtual_machines.create_vm(cudo_emulator.project_id, body=vm_body("db-1"))
    listed = await cudo_client.virtual_machines.list_vms(cudo_emulator.project_id)
    assert [vm.id for vm in listed.vms] == ["db-1"]
    with pytest.raises(errors.NotFoundError):
        await cudo_client.virtual_machines.get_vm(cudo_emulator.project_id, "nope")

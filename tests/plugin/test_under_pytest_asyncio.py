"""The emulator and the shipped fixtures in a test file written for pytest-asyncio."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx2
import pytest
import pytest_asyncio

from cudo_async import AsyncCudo, errors
from cudo_async.testing import Emulator
from tests.helpers import vm_body


@pytest_asyncio.fixture
async def emulator() -> AsyncIterator[Emulator]:
    # pytest-asyncio runs this set-up and its tear-down in two different tasks.
    async with Emulator(boot_seconds=0.05) as emu:
        yield emu


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def shared_emulator() -> AsyncIterator[Emulator]:
    async with Emulator() as emu:
        yield emu


@pytest.mark.asyncio
async def test_an_async_with_emulator_fixture_starts_and_stops(emulator: Emulator) -> None:
    async with emulator.client() as cudo:
        await cudo.virtual_machines.create_vm(emulator.project_id, body=vm_body("web-1"))
        vm = await cudo.wait_for_vm(emulator.project_id, "web-1", timeout=10)
    assert vm.state == "ACTIVE"


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("n", [1, 2])
async def test_a_module_scoped_emulator_serves_every_test(shared_emulator: Emulator, n: int) -> None:
    async with shared_emulator.client() as cudo:
        answer = await cudo.virtual_machines.list_vm_data_centers()
    assert answer.data_centers and shared_emulator.answered >= n


@pytest.mark.asyncio
async def test_the_shipped_fixtures(cudo_emulator: Emulator, cudo_client: AsyncCudo) -> None:
    assert cudo_client.base_url == cudo_emulator.base_url and cudo_client.project_id == cudo_emulator.project_id
    await cudo_client.virtual_machines.create_vm(cudo_emulator.project_id, body=vm_body("db-1"))
    listed = await cudo_client.virtual_machines.list_vms(cudo_emulator.project_id)
    assert [vm.id for vm in listed.vms] == ["db-1"]
    with pytest.raises(errors.NotFoundError):
        await cudo_client.virtual_machines.get_vm(cudo_emulator.project_id, "nope")


@pytest.mark.asyncio
@pytest.mark.cudo_emulator(wire="aip193", rate_limit=None)
async def test_the_marker_configures_the_emulator(cudo_emulator: Emulator) -> None:
    assert cudo_emulator.wire == "aip193" and cudo_emulator.rate_limit is None
    async with httpx2.AsyncClient() as raw:
        answer = await raw.get(f"{cudo_emulator.base_url}/v1/vms/data-centers")
    assert answer.json()["status"] == "UNAUTHENTICATED" and answer.json()["code"] == 401


def test_the_emulator_fixture_in_a_sync_test(cudo_emulator: Emulator) -> None:
    answer = httpx2.get(
        f"{cudo_emulator.base_url}/v1/vms/data-centers",
        headers={"Authorization": f"Bearer {cudo_emulator.api_key}"},
    )
    assert answer.status_code == 200 and answer.json()["dataCenters"]

"""SDK models in FastAPI: the example service under a real uvicorn on loopback against the
emulator, and every place a user puts a model, through TestClient."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated

import anyio
import httpx2
import pydantic
import pytest
import uvicorn
from fastapi import Body, FastAPI
from fastapi.testclient import TestClient

from cudo_async import models
from cudo_async.testing import Emulator
from tests.helpers import CANARY, free_port

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))
import fastapi_app

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # uvicorn runs on asyncio


@pytest.fixture
async def service(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[Emulator, httpx2.AsyncClient]]:
    """The example app under uvicorn, its CUDO client pointed at an emulator."""
    async with Emulator(boot_seconds=0.05, rate_limit=None) as emu:
        monkeypatch.setenv("CUDO_API_KEY", emu.api_key)
        monkeypatch.setenv("CUDO_BASE_URL", emu.base_url)
        monkeypatch.setenv("CUDO_PROJECT_ID", emu.project_id)
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(fastapi_app.app, host="127.0.0.1", port=port, log_level="warning"))
        async with anyio.create_task_group() as tg:
            tg.start_soon(server.serve)
            with anyio.fail_after(60):
                while not server.started:  # noqa: ASYNC110 (uvicorn exposes a flag, not an event)
                    await anyio.sleep(0.02)
            try:
                async with httpx2.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
                    yield emu, http
            finally:
                server.should_exit = True


async def test_routes_return_and_take_sdk_models_in_wire_form(service: tuple[Emulator, httpx2.AsyncClient]) -> None:
    emu, http = service
    created = await http.post("/vms/web-1", json={"vcpus": 2})
    assert created.status_code == 201 and models.CreateVMResponse.from_dict(created.json()).id == "web-1"

    async with emu.client() as cudo:
        direct = (await cudo.virtual_machines.get_vm(emu.project_id, "web-1")).vm
    one = await http.get("/vms/web-1")
    assert one.status_code == 200 and one.json() == direct.to_dict()
    assert models.VM.from_dict(one.json()) == direct and one.json()["projectId"] == emu.project_id
    listed = await http.get("/vms")
    assert [models.VM.from_dict(v).id for v in listed.json()] == ["web-1"]

    disk = await http.post("/disks", json={"id": "data-1", "dataCenterId": "gb-bournemouth-1", "sizeGib": 10})
    assert disk.status_code == 201
    assert models.GetDiskResponse.from_dict(disk.json()).disk.size_gib == 10  # type: ignore[union-attr]
    invalid = await http.post("/disks", json={"id": "data-2", "dataCenterId": "gb-bournemouth-1", "sizeGib": "big"})
    assert invalid.status_code == 422 and invalid.json()["detail"][0]["loc"] == ["body", "sizeGib"]
    missing = await http.post("/disks", json={"id": "data-3"})
    assert {tuple(e["loc"]) for e in missing.json()["detail"]} == {("body", "dataCenterId"), ("body", "sizeGib")}


async def test_the_service_documents_the_sdk_schemas(service: tuple[Emulator, httpx2.AsyncClient]) -> None:
    _, http = service
    schemas = (await http.get("/openapi.json")).json()["components"]["schemas"]
    assert {"VM", "CreateStorageDiskBody", "GetDiskResponse", "CreateVMResponse"} <= set(schemas)
    vm = schemas["VM"]
    assert vm["properties"]["projectId"]["type"] == "string" and vm["properties"]["vcpus"]["type"] == "integer"
    assert vm["properties"]["state"]["$ref"] == "#/components/schemas/VMState"
    assert "ACTIVE" in schemas["VMState"]["enum"]
    assert set(schemas["CreateStorageDiskBody"]["required"]) == {"dataCenterId", "id", "sizeGib"}


async def test_errors_are_mapped_by_whose_fault_they_are(service: tuple[Emulator, httpx2.AsyncClient]) -> None:
    emu, http = service
    missing = await http.get("/vms/nope")  # the caller's id: the caller's 404
    assert missing.status_code == 404 and missing.json()["status"] == "NOT_FOUND" and missing.json()["code"] == 404
    await http.post("/vms/web-1", json={})
    again = await http.post("/vms/web-1", json={})
    assert again.status_code == 409 and again.json()["status"] == "ALREADY_EXISTS"
    invalid = await http.post("/vms/Bad_Id", json={"vcpus": 0})
    assert invalid.status_code == 400
    assert {v["field"] for v in invalid.json()["details"][0]["fieldViolations"]} == {"vmId", "vcpus"}

    # The service's own key revoked: the caller did nothing wrong, the service is unavailable.
    async with emu.client() as admin:
        await admin.api_keys.delete_api_key("emulator")
    refused = await http.get("/vms/web-1")
    assert refused.status_code == 503 and refused.json()["status"] == "UNAVAILABLE"
    for answer in (missing, again, invalid, refused):
        assert emu.api_key not in answer.text and CANARY not in answer.text
    assert "API_KEY" not in refused.text  # CUDO's details about the key stay inside


class Inventory(pydantic.BaseModel):
    """A user's own model holding SDK models."""

    owner: str
    vms: list[models.VM]


def test_every_place_a_user_puts_a_model() -> None:
    vm = models.VM(id="web-1", project_id="p", vcpus=2, state=models.VMState.ACTIVE)
    app = FastAPI()

    @app.get("/bare")
    async def bare():  # type: ignore[no-untyped-def]  # no annotation at all
        return vm

    @app.get("/response-model", response_model=models.VM)
    async def with_response_model():  # type: ignore[no-untyped-def]
        return vm

    @app.get("/annotated")
    async def annotated() -> models.VM:
        return vm

    @app.get("/list")
    async def in_a_list() -> list[models.VM]:
        return [vm, vm]

    @app.get("/inside")
    async def inside_a_user_model() -> Inventory:
        return Inventory(owner="ops", vms=[vm])

    @app.post("/echo")
    async def echo(body: Annotated[models.CreateVMBody, Body()]) -> models.CreateVMBody:
        return body

    with TestClient(app) as client:
        for path in ("/bare", "/response-model", "/annotated"):
            answer = client.get(path)
            assert answer.status_code == 200 and answer.json() == vm.to_dict(), path
            assert models.VM.from_dict(answer.json()) == vm
        assert client.get("/list").json() == [vm.to_dict()] * 2
        assert client.get("/inside").json() == {"owner": "ops", "vms": [vm.to_dict()]}

        body = models.CreateVMBody(
            vm_id="v", data_center_id="dc", machine_type="m", boot_disk_image_id="i", vcpus=2, memory_gib=4, gpus=0
        )
        echoed = client.post("/echo", json=body.to_dict())
        assert echoed.status_code == 200 and models.CreateVMBody.from_dict(echoed.json()) == body
        rejected = client.post("/echo", json={**body.to_dict(), "vcpus": "two"})
        assert rejected.status_code == 422 and rejected.json()["detail"][0]["loc"] == ["body", "vcpus"]

        schemas = client.get("/openapi.json").json()["components"]["schemas"]
        assert set(schemas["CreateVMBody"]["required"]) == {
            "dataCenterId", "machineType", "vmId", "bootDiskImageId", "vcpus", "memoryGib", "gpus"
        }  # fmt: skip
        assert "projectId" in schemas["VM"]["properties"] and "Inventory" in schemas

"""cudo_async.fastapi.add_exception_handlers on an app of the user's own, tested the way a user
tests it: the pytest plugin's cudo_env points the app's own AsyncCudo() at an emulator."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient

from cudo_async import AsyncCudo, Cudo, RetryPolicy, errors, models
from cudo_async.fastapi import add_exception_handlers
from cudo_async.testing import Emulator
from tests.helpers import vm_body


def make_app() -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncCudo() as cudo:  # everything from the environment
            app.state.cudo = cudo
            yield

    app = FastAPI(lifespan=lifespan)
    add_exception_handlers(app)

    @app.get("/vms/{vm_id}")
    async def get_vm(vm_id: str, request: Request) -> models.VM:
        cudo: AsyncCudo = request.app.state.cudo
        return (await cudo.virtual_machines.get_vm(cudo.project_id, vm_id)).vm

    @app.get("/request-id/{vm_id}")
    async def request_id(vm_id: str, request: Request) -> dict[str, str | None]:
        cudo: AsyncCudo = request.app.state.cudo
        raw = await cudo.raw(cudo.virtual_machines.get_vm, cudo.project_id, vm_id)
        return {"request_id": raw.request_id}

    return app


@pytest.mark.cudo_emulator(rate_limit=None, boot_seconds=0.01)
def test_an_app_building_its_own_client_is_tested_through_cudo_env(
    cudo_env: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    with Cudo() as setup:  # a sync script sees the same environment
        assert setup.base_url == cudo_env.base_url and setup.project_id == cudo_env.project_id
        setup.virtual_machines.create_vm(setup.project_id, body=vm_body("web-1"))
    with TestClient(make_app()) as http:
        found = http.get("/vms/web-1")
        assert found.status_code == 200 and found.json()["id"] == "web-1"
        # The caller's own mistake keeps CUDO's status and AIP-193 body.
        missing = http.get("/vms/nope")
        assert missing.status_code == 404 and missing.json()["status"] == "NOT_FOUND"
        assert "nope" in missing.json()["message"]
        # The emulator sends a request id on every answer; the SDK hands it over.
        assert http.get("/request-id/web-1").json()["request_id"].startswith("emu-")

        with caplog.at_level(logging.WARNING, logger="cudo_async.fastapi"):
            for status, code, expected in ((401, "UNAUTHENTICATED", 503), (403, "PERMISSION_DENIED", 503)):
                cudo_env.inject("get_vm", status=status)
                refused = http.get("/vms/web-1")
                assert refused.status_code == expected and refused.json()["status"] == "UNAVAILABLE", code
                assert "credentials" in refused.json()["message"]
            cudo_env.inject("get_vm", status=429, times=10)
            throttled = http.get("/vms/web-1")
            assert throttled.status_code == 503 and "rate limit" in throttled.json()["message"]
            cudo_env.clear_faults()
            cudo_env.inject("get_vm", status=503, times=10)
            down = http.get("/vms/web-1")
            assert down.status_code == 503 and down.json()["message"] == "CUDO is unreachable"
        # The service's failures are in its log, never the key; the caller sees no CUDO detail.
        assert caplog.records and all(cudo_env.api_key not in r.getMessage() for r in caplog.records)
        for answer in (missing, refused, throttled, down):
            assert cudo_env.api_key not in answer.text


def test_cudo_env_names_the_emulator_it_points_to(cudo_env: Emulator) -> None:
    import os

    assert os.environ["CUDO_BASE_URL"] == cudo_env.base_url.rstrip("/")
    assert os.environ["CUDO_API_KEY"] == cudo_env.api_key and os.environ["CUDO_PROJECT_ID"] == cudo_env.project_id
    assert cudo_env.base_url.startswith("http://127.0.0.1:")


def test_every_answer_of_the_emulator_carries_a_request_id() -> None:
    with Emulator(rate_limit=None) as emu, Cudo(api_key=emu.api_key, base_url=emu.base_url) as cudo:
        ok = cudo.raw(cudo.projects.list_projects)
        emu.inject("list_projects", status=500)
        with pytest.raises(errors.APIError) as failed:
            cudo.projects.list_projects(retry=RetryPolicy(max_retries=0))
        assert cudo.raw(cudo.virtual_machines.list_vm_data_centers).request_id is not None
    ids = [e.reply.headers.get("x-request-id") for e in emu.exchanges]
    assert ok.request_id == ids[0] and all(ids) and len(set(ids)) == len(ids) == 3
    assert failed.value.request_id == ids[1]


def test_the_emulator_cli_takes_a_project_id() -> None:
    command = [sys.executable, "-m", "cudo_async.testing", "--port", "0", "--project-id", "team-ml"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout is not None
            lines = [proc.stdout.readline().strip() for _ in range(4)]
        finally:
            proc.terminate()
            proc.wait(10)
    assert "export CUDO_PROJECT_ID=team-ml" in lines
    url = next(line.split("=", 1)[1] for line in lines if line.startswith("export CUDO_BASE_URL="))
    key = next(line.split("=", 1)[1] for line in lines if line.startswith("export CUDO_API_KEY="))
    assert url.startswith("http://127.0.0.1:") and key


@pytest.mark.parametrize("app", [None, object(), "app"])
def test_add_exception_handlers_refuses_what_is_not_an_app_with_a_typed_error(app: object) -> None:
    with pytest.raises(errors.ConfigurationError, match="FastAPI"):
        add_exception_handlers(app)  # type: ignore[arg-type]


def test_add_exception_handlers_refuses_a_logger_that_is_not_one_before_any_request() -> None:
    with pytest.raises(errors.ConfigurationError, match=r"logging\.Logger"):
        add_exception_handlers(FastAPI(), logger="cudo")  # type: ignore[arg-type]

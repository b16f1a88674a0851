"""The FastAPI example under a real uvicorn on loopback, against the emulator."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import anyio
import httpx2
import pytest
import uvicorn

from cudo_async.testing import Emulator
from tests.helpers import CANARY

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))
import fastapi_app

pytestmark = [pytest.mark.anyio, pytest.mark.parametrize("anyio_backend", ["asyncio"])]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_fastapi_service_under_uvicorn(monkeypatch: pytest.MonkeyPatch) -> None:
    async with Emulator(boot_seconds=0.05, rate_limit=None) as emu:
        monkeypatch.setenv("CUDO_API_KEY", emu.api_key)
        monkeypatch.setenv("CUDO_BASE_URL", emu.base_url)
        monkeypatch.setenv("CUDO_PROJECT_ID", emu.project_id)
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(fastapi_app.app, host="127.0.0.1", port=port, log_level="warning"))
        async with anyio.create_task_group() as tg:
            tg.start_soon(server.serve)
            with anyio.fail_after(10):
                while not server.started:  # noqa: ASYNC110 (uvicorn exposes a flag, not an event)
                    await anyio.sleep(0.02)
            try:
                async with httpx2.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
                    created = await http.post("/vms/web-1", json={"vcpus": 2})
                    assert created.status_code == 201 and created.json() == {"id": "web-1"}
                    listed = await http.get("/vms")
                    assert listed.status_code == 200 and listed.json()[0]["id"] == "web-1"
                    assert (await http.get("/vms/web-1")).json()["id"] == "web-1"

                    missing = await http.get("/vms/nope")
                    assert missing.status_code == 404
                    body = missing.json()
                    assert body["status"] == "NOT_FOUND" and body["code"] == 404 and body["details"]

                    again = await http.post("/vms/web-1", json={})
                    assert again.status_code == 409 and again.json()["status"] == "ALREADY_EXISTS"
                    invalid = await http.post("/vms/Bad_Id", json={"vcpus": 0})
                    assert invalid.status_code == 400
                    fields = {v["field"] for v in invalid.json()["details"][0]["fieldViolations"]}
                    assert fields == {"vmId", "vcpus"}
                    for answer in (missing, again, invalid):
                        assert emu.api_key not in answer.text and CANARY not in answer.text
            finally:
                server.should_exit = True

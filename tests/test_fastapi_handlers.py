"""cudo_async.fastapi.add_exception_handlers on an app of the user's own, tested the way a user
tests it: the pytest plugin's cudo_env points the app's own AsyncCudo() at an emulator."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
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


# ----------------------------------------------------------------------------- by meaning, not by upstream status

SERVINGS = [("asyncio", "httpx2"), ("trio", "httpx2"), ("asyncio", "aiohttp"), ("asyncio", "sync")]


def relay_app(transport: str) -> FastAPI:
    """An app whose routes call CUDO with an AsyncCudo on ``transport`` (or, for "sync", a sync
    route with a ``Cudo``), every error answered by ``add_exception_handlers``."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if transport == "sync":
            with Cudo(retry=RetryPolicy(max_retries=0)) as sync:
                app.state.cudo = sync
                yield
        else:
            async with AsyncCudo(transport=transport, retry=RetryPolicy(max_retries=0)) as cudo:  # type: ignore[arg-type]
                app.state.cudo = cudo
                yield

    app = FastAPI(lifespan=lifespan)
    add_exception_handlers(app)
    if transport == "sync":

        @app.get("/vms/{vm_id}")
        def get_vm_sync(vm_id: str, request: Request) -> dict[str, str]:
            cudo: Cudo = request.app.state.cudo
            return {"id": cudo.virtual_machines.get_vm(cudo.project_id, vm_id).vm.id}

    else:

        @app.get("/vms/{vm_id}")
        async def get_vm(vm_id: str, request: Request) -> dict[str, str]:
            cudo: AsyncCudo = request.app.state.cudo
            return {"id": (await cudo.virtual_machines.get_vm(cudo.project_id, vm_id)).vm.id}

    return app


@pytest.fixture(params=SERVINGS, ids=["-".join(s) for s in SERVINGS])
def relay(request: pytest.FixtureRequest, cudo_env: Emulator) -> Iterator[tuple[TestClient, Emulator]]:
    backend, transport = request.param
    with TestClient(relay_app(transport), backend=backend) as http:
        yield http, cudo_env


#: (upstream HTTP status, the error body, the status the app's caller gets, its canonical code)
BY_MEANING = [
    (200, {"code": 5, "message": "vm nope not found"}, 404, "NOT_FOUND"),
    (200, {"code": 3, "message": "bad vm id"}, 400, "INVALID_ARGUMENT"),
    (201, {"error": {"code": 409, "status": "ALREADY_EXISTS", "message": "taken"}}, 409, "ALREADY_EXISTS"),
    (500, {"code": 5, "message": "not found, said a 500"}, 404, "NOT_FOUND"),
    (409, {"code": 9, "message": "stop it first"}, 400, "FAILED_PRECONDITION"),
    (404, {"code": 3, "status": "INVALID_ARGUMENT", "message": "bad"}, 400, "INVALID_ARGUMENT"),
    (400, {"code": 11, "message": "page past the end"}, 400, "OUT_OF_RANGE"),
    (200, {"code": 5}, 404, "NOT_FOUND"),  # proto3 left the empty message out
    (200, {"code": "5", "details": []}, 404, "NOT_FOUND"),  # the number as text
    (404, {"code": 5, "status": "NotFound", "message": "gone"}, 404, "NOT_FOUND"),  # Go's spelling
    (502, {"code": 6, "status": "Already Exists"}, 409, "ALREADY_EXISTS"),
]


@pytest.mark.cudo_emulator(rate_limit=None)
@pytest.mark.parametrize(("upstream", "body", "expected", "code"), BY_MEANING)
def test_a_callers_mistake_gets_its_codes_status_whatever_the_upstream_status(
    relay: tuple[TestClient, Emulator], upstream: int, body: dict[str, object], expected: int, code: str
) -> None:
    http, emu = relay
    emu.inject("get_vm", status=upstream, body=body)
    answer = http.get("/vms/web-1")
    assert answer.status_code == expected, answer.text
    assert answer.json()["status"] == code and answer.json()["code"] == expected


P = "type.googleapis.com/google.rpc."

#: CUDO refusing the service's own credentials, under any upstream status: the service's failure.
CREDENTIALS = [
    (401, {"code": 16, "message": "key revoked"}),
    (400, {"code": 16, "message": "key revoked, said a 400"}),
    (404, {"code": 7, "status": "PERMISSION_DENIED", "message": "not your project"}),
    (200, {"code": 7, "message": "denied under a 200"}),
    (200, {"code": 16, "message": "unauthenticated under a 200"}),
    (500, {"error": {"code": 403, "status": "PERMISSION_DENIED", "message": "denied"}}),
    (200, {"code": 7}),  # proto3 left the empty message out
    (200, {"code": 7, "details": []}),
    (200, {"code": "16", "details": [{"@type": P + "ErrorInfo", "reason": "KEY_REVOKED"}]}),
    (403, {"code": 7, "status": "PermissionDenied"}),  # Go's spelling
    (401, {"code": 16, "status": "\x1b[31mUNAUTH"}),  # text naming no code: the number decides
]


@pytest.mark.cudo_emulator(rate_limit=None)
@pytest.mark.parametrize(("upstream", "body"), CREDENTIALS)
def test_cudo_refusing_the_services_credentials_is_a_503_whatever_the_upstream_status(
    relay: tuple[TestClient, Emulator], upstream: int, body: dict[str, object]
) -> None:
    http, emu = relay
    emu.inject("get_vm", status=upstream, body=body)
    answer = http.get("/vms/web-1")
    assert answer.status_code == 503 and answer.json()["status"] == "UNAVAILABLE", answer.text
    assert answer.json()["message"] == "the service cannot use its CUDO credentials"
    assert "revoked" not in answer.text and "denied" not in answer.text and emu.api_key not in answer.text


@pytest.mark.cudo_emulator(rate_limit=None)
def test_what_is_relayed_is_bounded_cleaned_and_never_debug_info(relay: tuple[TestClient, Emulator]) -> None:
    http, emu = relay
    violations = [{"field": f"body.nics[{i}].networkId", "description": "no such network\x1b[2J"} for i in range(500)]
    body = {
        "code": 3,
        "message": "bad request\r\nX-Forged: yes\x1b]0;title\x07",
        "details": [
            {"@type": P + "DebugInfo", "stackEntries": ["at internal.Secret.line(42)"], "detail": "INTERNAL-STACK"},
            {"@type": "type.example.com/cudo.internal.Trace", "node": "db-7.internal"},
            {"@type": P + "ErrorInfo", "reason": "BAD\u202eNETWORK", "metadata": {"apiKey": "leaked", "zone": "gb"}},
            {"@type": P + "BadRequest", "fieldViolations": violations},
            {"@type": P + "LocalizedMessage", "locale": "en", "message": "x" * 5_000},
        ],
    }
    emu.inject("get_vm", status=400, body=body)
    answer = http.get("/vms/web-1")
    relayed = answer.json()
    assert answer.status_code == 400 and relayed["status"] == "INVALID_ARGUMENT"
    assert len(answer.content) < 24 * 1024  # MAX_RELAYED_BYTES of details, plus the message
    kinds = [d["@type"].rsplit(".", 1)[-1] for d in relayed["details"]]
    assert "DebugInfo" not in kinds and "Trace" not in kinds and "ErrorInfo" in kinds and "BadRequest" in kinds
    for hidden in ("INTERNAL-STACK", "internal.Secret", "db-7.internal", "leaked"):
        assert hidden not in answer.text
    (info,) = (d for d in relayed["details"] if d["@type"].endswith("ErrorInfo"))
    assert info["metadata"] == {"apiKey": "***", "zone": "gb"} and info["reason"].isprintable()
    (bad,) = (d for d in relayed["details"] if d["@type"].endswith("BadRequest"))
    assert 0 < len(bad["fieldViolations"]) < 500  # cut to fit, not dropped (error bodies are read up to 64 KiB)
    texts = [relayed["message"], *(v["description"] for v in bad["fieldViolations"])]
    assert all(text.isprintable() for text in texts) and "X-Forged: yes" in relayed["message"]


class RaisingHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        raise RuntimeError("the log pipeline is down")


@pytest.mark.cudo_emulator(rate_limit=None)
@pytest.mark.parametrize("where", ["the handler", "its filter"])
def test_a_raising_log_handler_never_turns_the_services_503_into_a_500(
    relay: tuple[TestClient, Emulator], where: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cudo_async import _logging

    monkeypatch.setattr(_logging, "_reported", set())
    service_log = logging.getLogger("cudo_async.fastapi")
    if where == "the handler":
        monkeypatch.setattr(service_log, "handlers", [RaisingHandler()])
    else:
        broken = logging.Filter()
        monkeypatch.setattr(broken, "filter", lambda record: 1 / 0)
        monkeypatch.setattr(service_log, "filters", [broken])
    http, emu = relay
    for _ in range(3):
        emu.inject("get_vm", status=401, body={"code": 16, "message": "key revoked"})
        answer = http.get("/vms/web-1")
        assert answer.status_code == 503 and answer.json()["status"] == "UNAVAILABLE", answer.text
    # Reported once, where a failing logger can still be heard.
    assert capsys.readouterr().err.count("a logging handler or filter of the logger 'cudo_async.fastapi'") == 1


@pytest.mark.cudo_emulator(rate_limit=None)
def test_a_raising_handler_of_a_logger_the_app_gave_leaves_the_answer_as_it_is(
    cudo_env: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cudo_async import _logging

    monkeypatch.setattr(_logging, "_reported", set())
    mine = logging.getLogger("my-service.cudo")
    monkeypatch.setattr(mine, "handlers", [RaisingHandler()])
    monkeypatch.setattr(mine, "propagate", False)
    app = relay_app("httpx2")
    add_exception_handlers(app, logger=mine)
    with TestClient(app) as http:
        cudo_env.inject("get_vm", status=403, body={"code": 7})
        assert http.get("/vms/web-1").status_code == 503
        cudo_env.inject("get_vm", status=503, times=5)
        assert http.get("/vms/web-1").status_code == 503

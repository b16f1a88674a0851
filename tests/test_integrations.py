"""What real integrations of CUDO's API rely on (cluster launchers, GPU brokers, a Terraform
provider): waiting for a deletion, idempotent teardown (``missing_ok=True`` on every operation
that deletes) and keyless catalogue calls (``api_key=NO_KEY``). On asyncio, trio, both transports
and the sync client."""

from __future__ import annotations

import inspect
import json
import sys
from collections.abc import Iterator
from typing import Any

import anyio
import anyio.abc
import httpx2
import pytest
from cudo_async_api.api import ROUTES

from cudo_async import NO_KEY, AsyncCudo, Cudo, RetryPolicy, errors
from cudo_async.testing import Emulator
from tests.conftest import ROOT
from tests.helpers import CANARY, client, vm_body
from tests.operation_args import arguments
from tests.servers import read_request, response_head, tcp_server

pytestmark = pytest.mark.anyio

QUICK = RetryPolicy(initial_delay=0.001, max_delay=0.01)


@pytest.fixture
def anyio_backend(combination: tuple[str, str]) -> str:
    return combination[0]


@pytest.fixture(scope="module")
def naming() -> Iterator[Any]:
    sys.path.insert(0, str(ROOT / "generator"))
    try:
        import naming as module
    finally:
        sys.path.pop(0)
    yield module


# --------------------------------------------------------------------------- waiting for a deletion


async def test_waiting_for_deleted_treats_the_vms_404_as_reached(transport: str) -> None:
    async with (
        Emulator(rate_limit=None, api_key=CANARY, project_id="p", boot_seconds=0, transition_seconds=0.05) as emu,
        emu.client(transport=transport, retry=QUICK) as cudo,
    ):
        await cudo.virtual_machines.create_vm("p", body=vm_body("web-1"))
        await cudo.wait_for_vm("p", "web-1", timeout=30, poll_interval=0.01)
        await cudo.virtual_machines.terminate_vm("p", "web-1")
        gone = await cudo.wait_for_vm("p", "web-1", until={"DELETED"}, timeout=30, poll_interval=0.01)
        assert gone.id == "web-1" and str(gone.state) == "DELETED"
        # A VM that never was (or whose deletion finished long ago) has got there at once.
        never = await cudo.wait_for_vm("p", "never-was", until="DELETED", timeout=30, poll_interval=0.01)
        assert never.id == "never-was" and str(never.state) == "DELETED"
        assert any(e.operation == "get_vm" and e.reply.status == 404 for e in emu.exchanges)
        # Waiting for another state, a 404 is still the error it is.
        with pytest.raises(errors.NotFoundError):
            await cudo.wait_for_vm("p", "never-was", until={"ACTIVE", "STOPPED"}, timeout=30)


@pytest.mark.parametrize(
    "answers",
    [
        [(200, {"VM": {"id": "v", "state": "DELETING"}}), (404, {"code": 5, "message": "vm not found"})],
        [(404, {"code": 5, "message": "Not Found", "details": []})],
        [(503, {"code": 14, "message": "down"}), (404, {"error": {"code": 404, "status": "NOT_FOUND"}})],
    ],
    ids=["deleting then gone", "gateway 404", "after a retry, an envelope"],
)
async def test_a_404_in_any_error_form_ends_a_wait_for_deleted(answers: list[tuple[int, Any]], transport: str) -> None:
    del transport  # (a mock transport: httpx2's own)
    replies = iter(answers)

    def handler(request: httpx2.Request) -> httpx2.Response:
        status, body = next(replies)
        return httpx2.Response(status, content=json.dumps(body).encode())

    async with client(handler) as cudo:
        vm = await cudo.wait_for_vm("p", "v", until="DELETED", timeout=30, poll_interval=0.01)
    assert vm.id == "v" and str(vm.state) == "DELETED"
    assert next(replies, None) is None  # every answer was asked for, none more


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_sync_client_waits_for_a_deletion_too() -> None:
    def script() -> None:
        with (
            Emulator(rate_limit=None, api_key=CANARY, project_id="p", boot_seconds=0, transition_seconds=0.05) as emu,
            Cudo(api_key=CANARY, base_url=emu.base_url, retry=QUICK) as cudo,
        ):
            cudo.virtual_machines.create_vm("p", body=vm_body("web-1"))
            cudo.wait_for_vm("p", "web-1", timeout=30, poll_interval=0.01)
            cudo.virtual_machines.terminate_vm("p", "web-1")
            assert (
                str(cudo.wait_for_vm("p", "web-1", until="DELETED", timeout=30, poll_interval=0.01).state) == "DELETED"
            )

    await anyio.to_thread.run_sync(script)


# --------------------------------------------------------------------------- idempotent teardown


def test_what_deletes_is_decided_by_the_spec_structure(naming: Any) -> None:
    deletes = naming.deletes
    # Every DELETE (AIP-135), and a POST custom method whose verb removes (AIP-136).
    for method, path in [
        ("DELETE", "/v1/things/{thingId}"),
        ("delete", "/v1/auth"),
        ("POST", "/v1/projects/{projectId}/vms/{vmId}/terminate"),
        ("POST", "/v1/gadgets/{gadgetId}:delete"),
        ("POST", "/v1/gadgets/{gadgetId}:purge"),
        ("POST", "/v1/gadgets/{gadgetId}:remove-permission"),
        ("POST", "/v1/gadgets/{gadgetId}/destroy/"),
    ]:
        assert deletes(method, path), (method, path)
    # The fallback: anything else does not (so it gets no missing_ok, and its 404 stays an error).
    for method, path in [
        ("POST", "/v1/gadgets/{gadgetId}:undelete"),
        ("POST", "/v1/projects/{projectId}/vms/{vmId}/stop"),
        ("PUT", "/v1/projects/{projectId}/disk/{diskId}/detach"),
        ("POST", "/v1/gadgets/{deleteId}"),
        ("POST", "/v1/gadgets"),
        ("GET", "/v1/gadgets/{gadgetId}/delete"),
        ("PATCH", "/v1/gadgets/{gadgetId}:delete"),
        ("POST", "/v1/deletions/{id}:deleted-items"),
    ]:
        assert not deletes(method, path), (method, path)


def test_every_operation_that_deletes_takes_missing_ok_and_no_other_does(naming: Any) -> None:
    cudo = AsyncCudo(api_key=CANARY, base_url="http://127.0.0.1:9")
    with Cudo(api_key=CANARY, base_url="http://127.0.0.1:9") as sync:
        deleting = 0
        for tag, operation, method, path in ROUTES:
            for namespace in (getattr(cudo, tag), getattr(sync, tag)):
                parameters = inspect.signature(getattr(namespace, operation)).parameters
                if naming.deletes(method, path):
                    option = parameters["missing_ok"]
                    assert option.kind is inspect.Parameter.KEYWORD_ONLY and option.default is False
                    assert "missing_ok" in (getattr(namespace, operation).__doc__ or "")
                else:
                    assert "missing_ok" not in parameters, operation
            deleting += naming.deletes(method, path)
        assert deleting >= 1  # the spec deletes something: the rule found it


def _deleting_operations() -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "generator"))
    try:
        import naming
    finally:
        sys.path.pop(0)
    return [(tag, operation) for tag, operation, method, path in ROUTES if naming.deletes(method, path)]


NOT_FOUND_FORMS = {
    "gateway": (404, {"code": 5, "message": "not found", "details": []}),
    "aip-193": (404, {"code": 404, "status": "NOT_FOUND", "message": "gone"}),
    "envelope": (404, {"error": {"code": 404, "status": "NOT_FOUND", "message": "gone"}}),
    "under a 200": (200, {"code": 5, "message": "not found"}),
}


@pytest.mark.parametrize(("tag", "operation"), _deleting_operations())
async def test_missing_ok_makes_not_found_count_as_done_on_every_operation_that_deletes(
    tag: str, operation: str, anyio_backend: str
) -> None:
    sent: list[httpx2.Request] = []
    for form, (status, body) in NOT_FOUND_FORMS.items():
        sent.clear()

        def handler(request: httpx2.Request, status: int = status, body: Any = body) -> httpx2.Response:
            sent.append(request)
            return httpx2.Response(status, content=json.dumps(body).encode())

        async with client(handler) as cudo:
            method = getattr(getattr(cudo, tag), operation)
            kwargs = arguments(method, operation)
            done = await method(**kwargs, missing_ok=True)
            assert done is not None and done.to_dict() == {}, form  # the operation's empty answer
            with pytest.raises(errors.NotFoundError):
                await method(**kwargs)  # without the switch, the error it is
            with pytest.raises(errors.NotFoundError):
                await method(**kwargs, missing_ok=False)
        assert len(sent) == 3  # once each: NOT_FOUND is never retried


@pytest.mark.parametrize("status", [403, 409, 500, 401])
async def test_missing_ok_turns_only_not_found_into_done(status: int, anyio_backend: str) -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(status, content=b'{"message": "no"}')

    async with client(handler, retry=RetryPolicy(max_retries=0)) as cudo:
        with pytest.raises(errors.APIError) as info:
            await cudo.virtual_machines.terminate_vm("p", "v", missing_ok=True)
    assert not isinstance(info.value, errors.NotFoundError) and info.value.http_status == status


async def test_missing_ok_against_the_emulator_a_teardown_runs_twice(transport: str) -> None:
    async with (
        Emulator(rate_limit=None, api_key=CANARY, project_id="p", boot_seconds=0, transition_seconds=0) as emu,
        emu.client(transport=transport, retry=QUICK) as cudo,
    ):
        key = await cudo.ssh_keys.create_ssh_key(body=_ssh_key())
        for _ in range(2):  # the second run finds nothing left, and is done all the same
            await cudo.virtual_machines.terminate_vm("p", "never-made", missing_ok=True)
            await cudo.wait_for_vm("p", "never-made", until="DELETED", timeout=30, poll_interval=0.01)
            await cudo.ssh_keys.delete_ssh_key(key.id, missing_ok=True)
        with pytest.raises(errors.NotFoundError):
            await cudo.ssh_keys.delete_ssh_key(key.id)
        raw = await cudo.raw(cudo.ssh_keys.delete_ssh_key, key.id, missing_ok=True)
        assert raw.status_code == 404 and raw.parsed.to_dict() == {}
        # After a 503, the retry meets NOT_FOUND (the first attempt may have run): done.
        emu.inject("delete_ssh_key", status=503)
        await cudo.ssh_keys.delete_ssh_key(key.id, missing_ok=True)
        with pytest.raises(errors.ConfigurationError, match="missing_ok must be True or False"):
            await cudo.ssh_keys.delete_ssh_key(key.id, missing_ok="yes")  # type: ignore[arg-type]


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_sync_client_takes_missing_ok() -> None:
    def script() -> None:
        with (
            Emulator(rate_limit=None, api_key=CANARY, project_id="p") as emu,
            Cudo(api_key=CANARY, base_url=emu.base_url, retry=QUICK) as cudo,
        ):
            assert cudo.virtual_machines.terminate_vm("p", "never-was", missing_ok=True).to_dict() == {}
            with pytest.raises(errors.NotFoundError):
                cudo.virtual_machines.terminate_vm("p", "never-was")

    await anyio.to_thread.run_sync(script)


def _ssh_key() -> Any:
    from cudo_async import models

    return models.SSHKey(public_key="ssh-ed25519 AAAAC3Nza teardown@host")


# --------------------------------------------------------------------------- keyless catalogue calls


class Catalogue:
    """A loopback server that answers without a key, as CUDO's catalogue does, and with 401 (CUDO's
    gateway form) wherever a key is needed; it records each request's head."""

    def __init__(self) -> None:
        self.heads: list[bytes] = []

    async def serve(self, stream: anyio.abc.SocketStream) -> None:
        while True:
            request = await read_request(stream)
            self.heads.append(request.partition(b"\r\n\r\n")[0].lower())
            public = b"/machine-types" in request.split(b"\r\n", 1)[0]
            status, body = (200, b"{}") if public else (401, b'{"code": 16, "message": "unauthenticated"}')
            await stream.send(response_head(status, content_length=len(body)) + body)


@pytest.mark.parametrize("where", ["argument", "also in the environment"])
async def test_a_client_made_with_no_key_sends_none_and_a_401_says_a_key_is_needed(
    where: str, transport: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if where == "also in the environment":
        monkeypatch.setenv("CUDO_API_KEY", CANARY)  # the explicit choice wins over the environment
    server = Catalogue()
    async with tcp_server(server.serve) as port:
        async with AsyncCudo(api_key=NO_KEY, base_url=f"http://127.0.0.1:{port}", transport=transport) as cudo:
            assert "NO_KEY" in repr(cudo) and CANARY not in repr(cudo)
            await cudo.virtual_machines.list_vm_machine_types()
            await cudo.with_options(timeout=5).virtual_machines.list_vm_machine_types()
            with pytest.raises(errors.UnauthenticatedError) as info:
                await cudo.virtual_machines.list_vms("p")
    assert server.heads and all(b"authorization" not in head for head in server.heads)
    assert "api_key=NO_KEY" in str(info.value) and "needs one" in str(info.value)


async def test_a_client_with_a_key_meeting_a_401_is_not_told_about_no_key(transport: str) -> None:
    server = Catalogue()
    async with tcp_server(server.serve) as port:
        async with AsyncCudo(api_key=CANARY, base_url=f"http://127.0.0.1:{port}", transport=transport) as cudo:
            with pytest.raises(errors.UnauthenticatedError) as info:
                await cudo.virtual_machines.list_vms("p")
    assert "NO_KEY" not in str(info.value)
    assert all(f"authorization: bearer {CANARY}".lower().encode() in head for head in server.heads)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_sync_client_takes_no_key() -> None:
    server = Catalogue()
    async with tcp_server(server.serve) as port:

        def script() -> None:
            with Cudo(api_key=NO_KEY, base_url=f"http://127.0.0.1:{port}") as cudo:
                cudo.virtual_machines.list_vm_machine_types()
                with pytest.raises(errors.UnauthenticatedError, match="NO_KEY"):
                    cudo.virtual_machines.list_vms("p")

        await anyio.to_thread.run_sync(script)
    assert len(server.heads) == 2 and all(b"authorization" not in head for head in server.heads)

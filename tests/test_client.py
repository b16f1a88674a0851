"""AsyncCudo over every operation: auth, request shape, success decoding, error decoding."""

from __future__ import annotations

import json
import logging
import re
import traceback
from pathlib import Path

import httpx2
import pytest
from cudo_async_api.api import ROUTES

import cudo_async
from cudo_async import AsyncCudo, errors, models
from tests.helpers import BASE, CANARY, aip, client, ok, vm_body

pytestmark = pytest.mark.anyio


async def test_list_vms_sends_bearer_key_and_decodes_the_model() -> None:
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return ok({"VMs": [{"id": "vm-1", "state": "ACTIVE", "memory": "4096", "futureField": {"x": 1}}]})

    async with client(handler) as cudo:
        result = await cudo.virtual_machines.list_vms(project_id="proj 1", network_id="net")
    assert isinstance(result, models.ListVMsResponse)
    vm = result.vms[0]
    assert vm.id == "vm-1" and vm.state == models.VMState.ACTIVE
    assert vm.memory == 4096  # int64 as a JSON string
    assert vm.additional_properties == {"futureField": {"x": 1}}
    req = seen[0]
    assert req.method == "GET"
    assert req.url.raw_path == b"/v1/projects/proj%201/vms?networkId=net"
    assert req.headers["authorization"] == f"Bearer {CANARY}"
    assert req.url.host == "127.0.0.1"


async def test_create_vm_sends_the_body_as_json() -> None:
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return ok({"id": "vm-1"})

    body = vm_body()
    async with client(handler) as cudo:
        created = await cudo.virtual_machines.create_vm(project_id="p", body=body)
    assert created.id == "vm-1"
    sent = json.loads(seen[0].content)
    assert sent["vmId"] == "vm-1" and sent["vcpus"] == 2 and seen[0].method == "POST"
    assert seen[0].headers["content-type"] == "application/json"


async def test_every_operation_is_a_method() -> None:
    import inspect

    import yaml

    spec = yaml.safe_load((Path(__file__).parent.parent / "openapi.yaml").read_text())
    published = {
        (op["tags"][0], op["operationId"], method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
    }
    seen: list[httpx2.Request] = []
    async with client(lambda r: seen.append(r) or ok({})) as cudo:
        found = set()
        for tag, operation, method, path in published:
            fn = getattr(getattr(cudo, tag), operation)
            assert inspect.iscoroutinefunction(fn), operation
            assert f"``{method} " in (fn.__doc__ or ""), operation  # the docstring names the HTTP call
            found.add((tag, operation, method, path))
        await cudo.virtual_machines.list_vms("p")
    assert found == published and len(published) == len(ROUTES)

    def shape(path: str) -> str:  # parameter names differ in case: {projectId} is {project_id}
        return re.sub(r"\{[^}]+\}", "{}", path)

    assert {(t, o, m, shape(p)) for t, o, m, p in ROUTES} == {(t, o, m, shape(p)) for t, o, m, p in published}
    assert [(r.method, r.url.path) for r in seen] == [("GET", "/v1/projects/p/vms")]


@pytest.mark.parametrize(
    ("status", "code", "http", "cls"),
    [
        ("NOT_FOUND", 5, 404, errors.NotFoundError),
        ("INVALID_ARGUMENT", 3, 400, errors.InvalidArgumentError),
        ("PERMISSION_DENIED", 7, 403, errors.PermissionDeniedError),
        ("UNAUTHENTICATED", 16, 401, errors.UnauthenticatedError),
    ],
)
async def test_errors_are_typed(status: str, code: int, http: int, cls: type[errors.APIError]) -> None:
    async with client(lambda r: aip(status, code, http, "nope", **{"x-request-id": "rid"})) as cudo:
        with pytest.raises(cls) as info:
            await cudo.virtual_machines.get_vm("p", "vm-1")
    err = info.value
    assert err.method == "GET" and err.url == f"{BASE}/v1/projects/p/vms/vm-1"
    assert err.request_id == "rid" and err.response is not None and err.response.status_code == http
    assert err.attempts == 1


@pytest.mark.parametrize(
    "payload",
    [b"not json", b'{"VM": ', b"[1,2]", b'{"VM": "a string"}', b'{"VM": {"nics": 5}}', b'{"VM": {"memory": "x"}}'],
)
async def test_undecodable_success_is_invalid_response_error(payload: bytes) -> None:
    async with client(lambda r: httpx2.Response(200, content=payload)) as cudo:
        with pytest.raises(errors.InvalidResponseError) as info:
            await cudo.virtual_machines.get_vm("p", "vm-1")
    assert info.value.operation == "get_vm" and info.value.http_status == 200
    assert len(str(info.value)) < 1000


async def test_empty_success_body_is_the_empty_message() -> None:
    async with client(lambda r: httpx2.Response(200, content=b"")) as cudo:
        result = await cudo.virtual_machines.start_vm("p", "vm-1")
    assert isinstance(result, models.Empty)


async def test_raw_gives_status_headers_and_model() -> None:
    async with client(
        lambda r: ok({"VM": {"id": "v"}}, **{"x-request-id": "r-9", "x-ratelimit-remaining": "3"})
    ) as cudo:
        raw = await cudo.raw(cudo.virtual_machines.get_vm, "p", "v")
    assert raw.status_code == 200 and raw.request_id == "r-9" and raw.headers["x-ratelimit-remaining"] == "3"
    assert raw.parsed.vm is not None and raw.parsed.vm.id == "v" and raw.attempts == 1


async def test_raw_refuses_something_that_is_not_an_operation() -> None:
    async def not_an_operation() -> int:
        return 1

    async with client(lambda r: ok({})) as cudo:
        with pytest.raises(errors.ConfigurationError):
            await cudo.raw(not_an_operation)


async def test_own_http_client_is_left_open_and_owned_one_is_closed() -> None:
    own = httpx2.AsyncClient(transport=httpx2.MockTransport(lambda r: ok({})))
    cudo = AsyncCudo(api_key=CANARY, base_url=BASE, http_client=own)
    await cudo.aclose()
    assert not own.is_closed
    await own.aclose()
    owned = AsyncCudo(api_key=CANARY, base_url=BASE)
    http = owned._shared.transport
    async with owned:
        pass
    assert http.is_closed
    with pytest.raises(errors.ConfigurationError):
        await owned.virtual_machines.list_vms("p")


async def test_with_options_shares_the_pool() -> None:
    seen: list[httpx2.Request] = []
    cudo = client(lambda r: seen.append(r) or ok({}))
    view = cudo.with_options(timeout=5, retry=cudo_async.RetryPolicy(max_retries=0), project_id="other")
    assert type(view) is type(cudo)
    assert (view.timeout, view.retry.max_retries, view.project_id) == (5, 0, "other")
    assert (cudo.timeout, cudo.retry.max_retries) == (30, cudo_async.RetryPolicy().max_retries)  # unchanged
    await view.virtual_machines.list_vms("p")
    await cudo.virtual_machines.list_vms("p")
    assert len(seen) == 2  # one pool answered both
    await view.aclose()  # closing a view closes the shared client
    assert cudo.is_closed
    with pytest.raises(errors.ClientClosedError):
        await cudo.virtual_machines.list_vms("p")


def test_models_load_lazily() -> None:
    import subprocess
    import sys

    code = (
        "import sys, cudo_async; print('cudo_async_api.models' in sys.modules); "
        "cudo_async.models; print('cudo_async_api.models' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60).stdout
    assert out.split() == ["False", "True"]


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("same_origin", [True, False])
async def test_redirects_are_not_followed(status: int, same_origin: bool) -> None:
    seen: list[httpx2.Request] = []
    target = "http://127.0.0.1:9/v1/elsewhere" if same_origin else "http://127.0.0.2:9/elsewhere"

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(status, headers={"location": target})

    async with client(handler) as cudo:
        with pytest.raises(errors.InvalidResponseError) as info:
            await cudo.virtual_machines.create_vm("p", body=vm_body())
    assert len(seen) == 1 and seen[0].method == "POST"  # never re-sent, never turned into a GET
    assert f"HTTP {status} redirect to {target}" in str(info.value) and info.value.http_status == status


async def test_the_key_never_leaks(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    outcomes = iter(
        [
            aip("UNAVAILABLE", 14, 503, "retry me"),
            aip("NOT_FOUND", 5, 404, "gone"),
            httpx2.Response(200, content=b"garbage"),
        ]
    )

    def handler(request: httpx2.Request) -> httpx2.Response:
        return next(outcomes)

    texts: list[str] = []
    raised: list[type[BaseException]] = []
    async with client(handler) as cudo:
        texts.append(repr(cudo))
        for _ in range(2):
            try:
                await cudo.virtual_machines.get_vm("p", "v")
            except errors.CudoError as exc:
                raised.append(type(exc))
                texts += [str(exc), repr(exc), traceback.format_exc()]
                if isinstance(exc, errors.APIError) and exc.response is not None:
                    texts += [repr(exc.response), repr(exc.response.request), repr(exc.response.request.headers)]
    texts += [r.getMessage() for r in caplog.records]
    assert raised == [errors.NotFoundError, errors.InvalidResponseError]  # the 503 was retried first
    assert any("retrying" in r.getMessage() for r in caplog.records)
    assert not [t for t in texts if CANARY in t]


async def test_a_request_key_the_facade_cannot_send_is_refused_not_dropped() -> None:
    seen: list[httpx2.Request] = []
    async with client(seen.append) as cudo:
        request = {"method": "POST", "path": "/v1/x", "path_params": {}, "files": {"f": b"data"}}
        with pytest.raises(errors.ConfigurationError, match="files"):
            await cudo._send("upload", request, lambda data: data, (None, None, None, None, False))  # type: ignore[arg-type]
    assert seen == []


def test_every_test_the_readme_names_exists() -> None:
    """The README's promises section names the test behind each promise: each must exist."""
    root = Path(__file__).parent
    readme = (root.parent / "README.md").read_text()
    readme = readme[readme.index("## Promises") :]
    readme = readme[: readme.index("\n## ", 1)]
    named = {name for name, module in re.findall(r"`?(test_[a-z0-9_]+)(\.py)?", readme) if not module}
    defined = {
        match
        for path in root.rglob("test_*.py")
        for match in re.findall(r"^(?:async )?def (test_[a-z0-9_]+)", path.read_text(), re.MULTILINE)
    }
    assert len(named) > 30 and named <= defined, sorted(named - defined)

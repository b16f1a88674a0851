"""Cudo, the sync client: a script's whole flow, many threads sharing one client, the refusal inside
an event loop, closing, and the warning of a client never closed."""

from __future__ import annotations

import contextvars
import gc
import threading
import time
from collections.abc import Iterator

import anyio
import httpx2
import pytest

from cudo_async import AsyncCudo, Cudo, RetryPolicy, errors, models
from cudo_async.testing import Emulator
from tests.helpers import BASE, CANARY, FAST, aip, ok, vm_body


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(boot_seconds=0.05, rate_limit=None) as emulator:
        yield emulator


def cudo_for(emu: Emulator, **options: object) -> Cudo:
    return Cudo(api_key=emu.api_key, base_url=emu.base_url, project_id=emu.project_id, **options)  # type: ignore[arg-type]


def test_a_sync_script_uses_every_helper_of_the_client(emu: Emulator) -> None:
    with cudo_for(emu) as cudo:
        project = cudo.project_id
        created = cudo.virtual_machines.create_vm(project, body=vm_body("web-1"))
        assert isinstance(created, models.CreateVMResponse) and created.id == "web-1"
        vm = cudo.wait_for_vm(project, "web-1", timeout=10, poll_interval=0.02)
        assert vm.state == models.VMState.ACTIVE
        for name in ("web-2", "web-3"):
            cudo.virtual_machines.create_vm(project, body=vm_body(name))
        fleet = cudo.wait_for_vms(project, (f"web-{n}" for n in (2, 3)), timeout=10, poll_interval=0.02)
        assert sorted(fleet.ready) == ["web-2", "web-3"] and not fleet.failed

        for n in range(3):
            disk = models.CreateStorageDiskBody(id=f"data-{n}", data_center_id="gb-bournemouth-1", size_gib=10)
            cudo.disks.create_storage_disk(project, body=disk)
        pages = cudo.paginate(cudo.disks.list_disks, project, page_size=1)
        assert iter(pages) is pages  # a plain iterator: one call per page as the loop reaches it
        ids = [d.id for d in pages]
        assert {"data-0", "data-1", "data-2"} <= set(ids) and len(ids) == len(set(ids))

        raw = cudo.raw(cudo.virtual_machines.get_vm, project, "web-1")
        assert raw.status_code == 200 and raw.parsed.vm.id == "web-1" and raw.attempts == 1

        with pytest.raises(errors.NotFoundError):
            cudo.virtual_machines.get_vm(project, "missing")
        view = cudo.with_options(timeout=5, project_id="other")
        assert view.project_id == "other" and view.timeout == 5 and cudo.timeout == 30
        assert view.virtual_machines.get_vm(project, "web-1").vm.id == "web-1"
        assert cudo.raw(view.virtual_machines.get_vm, project, "web-1").status_code == 200
    assert cudo.is_closed and view.is_closed
    with pytest.raises(errors.ClientClosedError):
        cudo.virtual_machines.list_vms(project)


def test_helpers_refuse_what_is_not_an_operation_of_a_sync_client() -> None:
    with Cudo(api_key=CANARY, base_url=BASE) as cudo:
        with pytest.raises(errors.ConfigurationError, match="not a paginated operation"):
            cudo.paginate(cudo.virtual_machines.get_vm, "p", "v")
        with pytest.raises(errors.ConfigurationError, match="not an operation of a Cudo"):
            cudo.raw(len, "x")  # type: ignore[arg-type]
        async_client = AsyncCudo(api_key=CANARY, base_url=BASE)
        with pytest.raises(errors.ConfigurationError, match="not an operation of a Cudo"):
            cudo.raw(async_client.projects.list_projects)  # type: ignore[arg-type]


def test_eight_threads_share_one_client_its_limit_and_its_backoff() -> None:
    """As Django or Celery share one client: the concurrency cap holds across threads, and a 429
    met by one call is retried with backoff, whichever thread made it."""
    lock = threading.Lock()
    now = peak = served = 0

    async def handler(request: httpx2.Request) -> httpx2.Response:
        nonlocal now, peak, served
        with lock:
            now += 1
            peak = max(peak, now)
            served += 1
            throttle = served % 10 == 0
        await anyio.sleep(0.005)
        with lock:
            now -= 1
        if throttle:
            return aip("RESOURCE_EXHAUSTED", 8, 429, **{"retry-after": "0"})
        return ok({"projects": [{"id": "p"}]})

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    results: list[int] = []
    failures: list[BaseException] = []
    with Cudo(api_key=CANARY, base_url=BASE, http_client=http, max_concurrency=3, retry=FAST) as cudo:

        def worker() -> None:
            try:
                for _ in range(10):
                    results.append(len(cudo.projects.list_projects().projects))
            except BaseException as exc:
                failures.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert not any(t.is_alive() for t in threads)
    assert not failures and results == [1] * 80
    assert served > 80  # the 429s were retried
    assert 1 < peak <= 3  # calls of different threads overlapped, never past the client's cap


def test_a_call_from_inside_an_event_loop_is_refused_pointing_to_async_cudo() -> None:
    sent: list[httpx2.Request] = []
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(lambda r: sent.append(r) or ok({})))
    with Cudo(api_key=CANARY, base_url=BASE, http_client=http) as cudo:

        async def inside() -> None:
            with pytest.raises(errors.ConfigurationError, match="AsyncCudo"):
                cudo.projects.list_projects()
            with pytest.raises(errors.ConfigurationError, match="AsyncCudo"):
                cudo.wait_for_vm("p", "v")

        for backend in ("asyncio", "trio"):
            anyio.run(inside, backend=backend)
        assert sent == []
        cudo.projects.list_projects()  # outside a loop it works
    assert len(sent) == 1


def test_the_callers_context_variables_reach_the_call() -> None:
    """A request id or a trace's current span, set in the caller's thread, is seen by the call
    (here by the key provider, which runs inside it)."""
    tenant: contextvars.ContextVar[str] = contextvars.ContextVar("tenant", default="none")
    seen: list[str] = []

    def key() -> str:
        seen.append(tenant.get())
        return CANARY

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(lambda r: ok({})))
    with Cudo(api_key=key, base_url=BASE, http_client=http) as cudo:
        tenant.set("acme")
        cudo.projects.list_projects()
        results: list[str] = []

        def other_thread() -> None:
            tenant.set("globex")
            cudo.projects.list_projects()
            results.append("done")

        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join(10)
    assert seen == ["acme", "globex"] and results == ["done"]


def test_close_from_another_thread_ends_calls_in_flight_at_once() -> None:
    async def slow(request: httpx2.Request) -> httpx2.Response:
        await anyio.sleep(30)
        return ok({})

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(slow))
    cudo = Cudo(api_key=CANARY, base_url=BASE, http_client=http, retry=RetryPolicy(max_retries=0))
    caught: list[BaseException] = []

    def call() -> None:
        try:
            cudo.projects.list_projects()
        except BaseException as exc:
            caught.append(exc)

    thread = threading.Thread(target=call)
    thread.start()
    deadline = time.monotonic() + 10
    while cudo.in_flight == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    cudo.close()
    thread.join(20)  # the call ends at the close, long before the server's 30 s
    assert not thread.is_alive()
    assert len(caught) == 1 and isinstance(caught[0], errors.ClientClosedError)
    cudo.close()  # closing twice is fine


def test_a_client_used_after_a_fork_says_so() -> None:
    with Cudo(api_key=CANARY, base_url=BASE) as cudo:
        cudo._loop.pid = -1  # as in a child process after fork()
        with pytest.raises(errors.ConfigurationError, match="another process"):
            cudo.projects.list_projects()


def test_a_client_garbage_collected_unclosed_warns_naming_it() -> None:
    cudo = Cudo(api_key=CANARY, base_url=BASE)
    thread = cudo._loop._thread
    view = cudo.with_options(timeout=3)
    del cudo
    gc.collect()  # the view still holds the client: no warning yet
    with pytest.warns(ResourceWarning, match=r"unclosed <Cudo base_url='http://127\.0\.0\.1:9'"):
        del view
        gc.collect()
    thread.join(10)
    assert not thread.is_alive()  # and its thread stopped

    with pytest.warns(ResourceWarning, match=r"unclosed <AsyncCudo base_url='http://127\.0\.0\.1:9'"):
        AsyncCudo(api_key=CANARY, base_url=BASE).with_options(timeout=2)
        gc.collect()


def test_a_closed_client_says_nothing_when_collected(recwarn: pytest.WarningsRecorder) -> None:
    with Cudo(api_key=CANARY, base_url=BASE):
        pass

    async def closed() -> None:
        async with AsyncCudo(api_key=CANARY, base_url=BASE):
            pass

    anyio.run(closed)
    gc.collect()
    assert not [w for w in recwarn if issubclass(w.category, ResourceWarning)]


def test_every_operation_has_a_sync_twin_with_the_same_signature_and_docs() -> None:
    import importlib
    import inspect

    from cudo_async_api.api import PAGE_STYLES, ROUTES, TAGS

    for tag, operation, method, path in ROUTES:
        module = importlib.import_module(f"cudo_async_api.api.{tag}")
        (async_api,) = [c for n, c in vars(module).items() if n.endswith("API") and not n.endswith("SyncAPI")]
        (sync_api,) = [c for n, c in vars(module).items() if n.endswith("SyncAPI")]
        twin, original = getattr(sync_api, operation), getattr(async_api, operation)
        assert not inspect.iscoroutinefunction(twin) and inspect.iscoroutinefunction(original), operation
        assert inspect.signature(twin) == inspect.signature(original), operation
        doc = inspect.getdoc(twin) or ""
        assert f"``{method} {path}``" in doc and "AsyncCudo" not in doc, operation
        if operation in PAGE_STYLES:
            assert "Cudo.paginate" in doc, operation
    for tag in TAGS:
        assert inspect.getdoc(getattr(Cudo, tag)), tag


def test_bad_options_are_refused_and_leave_no_thread_behind() -> None:
    before = {t.ident for t in threading.enumerate()}
    for options in ({"timeout": 0}, {"base_url": "http://example.com"}, {"max_concurrency": 0}, {"tracing": "yes"}):
        with pytest.raises(errors.ConfigurationError):
            Cudo(api_key=CANARY, **options)  # type: ignore[arg-type]
    deadline = time.monotonic() + 10
    while {t.ident for t in threading.enumerate()} - before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not {t.ident for t in threading.enumerate()} - before


def test_leaving_a_pagination_loop_early_stops_asking_for_pages() -> None:
    asked: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        asked.append(request)
        number = int(request.url.params.get("pageToken", "1"))
        return ok({"projects": [{"id": f"p{number}"}], "pageToken": str(number + 1)})  # endless

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    with Cudo(api_key=CANARY, base_url=BASE, http_client=http) as cudo:
        for project in cudo.paginate(cudo.projects.list_projects, page_size=1):
            if project.id == "p2":
                break
    assert len(asked) == 2


def test_threads_share_the_clients_shared_rate_limiter() -> None:
    """A shared limiter (RedisRateLimiter, or any RateLimit) is asked for every start, from
    whichever thread, on the client's own loop; it gets the key's fingerprint, never the key."""
    asked: list[tuple[str, str]] = []

    class Limiter:
        async def acquire(self, key_fingerprint: str) -> None:
            asked.append((key_fingerprint, threading.current_thread().name))

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(lambda r: ok({})))
    with Cudo(api_key=CANARY, base_url=BASE, http_client=http, rate_limit=Limiter()) as cudo:
        threads = [threading.Thread(target=lambda: [cudo.projects.list_projects() for _ in range(5)]) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert len(asked) == 40 and len({fp for fp, _ in asked}) == 1 and CANARY not in asked[0][0]
    assert {name for _, name in asked} == {"cudo-async event loop"}


def test_a_bound_on_pages_ends_an_endless_sync_listing_as_the_async_one_does() -> None:
    asked: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        asked.append(request)
        number = int(request.url.params.get("pageToken", "1"))
        return ok({"projects": [{"id": f"p{number}"}], "pageToken": str(number + 1)})  # endless

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    with Cudo(api_key=CANARY, base_url=BASE, http_client=http) as cudo:
        view = cudo.with_options(max_pages=5)
        with pytest.raises(errors.InvalidResponseError, match="after 5 pages"):
            for _ in view.paginate(view.projects.list_projects):
                pass
        assert len(asked) == 5
        with pytest.raises(errors.ConfigurationError, match="max_pages"):
            cudo.with_options(max_pages=0)


def test_the_key_appears_nowhere_from_the_sync_client(caplog: pytest.LogCaptureFixture) -> None:
    """The canary check on Cudo: answers, errors, their chains and the chains' frame locals, logs."""
    import logging
    import traceback

    from cudo_async.testing import Fault

    caplog.set_level(logging.DEBUG)
    texts: list[str] = []
    with Emulator(api_key=CANARY, rate_limit=None, boot_seconds=0.01) as emu:
        cudo = Cudo(api_key=CANARY, base_url=emu.base_url, timeout=0.2, retry=RetryPolicy(initial_delay=0.001))
        texts += [repr(cudo), str(cudo.__dict__), repr(cudo.with_options(timeout=1))]
        p = emu.project_id
        scenarios = [
            (None, lambda: cudo.virtual_machines.create_vm(p, body=vm_body())),
            (None, lambda: cudo.virtual_machines.create_vm(p, body=vm_body())),  # ALREADY_EXISTS
            (None, lambda: cudo.virtual_machines.get_vm(p, "missing")),
            (Fault(status=503, times=10), lambda: cudo.virtual_machines.list_vms(p)),
            (Fault(latency=1.0), lambda: cudo.virtual_machines.list_vms(p, retry=RetryPolicy(max_retries=0))),
            (Fault(drop="before"), lambda: cudo.virtual_machines.create_vm(p, body=vm_body("vm-2"))),
            (Fault(body=b"<html>"), lambda: cudo.virtual_machines.list_vms(p)),
        ]
        for fault, call in scenarios:
            if fault is not None:
                emu.faults.append(fault)
            try:
                texts.append(repr(call()))
            except errors.CudoError as exc:
                shown = traceback.TracebackException.from_exception(exc, capture_locals=True)
                texts += ["".join(shown.format()), repr(exc), repr(exc.__cause__)]
            emu.clear_faults()
        cudo.close()
    texts += [r.getMessage() for r in caplog.records]
    assert len(texts) > 10 and not [t for t in texts if CANARY in t]

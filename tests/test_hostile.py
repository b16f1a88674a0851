"""Promises that must hold against a broken or hostile server, each tried on a real loopback socket
server of the test's own, on asyncio and trio. (Stage-by-stage connection failures, drips, size
caps and compression bombs are in test_transports.py, on both transports.)"""

from __future__ import annotations

import datetime
import gzip
import inspect
import json
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
import anyio.abc
import attrs
import pytest
import trio.testing
import yaml
from cudo_async_api.api import ROUTES, Namespaces
from cudo_async_api.types import secret_looking

from cudo_async import AsyncCudo, RetryPolicy, errors, models
from cudo_async._limits import RateLimiter
from cudo_async._status import DETAIL_TYPE_PREFIX
from tests.helpers import AT_ONCE, CANARY, vm_body
from tests.operation_args import arguments
from tests.servers import read_request, response_head, tcp_server

pytestmark = pytest.mark.anyio

QUICK = RetryPolicy(max_retries=2, initial_delay=0.001, max_delay=0.01, deadline=10)


class Canned:
    """Answers every request with the next canned response (the last one repeats); records requests."""

    def __init__(self, *responses: bytes) -> None:
        self.responses = list(responses)
        self.requests: list[bytes] = []

    async def __call__(self, stream: anyio.abc.SocketStream) -> None:
        while True:
            try:
                request = await read_request(stream)
            except (anyio.EndOfStream, anyio.BrokenResourceError):
                return
            self.requests.append(request)
            answer = self.responses[min(len(self.requests), len(self.responses)) - 1]
            await stream.send(answer)


def reply(status: int, body: bytes | dict[str, object], **headers: str) -> bytes:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers.setdefault("content_type", "application/json")
    return response_head(status, content_length=len(data), **headers) + data


@asynccontextmanager
async def serving(handler: Canned, **options: object) -> AsyncIterator[AsyncCudo]:
    options.setdefault("retry", QUICK)
    async with tcp_server(handler) as port:
        async with AsyncCudo(api_key=CANARY, base_url=f"http://127.0.0.1:{port}", **options) as cudo:  # type: ignore[arg-type]
            yield cudo


# ----------------------------------------------------------------------------- 1. side effects happen once


@pytest.mark.parametrize(
    "answer",
    [
        reply(502, b"<html>502 Bad Gateway</html>", content_type="text/html"),
        reply(503, b""),
        reply(503, {"code": 503, "status": "UNAVAILABLE", "message": "busy"}),
        reply(500, {"code": 14, "message": "unavailable"}),
        reply(409, b"conflict"),
    ],
    ids=["html-502", "empty-503", "aip-503", "grpc-14-in-500", "bare-409"],
)
async def test_an_action_answered_with_a_failure_is_sent_once(answer: bytes) -> None:
    server = Canned(answer, reply(200, {}))
    async with serving(server) as cudo:
        with pytest.raises(errors.APIError) as info:
            await cudo.virtual_machines.reboot_vm("p", "vm-1")
    assert len(server.requests) == 1 and info.value.attempts == 1
    assert "may have been applied" in str(info.value) and "check the resource" in str(info.value)


async def test_an_action_throttled_with_429_is_retried() -> None:
    server = Canned(reply(429, {"code": 8, "message": "slow down"}, retry_after="0"), reply(200, {}))
    async with serving(server) as cudo:
        await cudo.virtual_machines.reboot_vm("p", "vm-1")
    assert len(server.requests) == 2


async def test_retry_non_idempotent_opts_in() -> None:
    server = Canned(reply(503, b""), reply(200, {}))
    async with serving(server, retry=RetryPolicy(initial_delay=0.001, retry_non_idempotent=True)) as cudo:
        await cudo.virtual_machines.reboot_vm("p", "vm-1")
    assert len(server.requests) == 2


async def test_a_create_naming_its_vm_is_repeated_and_a_lost_success_reads_as_already_exists() -> None:
    server = Canned(reply(502, b"<html>gateway</html>"), reply(409, {"code": 6, "message": "vm-1 exists"}))
    async with serving(server) as cudo:
        with pytest.raises(errors.AlreadyExistsError) as info:
            await cudo.virtual_machines.create_vm("p", body=vm_body("vm-1"))
    assert len(server.requests) == 2 and info.value.attempts == 2
    assert "most likely created it" in str(info.value)


# ----------------------------------------------------------------------------- 2. requests go only where meant


def path_operations() -> list[tuple[str, str, str]]:
    """(tag, operation, parameter) for every path parameter: the positional parameters of each method."""
    namespaces = Namespaces()
    out = []
    for tag, operation, _, _ in ROUTES:
        method = getattr(getattr(namespaces, tag), operation)
        for name, param in inspect.signature(method).parameters.items():
            if param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
                out.append((tag, operation, name))
    return out


PATH_PARAMETERS = path_operations()


HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})


def test_every_path_parameter_is_covered() -> None:
    templated = [path for *_, path in ROUTES if "{" in path]
    assert len(PATH_PARAMETERS) == sum(path.count("{") for path in templated)
    spec = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi.yaml").read_text(encoding="utf-8"))
    in_spec = [p for p, item in spec["paths"].items() for method in item if "{" in p and method in HTTP_METHODS]
    assert len({op for _, op, _ in PATH_PARAMETERS}) == len(templated) == len(in_spec) > 0


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.parametrize(
    ("tag", "operation", "parameter"), PATH_PARAMETERS, ids=[f"{o}.{p}" for _, o, p in PATH_PARAMETERS]
)
async def test_a_path_parameter_that_would_change_the_target_is_refused(
    tag: str, operation: str, parameter: str
) -> None:
    server = Canned(reply(200, {}))
    async with serving(server) as cudo:
        call = getattr(getattr(cudo, tag), operation)
        args = arguments(call, operation)
        for bad in ("", ".", "..", "\udc80"):
            with pytest.raises(errors.ConfigurationError, match=parameter):
                await call(**{**args, parameter: bad})
    assert server.requests == []  # nothing was sent


async def test_a_page_token_that_cannot_be_encoded_is_refused() -> None:
    server = Canned(reply(200, {}))
    async with serving(server) as cudo:
        with pytest.raises(errors.ConfigurationError, match="surrogate"):
            await cudo.projects.list_projects(page_token="\ud800")
    assert server.requests == []


@pytest.mark.parametrize(
    "body",
    [
        {"code": 7, "message": "denied", "details": []},
        {"code": 403, "status": "PERMISSION_DENIED", "message": "denied"},
        {"error": {"code": 403, "status": "PERMISSION_DENIED", "message": "denied"}},
    ],
    ids=["grpc", "aip-193", "envelope"],
)
async def test_an_error_body_under_a_2xx_status_raises_the_error(body: dict[str, object]) -> None:
    async with serving(Canned(reply(200, body))) as cudo:
        with pytest.raises(errors.PermissionDeniedError, match="denied"):
            await cudo.virtual_machines.get_vm("p", "vm-1")


# ----------------------------------------------------------------------------- 3. secrets


@pytest.mark.parametrize("key", ["cüdo-key", "key\u2028more", "ключ"])
async def test_a_key_that_cannot_travel_in_a_header_is_refused_without_echoing_it(key: str) -> None:
    server = Canned(reply(200, {}))
    async with tcp_server(server) as port:
        with pytest.raises(errors.ConfigurationError) as info:
            AsyncCudo(api_key=key, base_url=f"http://127.0.0.1:{port}")
        async with AsyncCudo(api_key=lambda: key, base_url=f"http://127.0.0.1:{port}") as cudo:
            with pytest.raises(errors.ConfigurationError) as later:
                await cudo.virtual_machines.list_vms("p")
    for exc in (info.value, later.value):
        assert key not in str(exc) and key not in repr(exc) and key not in repr(exc.args)
    assert server.requests == []


def test_model_reprs_never_show_secret_fields() -> None:
    shown = [
        repr(models.APIKey(id="k1", key=CANARY)),
        repr(vm_body(password=CANARY)),
        repr(models.UpdateVMPasswordBody(password=CANARY)),
        repr(models.ObjectStorageKey(access_key=CANARY, secret_key=CANARY)),
        repr(models.ConnectVMResponse(token=CANARY, connect_url="wss://x")),
    ]
    assert all(CANARY not in text for text in shown), shown
    assert "id='k1'" in shown[0]  # the rest still shows


def test_a_fields_repr_follows_the_same_secret_rule_as_members_the_spec_does_not_list() -> None:
    # One rule: a field a new spec lists must stay as hidden as it was while it was an unlisted member.
    fields = [
        (cls.__name__, f.name, f.repr)
        for cls in (getattr(models, name) for name in models.__all__)
        if attrs.has(cls)
        for f in attrs.fields(cls)
        if f.name != "additional_properties"
    ]
    assert fields and not [(c, n) for c, n, shown in fields if bool(shown) == secret_looking(n)]


async def test_an_undecodable_answer_carrying_a_new_key_does_not_show_it() -> None:
    answer = b'{"id": "k1", "key": "' + CANARY.encode() + b'", "createTime": 12'  # cut short
    async with serving(Canned(reply(200, answer))) as cudo:
        with pytest.raises(errors.InvalidResponseError) as info:
            await cudo.api_keys.generate_api_key(body=models.GenerateAPIKeyRequest(apikey_id="k1"))
    assert CANARY not in str(info.value) and CANARY not in info.value.excerpt and '"k1"' in info.value.excerpt


# ----------------------------------------------------------------------------- 4. time is bounded


async def test_the_deadline_bounds_waiting_for_a_slot() -> None:
    async def slow(stream: anyio.abc.SocketStream) -> None:
        await read_request(stream)
        await anyio.sleep(60)

    holder_policy = RetryPolicy(max_retries=0, deadline=2)
    async with tcp_server(slow) as port:
        base = f"http://127.0.0.1:{port}"
        async with AsyncCudo(api_key=CANARY, base_url=base, max_concurrency=1, retry=holder_policy, timeout=5) as cudo:
            queued = cudo.with_options(retry=RetryPolicy(max_retries=0, deadline=0.3))
            outcomes: dict[str, BaseException] = {}

            async def one(name: str, client: AsyncCudo) -> None:
                try:
                    await client.virtual_machines.get_vm("p", "vm-1")
                except errors.CudoError as exc:
                    outcomes[name] = exc

            async with anyio.create_task_group() as tg:
                tg.start_soon(one, "holder", cudo)
                with anyio.fail_after(AT_ONCE):
                    while cudo.in_flight == 0:  # noqa: ASYNC110 (the holder takes the only slot)
                        await anyio.sleep(0.01)
                await one("queued", queued)
    # The queued call ended at its own deadline (0.3 s), before the holder's (2 s) freed the slot.
    assert list(outcomes) == ["queued", "holder"]
    assert isinstance(outcomes["queued"], errors.APITimeoutError) and "queued" in str(outcomes["queued"])
    assert isinstance(outcomes["holder"], errors.APITimeoutError) and "waiting for the answer" in str(
        outcomes["holder"]
    )


async def test_the_deadline_bounds_a_slow_key_provider() -> None:
    provided: list[str] = []

    async def slow_key() -> str:
        await anyio.sleep(60)
        provided.append(CANARY)
        return CANARY

    server = Canned(reply(200, {}))
    async with tcp_server(server) as port:
        cudo = AsyncCudo(api_key=slow_key, base_url=f"http://127.0.0.1:{port}", retry=RetryPolicy(deadline=0.3))
        async with cudo:
            with pytest.raises(errors.APITimeoutError, match="deadline"):
                await cudo.virtual_machines.list_vms("p")
            assert provided == []  # the call ended at its deadline, not when the key came
    assert server.requests == []


async def test_the_deadline_bounds_the_rate_limiter() -> None:
    server = Canned(reply(200, {}))
    async with serving(server, rate_limit=1 / 120, retry=RetryPolicy(deadline=0.3)) as cudo:
        await cudo.virtual_machines.list_vms("p")
        start = anyio.current_time()
        with pytest.raises(errors.APITimeoutError, match="queued"):
            await cudo.virtual_machines.list_vms("p")  # the next start is 120 s away
        assert anyio.current_time() - start < AT_ONCE  # its deadline (0.3 s), not the next start
    assert len(server.requests) == 1


async def test_aclose_ends_calls_in_flight_at_once() -> None:
    async def silent(stream: anyio.abc.SocketStream) -> None:
        await read_request(stream)
        await anyio.sleep(60)

    requests = 0

    async def counted(stream: anyio.abc.SocketStream) -> None:
        nonlocal requests
        requests += 1
        await silent(stream)

    outcomes: list[BaseException] = []
    async with tcp_server(counted) as port:
        cudo = AsyncCudo(api_key=CANARY, base_url=f"http://127.0.0.1:{port}", timeout=30)

        async def one(call: str) -> None:
            try:
                if call == "reboot":
                    await cudo.virtual_machines.reboot_vm("p", "vm-1")
                else:
                    await cudo.virtual_machines.get_vm("p", "vm-1")
            except errors.CudoError as exc:
                outcomes.append(exc)

        async with anyio.create_task_group() as tg:
            tg.start_soon(one, "reboot")
            tg.start_soon(one, "get")
            with anyio.fail_after(AT_ONCE):
                while requests < 2:  # noqa: ASYNC110 (both are waiting for their answers)
                    await anyio.sleep(0.01)
            start = anyio.current_time()
            await cudo.aclose()
        took = anyio.current_time() - start
    # Ended by the close, not by the server (60 s) nor the timeout (30 s); no new attempt began.
    assert took < AT_ONCE and len(outcomes) == 2 and requests == 2
    assert all(isinstance(e, errors.ClientClosedError) for e in outcomes)
    assert any("may have been applied" in str(e) for e in outcomes)  # the reboot


async def test_a_backoff_wait_ends_when_the_client_closes() -> None:
    server = Canned(reply(503, b"", retry_after="50"))
    cudo_policy = RetryPolicy(deadline=60)
    outcome: list[BaseException] = []
    async with serving(server, retry=cudo_policy) as cudo:

        async def one() -> None:
            try:
                await cudo.virtual_machines.list_vms("p")
            except errors.CudoError as exc:
                outcome.append(exc)

        async with anyio.create_task_group() as tg:
            tg.start_soon(one)
            with anyio.fail_after(AT_ONCE):
                while not server.requests:  # noqa: ASYNC110 (then the call waits the server's 50 s)
                    await anyio.sleep(0.01)
            await anyio.sleep(0.1)
            start = anyio.current_time()
            await cudo.aclose()
        assert anyio.current_time() - start < AT_ONCE  # not the 50 s the server asked for
    assert len(server.requests) == 1 and isinstance(outcome[0], errors.ClientClosedError)


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_client_used_from_another_thread_is_refused_not_deadlocked() -> None:
    server = Canned(reply(200, {}))
    async with serving(server, max_concurrency=2) as cudo:
        await cudo.virtual_machines.list_vms("p")
        seen: list[BaseException] = []

        def other_thread() -> None:
            import asyncio

            try:
                asyncio.run(cudo.virtual_machines.list_vms("p"))
            except BaseException as exc:
                seen.append(exc)

        thread = threading.Thread(target=other_thread)
        thread.start()
        await anyio.to_thread.run_sync(thread.join, 5)
        assert not thread.is_alive()
    assert len(seen) == 1 and isinstance(seen[0], errors.ConfigurationError)
    assert "one client per event loop" in str(seen[0])
    assert len(server.requests) == 1


def test_a_rate_limited_client_can_be_built_before_the_event_loop_runs() -> None:
    cudo = AsyncCudo(api_key=CANARY, base_url="http://127.0.0.1:9", rate_limit=5, max_concurrency=3)
    assert repr(cudo).startswith("<AsyncCudo")


def test_the_rate_limiter_survives_a_new_event_loop_clock() -> None:
    limiter = RateLimiter(10)

    async def twice() -> float:
        start = anyio.current_time()
        await limiter.acquire()
        await limiter.acquire()
        return anyio.current_time() - start

    anyio.run(twice)
    limiter._next += 1e6  # as if the previous loop's clock had run far ahead of the next one's
    limiter._lock = None  # each loop has its own lock
    on_a_virtual_clock = {"clock": trio.testing.MockClock(autojump_threshold=0)}
    assert anyio.run(twice, backend="trio", backend_options=on_a_virtual_clock) == pytest.approx(0.2)  # two intervals


# ----------------------------------------------------------------------------- 5. the event loop is not frozen


async def test_decoding_a_20_mb_answer_does_not_freeze_the_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    """The event loop serves other tasks while a large answer is decoded: the decoder waits for a
    task of the loop, which only a loop that keeps running can let through. (How long the loop
    still stalls is a figure of bench/models.py.)"""
    from cudo_async import _request

    vm = {"id": "vm-x", "projectId": "p", "state": "ACTIVE", "memory": "4096", "createTime": "2026-01-02T03:04:05Z",
          "nics": [{"networkId": "n", "internalIpAddress": "10.0.0.1"}], "securityGroupIds": ["a", "b"]}  # fmt: skip
    body = json.dumps({"VMs": [{**vm, "id": f"vm-{i}"} for i in range(100_000)]}).encode()
    assert len(body) > 20e6
    decoding, let_through = threading.Event(), threading.Event()
    parse_json = _request.parse_json

    def parse_after_the_loop_ran(data: bytes) -> object:
        decoding.set()
        assert let_through.wait(60), "the event loop did not run while the answer was decoded"
        return parse_json(data)

    monkeypatch.setattr(_request, "parse_json", parse_after_the_loop_ran)
    async with serving(Canned(reply(200, body))) as cudo:

        async def other_task() -> None:
            with anyio.fail_after(120):
                while not decoding.is_set():  # noqa: ASYNC110 (set by the decoder's thread)
                    await anyio.sleep(0.005)
            let_through.set()

        async with anyio.create_task_group() as tg:
            tg.start_soon(other_task)
            result = await cudo.virtual_machines.list_vms("p")
    assert len(result.vms) == 100_000 and let_through.is_set()


# ----------------------------------------------------------------------------- 6. bad input gets a clear error


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": 0}, {"timeout": True}, {"timeout": float("inf")}, {"timeout": "5"},
        {"retry": 5}, {"max_concurrency": 0}, {"max_concurrency": 2.5}, {"max_concurrency": True},
        {"rate_limit": 0}, {"rate_limit": float("nan")}, {"max_response_bytes": 0},
        {"transport": "curl"}, {"trust_env": "yes"}, {"http_client": object()}, {"project_id": 7},
        {"max_response_bytes": 2**63}, {"timeout": 1e300}, {"max_concurrency": 10**9}, {"rate_limit": 1e300},
        {"timeout": 10**400}, {"rate_limit": -(10**400)}, {"max_concurrency": 10**400},  # no float holds them
    ],
)  # fmt: skip
def test_bad_client_options_are_configuration_errors_naming_the_option(options: dict[str, object]) -> None:
    name = next(iter(options))
    with pytest.raises(errors.ConfigurationError, match=name):
        AsyncCudo(api_key=CANARY, base_url="http://127.0.0.1:9", **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "options",
    [{"timeout": -1}, {"retry": "fast"}, {"max_response_bytes": 1.5}, {"max_response_bytes": 2**63}, {"timeout": 1e9}],
)
def test_bad_view_options_are_configuration_errors(options: dict[str, object]) -> None:
    cudo = AsyncCudo(api_key=CANARY, base_url="http://127.0.0.1:9")
    with pytest.raises(errors.ConfigurationError, match=next(iter(options))):
        cudo.with_options(**options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "options",
    [
        {"max_retries": True}, {"max_retries": 1.5}, {"initial_delay": float("nan")}, {"multiplier": "2"},
        {"max_delay": float("inf")}, {"deadline": 0}, {"deadline": True}, {"retry_non_idempotent": 1},
        {"max_delay": 10**400}, {"deadline": 10**400},
    ],
)  # fmt: skip
def test_bad_retry_policies_are_configuration_errors(options: dict[str, object]) -> None:
    with pytest.raises(errors.ConfigurationError, match=next(iter(options))):
        RetryPolicy(**options)  # type: ignore[arg-type]


def test_backoff_never_overflows() -> None:
    policy = RetryPolicy(multiplier=1e300, max_delay=30, max_retries=10_000)
    assert policy.backoff(10_000, 0.0) == 30
    assert RetryPolicy().backoff(100_000, 0.5) == 15


async def test_a_huge_retry_info_is_honoured_like_the_same_retry_after() -> None:
    detail = {"@type": DETAIL_TYPE_PREFIX + "RetryInfo", "retryDelay": "1000000000s"}
    server = Canned(reply(503, {"code": 14, "message": "later", "details": [detail]}), reply(200, {}))
    async with serving(server, retry=RetryPolicy(deadline=60)) as cudo:
        with pytest.raises(errors.UnavailableError) as info:
            await cudo.virtual_machines.list_vms("p")
    assert len(server.requests) == 1  # not retried after 10 ms
    assert info.value.retry_delay == datetime.timedelta(seconds=1e9)


async def test_wait_for_vm_takes_one_state_and_refuses_bad_intervals() -> None:
    vm = {"VM": {"id": "vm-1", "projectId": "p", "state": "ACTIVE"}}
    async with serving(Canned(reply(200, vm))) as cudo:
        assert (await cudo.wait_for_vm("p", "vm-1", until="ACTIVE", timeout=5)).id == "vm-1"
        for bad in ({"poll_interval": 0}, {"poll_interval": -1}, {"timeout": float("nan")}, {"until": []}):
            with pytest.raises(errors.ConfigurationError, match=next(iter(bad))):
                await cudo.wait_for_vm("p", "vm-1", **bad)  # type: ignore[arg-type]


async def test_paginate_refuses_what_is_not_a_list_operation() -> None:
    async with serving(Canned(reply(200, {}))) as cudo:
        with pytest.raises(errors.ConfigurationError, match="not a paginated operation"):
            cudo.paginate(cudo.virtual_machines.get_vm, "p", "vm-1")
        with pytest.raises(errors.ConfigurationError, match="not a paginated operation"):
            cudo.paginate(print)  # type: ignore[arg-type]


async def test_a_timeout_names_which_timeout_and_the_attempts() -> None:
    async def silent(stream: anyio.abc.SocketStream) -> None:
        await read_request(stream)
        await anyio.sleep(5)

    async with tcp_server(silent) as port:
        policy = RetryPolicy(max_retries=1, initial_delay=0.001, deadline=10)
        async with AsyncCudo(api_key=CANARY, base_url=f"http://127.0.0.1:{port}", timeout=0.2, retry=policy) as cudo:
            with pytest.raises(errors.APITimeoutError) as info:
                await cudo.virtual_machines.get_vm("p", "vm-1")
    assert "timeout=" in str(info.value) and "after 2 attempts" in str(info.value)


@pytest.mark.parametrize("option", ["max_response_bytes", "timeout", "max_concurrency", "rate_limit"])
def test_every_option_has_an_upper_bound_the_client_honours(option: str) -> None:
    """The largest value accepted works (a call with it is possible); one past it is refused by name."""
    from cudo_async._shared import LIMITS

    limit = LIMITS[option]
    largest = int(limit) if option in ("max_response_bytes", "max_concurrency") else limit
    AsyncCudo(api_key=CANARY, base_url="http://127.0.0.1:9", **{option: largest})  # type: ignore[arg-type]
    with pytest.raises(errors.ConfigurationError, match=f"{option} must be at most"):
        AsyncCudo(api_key=CANARY, base_url="http://127.0.0.1:9", **{option: largest * 2})  # type: ignore[arg-type]


async def test_the_largest_size_cap_reads_a_compressed_answer() -> None:
    from cudo_async._shared import LIMITS

    body = gzip.compress(json.dumps({"VMs": [{"id": "vm-1"}]}).encode())
    answer = reply(200, body, content_encoding="gzip")
    async with serving(Canned(answer), max_response_bytes=int(LIMITS["max_response_bytes"])) as cudo:
        assert [vm.id for vm in (await cudo.virtual_machines.list_vms("p")).vms] == ["vm-1"]

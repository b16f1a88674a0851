"""Retry policy (pure) and the driver: what is retried, how long it waits, limits, cancellation."""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable

import anyio
import httpx2
import pytest

from cudo_async import AsyncCudo, RetryPolicy, errors
from cudo_async._retry import AttemptFailed, Failure, decide, drive
from cudo_async._status import DETAIL_TYPE_PREFIX
from tests.helpers import CANARY, FAST, ON_VIRTUAL_CLOCK, aip, client, ok, vm_body

T = DETAIL_TYPE_PREFIX
POLICY = RetryPolicy(max_retries=3, initial_delay=0.5, multiplier=1.6, max_delay=30, jitter=1.0, deadline=60)


def d(method: str = "GET", failure: Failure = Failure.ANSWERED, status: str | None = "UNAVAILABLE", **kw: object):
    args: dict[str, object] = {"retry_number": 1, "server_delay": None, "elapsed": 0.0, "rand": 0.0, **kw}
    return decide(POLICY, method=method, failure=failure, status=status, **args)  # type: ignore[arg-type]


@pytest.mark.parametrize("status", ["RESOURCE_EXHAUSTED", "UNAVAILABLE", "ABORTED", "DEADLINE_EXCEEDED"])
@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_retryable_codes_are_retried_for_idempotent_methods(status: str, method: str) -> None:
    assert d(method, status=status).retry


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_a_side_effect_is_repeated_only_after_proof_it_did_not_happen(method: str) -> None:
    assert d(method, status="RESOURCE_EXHAUSTED").retry  # a 429: the server did not run it
    assert d(method, Failure.NOT_SENT, None).retry  # never connected
    for status in ("UNAVAILABLE", "ABORTED", "DEADLINE_EXCEEDED"):
        stop = d(method, status=status)
        assert not stop.retry and stop.maybe_applied and "may have been applied" in stop.why
    stop = d(method, Failure.AMBIGUOUS, None)
    assert not stop.retry and stop.maybe_applied


@pytest.mark.parametrize("status", ["UNAVAILABLE", "ABORTED", "DEADLINE_EXCEEDED"])
def test_an_operation_safe_to_repeat_is_retried_after_ambiguous_failures(status: str) -> None:
    assert d("POST", status=status, safe_to_repeat=True).retry
    assert d("POST", Failure.AMBIGUOUS, None, safe_to_repeat=True).retry
    assert not d("POST", status="INTERNAL", safe_to_repeat=True).retry


@pytest.mark.parametrize(
    "status",
    [
        "INVALID_ARGUMENT",
        "FAILED_PRECONDITION",
        "OUT_OF_RANGE",
        "UNAUTHENTICATED",
        "PERMISSION_DENIED",
        "NOT_FOUND",
        "ALREADY_EXISTS",
        "UNIMPLEMENTED",
        "INTERNAL",
        "UNKNOWN",
        "SOMETHING_NEW",
    ],
)
def test_other_codes_are_never_retried(status: str) -> None:
    assert not d("GET", status=status).retry


def test_retry_non_idempotent_opts_in() -> None:
    opted = RetryPolicy(retry_non_idempotent=True)
    for status in ("DEADLINE_EXCEEDED", "UNAVAILABLE"):
        assert decide(opted, retry_number=1, method="POST", failure=Failure.ANSWERED, status=status,
                      server_delay=None, elapsed=0, rand=0).retry  # fmt: skip


def test_connection_failures() -> None:
    assert d("POST", Failure.NOT_SENT, None).retry
    assert d("GET", Failure.AMBIGUOUS, None).retry
    assert not d("POST", Failure.AMBIGUOUS, None).retry


def test_backoff_schedule_and_jitter() -> None:
    assert [POLICY.backoff(n, 0.0) for n in (1, 2, 3)] == pytest.approx([0.5, 0.8, 1.28])
    assert POLICY.backoff(50, 0.0) == 30  # capped
    assert POLICY.backoff(1, 0.5) == pytest.approx(0.25)  # full jitter takes up to 100%
    assert RetryPolicy(jitter=0.2).backoff(1, 0.999) == pytest.approx(0.5 * (1 - 0.2 * 0.999))


def test_server_delay_sets_the_wait_then_schedule_resumes() -> None:
    assert d(server_delay=datetime.timedelta(seconds=7)).delay == 7
    assert d(server_delay=datetime.timedelta(seconds=0.1)).delay == 0.5  # a floor, not a cap
    assert d(retry_number=2).delay == pytest.approx(0.8)


def test_deadline_and_retry_count() -> None:
    stop = d(server_delay=datetime.timedelta(seconds=30), elapsed=40)
    assert not stop.retry and "deadline" in stop.why and stop.delay == 30
    assert not d(retry_number=4).retry
    assert not decide(RetryPolicy(max_retries=0), retry_number=1, method="GET", failure=Failure.ANSWERED,
                      status="UNAVAILABLE", server_delay=None, elapsed=0, rand=0).retry  # fmt: skip


def test_without_a_deadline_max_delay_bounds_the_servers_ask() -> None:
    open_ended = RetryPolicy(deadline=None, max_delay=30)
    far = decide(open_ended, retry_number=1, method="GET", failure=Failure.ANSWERED, status="RESOURCE_EXHAUSTED",
                 server_delay=datetime.timedelta(days=2), elapsed=0, rand=0)  # fmt: skip
    near = decide(open_ended, retry_number=1, method="GET", failure=Failure.ANSWERED, status="RESOURCE_EXHAUSTED",
                  server_delay=datetime.timedelta(seconds=20), elapsed=0, rand=0)  # fmt: skip
    assert not far.retry and far.delay == 2 * 86400
    assert near.retry and near.delay == 20


@pytest.mark.parametrize("kwargs", [{"max_retries": -1}, {"jitter": 1.5}, {"initial_delay": -0.1}, {"deadline": -1}])
def test_bad_policies_are_configuration_errors(kwargs: dict[str, float]) -> None:
    with pytest.raises(errors.ConfigurationError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- the driver


def sequence(*responses: httpx2.Response | Exception) -> tuple[Callable[[httpx2.Request], httpx2.Response], list[str]]:
    calls: list[str] = []
    it = iter(responses)

    def handler(request: httpx2.Request) -> httpx2.Response:
        calls.append(request.method)
        item = next(it)
        if isinstance(item, Exception):
            raise item
        return item

    return handler, calls


@pytest.mark.anyio
@pytest.mark.parametrize(
    "first",
    [
        aip("RESOURCE_EXHAUSTED", 8, 429),
        aip("UNAVAILABLE", 14, 503),
        aip("DEADLINE_EXCEEDED", 4, 504),
        aip("ABORTED", 10, 409),
        httpx2.ConnectError("refused"),
        httpx2.ReadTimeout("slow"),
        httpx2.RemoteProtocolError("reset"),
    ],
)
async def test_get_is_retried_and_succeeds(first: httpx2.Response | Exception) -> None:
    handler, calls = sequence(first, ok({"VM": {"id": "v"}}))
    async with client(handler) as cudo:
        raw = await cudo.raw(cudo.virtual_machines.get_vm, "p", "v")
    assert calls == ["GET", "GET"] and raw.attempts == 2 and raw.parsed.vm is not None


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("first", "cls"),
    [
        (aip("INVALID_ARGUMENT", 3, 400), errors.InvalidArgumentError),
        (aip("NOT_FOUND", 5, 404), errors.NotFoundError),
        (aip("UNAUTHENTICATED", 16, 401), errors.UnauthenticatedError),
        (aip("PERMISSION_DENIED", 7, 403), errors.PermissionDeniedError),
        (aip("FAILED_PRECONDITION", 9, 400), errors.FailedPreconditionError),
        (aip("ALREADY_EXISTS", 6, 409), errors.AlreadyExistsError),
        (aip("UNIMPLEMENTED", 12, 501), errors.UnimplementedError),
    ],
)
async def test_non_retryable_errors_raise_at_once(first: httpx2.Response, cls: type[errors.APIError]) -> None:
    handler, calls = sequence(first, ok({}))
    async with client(handler) as cudo:
        with pytest.raises(cls) as info:
            await cudo.virtual_machines.get_vm("p", "v")
    assert len(calls) == 1 and info.value.attempts == 1


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("failure", "cls"),
    [
        (httpx2.ReadTimeout("slow"), errors.APITimeoutError),
        (httpx2.RemoteProtocolError("server disconnected"), errors.APIConnectionError),
        (aip("DEADLINE_EXCEEDED", 4, 504), errors.DeadlineExceededError),
        (aip("INTERNAL", 13, 500), errors.InternalError),
    ],
)
async def test_post_is_not_repeated_after_an_ambiguous_failure(failure: object, cls: type[errors.CudoError]) -> None:
    handler, calls = sequence(failure, ok({"id": "vm-1"}))  # type: ignore[arg-type]
    async with client(handler) as cudo:
        with pytest.raises(cls) as info:
            await cudo.virtual_machines.start_vm("p", "vm-1")
    assert calls == ["POST"] and info.value.attempts == 1
    assert "may have been applied" in str(info.value)


@pytest.mark.anyio
async def test_post_is_retried_when_it_provably_was_not_applied() -> None:
    handler, calls = sequence(httpx2.ConnectError("refused"), aip("RESOURCE_EXHAUSTED", 8, 429), ok({}))
    async with client(handler) as cudo:
        await cudo.virtual_machines.start_vm("p", "vm-1")
    assert calls == ["POST", "POST", "POST"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "failure", [aip("UNAVAILABLE", 14, 503), httpx2.Response(502, content=b"<html>bad gateway</html>"),
                httpx2.ReadTimeout("lost"), httpx2.RemoteProtocolError("reset")],
)  # fmt: skip
async def test_a_create_that_names_its_resource_is_retried_after_ambiguous_failures(failure: object) -> None:
    handler, calls = sequence(failure, ok({"id": "vm-1"}))  # type: ignore[arg-type]
    async with client(handler) as cudo:
        raw = await cudo.raw(cudo.virtual_machines.create_vm, "p", body=vm_body())
    assert calls == ["POST", "POST"] and raw.attempts == 2


@pytest.mark.anyio
async def test_a_repeated_create_meeting_already_exists_says_the_first_attempt_made_it() -> None:
    # The first attempt's answer was lost, but it created the VM: the retry meets ALREADY_EXISTS.
    handler, calls = sequence(httpx2.ReadTimeout("lost"), aip("ALREADY_EXISTS", 6, 409, "vm-1 exists"))
    async with client(handler) as cudo:
        with pytest.raises(errors.AlreadyExistsError) as info:
            await cudo.virtual_machines.create_vm("p", body=vm_body())
    assert calls == ["POST", "POST"] and info.value.attempts == 2
    assert "an earlier attempt of this call most likely created it" in str(info.value)
    assert "after 2 attempts" in str(info.value)


@pytest.mark.anyio
@pytest.mark.parametrize("failure", [aip("UNAVAILABLE", 14, 503), httpx2.ReadTimeout("lost"), aip("ABORTED", 10, 409)])
async def test_an_action_without_an_id_is_never_repeated_on_a_guess(failure: object) -> None:
    handler, calls = sequence(failure, ok({}))  # type: ignore[arg-type]
    async with client(handler) as cudo:
        with pytest.raises(errors.CudoError) as info:
            await cudo.virtual_machines.reboot_vm("p", "vm-1")
    assert calls == ["POST"] and info.value.attempts == 1
    assert "may have been applied" in str(info.value)


@pytest.mark.anyio
async def test_opted_in_create_retry_meeting_already_exists_reports_it() -> None:
    # The first attempt's answer was lost, but it created the VM: the retry meets ALREADY_EXISTS.
    handler, calls = sequence(httpx2.ReadTimeout("lost"), aip("ALREADY_EXISTS", 6, 409, "vm-1 exists"))
    policy = RetryPolicy(initial_delay=0.001, retry_non_idempotent=True)
    async with client(handler, retry=policy) as cudo:
        with pytest.raises(errors.AlreadyExistsError) as info:
            await cudo.virtual_machines.create_vm("p", body=vm_body())
    assert calls == ["POST", "POST"] and info.value.attempts == 2


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (aip("RESOURCE_EXHAUSTED", 8, 429, **{"retry-after": "1"}), 1.0),
        (aip("RESOURCE_EXHAUSTED", 8, 429, **{"retry-after": "Thu, 01 Jan 1970 00:00:00 GMT"}), 0.1),
        (aip("UNAVAILABLE", 14, 503, details=[{"@type": T + "RetryInfo", "retryDelay": "0.25s"}]), 0.25),
    ],
)
async def test_server_asked_waits_drive_the_sleep(
    response: httpx2.Response, expected: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(anyio, "sleep", fake_sleep)
    handler, _ = sequence(response, aip("UNAVAILABLE", 14, 503), ok({}))
    async with client(handler, retry=RetryPolicy(initial_delay=0.1, multiplier=2, jitter=0)) as cudo:
        await cudo.virtual_machines.list_vms("p")
    # the server's wait (never less than the schedule's), then the schedule resumes at retry 2
    assert slept == pytest.approx([expected, 0.2])


@pytest.mark.anyio
@ON_VIRTUAL_CLOCK
async def test_a_wait_past_the_deadline_raises_at_once_with_the_servers_delay() -> None:
    handler, calls = sequence(aip("RESOURCE_EXHAUSTED", 8, 429, **{"retry-after": "60"}), ok({}))
    start = anyio.current_time()
    async with client(handler, retry=RetryPolicy(deadline=10)) as cudo:
        with pytest.raises(errors.ResourceExhaustedError) as info:
            await cudo.virtual_machines.list_vms("p")
    assert anyio.current_time() - start < 0.01  # no part of the 60 s was waited
    assert info.value.retry_delay == datetime.timedelta(seconds=60) and len(calls) == 1


@pytest.mark.anyio
async def test_last_error_carries_the_attempt_count_and_retries_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="cudo_async")
    handler, calls = sequence(*[aip("UNAVAILABLE", 14, 503, f"try {i}") for i in range(4)])
    async with client(handler, retry=RetryPolicy(max_retries=3, initial_delay=0.001)) as cudo:
        with pytest.raises(errors.UnavailableError) as info:
            await cudo.virtual_machines.get_vm("p", "v")
    assert info.value.attempts == 4 and info.value.message == "try 3" and len(calls) == 4
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert len(retries) == 3
    assert "GET /v1/projects/p/vms/v" in retries[0] and "UNAVAILABLE" in retries[0] and "attempt 1" in retries[0]
    assert not [r for r in caplog.records if CANARY in r.getMessage()]


@pytest.mark.anyio
async def test_retries_off() -> None:
    handler, calls = sequence(aip("UNAVAILABLE", 14, 503), ok({}))
    async with client(handler, retry=RetryPolicy(max_retries=0)) as cudo:
        with pytest.raises(errors.UnavailableError):
            await cudo.virtual_machines.list_vms("p")
    assert len(calls) == 1


@pytest.mark.anyio
@ON_VIRTUAL_CLOCK
@pytest.mark.parametrize(("max_concurrency", "rate_limit"), [(7, None), (None, 1000.0), (7, 1000.0)])
async def test_throttling_holds_in_flight_and_rate_limits_under_200_calls(
    max_concurrency: int | None, rate_limit: float | None
) -> None:
    in_flight = peak = 0
    starts: list[float] = []

    async def handler(request: httpx2.Request) -> httpx2.Response:
        nonlocal in_flight, peak
        starts.append(anyio.current_time())
        in_flight += 1
        peak = max(peak, in_flight)
        await anyio.sleep(0.02)
        in_flight -= 1
        return ok({})

    options = {"max_concurrency": max_concurrency} if max_concurrency else {}
    async with client(handler, rate_limit=rate_limit, **options) as cudo:
        async with anyio.create_task_group() as tg:
            for _ in range(200):
                tg.start_soon(cudo.virtual_machines.list_vms, "p")
        assert cudo.in_flight == 0
    assert len(starts) == 200
    if max_concurrency:
        assert peak <= max_concurrency
        if not rate_limit:
            assert peak == max_concurrency  # 200 waiting tasks fill every slot
    else:
        assert peak >= 10  # starts 1 ms apart, each held 20 ms: the default cap (100) does not bind
    if rate_limit:
        # 1000/s evenly spaced: a 0.05 s window holds 50 starts (a burst would hold all 200)
        starts.sort()
        assert max(sum(1 for t in starts if s <= t < s + 0.05) for s in starts) <= 51
        assert starts[-1] - starts[0] >= 0.19


@pytest.mark.anyio
@ON_VIRTUAL_CLOCK
async def test_rate_limit_alone_spaces_requests() -> None:
    starts: list[float] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        starts.append(anyio.current_time())
        return ok({})

    async with client(handler, rate_limit=200) as cudo:
        async with anyio.create_task_group() as tg:
            for _ in range(20):
                tg.start_soon(cudo.virtual_machines.list_vms, "p")
    # 200/s: 20 starts span at least 19 intervals of 5 ms, and no 25 ms window holds a burst
    assert starts[-1] - starts[0] >= 19 * 0.005 * 0.9
    assert max(sum(1 for t in starts if s <= t < s + 0.025) for s in starts) <= 6


@pytest.mark.anyio
@ON_VIRTUAL_CLOCK
async def test_cancellation_during_backoff_is_prompt_and_leaks_nothing() -> None:
    handler, calls = sequence(aip("UNAVAILABLE", 14, 503, **{"retry-after": "30"}), ok({}))
    async with client(handler, max_concurrency=2, retry=RetryPolicy(deadline=100)) as cudo:
        start = anyio.current_time()
        with anyio.move_on_after(0.2) as scope:
            await cudo.virtual_machines.list_vms("p")
        assert scope.cancelled_caught and anyio.current_time() - start == pytest.approx(0.2)  # not the 30 s
        assert cudo.in_flight == 0 and len(calls) == 1


@pytest.mark.anyio
async def test_cancellation_during_a_request_is_prompt_and_leaks_nothing() -> None:
    async def slow(request: httpx2.Request) -> httpx2.Response:
        await anyio.sleep(30)
        return ok({})

    async with client(slow, max_concurrency=1) as cudo:
        with anyio.move_on_after(0.1):
            await cudo.virtual_machines.list_vms("p")
        assert cudo.in_flight == 0


@pytest.mark.anyio
async def test_a_foreign_transport_error_is_a_connection_error_and_post_is_not_repeated() -> None:
    class Broken(httpx2.AsyncBaseTransport):
        calls = 0

        async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
            Broken.calls += 1
            raise RuntimeError("the other library's own exception")

    http = httpx2.AsyncClient(transport=Broken())
    async with AsyncCudo(api_key=CANARY, base_url="http://127.0.0.1:9", http_client=http, retry=FAST) as cudo:
        with pytest.raises(errors.APIConnectionError) as info:
            await cudo.virtual_machines.start_vm("p", "vm-1")
        assert Broken.calls == 1 and isinstance(info.value.__cause__, RuntimeError)
        with pytest.raises(errors.APIConnectionError):
            await cudo.virtual_machines.list_vms("p")  # a GET is retried, then gives up
        assert Broken.calls == 1 + 1 + FAST.max_retries
    await http.aclose()


def test_the_driver_runs_on_an_injected_clock_without_io() -> None:
    """The retry loop alone: attempts, waits and the deadline, with a fake clock and sleep."""
    now = [0.0]
    slept: list[float] = []
    lefts: list[float | None] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    async def attempt(number: int, left: float | None) -> str:
        lefts.append(left)
        now[0] += 1.0  # each attempt takes a second
        if number < 3:
            raise AttemptFailed(errors.UnavailableError("busy", http_status=503, status="UNAVAILABLE"),
                                Failure.ANSWERED, "UNAVAILABLE")  # fmt: skip
        return "done"

    policy = RetryPolicy(initial_delay=2.0, multiplier=2.0, jitter=0.0, deadline=60)
    result = anyio.run(lambda: drive(attempt, policy=policy, method="GET", what="t", clock=lambda: now[0],
                                     sleep=sleep, rand=lambda: 0.0))  # fmt: skip
    assert result == "done" and slept == [2.0, 4.0]
    assert lefts == [60.0, 57.0, 52.0]  # what remains of the deadline at each attempt

    async def always_busy(number: int, left: float | None) -> str:
        now[0] += 20.0
        raise AttemptFailed(errors.UnavailableError("busy", http_status=503, status="UNAVAILABLE"),
                            Failure.ANSWERED, "UNAVAILABLE")  # fmt: skip

    now[0], slept[:] = 0.0, []
    with pytest.raises(errors.UnavailableError) as info:
        anyio.run(lambda: drive(always_busy, policy=policy, method="GET", what="t", clock=lambda: now[0],
                                sleep=sleep, rand=lambda: 0.0))  # fmt: skip
    assert info.value.attempts == 3 and slept == [2.0, 4.0]  # a third wait would pass the deadline


def _failing(*outcomes: tuple[Failure, str | None]) -> Callable[[int, float | None], object]:
    """An attempt that fails as ``outcomes`` say, one per attempt."""

    async def attempt(number: int, left: float | None) -> str:
        failure, status = outcomes[number - 1]
        error = (
            errors.APIConnectionError("cut")
            if status is None
            else errors.UnknownError("no", http_status=400, status=status)
        )
        raise AttemptFailed(error, failure, status)

    return attempt  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("outcomes", "method", "applied"),
    [
        # The last attempt was refused, but the first one may have acted: the error says so.
        ([(Failure.AMBIGUOUS, None), (Failure.ANSWERED, "INVALID_ARGUMENT")], "POST", True),
        ([(Failure.ANSWERED, "UNAVAILABLE"), (Failure.NOT_SENT, None), (Failure.ANSWERED, "NOT_FOUND")], "POST", True),
        ([(Failure.ANSWERED, "RESOURCE_EXHAUSTED"), (Failure.ANSWERED, "INVALID_ARGUMENT")], "POST", False),
        ([(Failure.NOT_SENT, None), (Failure.ANSWERED, "PERMISSION_DENIED")], "PATCH", False),
        ([(Failure.AMBIGUOUS, None), (Failure.ANSWERED, "INVALID_ARGUMENT")], "GET", False),  # no side effect
    ],
)
def test_a_calls_error_says_may_have_been_applied_when_any_attempt_may_have(
    outcomes: list[tuple[Failure, str | None]], method: str, applied: bool
) -> None:
    policy = RetryPolicy(initial_delay=0.0, jitter=0.0, deadline=None, retry_non_idempotent=True)

    async def no_wait(seconds: float) -> None:
        pass

    with pytest.raises(errors.CudoError) as info:
        anyio.run(lambda: drive(_failing(*outcomes), policy=policy, method=method, what="t", sleep=no_wait))  # type: ignore[arg-type]
    assert info.value.attempts == len(outcomes)
    assert ("may have been applied" in str(info.value)) is applied

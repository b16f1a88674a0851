"""A canary key through every path, the transport rules, and mass cancellation."""

from __future__ import annotations

import logging
import random
import traceback

import anyio
import httpx2
import pytest

from cudo_async import AsyncCudo, RetryPolicy, errors, models
from cudo_async._status import DETAIL_TYPE_PREFIX
from cudo_async.testing import Emulator, Fault
from cudo_async.testing._http import Reply, Request, handle_connection
from tests.helpers import vm_body
from tests.reliability.conftest import CANCEL_CALLS, record

pytestmark = pytest.mark.anyio

CANARY = "cudo-canary-4f0e9b7d2c8a1635"
T = DETAIL_TYPE_PREFIX


async def test_the_canary_key_appears_nowhere(caplog: pytest.LogCaptureFixture, anyio_backend: str) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx2, httpcore
    texts: list[str] = []
    paths = 0
    async with Emulator(api_key=CANARY, rate_limit=None, boot_seconds=0.01) as emu:
        cudo = emu.client(timeout=0.2, retry=RetryPolicy(initial_delay=0.001, deadline=2))
        texts += [repr(cudo), str(cudo.__dict__), repr(cudo._shared.keys)]
        p = emu.project_id
        body = vm_body()
        scenarios = [
            (None, lambda: cudo.virtual_machines.create_vm(p, body=body)),  # success
            (None, lambda: cudo.virtual_machines.create_vm(p, body=body)),  # ALREADY_EXISTS
            (None, lambda: cudo.virtual_machines.get_vm(p, "missing")),  # NOT_FOUND
            (None, lambda: cudo.virtual_machines.create_vm(p, body=models.CreateVMBody("", "", "", "", 0, 0, 0))),
            (Fault(status=501), cudo.billing.list_billing_accounts),  # UNIMPLEMENTED
            (Fault(status=503, times=10), lambda: cudo.virtual_machines.list_vms(p)),  # retries, then UNAVAILABLE
            (Fault(status=429, times=2, headers={"Retry-After": "0"}), lambda: cudo.virtual_machines.list_vms(p)),
            (Fault(latency=1.0), lambda: cudo.virtual_machines.create_vm(p, body=body)),  # timeout
            (Fault(drop="before"), lambda: cudo.virtual_machines.create_vm(p, body=body)),  # connection error
            (Fault(body=b"<html>"), lambda: cudo.virtual_machines.list_vms(p)),  # invalid response
            (Fault(truncate=True), lambda: cudo.virtual_machines.list_vms(p)),
        ]
        for fault, call in scenarios:
            if fault is not None:
                emu.faults.append(fault)
            try:
                result = await call()
                texts += [repr(result)]
            except errors.CudoError as exc:
                texts += [str(exc), repr(exc), traceback.format_exc(), repr(exc.__cause__), repr(exc.args)]
                if isinstance(exc, errors.APIError):
                    texts += [str(exc.to_dict()), repr(exc.details)]
                    if exc.response is not None:
                        texts += [repr(exc.response), repr(exc.response.request), repr(exc.response.request.headers)]
            paths += 1
            emu.clear_faults()
        await cudo.aclose()
        with pytest.raises(errors.ConfigurationError) as closed:
            await cudo.virtual_machines.list_vms(p)
        texts.append(traceback.format_exception(closed.value).__str__())
    texts += [r.getMessage() for r in caplog.records] + [str(r.args) for r in caplog.records]
    leaks = [t for t in texts if CANARY in t]
    record(
        f"secrets ({anyio_backend})",
        paths=paths,
        texts_checked=len(texts),
        log_records=len(caplog.records),
        canary_found=len(leaks),
    )
    assert paths == len(scenarios) and len(caplog.records) > 20
    assert leaks == []


def test_plain_http_to_a_remote_host_is_refused_before_any_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_connect(*args: object, **kwargs: object) -> None:
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(httpx2.AsyncClient, "send", no_connect)
    for url in ("http://rest.compute.cudo.org", "http://192.0.2.10", "http://[2001:db8::1]"):
        with pytest.raises(errors.ConfigurationError):
            AsyncCudo(api_key=CANARY, base_url=url)


async def test_a_redirect_to_another_origin_carries_nothing_there() -> None:
    """Two real loopback servers on different ports (different origins)."""
    seen: dict[str, str | None] = {}

    async def elsewhere(request: Request) -> Reply:
        seen["elsewhere"] = request.headers.get("authorization")
        return Reply(200, b"{}")

    other = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    other_port = other.extra(anyio.abc.SocketAttribute.local_port)

    async def origin(request: Request) -> Reply:
        seen["origin"] = request.headers.get("authorization")
        return Reply(307, b"", {"location": f"http://127.0.0.1:{other_port}/v1/vms/data-centers"})

    first = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    first_port = first.extra(anyio.abc.SocketAttribute.local_port)
    async with anyio.create_task_group() as tg:
        tg.start_soon(other.serve, lambda s: handle_connection(s, elsewhere))
        tg.start_soon(first.serve, lambda s: handle_connection(s, origin))
        async with AsyncCudo(api_key=CANARY, base_url=f"http://127.0.0.1:{first_port}") as cudo:
            with pytest.raises(errors.InvalidResponseError, match="HTTP 307 redirect to"):
                await cudo.virtual_machines.list_vm_data_centers()
        tg.cancel_scope.cancel()
    assert seen == {"origin": f"Bearer {CANARY}"}  # the other origin saw no request at all


async def test_cancelling_many_calls_at_random_moments_leaves_the_client_usable(anyio_backend: str) -> None:
    rng = random.Random(11)
    outcomes = {"completed": 0, "cancelled": 0, "errors": 0}
    async with Emulator(rate_limit=None) as emu:
        # generous limits: here a CudoError could only come from cancellation going wrong, not from load
        patient = RetryPolicy(max_retries=10, initial_delay=0.01, max_delay=0.05, deadline=300)
        cudo = emu.client(timeout=60, retry=patient, max_concurrency=100)
        await cudo.virtual_machines.list_vms(emu.project_id)  # first use loads the namespace's modules
        # every answer takes 0.3-0.6 s, so whatever the machine's speed, calls are in flight when cancelled
        slow = [Fault(latency=0.3), Fault(latency=0.6), Fault(status=503, headers={"Retry-After": "0"}, latency=0.3)]
        emu.chaos(1.0, slow, seed=3)

        async def one(delay: float) -> None:
            with anyio.move_on_after(delay) as scope:
                try:
                    await cudo.virtual_machines.list_vms(emu.project_id)
                except errors.CudoError:
                    outcomes["errors"] += 1
                    return
            outcomes["cancelled" if scope.cancelled_caught else "completed"] += 1

        async with anyio.create_task_group() as tg:
            for i in range(CANCEL_CALLS):
                # one call in ten is given time to finish, the rest are cancelled at a random moment
                tg.start_soon(one, 300.0 if i % 10 == 0 else rng.uniform(0, 1.5))
        assert cudo.in_flight == 0
        emu.clear_faults()
        still_works = await cudo.virtual_machines.list_vms(emu.project_id)
        await cudo.aclose()
        left = await emu.wait_for_connections_closed()
    record(f"cancellation ({anyio_backend})", calls=CANCEL_CALLS, **outcomes, connections_left=left)
    assert sum(outcomes.values()) == CANCEL_CALLS
    assert outcomes["cancelled"] > CANCEL_CALLS * 0.2 and outcomes["completed"] > 0
    assert outcomes["errors"] == 0
    assert still_works.vms == [] and left == 0

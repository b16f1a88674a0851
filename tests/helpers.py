"""Test helpers: an AsyncCudo over httpx2.MockTransport, and a canary key."""

from __future__ import annotations

import json
import socket
from collections.abc import Awaitable, Callable
from typing import Any

import httpx2
import pytest
import trio.testing

from cudo_async import AsyncCudo, RetryPolicy, models

CANARY = "cudo-canary-7f3a9c1e5b2d4068"
BASE = "http://127.0.0.1:9"

Handler = Callable[[httpx2.Request], httpx2.Response | Awaitable[httpx2.Response]]

FAST = RetryPolicy(initial_delay=0.001, max_delay=0.01, deadline=5.0)


#: The real time allowed for what takes milliseconds ("at once"): a bound that holds on a machine a
#: hundred times slower than a quiet one. A test using it makes the wrong behaviour take far longer.
AT_ONCE = 10.0


def virtual_clock(autojump_threshold: float = 0.0) -> Any:
    """An ``anyio_backend`` parameter for a test that measures time: trio under a ``MockClock``
    whose time passes only while every task waits (it then jumps to the next deadline). What it
    measures is the code's own schedule, the same on any machine however loaded. A test with
    sockets between its tasks gives the kernel ``autojump_threshold`` real seconds to deliver."""
    clock = trio.testing.MockClock(autojump_threshold=autojump_threshold)
    return pytest.param(("trio", {"clock": clock}), id="trio-virtual-clock")


#: Runs a test on trio's virtual clock (see :func:`virtual_clock`).
ON_VIRTUAL_CLOCK = pytest.mark.parametrize("anyio_backend", [virtual_clock()])
#: The same for tests whose tasks talk through loopback sockets.
ON_VIRTUAL_CLOCK_WITH_SOCKETS = pytest.mark.parametrize("anyio_backend", [virtual_clock(0.01)])


def free_port() -> int:
    """A loopback port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def vm_body(vm_id: str = "vm-1", **overrides: Any) -> models.CreateVMBody:
    """A valid create_vm body (the emulator's catalogue), with any field overridden."""
    fields: dict[str, Any] = {
        "vm_id": vm_id,
        "data_center_id": "gb-bournemouth-1",
        "machine_type": "epyc-milan",
        "boot_disk_image_id": "ubuntu-2204",
        "vcpus": 2,
        "memory_gib": 4,
        "gpus": 0,
        **overrides,
    }
    return models.CreateVMBody(**fields)


def client(handler: Handler, **options: Any) -> AsyncCudo:
    options.setdefault("api_key", CANARY)
    options.setdefault("base_url", BASE)
    options.setdefault("retry", FAST)
    return AsyncCudo(http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(handler)), **options)


def ok(payload: Any, status: int = 200, **headers: str) -> httpx2.Response:
    return httpx2.Response(status, content=json.dumps(payload).encode(), headers=headers)


def aip(status: str, code: int, http: int, message: str = "m", details: list[Any] | None = None, **headers: str):
    body = {"code": code, "status": status, "message": message, "details": details or []}
    return httpx2.Response(http, content=json.dumps(body).encode(), headers=headers)

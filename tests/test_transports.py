"""Both transports against servers that fail at each stage of an exchange.

What must hold: a failure before the connection exists reads as "never sent" (a POST may be
repeated), anything after it as "may have been applied" (a POST is raised at once, saying so).
"""

from __future__ import annotations

import gzip

import anyio
import anyio.abc
import pytest

from cudo_async import AsyncCudo, RetryPolicy, errors
from tests.helpers import CANARY, vm_body
from tests.servers import closed_port, read_request, response_head, tcp_server

pytestmark = pytest.mark.anyio

POLICY = RetryPolicy(max_retries=3, initial_delay=0.001, max_delay=0.01, deadline=10)


@pytest.fixture
def anyio_backend(combination: tuple[str, str]) -> str:
    return combination[0]  # each transport on the event loops it supports


def cudo_at(port: int, transport: str, **options: object) -> AsyncCudo:
    options.setdefault("retry", POLICY)
    return AsyncCudo(api_key=CANARY, base_url=f"http://127.0.0.1:{port}", transport=transport, **options)  # type: ignore[arg-type]


async def test_refused_connection_is_never_sent_so_a_post_is_retried(transport: str) -> None:
    port = await closed_port()
    async with cudo_at(port, transport) as cudo:
        with pytest.raises(errors.APIConnectionError) as info:
            await cudo.virtual_machines.stop_vm("p", "vm-1")
    assert info.value.attempts == POLICY.max_retries + 1
    assert "may have been applied" not in str(info.value)


async def _close_at_once(stream: anyio.abc.SocketStream) -> None:
    await stream.aclose()


async def _close_after_reading(stream: anyio.abc.SocketStream) -> None:
    await read_request(stream)


async def _close_mid_headers(stream: anyio.abc.SocketStream) -> None:
    await read_request(stream)
    await stream.send(b"HTTP/1.1 200 OK\r\nContent-Ty")


async def _close_mid_body(stream: anyio.abc.SocketStream) -> None:
    await read_request(stream)
    await stream.send(response_head(200, content_type="application/json", content_length=100) + b'{"id": "vm')


STAGES = {
    "after accept": _close_at_once,
    "after the request": _close_after_reading,
    "mid-headers": _close_mid_headers,
    "mid-body": _close_mid_body,
}


CALLS = {
    "an action (POST)": (lambda cudo: cudo.virtual_machines.reboot_vm("p", "vm-1"), 1),
    "a create naming its VM (POST)": (lambda cudo: cudo.virtual_machines.create_vm("p", body=vm_body()), 4),
    "a read (GET)": (lambda cudo: cudo.virtual_machines.get_vm("p", "vm-1"), 4),
}


@pytest.mark.parametrize("stage", list(STAGES))
@pytest.mark.parametrize("call", list(CALLS))
async def test_a_failure_after_connecting_is_repeated_only_when_safe(transport: str, stage: str, call: str) -> None:
    """An action is sent once; a create that names its resource and a read are repeated until the
    policy gives up. A POST that failed after connecting may have been applied, and says so."""
    connections = 0

    async def serve(stream: anyio.abc.SocketStream) -> None:
        nonlocal connections
        connections += 1
        await STAGES[stage](stream)

    send, expected = CALLS[call]
    async with tcp_server(serve) as port, cudo_at(port, transport) as cudo:
        with pytest.raises(errors.APIConnectionError) as info:
            await send(cudo)
    assert connections == expected == info.value.attempts
    assert expected == 1 or expected == POLICY.max_retries + 1
    assert ("may have been applied" in str(info.value)) == call.endswith("(POST)")


async def test_a_dripping_answer_ends_at_the_attempt_timeout(transport: str) -> None:
    async def drip(stream: anyio.abc.SocketStream) -> None:
        await read_request(stream)
        await stream.send(response_head(200, content_type="application/json", content_length=1000) + b"{")
        for _ in range(100):  # one byte every 0.1 s: no single read ever waits 0.5 s
            await anyio.sleep(0.1)
            await stream.send(b" ")

    async with tcp_server(drip) as port, cudo_at(port, transport, timeout=0.5) as cudo:
        start = anyio.current_time()
        with pytest.raises(errors.APITimeoutError) as info:
            await cudo.virtual_machines.start_vm("p", "vm-1")
        took = anyio.current_time() - start
    assert 0.45 < took < 1.0, took
    assert "timeout=" in str(info.value) and "may have been applied" in str(info.value)


async def test_the_deadline_bounds_the_whole_call(transport: str) -> None:
    async def slow(stream: anyio.abc.SocketStream) -> None:
        await read_request(stream)
        await anyio.sleep(5)

    policy = RetryPolicy(max_retries=50, initial_delay=0.01, max_delay=0.01, deadline=1.0)
    async with tcp_server(slow) as port, cudo_at(port, transport, timeout=0.4, retry=policy) as cudo:
        start = anyio.current_time()
        with pytest.raises(errors.APITimeoutError):
            await cudo.virtual_machines.get_vm("p", "vm-1")
        took = anyio.current_time() - start
    assert took < 1.5, took  # a deadline of 1 s; without it the 50 retries would take 20 s


async def test_an_endless_body_stops_at_the_size_cap_and_is_not_retried(transport: str) -> None:
    requests = 0

    async def endless(stream: anyio.abc.SocketStream) -> None:
        nonlocal requests
        await read_request(stream)
        requests += 1
        await stream.send(response_head(200, content_type="application/json", transfer_encoding="chunked"))
        chunk = b"%x\r\n%s\r\n" % (65536, b" " * 65536)
        for _ in range(2000):  # 128 MiB at most, far past the cap
            await stream.send(chunk)

    async with tcp_server(endless) as port, cudo_at(port, transport, max_response_bytes=1 << 20) as cudo:
        with pytest.raises(errors.InvalidResponseError, match="larger than max_response_bytes"):
            await cudo.virtual_machines.list_vms("p")
    assert requests == 1


async def test_a_gzip_bomb_is_never_inflated_past_the_cap(transport: str) -> None:
    bomb = gzip.compress(b" " * (200 << 20), compresslevel=9)  # 200 MiB of spaces in ~200 KiB

    async def serve(stream: anyio.abc.SocketStream) -> None:
        await read_request(stream)
        head = response_head(200, content_type="application/json", content_encoding="gzip", content_length=len(bomb))
        await stream.send(head + bomb)

    import tracemalloc

    tracemalloc.start()
    try:
        async with tcp_server(serve) as port, cudo_at(port, transport, max_response_bytes=1 << 20) as cudo:
            with pytest.raises(errors.InvalidResponseError, match="larger than max_response_bytes"):
                await cudo.virtual_machines.list_vms("p")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 << 20, peak  # the cap is 1 MiB; the bomb is 200 MiB


async def test_a_declared_length_past_the_cap_is_refused_before_reading(transport: str) -> None:
    async def huge(stream: anyio.abc.SocketStream) -> None:
        await read_request(stream)
        await stream.send(response_head(200, content_type="application/json", content_length=2 << 30) + b"[")
        await anyio.sleep(5)

    async with tcp_server(huge) as port, cudo_at(port, transport, timeout=3) as cudo:
        start = anyio.current_time()
        with pytest.raises(errors.InvalidResponseError, match="larger than max_response_bytes"):
            await cudo.virtual_machines.list_vms("p")
        assert anyio.current_time() - start < 2


async def test_the_user_agent_names_the_sdk_python_and_httpx2(transport: str) -> None:
    seen: list[bytes] = []

    async def serve(stream: anyio.abc.SocketStream) -> None:
        seen.append(await read_request(stream))
        await stream.send(response_head(200, content_type="application/json", content_length=2) + b"{}")

    async with tcp_server(serve) as port, cudo_at(port, transport) as cudo:
        await cudo.virtual_machines.list_vms("p")
    head = seen[0].decode("latin-1").lower()
    import platform

    import httpx2

    import cudo_async

    expected = f"cudo-async/{cudo_async.__version__} python/{platform.python_version()} httpx2/{httpx2.__version__}"
    assert f"user-agent: {expected}".lower() in head


@pytest.mark.parametrize("anyio_backend", ["trio"])
async def test_the_aiohttp_transport_refuses_trio_clearly() -> None:
    async with AsyncCudo(api_key=CANARY, base_url="http://127.0.0.1:9", transport="aiohttp") as cudo:
        with pytest.raises(errors.ConfigurationError, match="asyncio only"):
            await cudo.virtual_machines.list_vms("p")

"""Both transports against servers that fail at each stage of an exchange.

What must hold: a failure before the connection exists reads as "never sent" (a POST may be
repeated), anything after it as "may have been applied" (a POST is raised at once, saying so).
"""

from __future__ import annotations

import gzip
import json
import socket
import struct
import traceback
import tracemalloc
import zlib

import anyio
import anyio.abc
import pytest

from cudo_async import AsyncCudo, RetryPolicy, errors
from cudo_async._request import Call
from cudo_async._retry import Failure
from cudo_async._transport import BodyReader, ExchangeFailed, Httpx2Transport, Kind
from tests.helpers import CANARY, vm_body
from tests.servers import closed_port, read_request, response_head, tcp_server

pytestmark = pytest.mark.anyio

POLICY = RetryPolicy(max_retries=3, initial_delay=0.001, max_delay=0.01, deadline=10)


@pytest.fixture
def anyio_backend(combination: tuple[str, str]) -> str:
    return combination[0]  # each transport on the event loops it supports


def cudo_at(port: int, transport: str, **options: object) -> AsyncCudo:
    options.setdefault("retry", POLICY)
    options.setdefault("base_url", f"http://127.0.0.1:{port}")
    return AsyncCudo(api_key=CANARY, transport=transport, **options)  # type: ignore[arg-type]


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
    dripped = 0

    async def drip(stream: anyio.abc.SocketStream) -> None:
        nonlocal dripped
        await read_request(stream)
        await stream.send(response_head(200, content_type="application/json", content_length=1000) + b"{")
        for _ in range(300):  # one byte every 0.1 s for 30 s: no single read ever waits 0.5 s
            await anyio.sleep(0.1)
            await stream.send(b" ")
            dripped += 1

    async with tcp_server(drip) as port, cudo_at(port, transport, timeout=0.5) as cudo:
        start = anyio.current_time()
        with pytest.raises(errors.APITimeoutError) as info:
            await cudo.virtual_machines.start_vm("p", "vm-1")
        took, dripping = anyio.current_time() - start, dripped
    # The attempt lasted its 0.5 s (not less), and ended while the answer was still dripping:
    # a timeout per read would have read all 300 bytes (however slow the machine, about 5 came).
    assert took >= 0.45 and dripping < 150, (took, dripping)
    assert "timeout=" in str(info.value) and "may have been applied" in str(info.value)


async def test_the_deadline_bounds_the_whole_call(transport: str) -> None:
    async def slow(stream: anyio.abc.SocketStream) -> None:
        await read_request(stream)
        await anyio.sleep(5)

    policy = RetryPolicy(max_retries=50, initial_delay=0.01, max_delay=0.01, deadline=1.0)
    async with tcp_server(slow) as port, cudo_at(port, transport, timeout=0.4, retry=policy) as cudo:
        with pytest.raises(errors.APITimeoutError) as info:
            await cudo.virtual_machines.get_vm("p", "vm-1")
    # Attempts of 0.4 s fit the 1 s deadline at most three times; without it there would be 51.
    assert info.value.attempts <= 3 and "deadline" in str(info.value), str(info.value)


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

    # Reading the body would wait for the server (5 s) past the timeout (3 s): an APITimeoutError.
    async with tcp_server(huge) as port, cudo_at(port, transport, timeout=3) as cudo:
        with pytest.raises(errors.InvalidResponseError, match="larger than max_response_bytes"):
            await cudo.virtual_machines.list_vms("p")


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


# ----------------------------------------------------------------------------- answers only in turn


def vm_answer(vm_id: str) -> bytes:
    body = json.dumps({"VM": {"id": vm_id, "projectId": "p", "state": "ACTIVE"}}).encode()
    return response_head(200, content_type="application/json", content_length=len(body)) + body


STRAY_429 = response_head(429, content_type="application/json", content_length=2, retry_after=0) + b"{}"


class OutOfTurn:
    """Answers each request with the VM its path names; after the first answer on a connection it
    sends a stray answer too: in the same segment, or while the connection sits idle."""

    def __init__(self, stray: bytes, *, idle: bool) -> None:
        self.stray, self.idle = stray, idle
        self.posts = 0

    async def __call__(self, stream: anyio.abc.SocketStream) -> None:
        first = True
        while True:
            try:
                request = await read_request(stream)
            except (anyio.EndOfStream, anyio.BrokenResourceError):
                return
            method, path = request.split(b" ", 2)[:2]
            if method == b"POST":
                self.posts += 1
                answer = response_head(200, content_type="application/json", content_length=2) + b"{}"
            else:
                answer = vm_answer(path.rsplit(b"/", 1)[1].decode())
            if first and not self.idle:
                await stream.send(answer + self.stray)
            else:
                await stream.send(answer)
                if first:
                    await anyio.sleep(0.2)  # the client holds the connection idle in its pool now
                    await stream.send(self.stray)
            first = False


@pytest.mark.parametrize("idle", [False, True], ids=["same-segment", "while-idle"])
async def test_bytes_after_a_complete_answer_are_never_the_next_answer(transport: str, idle: bool) -> None:
    server = OutOfTurn(vm_answer("vm-stray"), idle=idle)
    async with tcp_server(server) as port, cudo_at(port, transport, max_concurrency=1) as cudo:
        first = await cudo.virtual_machines.get_vm("p", "vm-one")
        await anyio.sleep(0.4)
        second = await cudo.virtual_machines.get_vm("p", "vm-two")
    assert (first.vm.id, second.vm.id) == ("vm-one", "vm-two")


@pytest.mark.parametrize("idle", [False, True], ids=["same-segment", "while-idle"])
async def test_a_stray_429_is_never_read_as_a_posts_answer(transport: str, idle: bool) -> None:
    server = OutOfTurn(STRAY_429, idle=idle)
    async with tcp_server(server) as port, cudo_at(port, transport, max_concurrency=1) as cudo:
        await cudo.virtual_machines.get_vm("p", "vm-one")
        await anyio.sleep(0.4)
        await cudo.virtual_machines.start_vm("p", "vm-one")
    assert server.posts == 1  # read as the POST's answer, the stray 429 had it sent twice


# ----------------------------------------------------------------------------- no key reachable from an error


async def _timeout(stream: anyio.abc.SocketStream) -> None:
    await read_request(stream)
    await anyio.sleep(5)


async def _bad_status_line(stream: anyio.abc.SocketStream) -> None:
    await read_request(stream)
    await stream.send(b"HTTP/1.1 2x0 NOT HTTP\r\nContent-Length: 2\r\n\r\n{}")


async def _reset(stream: anyio.abc.SocketStream) -> None:
    await read_request(stream)
    raw = stream.extra(anyio.abc.SocketAttribute.raw_socket)
    raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with RST


async def _unavailable(stream: anyio.abc.SocketStream) -> None:
    await read_request(stream)
    body = b'{"code": 14, "message": "later"}'
    await stream.send(response_head(503, content_type="application/json", content_length=len(body)) + body)


FAILURES = {"timeout": _timeout, "bad status line": _bad_status_line, "reset": _reset, "503": _unavailable}


def everything_reachable(exc: BaseException) -> list[str]:
    """str, repr and the tracebacks with their frames' locals of the error and of every exception
    in its chain (causes and contexts, suppressed or not)."""
    texts: list[str] = []
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        texts += [str(current), repr(current), repr(current.args)]
        texts += traceback.TracebackException.from_exception(current, capture_locals=True).format()
        texts += [repr(value) for value in vars(current).values()]
        todo += [current.__cause__, current.__context__]
    return texts


@pytest.mark.parametrize("failure", [*FAILURES, "refused"])
async def test_no_key_is_reachable_from_an_error(transport: str, failure: str) -> None:
    policy = RetryPolicy(max_retries=0, deadline=10)
    if failure == "refused":
        port = await closed_port()
        async with cudo_at(port, transport, retry=policy) as cudo:
            with pytest.raises(errors.CudoError) as info:
                await cudo.virtual_machines.get_vm("p", "vm-1")
    else:
        async with tcp_server(FAILURES[failure]) as port, cudo_at(port, transport, retry=policy, timeout=0.3) as cudo:
            with pytest.raises(errors.CudoError) as info:
                await cudo.virtual_machines.get_vm("p", "vm-1")
    texts = everything_reachable(info.value)
    assert len(texts) > 5 and any("get_vm" in t for t in texts)
    assert [t for t in texts if CANARY in t] == []


# ----------------------------------------------------------------------------- caps hold past the compressed stream


def gzip_member(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9)


TAILS = {
    # what follows one small, complete member: chunks sent until the client stops reading
    "garbage": (gzip_member(b"{}"), b"\x00not gzip" * 8192, "corrupt"),
    "endless members": (gzip_member(b"{}"), gzip_member(b" " * 65536) * 8, "larger than max_response_bytes"),
    "endless empty members": (gzip_member(b"{}"), gzip_member(b"") * 4096, "larger than max_response_bytes"),
    "after a deflate stream": (zlib.compress(b"{}"), b"x" * 65536, "after the end of its deflate stream"),
}


@pytest.mark.parametrize("tail", list(TAILS))
async def test_data_after_the_end_of_a_compressed_stream_counts_against_the_cap(transport: str, tail: str) -> None:
    head_member, chunk, message = TAILS[tail]
    encoding = "deflate" if tail.endswith("deflate stream") else "gzip"
    requests = 0

    async def serve(stream: anyio.abc.SocketStream) -> None:
        nonlocal requests
        await read_request(stream)
        requests += 1
        head = response_head(
            200, content_type="application/json", content_encoding=encoding, transfer_encoding="chunked"
        )
        await stream.send(head + b"%x\r\n%s\r\n" % (len(head_member), head_member))
        for _ in range(2000):  # far past the cap, bounded
            await stream.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))

    tracemalloc.start()
    try:
        async with tcp_server(serve) as port, cudo_at(port, transport, max_response_bytes=1 << 20, timeout=10) as cudo:
            with pytest.raises(errors.InvalidResponseError, match=message):  # not an APITimeoutError
                await cudo.virtual_machines.list_vms("p")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert requests == 1  # not retried
    assert peak < 16 << 20, peak


# ----------------------------------------------------------------------------- no cookies


async def test_no_cookie_is_kept_or_sent_back(transport: str) -> None:
    cookies_seen: list[bytes] = []
    answers = 0

    async def serve(stream: anyio.abc.SocketStream) -> None:
        nonlocal answers
        while True:
            try:
                request = await read_request(stream)
            except (anyio.EndOfStream, anyio.BrokenResourceError):
                return
            cookies_seen.extend(line for line in request.split(b"\r\n") if line.lower().startswith(b"cookie:"))
            answers += 1
            jar = "".join(f"Set-Cookie: c{answers}-{i}=v; Path=/\r\n" for i in range(20))
            head = f"HTTP/1.1 200 OK\r\n{jar}Content-Type: application/json\r\nContent-Length: 2\r\n\r\n"
            await stream.send(head.encode() + b"{}")

    # By name: a cookie jar may refuse cookies from a bare IP address, never from a host name.
    async with tcp_server(serve) as port, cudo_at(port, transport, base_url=f"http://localhost:{port}") as cudo:
        for _ in range(30):
            await cudo.virtual_machines.list_vms("p")
        kept = cudo._shared.transport
        if isinstance(kept, Httpx2Transport):
            assert len(kept.client.cookies.jar) == 0
        else:
            assert len(kept._session.cookie_jar) == 0  # type: ignore[attr-defined]
    assert answers == 30 and cookies_seen == []


# ----------------------------------------------------------------------------- the seam's classification


@pytest.mark.parametrize(
    ("kind", "error", "failure"),
    [
        (Kind.CONNECT, errors.APIConnectionError, Failure.NOT_SENT),
        (Kind.CONNECT_TIMEOUT, errors.APITimeoutError, Failure.NOT_SENT),
        (Kind.READ_TIMEOUT, errors.APITimeoutError, Failure.AMBIGUOUS),
        (Kind.BROKEN, errors.APIConnectionError, Failure.AMBIGUOUS),
        (Kind.TOO_LARGE, errors.InvalidResponseError, Failure.ANSWERED),
        (Kind.UNDECODABLE, errors.InvalidResponseError, Failure.ANSWERED),
    ],
)
def test_each_kind_of_failure_reads_one_way_whatever_the_transport(
    kind: Kind, error: type[errors.CudoError], failure: Failure
) -> None:
    plan = Call.build("get_vm", {"method": "POST", "path": "/v1/x", "path_params": {}}, dict, "http://127.0.0.1:9")
    failed = plan.transport_failed(ExchangeFailed(kind, "what happened", status=200), 1.0, 1 << 20)
    assert type(failed.error) is error and failed.failure is failure
    assert failed.error.__cause__ is None  # nothing from the library is chained unless it is safe


# ----------------------------------------------------------------------------- the body reader (pure)


def read_all(encoding: str, wire: bytes, cap: int = 1 << 20, *, truncate: bool = False, piece: int = 7) -> bytes:
    reader = BodyReader(encoding, cap, truncate=truncate, status=200)
    for i in range(0, len(wire), piece):  # in small pieces, as a slow network delivers them
        reader.feed(wire[i : i + piece])
        if reader.done:
            break
    return reader.finish()


def test_a_gzip_answer_of_several_members_reads_as_all_of_them() -> None:
    assert read_all("gzip", gzip_member(b'{"a":') + gzip_member(b"1}")) == b'{"a":1}'  # RFC 1952: members concatenate


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compressed_answer_cut_short_is_undecodable(encoding: str) -> None:
    whole = gzip_member(b"{}" * 1000) if encoding == "gzip" else zlib.compress(b"{}" * 1000)
    assert read_all(encoding, whole) == b"{}" * 1000
    with pytest.raises(ExchangeFailed) as info:
        read_all(encoding, whole[:-6])
    assert info.value.kind is Kind.UNDECODABLE


def test_an_error_body_is_cut_at_its_cap_and_a_success_is_refused_past_it() -> None:
    assert read_all("", b"x" * 100, cap=10, truncate=True) == b"x" * 10
    assert read_all("gzip", gzip_member(b"y" * 100_000), cap=10, truncate=True) == b"y" * 10
    with pytest.raises(ExchangeFailed) as info:
        read_all("gzip", gzip_member(b"y" * 100_000), cap=10)
    assert info.value.kind is Kind.TOO_LARGE

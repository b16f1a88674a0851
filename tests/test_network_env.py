"""The client behaves like every HTTP tool: it honours HTTPS_PROXY/NO_PROXY and SSL_CERT_FILE
unless told not to, and takes a private CA through the environment or through http_client=.
A real TLS server with a private CA and a real CONNECT proxy, both on loopback."""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import anyio
import anyio.abc
import httpx2
import pytest
import trustme

from cudo_async import AsyncCudo, RetryPolicy, errors
from tests.helpers import CANARY
from tests.servers import read_request, response_head, tcp_server

pytestmark = pytest.mark.anyio

ONCE = RetryPolicy(max_retries=0)


@pytest.fixture
def anyio_backend(combination: tuple[str, str]) -> str:
    return combination[0]  # each transport on the event loops it supports


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca: trustme.CA, tmp_path: Path) -> Path:
    path = tmp_path / "private-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def no_trust_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
    yield


async def _answer(stream: anyio.abc.ByteStream) -> None:
    await read_request(stream)  # type: ignore[arg-type]
    await stream.send(response_head(200, content_type="application/json", content_length=2) + b"{}")


@pytest.fixture
async def tls_port(ca: trustme.CA) -> AsyncIterator[int]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost", "127.0.0.1").configure_cert(context)
    async with tcp_server(_answer, tls=context) as port:  # type: ignore[arg-type]
        yield port


@pytest.fixture
async def proxy() -> AsyncIterator[tuple[int, list[str]]]:
    """A CONNECT proxy: records each tunnel's target, then relays bytes both ways."""
    targets: list[str] = []

    async def relay(source: anyio.abc.ByteStream, sink: anyio.abc.ByteStream) -> None:
        try:
            async for chunk in source:
                await sink.send(chunk)
        except (anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
            pass
        finally:
            await sink.aclose()

    async def serve(client: anyio.abc.SocketStream) -> None:
        head = (await read_request(client)).decode("latin-1")
        method, target, _ = head.split("\r\n", 1)[0].split(" ", 2)
        if method != "CONNECT":
            await client.send(response_head(405, content_length=0))
            return
        targets.append(target)
        host, _, port = target.rpartition(":")
        upstream = await anyio.connect_tcp("127.0.0.1" if host == "localhost" else host, int(port))
        await client.send(b"HTTP/1.1 200 Connection established\r\n\r\n")
        async with upstream, anyio.create_task_group() as tg:
            tg.start_soon(relay, client, upstream)
            tg.start_soon(relay, upstream, client)

    async with tcp_server(serve) as port:
        yield port, targets


def cudo_for(port: int, transport: str, **options: object) -> AsyncCudo:
    return AsyncCudo(api_key=CANARY, base_url=f"https://localhost:{port}", transport=transport, retry=ONCE, **options)  # type: ignore[arg-type]


async def test_a_private_ca_through_ssl_cert_file(
    tls_port: int, transport: str, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    async with cudo_for(tls_port, transport) as cudo:
        assert (await cudo.virtual_machines.list_vms("p")).to_dict() == {}


async def test_an_unknown_ca_is_refused_before_anything_is_sent(
    tls_port: int, transport: str, no_trust_settings: None
) -> None:
    async with cudo_for(tls_port, transport) as cudo:
        with pytest.raises(errors.APIConnectionError, match=r"(?i)certificate"):
            await cudo.virtual_machines.list_vms("p")


async def test_trust_env_false_ignores_ssl_cert_file(
    tls_port: int, transport: str, ca_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    async with cudo_for(tls_port, transport, trust_env=False) as cudo:
        with pytest.raises(errors.APIConnectionError, match=r"(?i)certificate"):
            await cudo.virtual_machines.list_vms("p")


async def test_a_private_ca_through_http_client(tls_port: int, ca: trustme.CA, no_trust_settings: None) -> None:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    async with httpx2.AsyncClient(verify=context) as http:
        async with AsyncCudo(api_key=CANARY, base_url=f"https://localhost:{tls_port}", http_client=http) as cudo:
            assert (await cudo.virtual_machines.list_vms("p")).to_dict() == {}


async def test_https_proxy_is_used(
    tls_port: int,
    transport: str,
    proxy: tuple[int, list[str]],
    ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    proxy_port, targets = proxy
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy_port}")
    async with cudo_for(tls_port, transport) as cudo:
        await cudo.virtual_machines.list_vms("p")
    assert targets == [f"localhost:{tls_port}"]


@pytest.mark.parametrize("bypass", ["no_proxy", "trust_env=False"])
async def test_no_proxy_and_trust_env_false_bypass_the_proxy(
    tls_port: int,
    transport: str,
    proxy: tuple[int, list[str]],
    ca: trustme.CA,
    ca_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    bypass: str,
) -> None:
    proxy_port, targets = proxy
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy_port}")
    options: dict[str, object] = {}
    if bypass == "no_proxy":
        monkeypatch.setenv("NO_PROXY", "localhost")
        monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
        async with cudo_for(tls_port, transport) as cudo:
            await cudo.virtual_machines.list_vms("p")
    else:
        options["trust_env"] = False
        async with cudo_for(tls_port, transport, **options) as cudo:
            with pytest.raises(errors.APIConnectionError, match=r"(?i)certificate"):  # reached the server directly
                await cudo.virtual_machines.list_vms("p")
    assert targets == []

"""Secrets through proxies: with HTTP(S)_PROXY carrying credentials and a proxy that refuses,
resets, stalls, answers garbage or asks for other credentials, neither the API key nor the
proxy's password (nor its Basic form) is reachable from the error: its chain, str, repr, and
the tracebacks with every frame's locals, the SDK's and the HTTP library's, on both transports
and the sync client. And a base_url carrying credentials is never echoed, whichever check refuses it."""

from __future__ import annotations

import base64
import importlib.util
import json
import socket
import struct
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.abc
import pytest

from cudo_async import AsyncCudo, Cudo, RetryPolicy, errors
from tests.helpers import CANARY, vm_body
from tests.servers import closed_port, read_request, tcp_server
from tests.test_sync_hostile import OnThreads
from tests.test_transports import everything_reachable

pytestmark = pytest.mark.anyio

PROXY_USER = "proxy-user"
PROXY_PASSWORD = "pr0xy-pa55-7c1d9e"
#: Every form the proxy's secret could take on the way: the password, and the Basic credentials.
SECRETS = (
    CANARY,
    PROXY_PASSWORD,
    base64.b64encode(f"{PROXY_USER}:{PROXY_PASSWORD}".encode()).decode(),
)


@pytest.fixture
def anyio_backend(client_setup: tuple[str, str, str]) -> str:
    return client_setup[0]


Behaviour = Callable[[anyio.abc.SocketStream], Awaitable[None]]


async def _resets(stream: anyio.abc.SocketStream) -> None:
    await read_request(stream)
    raw = stream.extra(anyio.abc.SocketAttribute.raw_socket)
    raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with RST


async def _closes_at_once(stream: anyio.abc.SocketStream) -> None:
    await stream.aclose()


async def _stalls(stream: anyio.abc.SocketStream) -> None:
    await read_request(stream)
    await anyio.sleep(30)  # ended by the attempt's timeout, or by the server's end with the test


async def _garbage(stream: anyio.abc.SocketStream) -> None:
    await read_request(stream)
    await stream.send(b"\x16\x03\x01 not HTTP at all \x00\xff" * 64)


async def _asks_for_other_credentials(stream: anyio.abc.SocketStream) -> None:
    await read_request(stream)
    await stream.send(
        b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=x\r\nContent-Length: 0\r\n\r\n"
    )


async def _drips_a_head(stream: anyio.abc.SocketStream) -> None:
    await read_request(stream)
    await stream.send(b"HTTP/1.1 200 Connection established\r\nX-A: ")
    await anyio.sleep(30)


async def _echoes_the_request(stream: anyio.abc.SocketStream) -> None:
    request = await read_request(stream)  # (its Proxy-Authorization, and the key when it forwards)
    body = b"proxy error; your request was:\n" + request
    await stream.send(
        b"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    )


async def _echoes_the_request_in_json(stream: anyio.abc.SocketStream) -> None:
    request = await read_request(stream)
    body = json.dumps({"code": 14, "message": "could not forward: " + request.decode("latin-1")}).encode()
    head = b"HTTP/1.1 503 Unavailable\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
    await stream.send(head + body)


PROXIES: dict[str, Behaviour | None] = {
    "refuses": None,  # nothing listens on its port
    "resets": _resets,
    "closes at once": _closes_at_once,
    "stalls": _stalls,
    "answers garbage": _garbage,
    "answers 407": _asks_for_other_credentials,
    "drips its head": _drips_a_head,
    "echoes the request": _echoes_the_request,
    "echoes the request in JSON": _echoes_the_request_in_json,
}


@asynccontextmanager
async def hostile_proxy(behaviour: Behaviour | None) -> AsyncIterator[int]:
    if behaviour is None:
        yield await closed_port()
        return
    async with tcp_server(behaviour) as port:
        yield port


def proxy_url(port: int) -> str:
    return f"http://{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:{port}"


@asynccontextmanager
async def client(client_setup: tuple[str, str, str], base_url: str) -> AsyncIterator[Any]:
    _, transport, kind = client_setup
    options: dict[str, Any] = {"retry": RetryPolicy(max_retries=1, initial_delay=0.001), "timeout": 0.5}
    if kind == "sync":
        sync = Cudo(api_key=CANARY, base_url=base_url, transport=transport, **options)
        try:
            yield OnThreads(sync)
        finally:
            sync.close()
    else:
        async with AsyncCudo(api_key=CANARY, base_url=base_url, transport=transport, **options) as cudo:
            yield cudo


@pytest.mark.parametrize("target", ["http", "https"], ids=["forward (HTTP_PROXY)", "tunnel (HTTPS_PROXY)"])
@pytest.mark.parametrize("proxy", list(PROXIES))
async def test_no_secret_is_reachable_from_an_error_through_a_hostile_proxy(
    client_setup: tuple[str, str, str], target: str, proxy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with hostile_proxy(PROXIES[proxy]) as port:
        # (no local of this frame holds the password: the error's traceback runs through it)
        monkeypatch.setenv("HTTP_PROXY" if target == "http" else "HTTPS_PROXY", proxy_url(port))
        # The target is never reached: the proxy is the only server.
        base_url = "http://127.0.0.1:9" if target == "http" else "https://localhost:9"
        async with client(client_setup, base_url) as cudo:
            with pytest.raises(errors.CudoError) as info:
                await cudo.virtual_machines.create_vm("p", body=vm_body())
            with pytest.raises(errors.CudoError) as again:
                await cudo.virtual_machines.get_vm("p", "vm-1")
    for error in (info.value, again.value):
        assert isinstance(error, errors.APIConnectionError | errors.InvalidResponseError | errors.APIError), error
        texts = everything_reachable(error)
        assert len(texts) > 5 and any("vm" in t for t in texts)
        leaks = [(secret, t[:200]) for t in texts for secret in SECRETS if secret in t]
        assert leaks == []


# ----------------------------------------------------------------------------- a base_url with credentials

URL_SECRET = "url-s3cret-5e8a"
CREDENTIAL_URLS = [
    f"https://user:{URL_SECRET}@rest.compute.cudo.org",
    f"https://{URL_SECRET}@rest.compute.cudo.org",
    f"https://:{URL_SECRET}@127.0.0.1:8787",
    f"http://user:{URL_SECRET}@example.com",  # plain http to a remote host, too
    f" https://user:{URL_SECRET}@rest.compute.cudo.org ",  # spaces around it, too
    f"user:{URL_SECRET}@rest.compute.cudo.org",  # no scheme, too
    f"https://user:{URL_SECRET}@rest.compute.cudo.org/v1",  # a trailing /v1, too
    f"https://user:{URL_SECRET}@[::1",  # not a URL at all
    f"ftp://user:{URL_SECRET}@rest.compute.cudo.org",
    f"https://user:{URL_SECRET[:4]}/{URL_SECRET[5:]}@rest.compute.cudo.org",  # an unescaped '/' in the password
    f"https://user:{URL_SECRET}@rest.compute.cudo.org?x=1#y",
    f"https://rest.compute.cudo.org/?next=https://u:{URL_SECRET}@elsewhere",
]


#: Characters URL parsers fold into '@' (NFKC, as IDNA does): credentials all the same.
LOOK_ALIKE_URLS = [
    f"https://user:{URL_SECRET}\uff20rest.compute.cudo.org",  # FULLWIDTH COMMERCIAL AT
    f"https://user:{URL_SECRET}\ufe6brest.compute.cudo.org",  # SMALL COMMERCIAL AT
    f"http://user:{URL_SECRET}\uff20127.0.0.1:8787",
    f"rest.compute.cudo.org/user:{URL_SECRET}\uff20x",  # no scheme
    f" https://{URL_SECRET}\ufe6brest.compute.cudo.org/v1 ",
]


@pytest.mark.parametrize("url", CREDENTIAL_URLS + LOOK_ALIKE_URLS)
@pytest.mark.parametrize("given", ["base_url=", "$CUDO_BASE_URL"])
@pytest.mark.parametrize("kind", [AsyncCudo, Cudo])
def test_a_base_url_with_credentials_is_never_echoed(
    url: str, given: str, kind: type[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    options: dict[str, Any] = {"api_key": CANARY}
    if given == "base_url=":
        options["base_url"] = url
    else:
        monkeypatch.setenv("CUDO_BASE_URL", url)
    with pytest.raises(errors.ConfigurationError) as info:
        kind(**options)
    error = info.value
    shown = [str(error), repr(error), repr(error.args), "".join(traceback.format_exception(error))]
    assert not any(URL_SECRET in text or URL_SECRET[5:] in text for text in shown), str(error)
    assert ("CUDO_BASE_URL" in str(error)) is (given == "$CUDO_BASE_URL") and "credentials" in str(error)
    assert error.__cause__ is None and error.__context__ is None


@pytest.mark.parametrize(
    "url", ["http://example.com/?api_key=q-5ecret", "ftp://h.example/#q-5ecret", " https://h/?t=q-5ecret"]
)
def test_a_refused_base_url_is_echoed_without_its_query_or_fragment(url: str) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        AsyncCudo(api_key=CANARY, base_url=url)
    assert "q-5ecret" not in str(info.value)


# ----------------------------------------------------------------------------- proxies the environment names

#: Proxy URLs no transport can use, each carrying the password.
UNUSABLE_PROXIES = {
    "socks4": f"socks4://{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:1080",
    "an ftp scheme": f"ftp://{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:21",
    "a port out of range": f"http://{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:99999",
    "a malformed host": f"http://{PROXY_USER}:{PROXY_PASSWORD}@[::1:3128",
}
#: ...and the ones aiohttp cannot use, but httpx2 may.
AIOHTTP_UNUSABLE = {
    "no scheme": f"{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:3128",
    "socks5": f"socks5://{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:1080",
}


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "ALL_PROXY", "https_proxy", "HTTP_PROXY"])
@pytest.mark.parametrize("form", [*UNUSABLE_PROXIES, *AIOHTTP_UNUSABLE])
async def test_a_proxy_the_transport_cannot_use_is_a_configuration_error_naming_the_variable(
    client_setup: tuple[str, str, str], variable: str, form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, transport, kind = client_setup
    monkeypatch.setenv(variable, {**UNUSABLE_PROXIES, **AIOHTTP_UNUSABLE}[form])
    cls: Any = Cudo if kind == "sync" else AsyncCudo

    def build(**options: Any) -> Any:
        return cls(api_key=CANARY, base_url="https://localhost:9", transport=transport, **options)

    # httpx2 reads a bare host:port as http://, and speaks socks5 with the socksio package.
    httpx2_can = form == "no scheme" or (form == "socks5" and importlib.util.find_spec("socksio") is not None)
    if httpx2_can and transport == "httpx2":  # made, and closed at once
        made = build()
        await anyio.to_thread.run_sync(made.close) if kind == "sync" else await made.aclose()
        return
    with pytest.raises(errors.ConfigurationError) as info:
        await anyio.to_thread.run_sync(build) if kind == "sync" else build()
    error = info.value
    assert f"${variable}" in str(error) and transport in str(error)
    leaks = [(s, t[:200]) for t in everything_reachable(error) for s in SECRETS if s in t]
    assert leaks == []
    assert error.__cause__ is None and error.__context__ is None
    # trust_env=False: the environment is not read, and the client is made.
    made = await anyio.to_thread.run_sync(lambda: build(trust_env=False)) if kind == "sync" else build(trust_env=False)
    await anyio.to_thread.run_sync(made.close) if kind == "sync" else await made.aclose()


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("InvalidURL: u:pw-1@127.0.0.1:3128", "InvalidURL: ***@127.0.0.1:3128"),
        ("proxy=u:pw-1@h:1 via http://a:pw-2@c/x", "proxy=***@h:1 via http://***@c/x"),
        ("URL('socks4://u:[secure]@h:1')", "URL('socks4://***@h:1')"),
        (":pw-1@h", "***@h"),
        ("write to ops@example.com at 10:30", "write to ops@example.com at 10:30"),  # no credentials here
    ],
)
def test_credentials_are_taken_out_of_any_text_with_or_without_a_scheme(text: str, shown: str) -> None:
    from cudo_async._redact import without_userinfo

    assert without_userinfo(text) == shown

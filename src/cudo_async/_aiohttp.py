"""An httpx2 transport on aiohttp's connection pool (``AsyncCudo(transport="aiohttp")``).

The facade sees only httpx2's types. What matters most is the mapping of aiohttp's failures,
because it decides whether a POST may be repeated: only a failure to connect (refused,
unreachable, TLS, a proxy that refuses the tunnel, a connect timeout) reads as "never sent";
a disconnect, reset, timeout or broken body after the connection was made reads as "may have
been sent". The mapping goes from the most specific aiohttp class to the most general.
"""

from __future__ import annotations

import asyncio
import ssl
import urllib.request
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx2

from .errors import ConfigurationError

READ_SIZE = 64 * 1024

# (aiohttp class, httpx2 class), most specific first: the first match wins.
_MAPPING: tuple[tuple[type[BaseException], type[httpx2.TransportError]], ...] = (
    (aiohttp.ConnectionTimeoutError, httpx2.ConnectTimeout),  # waiting for, or making, a connection
    (aiohttp.ClientConnectorError, httpx2.ConnectError),  # refused, unreachable, DNS, TLS, proxy connect
    (aiohttp.ClientHttpProxyError, httpx2.ConnectError),  # the proxy refused the tunnel: nothing reached CUDO
    (aiohttp.ServerFingerprintMismatch, httpx2.ConnectError),  # TLS, before any request byte
    (aiohttp.SocketTimeoutError, httpx2.ReadTimeout),
    (aiohttp.ServerTimeoutError, httpx2.ReadTimeout),
    (asyncio.TimeoutError, httpx2.ReadTimeout),
    (aiohttp.ClientPayloadError, httpx2.ReadError),  # the body broke off after the headers
    (aiohttp.ServerDisconnectedError, httpx2.RemoteProtocolError),  # after the request was (maybe) sent
    (aiohttp.ClientOSError, httpx2.ReadError),  # reset or broken pipe on an open connection
    (aiohttp.ClientError, httpx2.TransportError),
)


def map_exception(exc: BaseException) -> httpx2.TransportError | None:
    """The httpx2 exception an aiohttp failure stands for; None for anything else."""
    for source, target in _MAPPING:
        if isinstance(exc, source):
            mapped = target(f"{type(exc).__name__}: {exc}")
            mapped.__cause__ = exc
            return mapped
    return None


class _Body(httpx2.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_chunked(READ_SIZE):
                yield chunk
        except Exception as exc:
            mapped = map_exception(exc)
            if mapped is None:
                raise
            raise mapped from exc

    async def aclose(self) -> None:
        # A fully read answer gives its connection back to the pool; a partly read one closes it.
        self._response.release()


class AiohttpTransport(httpx2.AsyncBaseTransport):
    """Sends httpx2 requests through one ``aiohttp.ClientSession``, created on first use."""

    def __init__(self, *, limit: int = 100, trust_env: bool = True, verify: ssl.SSLContext | bool = True) -> None:
        self._limit = limit
        self._trust_env = trust_env
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[tuple[str, str], str | None] = {}

    def _proxy_for(self, url: httpx2.URL) -> str | None:
        """The proxy the environment names for this URL, looked up once per host: aiohttp's own
        ``trust_env`` reads the environment and ~/.netrc on every request (about 0.7 ms each)."""
        key = (url.scheme, url.host)
        if key not in self._proxies:
            proxy = None
            if self._trust_env:
                proxies = urllib.request.getproxies_environment()
                proxy = proxies.get(url.scheme) or proxies.get("all")
                if proxy and urllib.request.proxy_bypass_environment(url.host, proxies):  # type: ignore[attr-defined]
                    proxy = None
            self._proxies[key] = proxy
        return self._proxies[key]

    def _open(self) -> aiohttp.ClientSession:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            raise ConfigurationError("transport='aiohttp' runs on asyncio only; use the default transport") from None
        # Certificates as httpx2 finds them (the system store, or SSL_CERT_FILE/SSL_CERT_DIR).
        ssl_context = httpx2.create_ssl_context(verify=self._verify, trust_env=self._trust_env)
        connector = aiohttp.TCPConnector(limit=self._limit, ssl=ssl_context)
        session = aiohttp.ClientSession(connector=connector, auto_decompress=False)
        # aiohttp silently sends an idempotent request a second time when a kept-alive connection
        # breaks; the SDK's own retry policy decides instead (aiohttp's test client does the same).
        session._retry_connection = False
        self._session = session
        return session

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        session = self._session or self._open()
        timeout: dict[str, Any] = request.extensions.get("timeout", {})
        try:
            response = await session.request(
                request.method,
                str(request.url),
                headers=request.headers.multi_items(),
                data=request.content or None,
                allow_redirects=False,
                compress=None,
                proxy=self._proxy_for(request.url),
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=timeout.get("pool"),
                    sock_connect=timeout.get("connect"),
                    sock_read=timeout.get("read"),
                ),
            )
        except Exception as exc:
            mapped = map_exception(exc)
            if mapped is None:
                raise
            raise mapped from exc
        return httpx2.Response(
            status_code=response.status,
            headers=list(response.raw_headers),
            stream=_Body(response),
            request=request,
            extensions={"http_version": b"HTTP/1.1"},
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

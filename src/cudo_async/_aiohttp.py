"""The aiohttp transport (``AsyncCudo(transport="aiohttp")``): the exchange of ``_transport``
spoken in aiohttp's own terms, with no httpx2 object on the way of a successful call.

What matters most is the mapping of aiohttp's failures, because it decides whether a POST may be
repeated: only a failure to connect (refused, unreachable, TLS, a proxy that refuses the tunnel,
a connect timeout) reads as "never sent"; anything after the connection was made reads as "may
have been sent". No aiohttp exception is chained to the SDK's errors: their frames hold the
request's headers (the key) and ``ClientResponseError``'s repr shows them.

Two guards hold for this client's own connector only (aiohttp's classes are left alone):
bytes arriving on a pooled connection, with no request pending, close it (they are never an
answer); and aiohttp's silent second send of an idempotent request on a broken kept-alive
connection is off (the SDK's retry policy decides).
"""

from __future__ import annotations

import asyncio
import functools
import ssl
import urllib.request
from typing import Any

import aiohttp
import httpx2
from aiohttp.client_proto import ResponseHandler
from yarl import URL

from ._transport import (
    MAX_ERROR_BODY,
    Answer,
    BodyReader,
    ExchangeFailed,
    Kind,
    close_socket,
    credentials_of,
    declared_too_large,
    describe,
    proxy_variables,
    unusable_proxy,
    well_formed_proxy,
)
from .errors import ConfigurationError

READ_SIZE = 64 * 1024

# (aiohttp class, kind), most specific first: the first match wins.
_KINDS: tuple[tuple[type[BaseException], Kind], ...] = (
    (aiohttp.ConnectionTimeoutError, Kind.CONNECT_TIMEOUT),  # waiting for, or making, a connection
    (aiohttp.ClientConnectorError, Kind.CONNECT),  # refused, unreachable, DNS, TLS, proxy connect
    (aiohttp.ClientHttpProxyError, Kind.CONNECT),  # the proxy refused the tunnel: nothing reached CUDO
    (aiohttp.ServerFingerprintMismatch, Kind.CONNECT),  # TLS, before any request byte
    (aiohttp.SocketTimeoutError, Kind.READ_TIMEOUT),
    (aiohttp.ServerTimeoutError, Kind.READ_TIMEOUT),
    (asyncio.TimeoutError, Kind.READ_TIMEOUT),
)


def failure(exc: BaseException) -> ExchangeFailed:
    """The kind of an aiohttp failure; anything unknown may have reached the server. The text is
    built from ``str()`` (never the repr, which shows the request's headers); nothing is chained."""
    kind = next((k for cls, k in _KINDS if isinstance(exc, cls)), Kind.BROKEN)
    return ExchangeFailed(kind, describe(exc))


def _check_proxy_variables() -> None:
    """aiohttp speaks to http:// and https:// proxies: one the environment names in another form
    (socks, no scheme, a malformed port) is refused when the client is made, naming the variable."""
    culprits = [name for name, value in proxy_variables() if "://" not in value or not _usable(value)]
    if culprits:
        raise unusable_proxy(
            culprits, "aiohttp", "it speaks to http:// and https:// proxies, written with their scheme"
        )


def _usable(value: str) -> bool:
    if not well_formed_proxy(value, ("http", "https")):
        return False
    try:
        return URL(value).port is not None  # what aiohttp itself parses it with
    except Exception:  # yarl refuses it
        return False


class _Handler(ResponseHandler):
    """aiohttp's protocol, told when its connection sits in the pool: bytes then are no answer to
    anything (RFC 9112 6.3), so the connection is closed and the pool drops it."""

    idle = False

    def set_response_params(self, **params: Any) -> None:  # aiohttp calls it before writing each request
        self.idle = False
        super().set_response_params(**params)

    def data_received(self, data: bytes) -> None:
        if self.idle and data:
            self.force_close()
            self.close()
            return
        super().data_received(data)


class _Connector(aiohttp.TCPConnector):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._factory = functools.partial(_Handler, loop=self._loop)  # type: ignore[assignment]

    def _release(self, key: Any, protocol: ResponseHandler, *args: Any, **kwargs: Any) -> None:
        # Back in the pool (or closed): from now on, no byte is an answer.
        if isinstance(protocol, _Handler):
            protocol.idle = True
        super()._release(key, protocol, *args, **kwargs)


class AiohttpTransport:
    """Exchanges through one ``aiohttp.ClientSession``, created on first use (in the loop of the call)."""

    def __init__(self, *, limit: int = 100, trust_env: bool = True, verify: ssl.SSLContext | bool = True) -> None:
        self._limit = limit
        self._trust_env = trust_env
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[tuple[str, str], str | None] = {}
        self._closed = False
        self.default_headers: dict[str, str] = {}
        self.secrets: tuple[str, ...] = ()
        if trust_env:
            _check_proxy_variables()
            self.secrets = tuple(secret for _, value in proxy_variables() for secret in credentials_of(value))
        #: The last attempt's timeout, reused: calls of one client mostly share one (it is frozen).
        self._timeout = aiohttp.ClientTimeout(total=None, connect=None)

    def _proxy_for(self, url: URL) -> str | None:
        """The proxy the environment names for this URL, looked up once per origin: aiohttp's own
        ``trust_env`` reads the environment and ~/.netrc on every request (about 0.7 ms each)."""
        key = (url.scheme, url.host or "")
        if key not in self._proxies:
            proxy = None
            if self._trust_env:
                proxies = urllib.request.getproxies_environment()
                proxy = proxies.get(url.scheme) or proxies.get("all")
                if proxy and urllib.request.proxy_bypass_environment(key[1], proxies):  # type: ignore[attr-defined]
                    proxy = None
            self._proxies[key] = proxy
        return self._proxies[key]

    def _open(self) -> aiohttp.ClientSession:
        if self._closed:  # nothing is opened after close (the request path reads it as the close)
            raise ExchangeFailed(Kind.CONNECT, "the client is closed")
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            raise ConfigurationError("transport='aiohttp' runs on asyncio only; use the default transport") from None
        # Certificates as httpx2 finds them (the system store, or SSL_CERT_FILE/SSL_CERT_DIR).
        ssl_context = httpx2.create_ssl_context(verify=self._verify, trust_env=self._trust_env)
        connector = _Connector(limit=self._limit, ssl=ssl_context)
        session = aiohttp.ClientSession(connector=connector, auto_decompress=False, cookie_jar=aiohttp.DummyCookieJar())
        session._retry_connection = False
        self._session = session
        return session

    async def exchange(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        timeout: float,
        cap: int,
    ) -> Answer:
        session = self._session or self._open()
        failed: ExchangeFailed | None = None
        target = URL(url, encoded=True)  # escaped already
        if self._timeout.connect != timeout:
            self._timeout = aiohttp.ClientTimeout(total=None, connect=timeout)
        try:
            response = await session.request(
                method,
                target,
                headers=headers,
                data=content,
                allow_redirects=False,
                compress=None,
                proxy=self._proxy_for(target),
                timeout=self._timeout,
            )
        except Exception as exc:
            failed = failure(exc)
        if failed is not None:  # raised outside the except block: no aiohttp exception as its context
            raise failed
        status = response.status
        ok = 200 <= status < 300
        try:
            body = await self._read(response, status, cap if ok else MAX_ERROR_BODY, truncate=not ok)
        except ExchangeFailed:
            response.close()
            raise
        except Exception as exc:
            response.close()
            failed = failure(exc)
        except BaseException:
            response.close()
            raise
        if failed is not None:
            raise failed
        return Answer(status, response.raw_headers, body)

    @staticmethod
    async def _read(response: aiohttp.ClientResponse, status: int, cap: int, *, truncate: bool) -> bytes:
        head = response.headers
        encoding = head.get("Content-Encoding", "")
        declared = head.get("Content-Length")
        if not truncate:
            declared_too_large(declared, cap, status)
            if not encoding and declared is not None:
                return await response.read()  # the parser stops at the declared length, within the cap
        reader = BodyReader(encoding, cap, truncate=truncate, status=status)
        stream = response.content
        while not reader.done:
            data = await stream.readany()
            if not data:
                break
            reader.feed(data)
        if reader.done:
            response.close()  # the rest is not read: the connection cannot be reused
        else:
            response.release()
        return reader.finish()

    @property
    def is_closed(self) -> bool:
        return self._closed

    async def aclose(self) -> None:
        self._closed = True
        if self._session is not None:
            await self._session.close()
            self._session = None

    def close_now(self) -> bool:
        self._closed = True
        session, self._session = self._session, None
        if session is None:
            return True
        connector: Any = session._connector
        handlers = [h for held in getattr(connector, "_conns", {}).values() for h, _ in held]
        handlers += list(getattr(connector, "_acquired", ()))
        for handler in handlers:
            if handler.transport is not None:
                close_socket(handler.transport.get_extra_info("socket"))
        if connector is not None:  # closed by hand: neither warns as unclosed later
            connector._closed = True
            session._connector = None
        return True

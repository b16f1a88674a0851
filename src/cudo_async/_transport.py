"""The seam between the request path and an HTTP library: one exchange (send a request, read its
whole answer under a size cap), which each transport implements directly, and the few ways an
exchange can fail. How a failure reads for retrying (never sent, may have been applied, answered)
is decided once, in ``_request.Call.transport_failed``, from these kinds alone.

The httpx2 transport is here; the aiohttp one is in ``_aiohttp.py``.
"""

from __future__ import annotations

import base64
import contextlib
import enum
import http.cookiejar
import os
import ssl
import zlib
from collections.abc import Sequence
from typing import Any, Protocol
from urllib.parse import unquote, urlsplit

import httpx2

from . import errors
from ._redact import Withheld, scrubbed, without_userinfo

#: What the SDK asks for: the encodings it decodes itself, with a bound on the output.
ACCEPT_ENCODING = "gzip, deflate"
#: Error bodies are read up to this size; the rest is not needed to decode the error.
MAX_ERROR_BODY = 64 * 1024

RawHeaders = Sequence[tuple[bytes, bytes]]


class Kind(enum.Enum):
    """How an exchange failed, in terms every transport can tell apart."""

    CONNECT = "connect"  # no connection was made (refused, unreachable, TLS, a proxy's refusal)
    CONNECT_TIMEOUT = "connect_timeout"  # no connection (or pool slot) within the attempt's time
    READ_TIMEOUT = "read_timeout"  # connected and (maybe) sent; no complete answer in time
    BROKEN = "broken"  # connected, then reset, closed or garbled: the request may have arrived
    TOO_LARGE = "too_large"  # answered, past the size cap
    UNDECODABLE = "undecodable"  # answered, in an encoding or compression that cannot be read


class ExchangeFailed(Exception):
    """Raised by a transport. ``cause`` is an exception safe to chain (nothing secret reachable
    from it) or None; ``text`` describes the failure without the key."""

    def __init__(self, kind: Kind, text: str, *, cause: BaseException | None = None, size: int = 0, status: int = 0):
        super().__init__(kind, text)
        self.kind = kind
        self.text = text
        self.cause = cause
        self.size = size
        self.status = status


class Bearer(str):
    """The Authorization header's value: a str whose repr hides it, so that no frame's locals, list
    or dict of headers shows the key (traceback reporters record locals with repr)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "'Bearer [secure]'"


_NO_SECRETS = Withheld()


class Answer:
    """A whole answer: status, raw headers, the body (decompressed, capped)."""

    __slots__ = ("_headers", "_response", "body", "raw_headers", "secrets", "status")

    def __init__(
        self, status: int, raw_headers: RawHeaders, body: bytes, response: httpx2.Response | None = None
    ) -> None:
        self.status = status
        self.raw_headers = raw_headers
        self.body = body
        self._response = response
        self._headers: httpx2.Headers | None = None
        #: The SDK's own secrets this exchange met (set by the request path): see ``scrubbed``.
        self.secrets: Withheld = _NO_SECRETS

    def scrubbed(self) -> Answer:
        """This answer as an error keeps it (the decoder's boundary): every one of the SDK's own
        secrets it echoes (the key, a proxy's credentials, in its body or a header) taken out."""
        secrets = self.secrets
        if not secrets:
            return self
        body = scrubbed(self.body, secrets, cut=len(self.body) >= MAX_ERROR_BODY)
        raw_headers = [(name, scrubbed(bytes(value), secrets)) for name, value in self.raw_headers]
        if body == self.body and raw_headers == [(name, bytes(value)) for name, value in self.raw_headers]:
            return self
        return Answer(self.status, raw_headers, body)

    @property
    def headers(self) -> httpx2.Headers:
        if self._headers is None:
            self._headers = self._response.headers if self._response is not None else httpx2.Headers(self.raw_headers)
        return self._headers

    def response(self, method: str, url: str) -> httpx2.Response:
        """The answer as an ``httpx2.Response`` (what errors carry); the request it names holds no key."""
        if self._response is None:
            self._response = httpx2.Response(
                self.status, headers=self.headers, content=self.body, request=httpx2.Request(method, url)
            )
        return self._response


class Transport(Protocol):
    """What the request path needs from an HTTP library."""

    #: The client's own default headers (an ``http_client=``'s), sent before the SDK's.
    default_headers: dict[str, str]
    #: What of the transport's own configuration is secret (a proxy's credentials, and their
    #: Basic form): server text echoing it is scrubbed, as for the key.
    secrets: tuple[str, ...]

    async def exchange(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        timeout: float,
        cap: int,
    ) -> Answer:
        """Send one request and read its whole answer: a 2xx body up to ``cap`` bytes (past it,
        ``ExchangeFailed(TOO_LARGE)``), any other body truncated at ``MAX_ERROR_BODY``. Every
        failure is an ``ExchangeFailed``. A connection left with bytes after the answer is closed."""
        ...

    async def aclose(self) -> None: ...

    def close_now(self) -> bool:
        """Close the pool's sockets at once, without the event loop they belong to (which may be
        over: a fixture torn down in another loop). False when this transport cannot."""
        ...

    @property
    def is_closed(self) -> bool: ...


# --------------------------------------------------------------------------- reading a body


class BodyReader:
    """Collects a body, inflating gzip or deflate, never holding more than about ``cap`` bytes.

    Over the cap, the body is cut there when ``truncate`` (an error body), else TOO_LARGE. The bytes
    on the wire count against the cap too, so that nothing unbounded is read whatever they
    inflate to. Data after the end of a deflate stream is a broken answer; after a gzip member,
    the next member follows (RFC 1952), inflated and counted against the same cap.
    """

    __slots__ = ("_decoder", "_gzip", "cap", "done", "out", "received", "status", "truncate")

    def __init__(self, encoding: str, cap: int, *, truncate: bool, status: int) -> None:
        encoding = encoding.strip().lower()
        self.cap, self.truncate, self.status = cap, truncate, status
        self.out = bytearray()
        self.received = 0
        self.done = False
        self._gzip = encoding in ("gzip", "x-gzip")
        if encoding in ("", "identity"):
            self._decoder: Any = None
        elif self._gzip:
            self._decoder = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._decoder = zlib.decompressobj()
        else:
            raise self.undecodable(
                f"the answer uses Content-Encoding {errors._bounded(encoding, 40)!r}, which was not asked for"
            )

    def undecodable(self, text: str) -> ExchangeFailed:
        return ExchangeFailed(Kind.UNDECODABLE, text, status=self.status)

    def _over(self, size: int) -> None:
        if not self.truncate:
            raise ExchangeFailed(Kind.TOO_LARGE, "too large", size=size, status=self.status)
        del self.out[self.cap :]
        self.done = True

    def feed(self, data: bytes) -> None:
        """Take the next bytes off the wire; ``done`` is set once nothing more is wanted."""
        self.received += len(data)
        if self.received > self.cap and not self.truncate:
            raise ExchangeFailed(Kind.TOO_LARGE, "too large", size=self.received, status=self.status)
        decoder = self._decoder
        if decoder is None:
            self.out += data[: self.cap + 1 - len(self.out)]
            if len(self.out) > self.cap:
                self._over(len(self.out))
            return
        while data:
            try:
                self.out += decoder.decompress(data, self.cap + 1 - len(self.out))
            except zlib.error as exc:
                raise self.undecodable(f"the compressed answer is corrupt: {exc}") from None
            if len(self.out) > self.cap:
                self._over(len(self.out))
                return
            data = decoder.unconsumed_tail
            if decoder.eof:
                rest = decoder.unused_data
                if not rest:
                    return
                if not self._gzip:
                    raise self.undecodable("the answer has data after the end of its deflate stream")
                decoder = self._decoder = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
                data = rest

    def finish(self) -> bytes:
        decoder = self._decoder
        if decoder is not None and self.received and not decoder.eof and not self.done:
            raise self.undecodable("the compressed answer ends before its stream does")
        return bytes(self.out)


def declared_too_large(raw_length: str | bytes | None, cap: int, status: int) -> None:
    """A declared Content-Length past the cap is refused before the body is read."""
    if raw_length is None:
        return
    text = raw_length.decode("latin-1") if isinstance(raw_length, bytes) else raw_length
    if text.isascii() and text.isdigit() and int(text) > cap:
        raise ExchangeFailed(Kind.TOO_LARGE, "too large", size=int(text), status=status)


def describe(exc: BaseException) -> str:
    """``Type: message``; where the message is empty, the first inner exception that has one
    (trio's TLS failures arrive as an empty ConnectError around the SSL error). Never a URL's
    credentials; never raising, whatever the exception's ``__str__`` does."""
    message = errors.exception_text(exc)
    text = f"{type(exc).__name__}: {message}"
    inner = exc.__cause__ or exc.__context__
    for _ in range(3):
        if message or inner is None:
            break
        exc, inner = inner, inner.__cause__ or inner.__context__
        message = errors.exception_text(exc)
        text += f" ({type(exc).__name__}: {message})"
    return without_userinfo(text)


def detached(exc: BaseException) -> BaseException | None:
    """What of a library's exception is safe to chain to the SDK's error: a copy with its type and
    message, and no traceback, chain or attributes (the frames of a library's traceback hold the
    request's headers, the key, and a proxy's credentials in their locals). None for an exception
    whose message needs its attributes."""
    cls = type(exc)
    if cls.__str__ is not BaseException.__str__:
        return None
    try:
        copy = cls.__new__(cls)
    except Exception:  # a class that cannot be made this way is not chained
        return None
    copy.args = (without_userinfo(errors.exception_text(exc)),)
    return copy


# --------------------------------------------------------------------------- httpx2


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    """The SDK needs no cookies: none is kept, so none is sent back and the jar never grows."""

    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False


def cookieless_jar() -> http.cookiejar.CookieJar:
    return http.cookiejar.CookieJar(policy=_NoCookies())


#: The variables every HTTP tool reads its proxy from (in upper or lower case).
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")


def proxy_variables() -> list[tuple[str, str]]:
    """(name, value) of each proxy variable set in the environment, as its name is written."""
    return sorted((name, value) for name, value in os.environ.items() if name.upper() in PROXY_VARIABLES and value)


def unusable_proxy(names: list[str], library: str, why: str) -> errors.ConfigurationError:
    """The error for proxy variables a transport cannot use: it names them, never their values."""
    named = " or ".join(f"${name}" for name in names) or "the proxy environment"
    return errors.ConfigurationError(
        f"the proxy that {named} names cannot be used by {library} ({why}); write it as "
        "http://[user:password@]host:port (its value is not shown), or pass trust_env=False to ignore it"
    )


def credentials_of(url: str) -> tuple[str, ...]:
    """The secrets a proxy URL carries: its password (or a user alone, a token), ``user:password``
    and its Basic form, as they may be echoed."""
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
        user, password = unquote(parts.username or ""), unquote(parts.password or "")
    except ValueError:  # malformed: refused elsewhere; nothing to read here
        return ()
    if not user and not password:
        return ()
    pair = f"{user}:{password}"
    return (password or user, pair, base64.b64encode(pair.encode()).decode("ascii"))


def _basic_credentials(value: bytes) -> tuple[str, ...]:
    """The secrets of a ``Proxy-Authorization: Basic ...`` value."""
    token = value.split(None, 1)[-1].strip().decode("ascii", "replace")
    try:
        pair = base64.b64decode(token, validate=True).decode("utf-8", "replace")
    except ValueError:
        return (token,)
    return (token, pair, pair.partition(":")[2] or pair)


def httpx2_proxy_secrets(client: httpx2.AsyncClient) -> tuple[str, ...]:
    """The credentials of the proxies an httpx2 client sends through (its mounts: the environment's
    proxies, or its own ``proxy=``), read off the Proxy-Authorization each proxy pool sends."""
    found: list[str] = []
    mounts: Any = getattr(client, "_mounts", {})
    pools = [*(mounts.values() if isinstance(mounts, dict) else ()), getattr(client, "_transport", None)]
    for transport in pools:
        pool = getattr(transport, "_pool", None)
        for name, value in getattr(pool, "_proxy_headers", None) or ():
            if isinstance(name, bytes) and name.lower() == b"proxy-authorization" and isinstance(value, bytes):
                found += _basic_credentials(value)
    return tuple(dict.fromkeys(found))


def well_formed_proxy(value: str, schemes: tuple[str, ...]) -> bool:
    """A proxy URL a transport can connect to: one of its ``schemes`` (none written: http), a host,
    a port in range."""
    try:
        url = httpx2.URL(value if "://" in value else "http://" + value)
        port = url.port
    except Exception:  # whatever a URL parser makes of it, it is malformed
        return False
    return url.scheme in schemes and bool(url.host) and (port is None or 0 < port < 65536)


def default_httpx2_client(pool: int, trust_env: bool, verify: ssl.SSLContext | bool) -> httpx2.AsyncClient:
    """The client's own httpx2 client. The proxy variables it reads (trust_env) are the caller's
    configuration: one httpx2 cannot use (a scheme it does not speak, a missing package, a
    malformed URL) is a ConfigurationError naming the variable, whatever httpx2 raised."""
    limits = httpx2.Limits(max_connections=pool, max_keepalive_connections=pool)
    try:
        client = httpx2.AsyncClient(limits=limits, trust_env=trust_env, verify=verify, cookies=cookieless_jar())
    except Exception as exc:  # raised outside: its traceback's frames hold the proxy URL
        kind = type(exc).__name__
    else:
        if not trust_env:
            return client
        malformed = [name for name, value in proxy_variables() if not well_formed_proxy(value, _HTTPX2_PROXIES)]
        if not malformed:
            return client
        raise unusable_proxy(malformed, "httpx2", "a malformed URL")
    if not trust_env:
        raise errors.ConfigurationError(f"the HTTP client could not be built ({kind})")
    variables = proxy_variables()
    culprits = [name for name, value in variables if not _httpx2_can_use(value)]
    raise unusable_proxy(culprits or [name for name, _ in variables], "httpx2", kind)


#: The proxies httpx2 speaks to (socks5 with the socksio package).
_HTTPX2_PROXIES = ("http", "https", "socks5", "socks5h")


def _httpx2_can_use(value: str) -> bool:
    if not well_formed_proxy(value, _HTTPX2_PROXIES):
        return False
    try:
        httpx2.AsyncHTTPTransport(proxy=value if "://" in value else "http://" + value, verify=False)
    except Exception:  # whatever it is, it is this variable's
        return False
    return True


def _h11_connection(response: httpx2.Response) -> Any:
    """The httpcore2 HTTP/1.1 connection an answer came on, or None (another transport, HTTP/2).
    httpx2 wraps httpcore2's body stream a few times; each wrapper keeps the one inside."""
    stream: Any = response.stream
    for _ in range(6):
        connection = getattr(stream, "_connection", None)
        if connection is not None:
            return connection if hasattr(connection, "_h11_state") else None
        stream = getattr(stream, "_stream", None) or getattr(stream, "_httpcore_stream", None)
    return None


_HTTPX2_KINDS: tuple[tuple[type[Exception], Kind], ...] = (
    (httpx2.ConnectTimeout, Kind.CONNECT_TIMEOUT),
    (httpx2.PoolTimeout, Kind.CONNECT_TIMEOUT),
    (httpx2.ConnectError, Kind.CONNECT),
    (httpx2.TimeoutException, Kind.READ_TIMEOUT),
    (httpx2.DecodingError, Kind.UNDECODABLE),
)


def _httpx2_failure(exc: Exception) -> ExchangeFailed:
    # Anything else (a custom transport's own exception) may have reached the server.
    kind = next((k for cls, k in _HTTPX2_KINDS if isinstance(exc, cls)), Kind.BROKEN)
    return ExchangeFailed(kind, describe(exc), cause=detached(exc))


async def _read(response: httpx2.Response, status: int, cap: int) -> bytes:
    ok = 200 <= status < 300
    try:
        body = response.content  # already in memory (an in-process transport's answer), and decoded
    except httpx2.ResponseNotRead:
        pass
    else:
        if ok and len(body) > cap:
            raise ExchangeFailed(Kind.TOO_LARGE, "too large", size=len(body), status=status)
        return body[: cap if ok else MAX_ERROR_BODY]
    if ok:
        declared_too_large(response.headers.get("content-length"), cap, status)
    encoding = response.headers.get("content-encoding", "")
    reader = BodyReader(encoding, cap if ok else MAX_ERROR_BODY, truncate=not ok, status=status)
    # The stream itself, not aiter_raw(): that hands the connection back to the pool as soon as
    # the body ends, before what follows the answer can be looked at.
    stream = response.stream
    assert isinstance(stream, httpx2.AsyncByteStream)  # an AsyncClient's answer
    async for raw in stream:
        reader.feed(raw)
        if reader.done:
            return reader.finish()  # cut short: closing the answer closes its connection
    connection = _h11_connection(response)
    if connection is not None and connection._h11_state.trailing_data[0]:
        # Bytes after a complete answer are never read as the next request's answer (RFC 9112 6.3):
        # closing our side in h11 makes httpcore2 close the connection instead of pooling it.
        import h11

        connection._h11_state.send(h11.ConnectionClosed())
    return reader.finish()


def close_socket(sock: Any) -> None:
    """Close a socket directly (trio's and asyncio's wrappers hold the socket itself)."""
    close = getattr(getattr(sock, "_sock", sock), "close", None)
    if callable(close):
        with contextlib.suppress(OSError):
            close()


class Httpx2Transport:
    """Exchanges through an ``httpx2.AsyncClient`` (its proxies, TLS and mounts apply)."""

    def __init__(self, client: httpx2.AsyncClient, *, owned: bool) -> None:
        self.client = client
        self.owned = owned
        self.default_headers = dict(client.headers.items())
        self.secrets = httpx2_proxy_secrets(client)

    async def exchange(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        content: bytes | None,
        timeout: float,
        cap: int,
    ) -> Answer:
        try:
            request = httpx2.Request(
                method, url, headers=headers, content=content, extensions={"timeout": httpx2.Timeout(timeout).as_dict()}
            )
        except httpx2.InvalidURL as exc:
            raise errors.ConfigurationError(
                f"{method} {errors._bounded(url, 200)}: {errors.exception_text(exc)}"
            ) from None
        del headers
        try:
            response = await self.client.send(request, stream=True, follow_redirects=False)
        except errors.ConfigurationError:
            raise
        except Exception as exc:  # httpx2's errors, and a custom transport's own, must not escape
            failed: ExchangeFailed | None = _httpx2_failure(exc)
        else:
            failed = None
        if failed is not None:
            raise failed
        status = response.status_code
        try:
            body = await _read(response, status, cap)
        except ExchangeFailed:
            await response.aclose()
            raise
        except Exception as exc:
            failed = _httpx2_failure(exc)
        if failed is not None:
            await response.aclose()
            raise failed
        await response.aclose()
        return Answer(status, response.headers.raw, body, response)

    async def aclose(self) -> None:
        if self.owned:
            await self.client.aclose()

    def close_now(self) -> bool:
        if not self.owned:
            return True  # the caller's client: closing it is the caller's business
        pool: Any = getattr(getattr(self.client, "_transport", None), "_pool", None)
        if pool is None or not isinstance(getattr(pool, "_connections", None), list):
            return False  # a transport whose pool this does not know
        for connection in pool._connections:
            stream = getattr(getattr(connection, "_connection", None), "_network_stream", None)
            if stream is not None:
                close_socket(stream.get_extra_info("socket"))
        pool._connections = []
        return True

    @property
    def is_closed(self) -> bool:
        return self.client.is_closed

"""A small HTTP/1.1 server on anyio and h11, so the emulator runs inside the caller's event loop
(asyncio or trio) and can misbehave on purpose: drop a connection, or cut a body short."""

from __future__ import annotations

import contextlib
import json
import socket
from collections.abc import Awaitable, Callable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import anyio
import anyio.abc
import attrs
import h11

MAX_BODY = 8 << 20
READ_SIZE = 65536


@attrs.frozen
class Request:
    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes
    #: Every value of each query parameter given more than once, in order (``query`` has the last).
    repeated: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)

    def json(self) -> Any:
        return json.loads(self.body) if self.body.strip() else {}


@attrs.frozen
class Reply:
    status: int
    body: bytes = b""
    headers: Mapping[str, str] = attrs.field(factory=dict)
    #: Seconds to wait before answering.
    latency: float = 0.0
    #: Close the connection without any answer.
    drop: bool = False
    #: Announce the full length, send only this many body bytes, then close.
    truncate_at: int | None = None


def json_reply(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Reply:
    return Reply(status, json.dumps(payload, separators=(",", ":")).encode(), {**(headers or {})})


Handler = Callable[[Request], Awaitable[Reply]]


class _Closed(Exception):
    pass


class _ExpectationFailed(Exception):
    """An ``Expect`` header other than ``100-continue``: Go's server answers 417 before any handler."""


async def _next_event(conn: h11.Connection, stream: anyio.abc.ByteStream) -> Any:
    while True:
        event = conn.next_event()
        if event is not h11.NEED_DATA:
            return event
        if conn.they_are_waiting_for_100_continue:  # as Go's server does once the body is read
            await stream.send(conn.send(h11.InformationalResponse(status_code=100, headers=[], reason=b"")))
        try:
            data = await stream.receive(READ_SIZE)
        except (anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
            data = b""
        conn.receive_data(data)


async def _read_request(conn: h11.Connection, stream: anyio.abc.ByteStream) -> Request | None:
    event = await _next_event(conn, stream)
    if not isinstance(event, h11.Request):
        return None
    # Go reads the first Expect line (Header.get) and looks for the token in it (hasToken).
    expect = next((v for k, v in event.headers if k.lower() == b"expect"), b"")
    if expect and b"100-continue" not in [t.strip().lower() for t in expect.split(b",")]:
        raise _ExpectationFailed
    chunks: list[bytes] = []
    size = 0
    while True:
        part = await _next_event(conn, stream)
        if isinstance(part, h11.Data):
            size += len(part.data)
            if size > MAX_BODY:
                raise _Closed
            chunks.append(bytes(part.data))
        elif isinstance(part, h11.EndOfMessage):
            break
        else:
            raise _Closed
    target = urlsplit(event.target.decode("ascii"))  # h11 takes printable ASCII only
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in event.headers}
    # An escape that does not decode as UTF-8 stays visible (a lone surrogate) to be refused, never replaced.
    pairs = parse_qsl(target.query, keep_blank_values=True, errors="surrogateescape")
    every: dict[str, list[str]] = {}
    for name, value in pairs:
        every.setdefault(name, []).append(value)
    return Request(
        method=event.method.decode("ascii").upper(),
        path=target.path,
        query=dict(pairs),
        headers=headers,
        body=b"".join(chunks),
        repeated={name: tuple(values) for name, values in every.items() if len(values) > 1},
    )


class _Stalled(Exception):
    """The client took none of an answer's bytes for ``idle_timeout``: it stopped reading."""


#: The bytes of an answer sent at a time; each must leave within ``idle_timeout``.
SEND_SIZE = 65536


async def _send_all(stream: anyio.abc.ByteStream, data: bytes, idle_timeout: float) -> None:
    """Send ``data`` while the client keeps taking it: a slow reader gets it all, one that takes
    nothing for ``idle_timeout`` is dropped (it would hold the connection for ever)."""
    for start in range(0, len(data), SEND_SIZE):
        with anyio.move_on_after(idle_timeout) as scope:
            await stream.send(data[start : start + SEND_SIZE])
        if scope.cancelled_caught:
            raise _Stalled


async def _send_reply(
    conn: h11.Connection, stream: anyio.abc.ByteStream, reply: Reply, idle_timeout: float, *, head: bool = False
) -> bool:
    """Send one answer; False when the connection must close afterwards. The answer to a HEAD
    (``head``) has the headers the body would have (its length included), and no body, as Go's
    server sends it."""
    headers = [("content-length", str(len(reply.body)))]
    if reply.body and not any(k.lower() == "content-type" for k in reply.headers):
        headers.append(("content-type", "application/json"))
    headers += [(k, v) for k, v in reply.headers.items()]
    out = conn.send(h11.Response(status_code=reply.status, headers=headers, reason=b""))
    if head:
        reply = attrs.evolve(reply, body=b"", truncate_at=None)
    if reply.truncate_at is not None:
        await _send_all(stream, out + reply.body[: reply.truncate_at], idle_timeout)
        return False
    out += conn.send(h11.Data(data=reply.body)) if reply.body else b""
    out += conn.send(h11.EndOfMessage())
    await _send_all(stream, out, idle_timeout)
    return conn.our_state is h11.DONE and conn.their_state is h11.DONE


async def _refuse(conn: h11.Connection, stream: anyio.abc.ByteStream, status: int) -> None:
    """Answer a request h11 could not read (a bad request line or header), or one expecting what
    the server does not do (417), when it can still answer; the connection closes after it."""
    if conn.our_state not in (h11.IDLE, h11.SEND_RESPONSE):
        return
    text = f"{status} Bad Request".encode() if status == 400 else b"" if status == 417 else str(status).encode()
    head = [("content-type", "text/plain; charset=utf-8")] if text else []
    head += [("content-length", str(len(text))), ("connection", "close")]
    with contextlib.suppress(anyio.BrokenResourceError, anyio.ClosedResourceError, OSError, h11.LocalProtocolError):
        await stream.send(conn.send(h11.Response(status_code=status, headers=head, reason=b"")) + text)


async def handle_connection(stream: anyio.abc.ByteStream, handler: Handler, *, idle_timeout: float = 30.0) -> None:
    """Serve one connection's requests; a connection idle (or stalled mid-request) for
    ``idle_timeout`` seconds is closed, and so is one whose client takes no byte of its answer
    for ``idle_timeout`` (it stopped reading)."""
    conn = h11.Connection(h11.SERVER, max_incomplete_event_size=MAX_BODY)
    raw = stream.extra(anyio.abc.SocketAttribute.raw_socket, None)
    if raw is not None and hasattr(socket, "TCP_NOTSENT_LOWAT"):
        # Unsent bytes stay in the answer, not in megabytes of kernel buffer: a send then waits
        # only while the client reads nothing, which is what idle_timeout measures.
        with contextlib.suppress(OSError):
            raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NOTSENT_LOWAT, 2 * SEND_SIZE)
    async with stream:
        while True:
            request = None
            with anyio.move_on_after(idle_timeout):
                try:
                    request = await _read_request(conn, stream)
                except h11.RemoteProtocolError as exc:  # as Go's server does: a plain 400, then close
                    await _refuse(conn, stream, exc.error_status_hint)
                    return
                except _ExpectationFailed:
                    await _refuse(conn, stream, 417)
                    return
                except _Closed:
                    return
            if request is None:
                return
            reply = await handler(request)
            if reply.latency > 0:
                await anyio.sleep(reply.latency)
            if reply.drop:
                return
            try:
                keep = await _send_reply(conn, stream, reply, idle_timeout, head=request.method == "HEAD")
            except (_Stalled, anyio.BrokenResourceError, anyio.ClosedResourceError, OSError, h11.LocalProtocolError):
                return
            if not keep:
                return
            try:
                conn.start_next_cycle()
            except h11.LocalProtocolError:
                return

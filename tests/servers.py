"""Small hostile servers on loopback: each connection is handed to a coroutine of the test's own."""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.abc
from anyio.streams.tls import TLSListener

Serve = Callable[[anyio.abc.SocketStream], Awaitable[None]]


@asynccontextmanager
async def tcp_server(serve: Serve, *, tls: ssl.SSLContext | None = None) -> AsyncIterator[int]:
    """Serve every connection with ``serve`` on 127.0.0.1 (over TLS with ``tls``); yields the port."""
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    broken = (anyio.BrokenResourceError, anyio.ClosedResourceError, anyio.EndOfStream, ssl.SSLError, OSError)

    async def guarded(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            with contextlib.suppress(*broken):
                await serve(stream)

    server: anyio.abc.Listener[Any] = listener if tls is None else TLSListener(listener, tls, standard_compatible=False)
    async with anyio.create_task_group() as tg:
        tg.start_soon(server.serve, guarded)
        try:
            yield port
        finally:
            tg.cancel_scope.cancel()


async def closed_port() -> int:
    """A loopback port with nothing listening: connecting is refused."""
    listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=0)
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    await listener.aclose()
    return int(port)


async def read_request(stream: anyio.abc.SocketStream, limit: int = 1 << 20) -> bytes:
    """The request head and its Content-Length body (bounded)."""
    data = b""
    while b"\r\n\r\n" not in data and len(data) < limit:
        data += await stream.receive()
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        body += await stream.receive()
    return head + b"\r\n\r\n" + body


def response_head(status: int = 200, **headers: str | int) -> bytes:
    lines = [f"HTTP/1.1 {status} X"] + [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()

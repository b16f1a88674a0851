"""One client for each setup a promise must hold on: (event loop, transport, "async" or "sync"),
the sync client seen from async test code through worker threads."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio

from cudo_async import AsyncCudo, Cudo, RetryPolicy
from tests.helpers import CANARY
from tests.servers import tcp_server
from tests.test_hostile import Canned
from tests.test_sync_hostile import OnThreads

#: No retries: one answer, one error.
ONCE = RetryPolicy(max_retries=0)


@asynccontextmanager
async def any_client(setup: tuple[str, str, str], base_url: str, **options: Any) -> AsyncIterator[Any]:
    """An AsyncCudo for an "async" setup, a Cudo (its calls run in worker threads) for a "sync" one."""
    _, transport, kind = setup
    options.setdefault("api_key", CANARY)
    options.setdefault("retry", ONCE)
    if kind == "sync":
        sync = Cudo(base_url=base_url, transport=transport, **options)
        try:
            yield OnThreads(sync)
        finally:
            await anyio.to_thread.run_sync(sync.close)
    else:
        async with AsyncCudo(base_url=base_url, transport=transport, **options) as cudo:
            yield cudo


@asynccontextmanager
async def canned(setup: tuple[str, str, str], *responses: bytes, **options: Any) -> AsyncIterator[tuple[Any, Canned]]:
    """A client of ``setup`` and a loopback server answering with ``responses`` in turn."""
    server = Canned(*responses)
    async with tcp_server(server) as port, any_client(setup, f"http://127.0.0.1:{port}", **options) as cudo:
        yield cudo, server

"""Contract: every operation, called through AsyncCudo with spec-valid arguments, against Prism.

Prism (an independent mock server) validates each request against openapi.yaml and answers with
generated data; the SDK must send what the spec allows and decode whatever the spec allows back.
Arguments are built from the method signatures and the spec's schemas, not written per operation.
"""

from __future__ import annotations

import inspect
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cudo_async import AsyncCudo, RetryPolicy
from tests.conftest import ROOT
from tests.helpers import free_port
from tests.operation_args import DEPRECATED, OPERATIONS, arguments


def prism_binary() -> str:
    path = os.environ.get("PRISM_BIN") or str(ROOT / ".prism" / "node_modules" / ".bin" / "prism")
    assert Path(path).exists(), f"Prism is not installed at {path}: run `make pytest` (it installs it with npm)"
    return path


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    port = free_port()
    log = (ROOT / ".prism" / "prism.log").open("w") if (ROOT / ".prism").is_dir() else subprocess.DEVNULL
    proc = subprocess.Popen(
        [prism_binary(), "mock", "-d", "-h", "127.0.0.1", "-p", str(port), str(ROOT / "openapi.yaml")],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, "Prism exited during start-up (see .prism/prism.log)"
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                assert time.monotonic() < deadline, "Prism did not start within 90 s"
                time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        if log is not subprocess.DEVNULL:
            log.close()


def test_every_operation_is_exercised() -> None:
    from cudo_async_api.api import ROUTES

    assert OPERATIONS and {op for _tag, op, _m, _p in OPERATIONS} == {op for _tag, op, _m, _p in ROUTES}


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.parametrize(("tag", "operation", "method", "path"), OPERATIONS, ids=[o[1] for o in OPERATIONS])
async def test_operation_against_prism(prism_url: str, tag: str, operation: str, method: str, path: str) -> None:
    async with AsyncCudo(api_key="prism-key", base_url=prism_url, retry=RetryPolicy(max_retries=0)) as cudo:
        call = getattr(getattr(cudo, tag), operation)
        if operation in DEPRECATED:
            with pytest.warns(DeprecationWarning, match=f"{operation} is deprecated"):
                raw = await cudo.raw(call, **arguments(call, operation))
        else:
            raw = await cudo.raw(call, **arguments(call, operation))
    assert raw.status_code == 200
    assert "sl-violations" not in raw.headers, raw.headers.get("sl-violations")
    returns = inspect.signature(call).return_annotation
    assert isinstance(raw.parsed, returns)

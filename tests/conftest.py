from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: Which published description openapi.yaml was imported from, as make spec recorded it.
SOURCE_RECORD = ROOT / "openapi.source.yaml"


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(autouse=True)
def _no_proxy_from_the_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients honour the proxy environment; the tests talk to loopback only, never through a
    proxy the machine happens to configure (the proxy tests set their own)."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


#: ``CUDO_TEST_TRANSPORT=aiohttp`` runs the suites on the aiohttp transport (asyncio only).
TRANSPORT = os.environ.get("CUDO_TEST_TRANSPORT", "httpx2")


@pytest.fixture(autouse=True)
def _transport_under_test(monkeypatch: pytest.MonkeyPatch) -> None:
    if TRANSPORT != "httpx2":
        from cudo_async import _client

        build = _client.default_transport

        def on_the_transport_under_test(pool: int, transport: str, trust_env: bool, **kw: Any) -> Any:
            trio = sys.modules.get("trio")  # a test that runs on trio keeps httpx2 (aiohttp is asyncio only)
            on_trio = trio is not None and trio.lowlevel.in_trio_run()
            return build(pool, transport if on_trio else TRANSPORT, trust_env, **kw)

        monkeypatch.setattr(_client, "default_transport", on_the_transport_under_test)


@pytest.fixture(params=["asyncio"] if TRANSPORT == "aiohttp" else ["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def upstream_spec() -> Path:
    """The source make spec imported openapi.yaml from (openapi.source.yaml), unchanged since."""
    import hashlib

    import yaml

    record = yaml.safe_load(SOURCE_RECORD.read_text(encoding="utf-8"))
    source = (SOURCE_RECORD.parent / str(record["source"])).resolve()
    assert source.is_file(), f"openapi.yaml was imported from {source}, which is not there (make spec SRC=...)"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert digest == record["sha256"], f"{source} changed since make spec imported it: run make spec SRC={source}"
    return source


#: The event loops each transport runs on (aiohttp is asyncio only).
COMBINATIONS = [("asyncio", "httpx2"), ("trio", "httpx2"), ("asyncio", "aiohttp")]


@pytest.fixture(params=COMBINATIONS, ids=[f"{b}-{t}" for b, t in COMBINATIONS])
def combination(request: pytest.FixtureRequest) -> tuple[str, str]:
    """(event loop, transport); a module that uses it sets ``anyio_backend`` from it."""
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def transport(combination: tuple[str, str]) -> str:
    return combination[1]


#: (event loop, transport, "async" or "sync"): where a promise must hold for both kinds of client.
CLIENT_SETUPS = [
    ("asyncio", "httpx2", "async"),
    ("trio", "httpx2", "async"),
    ("asyncio", "aiohttp", "async"),
    ("asyncio", "httpx2", "sync"),
    ("trio", "httpx2", "sync"),
    ("asyncio", "aiohttp", "sync"),
]


@pytest.fixture(params=CLIENT_SETUPS, ids=["-".join(s) for s in CLIENT_SETUPS])
def client_setup(request: pytest.FixtureRequest) -> tuple[str, str, str]:
    """(event loop, transport, client kind); a module that uses it sets ``anyio_backend`` from it."""
    return request.param  # type: ignore[no-any-return]

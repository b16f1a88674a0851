"""pytest fixtures for code that uses cudo-async. pytest loads this module by itself (an entry
point); the fixtures need ``pip install cudo-async[testing]``, and nothing is imported until a
test asks for one, so the plugin costs nothing to other test suites.

``cudo_emulator``: a running :class:`~cudo_async.testing.Emulator`, fresh for each test
(``.base_url`` is its URL, ``.api_key`` a key it accepts, ``.project_id`` the project that
exists from the start); ``@pytest.mark.cudo_emulator(boot_seconds=2, wire="aip193", ...)``
passes it options.
``cudo_client``: an :class:`~cudo_async.AsyncCudo` bound to that emulator (its key, URL and
project). ``cudo_env``: that emulator, with ``CUDO_BASE_URL``, ``CUDO_API_KEY`` and
``CUDO_PROJECT_ID`` pointing at it for the test, so that code which builds its own client
(``AsyncCudo()`` in an app's lifespan, ``Cudo()`` in a script) talks to it unchanged.

Both are sync fixtures: the emulator serves from a thread of its own and the client opens a
connection per request, so neither needs async set-up or tear-down. They work the same under
pytest-asyncio (any loop scope), anyio's plugin on asyncio or trio, and in sync tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._client import AsyncCudo
    from .testing import Emulator

__all__ = ["cudo_client", "cudo_emulator", "cudo_env"]

MARKER = "cudo_emulator"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{MARKER}(**options): options of the cudo_emulator fixture's Emulator")


@pytest.fixture
def cudo_emulator(request: pytest.FixtureRequest) -> Iterator[Emulator]:
    """A running CUDO emulator on loopback, fresh for each test."""
    try:
        from .testing import Emulator
    except ImportError as exc:
        raise pytest.UsageError("the cudo_emulator fixture needs: pip install 'cudo-async[testing]'") from exc
    marker = request.node.get_closest_marker(MARKER)
    if marker is not None and marker.args:
        raise pytest.UsageError(
            f"@pytest.mark.{MARKER} takes the Emulator's options by name, e.g. {MARKER}(boot_seconds=0),"
            f" not {len(marker.args)} given by position"
        )
    with Emulator(**(marker.kwargs if marker else {})) as emulator:
        yield emulator


@pytest.fixture
def cudo_client(cudo_emulator: Emulator) -> AsyncCudo:
    """An ``AsyncCudo`` for ``cudo_emulator``: ``await cudo_client.virtual_machines.list_vms(...)``."""
    import httpx2

    # No idle connections to close afterwards: the test's event loop may be gone by tear-down.
    http = httpx2.AsyncClient(limits=httpx2.Limits(max_keepalive_connections=0), trust_env=False)
    return cudo_emulator.client(http_client=http)


@pytest.fixture
def cudo_env(cudo_emulator: Emulator, monkeypatch: pytest.MonkeyPatch) -> Emulator:
    """``cudo_emulator``, with ``CUDO_BASE_URL``, ``CUDO_API_KEY`` and ``CUDO_PROJECT_ID`` set to its
    ``base_url``, ``api_key`` and ``project_id`` for this test (restored afterwards)."""
    monkeypatch.setenv("CUDO_BASE_URL", cudo_emulator.base_url)
    monkeypatch.setenv("CUDO_API_KEY", cudo_emulator.api_key)
    monkeypatch.setenv("CUDO_PROJECT_ID", cudo_emulator.project_id)
    return cudo_emulator

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UPSTREAM = Path(os.environ.get("CUDO_UPSTREAM_SPEC", ROOT.parent / "shared" / "upstream" / "cudo-openapi.json"))


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def upstream_spec() -> Path:
    assert UPSTREAM.is_file(), f"the published spec is needed at {UPSTREAM} (set CUDO_UPSTREAM_SPEC)"
    return UPSTREAM

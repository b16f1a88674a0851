"""Shared by the emulator-backed tests: a fixture that also checks every answer against openapi.yaml."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator

import pytest
from openapi_core import OpenAPI
from openapi_core.testing import MockRequest, MockResponse

from cudo_async.testing import Emulator, Exchange
from tests.conftest import ROOT


@functools.cache
def spec() -> OpenAPI:
    return OpenAPI.from_path(ROOT / "openapi.yaml")


def check_conforms(exchanges: list[Exchange]) -> int:
    """Validate every answer the emulator gave on purpose (not a dropped, cut or replaced one) against the spec."""
    checked = 0
    for ex in exchanges:
        if ex.operation is None or ex.reply.drop or ex.reply.truncate_at is not None:
            continue
        if not ex.reply.headers.get("content-type", "application/json").startswith("application/json"):
            continue
        request = MockRequest(
            "https://rest.compute.cudo.org", ex.method.lower(), ex.request.path, args=dict(ex.request.query)
        )
        response = MockResponse(ex.reply.body, status_code=ex.reply.status)
        spec().validate_response(request, response)
        checked += 1
    return checked


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    async with Emulator(boot_seconds=0.05, transition_seconds=0.05, rate_limit=None) as emulator:
        yield emulator
    if not [f for f in emulator.faults if f.status is not None or f.body is not None]:
        assert check_conforms(list(emulator.exchanges)) > 0

"""Shared by the emulator-backed tests: a fixture that also checks every answer against openapi.yaml."""

from __future__ import annotations

import functools
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
import yaml
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
        if ex.path_template and ":" in ex.path_template.rsplit("/", 1)[-1]:
            continue  # openapi-core routes {id}:verb to the item's own path; tests/test_emulator_fuzz.py checks these
        request = MockRequest(
            "https://rest.compute.cudo.org", ex.method.lower(), ex.request.path, args=dict(ex.request.query)
        )
        response = MockResponse(ex.reply.body, status_code=ex.reply.status)
        spec().validate_response(request, response)
        checked += 1
    return checked


@functools.cache
def spec_document() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi.yaml").read_text())  # type: ignore[no-any-return]


@functools.cache
def _operations() -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for item in spec_document()["paths"].values() for op in item.values()}


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec_document()["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _zero_fields(value: Any, schema: dict[str, Any], where: str) -> list[str]:
    """Fields written at their proto3 zero value (the gateway leaves those out), read from the
    spec's own schema: "", 0, false, [], {}, or an enum's first value."""
    schema = _resolve(schema)
    found: list[str] = []
    if isinstance(value, list):
        for i, item in enumerate(value):
            found += _zero_fields(item, schema.get("items", {}), f"{where}[{i}]")
    elif isinstance(value, dict) and schema.get("properties"):
        for name, field in value.items():
            if name not in schema["properties"]:
                continue
            prop = _resolve(schema["properties"][name])
            zero: Any = {"string": "", "integer": 0, "number": 0, "boolean": False, "array": []}.get(
                prop.get("type", ""), None if prop.get("properties") else {}
            )
            if "enum" in prop:
                zero = prop["enum"][0]
            if field == zero and type(field) is type(zero) and name not in schema.get("required", []):
                found.append(f"{where}.{name}")
            found += _zero_fields(field, prop, f"{where}.{name}")
    return found


def zero_fields_sent(exchanges: list[Exchange]) -> list[str]:
    """Every field at its zero value in the emulator's 200 answers."""
    found = []
    for ex in exchanges:
        if ex.reply.status != 200 or ex.path_template is None or not ex.reply.body:
            continue
        op = _operations()[ex.operation or ""]
        schema = op["responses"]["200"]["content"]["application/json"]["schema"]
        found += _zero_fields(json.loads(ex.reply.body), schema, ex.operation or "?")
    return found


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    async with Emulator(boot_seconds=0.05, transition_seconds=0.05, rate_limit=None) as emulator:
        yield emulator
    if not [f for f in emulator.faults if f.status is not None or f.body is not None]:
        assert check_conforms(emulator.exchanges) > 0
        if emulator.wire == "gateway":
            assert zero_fields_sent(emulator.exchanges) == []

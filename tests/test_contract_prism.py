"""Contract: every operation, called through AsyncCudo with spec-valid arguments, against Prism.

Prism (an independent mock server) validates each request against openapi.yaml and answers with
generated data; the SDK must send what the spec allows and decode whatever the spec allows back.
Arguments are built from the method signatures and the spec's schemas, not written per operation.
"""

from __future__ import annotations

import datetime
import enum
import inspect
import os
import socket
import subprocess
import time
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Union, get_args, get_origin

import pytest
import yaml
from cudo_api.types import Unset

from cudo_async import AsyncCudo, RetryPolicy
from tests.conftest import ROOT

SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())
SCHEMAS = SPEC["components"]["schemas"]
OPERATIONS = sorted(
    (op["tags"][0], op["operationId"], method, path)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
)
BODIES = {
    op["operationId"]: op["requestBody"]["content"]["application/json"]["schema"]
    for item in SPEC["paths"].values()
    for op in item.values()
    if "requestBody" in op
}


def prism_binary() -> str:
    path = os.environ.get("PRISM_BIN") or str(ROOT / ".prism" / "node_modules" / ".bin" / "prism")
    assert Path(path).exists(), f"Prism is not installed at {path}: run `make pytest` (it installs it with npm)"
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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


def sample(schema: dict[str, Any], depth: int = 0) -> Any:
    """A value valid for `schema`: every writable property filled, down to a bounded depth."""
    if "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    if "enum" in schema:
        return schema["enum"][-1]
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "object":
        required = set(schema.get("required", []))
        props = schema.get("properties", {})
        value = {
            name: sample(prop, depth + 1)
            for name, prop in props.items()
            if name in required or (not prop.get("readOnly") and depth < 3)
        }
        if not props and isinstance(schema.get("additionalProperties"), dict):
            value = {"key": sample(schema["additionalProperties"], depth + 1)}
        return value
    if kind == "array":
        return [sample(schema["items"], depth + 1)] if depth < 3 else []
    if kind == "integer":
        return 7
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if fmt == "date-time":
        return "2026-01-02T03:04:05Z"
    if fmt == "int64":
        return "42"
    return "sample-1"


def argument(annotation: Any) -> Any:
    """A valid value for a parameter's annotation (path and query parameters)."""
    if get_origin(annotation) in (Union, types.UnionType):
        annotation = next(a for a in get_args(annotation) if a is not Unset and a is not type(None))
    if annotation is bool:
        return True
    if annotation is int:
        return 3
    if annotation is float:
        return 1.5
    if annotation is datetime.datetime:
        return datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return list(annotation)[-1]
    return "value-1"


def arguments(method: Any, operation: str) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(method).parameters.items():
        if name == "body":
            model = param.annotation
            if get_origin(model) in (Union, types.UnionType):
                model = next(a for a in get_args(model) if a is not Unset)
            kwargs["body"] = model.from_dict(sample(BODIES[operation]))
        else:
            kwargs[name] = argument(param.annotation)
    return kwargs


def test_every_operation_is_exercised() -> None:
    assert len(OPERATIONS) == 122


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.parametrize(("tag", "operation", "method", "path"), OPERATIONS, ids=[o[1] for o in OPERATIONS])
async def test_operation_against_prism(prism_url: str, tag: str, operation: str, method: str, path: str) -> None:
    async with AsyncCudo(api_key="prism-key", base_url=prism_url, retry=RetryPolicy(max_retries=0)) as cudo:
        call = getattr(getattr(cudo, tag), operation)
        raw = await cudo.raw(call, **arguments(call, operation))
    assert raw.status_code == 200
    assert "sl-violations" not in raw.headers, raw.headers.get("sl-violations")
    returns = inspect.signature(call).return_annotation
    assert isinstance(raw.parsed, returns)

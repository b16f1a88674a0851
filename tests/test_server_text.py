"""Server text is data, not markup: every string of an error answer (message, ErrorInfo's reason,
domain and metadata, field names, descriptions, every detail type, unknown ones included, and
the request id) is cleaned of control characters and bounded before it reaches str(), a log
line, a span, or a body the SDK builds for someone else (to_dict, the FastAPI handlers)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from opentelemetry.trace import SpanKind

from cudo_async import AsyncCudo, RetryPolicy, errors
from cudo_async._decode import decode_error
from cudo_async._status import DETAIL_TYPE_PREFIX as T
from tests.helpers import CANARY
from tests.servers import tcp_server
from tests.test_hostile import Canned, reply
from tests.test_tracing import Telemetry, telemetry

pytestmark = pytest.mark.anyio
__all__ = ["telemetry"]  # the fixture, from the tracing tests

#: Text a terminal, a log viewer or a browser would read as something else than text.
HOSTILE = {
    "ansi": "\x1b[31mRED\x1b[0m\x1b]8;;http://evil\x07",
    "lines": "ok\r\nINFO cudo_async: forged log line\n",
    "nul": "a\x00b",
    "bidi": "user\u202etxt.exe",
    "separators": "a\u2028b\u2029c\x85d",
    "zero-width": "pay\u200bpal\ufeff",
    "c1": "\x9b31m",
    "long": "x" * 20_000,  # a body under the 1 MiB the decoder parses
}


@pytest.fixture
def anyio_backend(combination: tuple[str, str]) -> str:
    return combination[0]


def body_with(text: str) -> dict[str, Any]:
    """An AIP-193 body with ``text`` in every string of every standard detail and an unknown one."""
    return {
        "code": 3,
        "status": "INVALID_ARGUMENT",
        "message": text,
        "details": [
            {"@type": T + "ErrorInfo", "reason": text, "domain": text, "metadata": {text: text, "k": [text]}},
            {"@type": T + "BadRequest", "fieldViolations": [{"field": text, "description": text, "reason": text}]},
            {"@type": T + "PreconditionFailure", "violations": [{"type": text, "subject": text, "description": text}]},
            {"@type": T + "QuotaFailure", "violations": [{"subject": text, "quotaDimensions": {text: text}}]},
            {"@type": T + "DebugInfo", "stackEntries": [text, text], "detail": text},
            {"@type": T + "LocalizedMessage", "locale": text, "message": text},
            {"@type": T + "ResourceInfo", "resourceType": text, "resourceName": text, "owner": text},
            {"@type": T + "Help", "links": [{"description": text, "url": text}]},
            {"@type": T + "RequestInfo", "requestId": text, "servingData": text},
            {"@type": "type.example.com/" + text, "note": text, text: [{"deep": text}]},
        ],
    }


def strings_of(value: Any, depth: int = 0) -> Iterator[str]:
    """Every string inside a value: attrs instances, mappings (keys too), lists and tuples."""
    assert depth < 64
    if isinstance(value, str):
        yield value
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from strings_of(getattr(value, field.name), depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings_of(key, depth + 1)
            yield from strings_of(item, depth + 1)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings_of(item, depth + 1)


def assert_clean(text: str, limit: int) -> None:
    assert text.isprintable(), repr(text[:80])
    assert len(text) <= limit, len(text)


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_every_string_of_an_error_answer_is_cleaned_and_bounded(kind: str) -> None:
    text = HOSTILE[kind]
    error = decode_error(400, {"x-request-id": text}, json.dumps(body_with(text)).encode())
    assert isinstance(error, errors.InvalidArgumentError)
    assert len(error.details) == 10
    for value in strings_of(list(error.details)):
        assert_clean(value, 1000)
    assert_clean(error.message, 500)
    assert_clean(error.request_id or "", 100)
    for value in (error.reason or "", error.domain or ""):
        assert_clean(value, 1000)
    for value in strings_of(dict(error.metadata)):
        assert_clean(value, 1000)
    for value in (str(error), repr(error), *strings_of(error.to_dict())):
        assert_clean(value, 5000)


@pytest.mark.parametrize("kind", ["ansi", "lines", "c1", "long"])
def test_a_request_id_from_the_headers_alone_is_cleaned_too(kind: str) -> None:
    error = decode_error(503, {"x-request-id": HOSTILE[kind]}, b'{"code": 14, "message": "later"}')
    assert error.request_id is not None
    assert_clean(error.request_id, 100)
    assert_clean(str(error), 1000)


def test_clean_text_is_kept_as_sent() -> None:
    text = "VM 'web-1' is in state RUNNING: stop it first (ünïcödé, 日本語, tab→space)"
    error = decode_error(400, {"x-request-id": "req-1"}, json.dumps(body_with(text)).encode())
    assert error.message == text and error.reason == text and error.request_id == text
    assert error.field_violations[0].description == text


@pytest.mark.parametrize("status", [503, 200], ids=["an error status", "an error body under a 2xx"])
async def test_what_a_real_server_sends_reaches_logs_and_spans_cleaned(
    transport: str, status: int, caplog: pytest.LogCaptureFixture, telemetry: Telemetry
) -> None:
    text = HOSTILE["ansi"] + HOSTILE["lines"] + HOSTILE["bidi"] + "x" * 5000
    body = {**body_with(text), "code": 14, "status": "UNAVAILABLE"}
    # A header value may carry obs-text (bytes 0x80-0xff): 0x9b is a terminal's CSI read as latin-1.
    server = Canned(reply(status, body, x_request_id="req\x9b31m-1"))
    caplog.set_level(logging.DEBUG, logger="cudo_async")
    async with tcp_server(server) as port:
        base = f"http://127.0.0.1:{port}"
        policy = RetryPolicy(max_retries=1, initial_delay=0.001)
        async with AsyncCudo(api_key=CANARY, base_url=base, transport=transport, retry=policy) as cudo:  # type: ignore[arg-type]
            with pytest.raises(errors.UnavailableError) as info:
                await cudo.virtual_machines.get_vm("p", "vm-1")
    assert len(server.requests) == 2
    shown = [str(info.value), *(r.getMessage() for r in caplog.records)]
    assert any("forged log line" in line for line in shown)  # the text is there, as data
    for line in shown:
        assert_clean(line, 2000)
    spans = telemetry.finished(SpanKind.CLIENT)
    assert len(spans) == 2
    for span in spans:
        for value in (span.attributes or {}).values():
            if isinstance(value, str):
                assert_clean(value, 500)
        assert span.status.description is None or span.status.description.isprintable()

"""OpenTelemetry: an INTERNAL span per call, a CLIENT span per attempt after the HTTP client
conventions, the duration histogram, traceparent on the wire; off with tracing=False; nothing
imported for an application that does not use OpenTelemetry. On asyncio, trio and the sync client."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from opentelemetry import metrics, trace
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from cudo_async import Cudo, RetryPolicy, errors
from cudo_async.testing import Emulator
from tests.conftest import ROOT
from tests.helpers import CANARY

pytestmark = pytest.mark.anyio

TEMPLATE = "/v1/projects/{project_id}/vms/{vm_id}"
QUICK = RetryPolicy(initial_delay=0.001, max_delay=0.01)


class Telemetry:
    def __init__(self) -> None:
        self.spans = InMemorySpanExporter()
        self.reader = InMemoryMetricReader()
        self.tracer_provider = TracerProvider()
        self.tracer_provider.add_span_processor(SimpleSpanProcessor(self.spans))
        self.meter_provider = MeterProvider(metric_readers=[self.reader])

    def finished(self, kind: SpanKind | None = None) -> list[ReadableSpan]:
        return [s for s in self.spans.get_finished_spans() if kind is None or s.kind == kind]

    def durations(self) -> list[Any]:
        data = self.reader.get_metrics_data()
        points = []
        for resource in data.resource_metrics if data else []:
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    if metric.name == "http.client.request.duration":
                        assert metric.unit == "s"
                        points += list(metric.data.data_points)
        return points


@pytest.fixture
def telemetry(monkeypatch: pytest.MonkeyPatch) -> Iterator[Telemetry]:
    """Providers configured as an application would, without touching the process's globals."""
    setup = Telemetry()
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: setup.tracer_provider)
    monkeypatch.setattr(metrics, "get_meter_provider", lambda: setup.meter_provider)
    yield setup
    setup.tracer_provider.shutdown()


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    async with Emulator(rate_limit=None, api_key=CANARY, project_id="p") as emulator:
        yield emulator


def check_one_call(telemetry: Telemetry, emu: Emulator, parent: Any = None) -> None:
    """A get_vm answered 503 then 200: one INTERNAL span, two CLIENT spans under it, two points."""
    (call,) = telemetry.finished(SpanKind.INTERNAL)
    first, second = sorted(telemetry.finished(SpanKind.CLIENT), key=lambda s: s.start_time or 0)
    assert call.name == "virtual_machines.get_vm" and call.status.status_code is not StatusCode.ERROR
    if parent is not None:
        assert call.parent is not None and call.parent.span_id == parent.get_span_context().span_id
    for span in (first, second):
        assert span.name == f"GET {TEMPLATE}" and span.parent is not None
        assert span.parent.span_id == call.context.span_id
        attributes = dict(span.attributes or {})
        assert attributes["http.request.method"] == "GET" and attributes["url.template"] == TEMPLATE
        assert attributes["server.address"] == "127.0.0.1" and attributes["server.port"] == emu.port
        assert attributes["url.full"] == f"{emu.base_url}/v1/projects/p/vms/web-1"
        assert attributes["cudo.operation"] == "get_vm"
        assert str(attributes["cudo.request_id"]).startswith("emu-")
        assert CANARY not in repr(attributes)
    one, two = dict(first.attributes or {}), dict(second.attributes or {})
    assert one["http.response.status_code"] == 503 and one["error.type"] == "503"
    assert first.status.status_code is StatusCode.ERROR and "http.request.resend_count" not in one
    assert two["http.response.status_code"] == 200 and two["http.request.resend_count"] == 1 and "error.type" not in two
    # The trace context went out with each attempt, naming that attempt's span.
    sent = [e.request.headers.get("traceparent", "") for e in emu.exchanges if e.operation == "get_vm"]
    assert [p.split("-")[2] for p in sent] == [f"{s.context.span_id:016x}" for s in (first, second)]
    assert all(p.split("-")[1] == f"{call.context.trace_id:032x}" for p in sent)
    points = telemetry.durations()
    by_status = {p.attributes["http.response.status_code"]: p for p in points}
    assert set(by_status) == {503, 200} and all(p.count == 1 for p in points)
    for point in points:  # low cardinality: no request id, no URL, no resend count
        assert point.attributes["url.template"] == TEMPLATE and point.attributes["cudo.operation"] == "get_vm"
        assert not {"cudo.request_id", "url.full", "http.request.resend_count"} & set(point.attributes)
        assert 0 < point.sum < 10


async def test_a_call_has_an_internal_span_and_a_client_span_per_attempt(telemetry: Telemetry, emu: Emulator) -> None:
    async with emu.client(retry=QUICK) as cudo:
        await cudo.virtual_machines.create_vm("p", body=_vm())
        telemetry.spans.clear()
        telemetry.reader.get_metrics_data()  # (cumulative: the create's point stays; filtered below)
        emu.inject("get_vm", status=503)
        with telemetry.tracer_provider.get_tracer("app").start_as_current_span("handler") as parent:
            await cudo.virtual_machines.get_vm("p", "web-1")
    _only_get_vm(telemetry)
    check_one_call(telemetry, emu, parent)


async def test_a_failed_call_ends_its_span_with_the_error_class(telemetry: Telemetry, emu: Emulator) -> None:
    async with emu.client(retry=QUICK) as cudo:
        with pytest.raises(errors.NotFoundError):
            await cudo.virtual_machines.get_vm("p", "missing")
    (call,) = telemetry.finished(SpanKind.INTERNAL)
    (attempt,) = telemetry.finished(SpanKind.CLIENT)
    assert call.status.status_code is StatusCode.ERROR and dict(call.attributes or {})["error.type"] == "NotFoundError"
    assert dict(attempt.attributes or {})["error.type"] == "404"


async def test_a_failure_without_an_answer_names_its_class(telemetry: Telemetry, emu: Emulator) -> None:
    async with emu.client(retry=RetryPolicy(max_retries=0)) as cudo:
        emu.inject("get_vm", drop="before")
        with pytest.raises(errors.APIConnectionError):
            await cudo.virtual_machines.get_vm("p", "web-1")
    (attempt,) = telemetry.finished(SpanKind.CLIENT)
    attributes = dict(attempt.attributes or {})
    assert attributes["error.type"] == "APIConnectionError" and "http.response.status_code" not in attributes


async def test_tracing_false_turns_spans_metrics_and_propagation_off(telemetry: Telemetry, emu: Emulator) -> None:
    async with emu.client(tracing=False) as cudo:
        await cudo.projects.list_projects()
    assert telemetry.finished() == [] and telemetry.durations() == []
    assert "traceparent" not in emu.exchanges[-1].request.headers


@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_the_sync_client_traces_under_the_callers_span(telemetry: Telemetry) -> None:
    import anyio

    def script() -> None:
        with Emulator(rate_limit=None, api_key=CANARY, project_id="p") as sync_emu:
            with Cudo(api_key=CANARY, base_url=sync_emu.base_url, retry=QUICK) as cudo:
                cudo.virtual_machines.create_vm("p", body=_vm())
                telemetry.spans.clear()
                sync_emu.inject("get_vm", status=503)
                with telemetry.tracer_provider.get_tracer("app").start_as_current_span("job") as parent:
                    cudo.virtual_machines.get_vm("p", "web-1")
            _only_get_vm(telemetry)
            check_one_call(telemetry, sync_emu, parent)

    await anyio.to_thread.run_sync(script)


def test_an_application_without_opentelemetry_imports_none_of_it() -> None:
    code = textwrap.dedent(
        """
        import sys

        class NoOpenTelemetry:  # as if opentelemetry-api were not installed
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] == "opentelemetry":
                    raise ImportError(name)

        from cudo_async import Cudo
        from cudo_async.testing import Emulator

        with Emulator(rate_limit=None) as emu, Cudo(api_key=emu.api_key, base_url=emu.base_url) as cudo:
            cudo.projects.list_projects()
            loaded = sorted(m for m in sys.modules if m.startswith("opentelemetry"))
            sys.meta_path.insert(0, NoOpenTelemetry())
            cudo.projects.list_projects()
        print(loaded)
        """
    )
    command = [sys.executable, "-c", code]
    done = subprocess.run(command, check=False, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def _vm() -> Any:
    from tests.helpers import vm_body

    return vm_body("web-1")


def _only_get_vm(telemetry: Telemetry) -> None:
    """Keep the get_vm spans only (the create's are not under test); metrics are filtered likewise."""
    kept = [s for s in telemetry.spans.get_finished_spans() if "get_vm" in s.name or "vm_id" in s.name]
    telemetry.spans.clear()
    for span in kept:
        telemetry.spans.export([span])
    durations = telemetry.durations

    def get_vm_only() -> list[Any]:
        return [p for p in durations() if p.attributes.get("cudo.operation") == "get_vm"]

    telemetry.durations = get_vm_only  # type: ignore[method-assign]

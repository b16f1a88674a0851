"""A plug-in never decides a call's outcome: an OpenTelemetry span processor, propagator, meter or
exemplar filter, or a logging handler or filter, that raises (whatever it raises) leaves every
call with its own result or error, and is reported once, not per call. On asyncio, trio, both
transports and the sync client."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterator
from typing import Any

import anyio
import httpx2
import pytest
from opentelemetry import metrics, propagate, trace
from opentelemetry.propagators.textmap import TextMapPropagator
from opentelemetry.sdk.metrics import ExemplarFilter, MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from cudo_async import AsyncCudo, Cudo, RetryPolicy, _logging, errors
from cudo_async.testing import Emulator
from tests.helpers import CANARY, vm_body

pytestmark = pytest.mark.anyio

QUICK = RetryPolicy(initial_delay=0.001, max_delay=0.01)


@pytest.fixture
def anyio_backend(combination: tuple[str, str]) -> str:
    return combination[0]


class Boom(Exception):
    """What a broken plug-in raises: a type no one expects."""


class Broken(Exception):
    """Another one, with a message of its own."""


class RaisingProcessor(SpanProcessor):
    def __init__(self, where: str, exc: type[Exception]) -> None:
        self.where, self.exc = where, exc

    def on_start(self, span: Any, parent_context: Any = None) -> None:
        if self.where == "start":
            raise self.exc("processor on_start")

    def on_end(self, span: Any) -> None:
        if self.where == "end":
            raise self.exc("processor on_end")


class RaisingPropagator(TextMapPropagator):
    """Raises, or writes headers a request cannot carry."""

    def __init__(self, how: str) -> None:
        self.how = how

    def inject(self, carrier: Any, context: Any = None, setter: Any = None) -> None:
        if self.how == "raise":
            raise KeyError("propagator")
        if self.how == "bad headers":
            carrier["x-trace"] = "line\r\nInjected: yes"
            carrier["authorization"] = "Bearer stolen"
            carrier["x-number"] = 5
        carrier["x-good"] = "kept"

    def extract(self, carrier: Any, context: Any = None, getter: Any = None) -> Any:
        return context

    @property
    def fields(self) -> set[str]:
        return {"x-good"}


class RaisingExemplars(ExemplarFilter):
    def should_sample(self, value: Any, time_unix_nano: int, attributes: Any, context: Any) -> bool:
        raise ZeroDivisionError("exemplar filter")


class RaisingHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        raise Boom("handler")


class RaisingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        raise Broken("filter")


#: Each broken plug-in, installed by name.
PLUG_INS = [
    "processor on_start",
    "processor on_end",
    "propagator raises",
    "propagator writes bad headers",
    "exemplar filter",
    "log handler",
    "log filter",
]


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Iterator[list[str]]:
    """What the SDK reported about failing plug-ins (fresh for each test: once per process otherwise)."""
    monkeypatch.setattr(_logging, "_reported", set())
    said: list[str] = []
    original = _logging.plug_in_failed

    def counted(what: str, exc: BaseException) -> None:
        if what not in _logging._reported:
            said.append(what)
        original(what, exc)

    monkeypatch.setattr(_logging, "plug_in_failed", counted)
    for module in ("cudo_async._tracing",):
        import importlib

        monkeypatch.setattr(importlib.import_module(module), "plug_in_failed", counted)
    yield said


def install(name: str, monkeypatch: pytest.MonkeyPatch) -> tuple[TracerProvider, InMemorySpanExporter]:
    spans = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    if name.startswith("processor"):
        tracer_provider.add_span_processor(RaisingProcessor(name.rsplit(maxsplit=1)[-1].removeprefix("on_"), Boom))
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    exemplars = RaisingExemplars() if name == "exemplar filter" else None
    meter_provider = MeterProvider(
        metric_readers=[InMemoryMetricReader()], **({"exemplar_filter": exemplars} if exemplars else {})
    )
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: tracer_provider)
    monkeypatch.setattr(metrics, "get_meter_provider", lambda: meter_provider)
    if name.startswith("propagator"):
        propagator = RaisingPropagator("raise" if name.endswith("raises") else "bad headers")
        monkeypatch.setattr(propagate, "get_global_textmap", lambda: propagator)
    logger = logging.getLogger("cudo_async")
    if name.startswith("log"):
        # every line of the SDK reaches the plug-in (a fresh cache: the old one answers for the old level)
        monkeypatch.setattr(logger, "_cache", {})
        monkeypatch.setattr(logger, "level", logging.DEBUG)
        if name == "log handler":
            monkeypatch.setattr(logger, "handlers", [*logger.handlers, RaisingHandler()])
        else:
            monkeypatch.setattr(logger, "filters", [RaisingFilter()])
    return tracer_provider, spans


def check_reported_once(name: str, said: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    kind = {
        "processor": "span processor",
        "propagator": "propagator",
        "exemplar": "meter",
        "log": "logging handler or filter",
    }[name.split(maxsplit=1)[0]]
    mine = [what for what in said if kind in what]
    assert mine, f"the failing {name} was not reported"
    assert len(mine) == len(set(mine))  # each kind once, however many calls met it
    if name.startswith("log"):
        err = capsys.readouterr().err
        assert err.count("cudo_async: a logging handler or filter") == 1, err
        assert CANARY not in err


@pytest.mark.parametrize("name", PLUG_INS)
async def test_a_raising_plug_in_leaves_every_call_its_own_outcome(
    name: str, transport: str, monkeypatch: pytest.MonkeyPatch, reports: list[str], capsys: Any
) -> None:
    install(name, monkeypatch)
    async with (
        Emulator(rate_limit=None, api_key=CANARY, project_id="p") as emu,
        emu.client(retry=QUICK, transport=transport) as cudo,
    ):
        # A POST that succeeds is reported as succeeded, and ran once.
        await cudo.virtual_machines.create_vm("p", body=vm_body("web-1"))
        await cudo.virtual_machines.create_vm("p", body=vm_body("web-2"))
        assert [e.operation for e in emu.exchanges].count("create_vm") == 2
        # A retried GET still succeeds; a failing one still fails as itself.
        emu.inject("get_vm", status=503)
        assert (await cudo.virtual_machines.get_vm("p", "web-1")).vm.id == "web-1"
        with pytest.raises(errors.NotFoundError):
            await cudo.virtual_machines.get_vm("p", "missing")
        emu.inject("list_vms", status=400)
        with pytest.raises(errors.InvalidArgumentError):
            await cudo.virtual_machines.list_vms("p")
        sent = [e.request.headers for e in emu.exchanges]
    assert all(h.get("authorization") == f"Bearer {CANARY}" for h in sent)
    if name == "propagator writes bad headers":
        # What the request could carry went out; the rest was dropped, never sent nor raised.
        assert all(h.get("x-good") == "kept" and "x-trace" not in h and "injected" not in h for h in sent)
    check_reported_once(name, reports, capsys)


@pytest.mark.parametrize("name", ["processor on_end", "propagator raises", "log handler"])
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_a_raising_plug_in_leaves_the_sync_clients_calls_their_outcome(
    name: str, monkeypatch: pytest.MonkeyPatch, reports: list[str], capsys: Any
) -> None:
    install(name, monkeypatch)

    def script() -> None:
        with (
            Emulator(rate_limit=None, api_key=CANARY, project_id="p") as emu,
            Cudo(api_key=CANARY, base_url=emu.base_url, retry=QUICK) as cudo,
        ):
            cudo.virtual_machines.create_vm("p", body=vm_body("web-1"))
            emu.inject("get_vm", status=503)
            assert cudo.virtual_machines.get_vm("p", "web-1").vm.id == "web-1"
            with pytest.raises(errors.NotFoundError):
                cudo.virtual_machines.get_vm("p", "missing")

    await anyio.to_thread.run_sync(script)
    check_reported_once(name, reports, capsys)


# ----------------------------------------------------------------------------- exceptions that cannot be printed


class Unprintable(Exception):
    """What a careless plug-in raises: its text cannot be taken."""

    def __str__(self) -> str:
        raise RuntimeError("no text")


class CannotPrint:
    def __str__(self) -> str:
        raise RuntimeError("cannot print me")

    __repr__ = __str__


@pytest.mark.parametrize("name", ["processor on_start", "processor on_end", "log handler", "log filter"])
async def test_a_plug_in_whose_exception_cannot_be_printed_leaves_every_call_its_outcome(
    name: str, transport: str, monkeypatch: pytest.MonkeyPatch, reports: list[str], capsys: Any
) -> None:
    # The broken plug-ins raise an exception whose str() raises (and one whose argument's does).
    monkeypatch.setattr(sys.modules[__name__], "Boom", Unprintable)
    monkeypatch.setattr(sys.modules[__name__], "Broken", lambda text: ValueError(CannotPrint()))
    install(name, monkeypatch)
    async with (
        Emulator(rate_limit=None, api_key=CANARY, project_id="p") as emu,
        emu.client(retry=QUICK, transport=transport) as cudo,
    ):
        await cudo.virtual_machines.create_vm("p", body=vm_body("web-1"))
        with pytest.raises(errors.NotFoundError):
            await cudo.virtual_machines.get_vm("p", "missing")
        assert [e.operation for e in emu.exchanges].count("create_vm") == 1
    check_reported_once(name, reports, capsys)


def raising_transport(exc: BaseException) -> httpx2.AsyncClient:
    def handler(request: httpx2.Request) -> httpx2.Response:
        raise exc

    return httpx2.AsyncClient(transport=httpx2.MockTransport(handler))


UNPRINTABLE_TRANSPORT_FAILURES = {
    "its str raises": Unprintable,
    "its argument's str raises": lambda: ValueError(CannotPrint()),
    "httpx2.ConnectError around an unprintable": lambda: httpx2.ConnectError(CannotPrint()),  # type: ignore[arg-type]
    "httpx2.ReadError around an unprintable": lambda: httpx2.ReadError(CannotPrint()),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("failure", list(UNPRINTABLE_TRANSPORT_FAILURES))
@pytest.mark.parametrize("kind", ["async", "sync"])
async def test_a_custom_transports_unprintable_exception_is_an_api_connection_error(
    failure: str, kind: str, anyio_backend: str
) -> None:
    make = UNPRINTABLE_TRANSPORT_FAILURES[failure]
    options: dict[str, Any] = {"api_key": CANARY, "base_url": "http://127.0.0.1:9", "retry": RetryPolicy(max_retries=0)}
    if kind == "sync":

        def script() -> BaseException:
            with Cudo(http_client=raising_transport(make()), **options) as cudo:
                with pytest.raises(errors.APIConnectionError) as info:
                    cudo.virtual_machines.get_vm("p", "vm-1")
                return info.value

        error = await anyio.to_thread.run_sync(script)
    else:
        async with AsyncCudo(http_client=raising_transport(make()), **options) as cudo:
            with pytest.raises(errors.APIConnectionError) as info:
                await cudo.virtual_machines.get_vm("p", "vm-1")
        error = info.value
    assert "get_vm" in str(error) and "cannot be shown" in str(error)
    assert "".join(traceback.format_exception(error))  # and the error itself prints

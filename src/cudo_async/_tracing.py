"""OpenTelemetry (``pip install cudo-async[otel]``): an INTERNAL span per call, a CLIENT span per
attempt after OpenTelemetry's HTTP client conventions, and the ``http.client.request.duration``
histogram. This module is imported only once the application itself imported OpenTelemetry (it
must have, to configure a provider), so without it nothing is imported and nothing is paid.

The CLIENT span is the SDK's own: lower HTTP instrumentation is suppressed around the send (the
shared suppression key), so the httpx2 and aiohttp transports are traced alike and once.

Everything the application plugged into OpenTelemetry (span processors and exporters,
propagators, meters, views and exemplar filters) is called inside ``_contained``: what it raises
is reported once and the call goes on with its own outcome. A propagator's headers are sent only
when they pass the checks ``extra_headers`` passes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from cudo_async_api.api import ROUTES
from opentelemetry import context as otel_context
from opentelemetry import metrics, propagate, trace
from opentelemetry.context import _SUPPRESS_HTTP_INSTRUMENTATION_KEY
from opentelemetry.trace import SpanKind, Status, StatusCode

from . import errors
from ._call_options import carried, check_headers, request_headers
from ._logging import plug_in_failed
from ._retry import AttemptFailed

if TYPE_CHECKING:
    from ._request import Call

#: Semantic conventions' advisory buckets for HTTP durations, in seconds.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0)

_TAG_OF = {operation: tag for tag, operation, _, _ in ROUTES}
_NOOP_TRACERS = (trace.ProxyTracerProvider, trace.NoOpTracerProvider)


class _Instruments:
    """The tracer and histogram of the providers configured now (looked up again when they change)."""

    providers: tuple[Any, Any] | None = None
    tracer: trace.Tracer | None = None
    histogram: Any = None


_instruments = _Instruments()


def _current() -> _Instruments | None:
    tracer_provider, meter_provider = trace.get_tracer_provider(), metrics.get_meter_provider()
    state = _instruments
    if state.providers != (tracer_provider, meter_provider):
        from . import __version__

        traced = not isinstance(tracer_provider, _NOOP_TRACERS)
        measured = type(meter_provider).__name__ not in ("_ProxyMeterProvider", "NoOpMeterProvider")
        state.tracer = tracer_provider.get_tracer("cudo_async", __version__) if traced else None
        state.histogram = (
            meter_provider.get_meter("cudo_async", __version__).create_histogram(
                "http.client.request.duration",
                unit="s",
                description="Duration of HTTP client requests.",
                explicit_bucket_boundaries_advisory=BUCKETS,
            )
            if measured
            else None
        )
        state.providers = (tracer_provider, meter_provider)
    return state if state.tracer is not None or state.histogram is not None else None


#: The plug-in kinds reported when they raise.
PROVIDER = "OpenTelemetry's tracer or meter provider"
SPANS = "an OpenTelemetry span processor or exporter"
PROPAGATOR = "the OpenTelemetry propagator"
METER = "an OpenTelemetry meter (a view, an exemplar filter or a reader)"
CONTEXT = "OpenTelemetry's context"


class _contained:
    """Runs the body; an Exception from it (the plug-in's) is reported once and goes no further."""

    __slots__ = ("what",)

    def __init__(self, what: str) -> None:
        self.what = what

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any) -> bool:
        if exc is None or not isinstance(exc, Exception):
            return False  # an interrupt or a cancellation is the caller's
        plug_in_failed(self.what, exc)
        return True


def _propagated(headers: dict[str, str], context: Any) -> None:
    """The propagator's headers (``traceparent``, ...) added to the request's, through the one
    merge of header sets: one it writes that the request could not carry (a header the SDK owns,
    a line break, a non-ASCII value), or that the request carries already (its User-Agent,
    Accept, a caller's extra header), is dropped."""
    carrier: dict[str, Any] = {}
    with _contained(PROPAGATOR):
        propagate.inject(carrier, context=context)
    added: list[tuple[str, str]] = []
    for name, value in carrier.items():
        try:
            (pair,) = check_headers({name: value})
            if carried(headers, pair[0]):
                raise errors.ConfigurationError(f"the request carries {pair[0]} already")
        except (errors.ConfigurationError, ValueError, TypeError) as exc:
            plug_in_failed(PROPAGATOR + " (a header it wrote)", exc)
            continue
        added.append(pair)
    if added:
        merged = request_headers(headers, tuple(added), add_only=True)
        headers.clear()
        headers.update(merged)


class CallTrace:
    """The spans of one call."""

    __slots__ = ("attributes", "instruments", "name", "template", "url")

    def __init__(self, instruments: _Instruments, call: Call[Any]) -> None:
        self.instruments = instruments
        operation = call.operation
        tag = _TAG_OF.get(operation)
        self.name = f"{tag}.{operation}" if tag else operation
        self.template = call.template
        # The URL without its query (a caller's extra_query may carry anything); the key is a header.
        self.url = call.url
        parts = urlsplit(call.url)
        self.attributes: dict[str, Any] = {
            "http.request.method": call.method,
            "url.template": call.template,
            "server.address": parts.hostname or "",
            "server.port": parts.port or (443 if parts.scheme == "https" else 80),
            "cudo.operation": operation,
        }

    async def run(self, attempts: Any) -> Any:
        tracer = self.instruments.tracer
        if tracer is None:
            return await attempts
        span: Any = None
        token: Any = None
        with _contained(SPANS):
            span = tracer.start_span(self.name, kind=SpanKind.INTERNAL)
        if span is not None:
            with _contained(CONTEXT):
                token = otel_context.attach(trace.set_span_in_context(span))
        try:
            return await attempts
        except BaseException as exc:
            if span is not None:
                kind = type(exc).__name__
                with _contained(SPANS):
                    span.set_attribute("error.type", kind)
                    span.set_status(Status(StatusCode.ERROR, kind))
            raise
        finally:
            if token is not None:
                with _contained(CONTEXT):
                    otel_context.detach(token)
            if span is not None:
                with _contained(SPANS):
                    span.end()

    def attempt(self, headers: dict[str, str], number: int) -> AttemptSpan:
        return AttemptSpan(self, headers, number)


class AttemptSpan:
    """The CLIENT span of one attempt; ``end`` records it and the duration."""

    __slots__ = ("attributes", "span", "token", "trace")

    def __init__(self, call: CallTrace, headers: dict[str, str], number: int) -> None:
        self.trace = call
        self.attributes = dict(call.attributes)
        self.span: Any = None
        self.token: Any = None
        tracer = call.instruments.tracer
        context: Any = None
        with _contained(CONTEXT):
            context = otel_context.get_current()
        if tracer is not None:
            with _contained(SPANS):
                self.span = tracer.start_span(
                    f"{self.attributes['http.request.method']} {call.template}",
                    kind=SpanKind.CLIENT,
                    attributes={**self.attributes, "url.full": call.url},
                    context=context,
                )
                if number > 1:
                    self.span.set_attribute("http.request.resend_count", number - 1)
            if self.span is not None:
                with _contained(CONTEXT):
                    context = trace.set_span_in_context(self.span, context)
        _propagated(headers, context)
        with _contained(CONTEXT):
            self.token = otel_context.attach(otel_context.set_value(_SUPPRESS_HTTP_INSTRUMENTATION_KEY, True, context))

    def end(self, elapsed: float, status: int | None, failure: BaseException | None, request_id: str | None) -> None:
        if self.token is not None:
            with _contained(CONTEXT):
                otel_context.detach(self.token)
        attributes = self.attributes
        if status is not None:
            attributes["http.response.status_code"] = status
        error = None
        if status is not None and status >= 400:
            error = str(status)
        elif failure is not None:
            inner = failure.error if isinstance(failure, AttemptFailed) else failure
            error = type(inner).__name__
        if error is not None:
            attributes["error.type"] = error
        span = self.span
        if span is not None:
            with _contained(SPANS):
                span.set_attributes(attributes)
                if request_id:
                    span.set_attribute("cudo.request_id", request_id)
                if error is not None:
                    span.set_status(Status(StatusCode.ERROR, error))
            with _contained(SPANS):
                span.end()
        histogram = self.trace.instruments.histogram
        if histogram is not None:
            with _contained(METER):
                histogram.record(elapsed, attributes)


def call_trace(call: Call[Any]) -> CallTrace | None:
    """The spans of a call, or None when no tracer or meter provider is configured (or the
    configured ones fail to give a tracer or a histogram)."""
    instruments = None
    with _contained(PROVIDER):
        instruments = _current()
    return None if instruments is None else CallTrace(instruments, call)

"""What a call and its attempts show of themselves: the DEBUG line of each attempt (_logging) and
OpenTelemetry's spans and histogram (_tracing, loaded only when the application uses
OpenTelemetry). The request path makes one hook call per call and one per attempt."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Awaitable, Coroutine
from typing import TYPE_CHECKING, Any, TypeVar

from ._logging import attempt_line, logger
from ._retry import AttemptFailed
from .errors import MAX_ID, _bounded

if TYPE_CHECKING:
    from ._request import Call
    from ._tracing import CallTrace
    from ._transport import Answer

R = TypeVar("R")


class Observer:
    """The hooks of one call."""

    __slots__ = ("method", "operation", "template", "trace")

    def __init__(self, call: Call[Any], tracing: bool) -> None:
        self.operation = call.operation
        self.method = call.method
        self.template = call.template
        self.trace: CallTrace | None = None
        if tracing and "opentelemetry.trace" in sys.modules:  # no import here: the application made one
            from ._tracing import call_trace

            self.trace = call_trace(call)

    def quiet(self) -> bool:
        """Nothing to record for an attempt now: no span, and DEBUG logging is off."""
        return self.trace is None and not logger.isEnabledFor(logging.DEBUG)

    async def run(self, attempts: Awaitable[R]) -> R:
        """The whole call (every attempt and wait)."""
        if self.trace is None:
            return await attempts
        result: R = await self.trace.run(attempts)
        return result

    async def exchange(self, headers: dict[str, str], number: int, send: Coroutine[Any, Any, Answer]) -> Answer:
        """One attempt's exchange: ``headers`` are the request's (a trace's ``traceparent`` is added
        to them before ``send`` starts), ``send`` gives the answer or raises (AttemptFailed for a
        failed exchange)."""
        debug = logger.isEnabledFor(logging.DEBUG)
        trace = self.trace
        if not debug and trace is None:
            return await send
        span = trace.attempt(headers, number) if trace is not None else None
        started = time.perf_counter()
        status: int | None = None
        request_id: str | None = None
        failure: BaseException | None = None
        try:
            answer = await send
            status = answer.status
            given = answer.headers.get("x-request-id")
            request_id = _bounded(given, MAX_ID) if given else None  # server text: cleaned for logs and spans
            return answer
        except BaseException as exc:  # recorded and raised again: a failure, a timeout or a close
            failure = exc
            raise
        finally:
            elapsed = time.perf_counter() - started
            if debug:
                attempt_line(
                    self.operation, self.method, self.template, _outcome(status, failure), elapsed, number, request_id
                )
            if span is not None:
                span.end(elapsed, status, failure, request_id)


def _outcome(status: int | None, failure: BaseException | None) -> str:
    if status is not None:
        return str(status)
    if isinstance(failure, AttemptFailed):
        error = failure.error
        status = getattr(error, "http_status", None)
        return f"{status} {type(error).__name__}" if status else type(error).__name__
    if failure is not None:
        return "cancelled (timeout or close)"
    return "?"

"""The request path: one call (its attempts under the retry policy) and one attempt (the key, a
concurrency slot, the exchange on the transport, the decoding). Every client (async, sync, every
view) sends through :func:`call`; nothing else makes a request.

The call's logs and spans (``_observe.Observer``) hook in twice: ``run`` around the whole call
in :func:`call`, ``exchange`` around each attempt's exchange in :func:`attempt` (the request's
headers, then the ``Answer`` or the failure).
"""

from __future__ import annotations

import contextvars
import functools
import math
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
from cudo_async_api.types import CallOptions, OperationRequest, RawAnswer

from . import _request as wire
from . import errors
from ._call_options import CallContext
from ._limits import Throttle, key_fingerprint
from ._redact import Withheld
from ._retry import IDEMPOTENT_METHODS, MAYBE_APPLIED_HINT, AttemptFailed, Failure, drive
from ._shared import Options, Shared
from ._transport import Answer, Bearer, ExchangeFailed, Transport

DECODE_IN_THREAD = wire.DECODE_IN_THREAD

R = TypeVar("R")

#: Set by AsyncCudo.raw() around one call: each successful attempt appends its answer and number.
capture: contextvars.ContextVar[list[tuple[Answer, int]] | None] = contextvars.ContextVar(
    "cudo_async_capture", default=None
)


async def call(
    shared: Shared,
    options: Options,
    base_url: str,
    operation: str,
    request: OperationRequest,
    decode: Callable[[Any], R],
    per_call: CallOptions,
    tracing: bool,
) -> R:
    """One call of ``operation``: checked and built before anything is sent (its own options over
    the client's), then attempted until it succeeds or the retry policy stops."""
    shared.check_open()
    shared.check_loop()
    built = wire.Call.build(operation, request, decode, base_url)
    ctx = CallContext.of(options, per_call, shared, built, request, tracing)
    plan: wire.Call[R] = ctx.call
    attempts = drive(
        functools.partial(attempt, shared, ctx, plan),
        policy=ctx.options.retry,
        method=plan.method,
        what=plan.what,
        safe_to_repeat=request.get("safe_to_repeat", False),
        clock=shared.clock,
        sleep=shared.backoff,
    )
    observer = ctx.observer
    if observer.trace is None:
        return await attempts  # no span around the call: no hook to pass through
    return await observer.run(attempts)


async def attempt(shared: Shared, ctx: CallContext, plan: wire.Call[R], number: int, left: float | None) -> R:
    """One attempt: the key, a slot, the exchange, the decoding. One cancel scope bounds it: first
    by what is left of the deadline, then, once sent, also by the attempt's timeout; aclose()
    cancels it. Raises AttemptFailed (for the retry driver) on any failure."""
    options = ctx.options
    deadline_at = math.inf if left is None else shared.clock() + max(0.0, left)
    sent_at: float | None = None
    failed: AttemptFailed | None = None
    answer: Answer | None = None
    result: R
    with anyio.CancelScope(deadline=deadline_at) as scope:
        shared.calls.add(scope)  # aclose() cancels it (Shared.closable, inlined on this hot path)
        try:
            authorization = Bearer("Bearer " + await (options.keys or shared.keys).get())
            throttle = shared.throttle
            try:
                await throttle.acquire(plan, key_fingerprint(authorization[7:]) if throttle.keyed else "")
            except BaseException:
                del authorization  # a limiter's error must not carry the key in this frame's locals
                raise
            try:
                shared.check_open()
                sent_at = shared.clock()
                budget = max(min(options.timeout, deadline_at - sent_at), 0.001)
                scope.deadline = min(deadline_at, sent_at + budget + wire.GRACE)
                headers = _headers(ctx, authorization)
                send = _exchange(shared.transport, plan, headers, budget, options.max_response_bytes)
                try:
                    # no log line and no span: the exchange itself, with no hook around it
                    answer = await (send if ctx.observer.quiet() else ctx.observer.exchange(headers, number, send))
                except AttemptFailed as exc:
                    failed = exc
            finally:
                throttle.release()
            if answer is not None and 200 <= answer.status < 300:
                # decoding counts against the timeout and the deadline too (it holds no slot)
                try:
                    result = (
                        plan.decode_success(answer)
                        if len(answer.body) < DECODE_IN_THREAD
                        else await plan.decode_off_loop(answer)
                    )
                except AttemptFailed as exc:  # an error body under a 2xx status, or an undecodable one
                    failed = exc
        finally:
            shared.calls.discard(scope)
    if scope.cancelled_caught or (failed is not None and shared.closed):
        # Closed meanwhile: whatever the transport made of its closing, the caller hears of the close.
        raise _cut_short(shared, options, plan, sent_at, deadline_at)
    if failed is not None and answer is None:
        raise failed
    assert answer is not None
    if failed is not None:
        return _not_2xx(ctx, plan, answer, number, failed, len(authorization) == 7)
    if 200 <= answer.status < 300:
        throttle.answered(throttled=False, server_delay=None, call=plan)
        _captured(answer, number)
        return result
    return _not_2xx(ctx, plan, answer, number, _refused(throttle, options, plan, answer), len(authorization) == 7)


def _headers(ctx: CallContext, authorization: Bearer) -> dict[str, str]:
    """The request's headers; a client made with api_key=NO_KEY sends no Authorization header at all."""
    if len(authorization) > 7:
        return {**ctx.headers, "Authorization": authorization}
    return {**ctx.headers}


def _not_2xx(
    ctx: CallContext, plan: wire.Call[R], answer: Answer, number: int, refused: AttemptFailed, keyless: bool
) -> R:
    """An error answer (or an error body under a 2xx): raised for the driver, or with
    ``missing_ok=True`` a NOT_FOUND read as done (what is to be deleted is already gone: the
    operation's empty answer)."""
    if ctx.missing_ok and refused.status == "NOT_FOUND":
        _captured(answer, number)
        return plan.decode(RawAnswer(b"", "") if plan.raw else {})
    if keyless and refused.status == "UNAUTHENTICATED":
        refused.error.add_hint(
            "this client sends no API key (api_key=NO_KEY) and this operation needs one: create the client"
            " with api_key=..., $CUDO_API_KEY or the cudoctl configuration"
        )
    raise refused


def _captured(answer: Answer, number: int) -> None:
    """Hand the answer of a call's last attempt to AsyncCudo.raw(), when it asked."""
    captured = capture.get()
    if captured is not None:
        captured.append((answer, number))


def _refused(throttle: Throttle, options: Options, plan: wire.Call[Any], answer: Answer) -> AttemptFailed:
    """A redirect or an error answer, as the driver reads it; a 429 sets the client's pause."""
    if 300 <= answer.status < 400:
        return plan.redirected(answer)
    error = plan.api_error(answer)
    throttled = error.status == "RESOURCE_EXHAUSTED"
    # The pause every call of the client keeps to; never longer than a retry would wait.
    pause = min(error.retry_delay.total_seconds(), options.retry.max_delay) if error.retry_delay else None
    throttle.answered(throttled=throttled, server_delay=pause if throttled else None, call=plan)
    return AttemptFailed(error, Failure.ANSWERED, error.status, error.retry_delay)


async def _exchange(
    transport: Transport, plan: wire.Call[Any], headers: dict[str, str], budget: float, cap: int
) -> Answer:
    """The transport's exchange; a failed one becomes AttemptFailed here, so that the attempt's
    hook (its log line, its span) names the error the caller gets."""
    try:
        answer = await transport.exchange(plan.method, plan.target, headers, plan.content, budget, cap)
    except ExchangeFailed as exc:
        failed = exc  # raised outside the except block: nothing chains to the transport's exception
    else:
        # What server text is scrubbed of, should an error keep some (see Answer.scrubbed).
        answer.secrets = Withheld((headers.get("Authorization", "")[7:], *transport.secrets))
        return answer
    raise plan.transport_failed(
        failed, budget, cap, Withheld((headers.get("Authorization", "")[7:], *transport.secrets))
    )


def _cut_short(
    shared: Shared, options: Options, plan: wire.Call[Any], sent_at: float | None, deadline_at: float
) -> Exception:
    """Why an attempt's cancel scope ended it: aclose(), its timeout, or the call's deadline."""
    if shared.closed:
        text = f"{plan.what}: the client was closed while the call was in flight"
        if sent_at is not None and plan.method not in IDEMPOTENT_METHODS:
            text += f"; {MAYBE_APPLIED_HINT}"
        return errors.ClientClosedError(text)
    by_timeout = sent_at is not None and sent_at + options.timeout + wire.GRACE <= deadline_at
    seconds = options.timeout if by_timeout else (options.retry.deadline or 0.0)
    return plan.timed_out(sent=sent_at is not None, seconds=seconds, deadline=not by_timeout)

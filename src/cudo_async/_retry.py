"""Retrying: the policy and its decisions (pure: no I/O, no clock of their own), and the driver
that runs attempts, sleeps between them and keeps the call inside its deadline.

What is retried follows CUDO's guidance: RESOURCE_EXHAUSTED (429), UNAVAILABLE (503),
DEADLINE_EXCEEDED (504) and ABORTED, plus connection failures where the request never left
the client. A POST or PATCH is repeated only when the failure proves the server did not act
on it (the connection was never made, or a 429), unless the operation is safe to repeat (a
create that carries the new resource's id) or the caller opted in with
``retry_non_idempotent=True``: the SDK never duplicates a side effect on a guess.
"""

from __future__ import annotations

import datetime
import enum
import logging
import math
import random
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import anyio
import attrs

from ._checks import finite
from ._logging import log
from .errors import ClientClosedError, ConfigurationError, CudoError

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

#: Codes worth retrying, for a request that is safe to repeat.
RETRYABLE = frozenset({"RESOURCE_EXHAUSTED", "UNAVAILABLE", "ABORTED", "DEADLINE_EXCEEDED"})
#: Codes that prove the server did not act: a throttled request was never run.
NOT_APPLIED = frozenset({"RESOURCE_EXHAUSTED"})
#: Codes of a request the server refused as it stood: it did nothing.
REFUSED = frozenset(
    {
        "INVALID_ARGUMENT",
        "FAILED_PRECONDITION",
        "OUT_OF_RANGE",
        "UNAUTHENTICATED",
        "PERMISSION_DENIED",
        "NOT_FOUND",
        "ALREADY_EXISTS",
        "UNIMPLEMENTED",
        "RESOURCE_EXHAUSTED",
    }
)

T = TypeVar("T")


def _number(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None and attribute.name == "deadline":
        return
    number = finite(value)
    if number is None or number < 0:
        raise ConfigurationError(f"RetryPolicy.{attribute.name} must be a finite number >= 0, got {value!r}")
    if attribute.name == "deadline" and value == 0:
        raise ConfigurationError("RetryPolicy.deadline must be > 0 seconds, or None for no deadline")


def _count(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"RetryPolicy.{attribute.name} must be an int >= 0, got {value!r}")


def _flag(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise ConfigurationError(f"RetryPolicy.{attribute.name} must be True or False, got {value!r}")


@attrs.frozen
class RetryPolicy:
    """How calls are retried. ``RetryPolicy(max_retries=0)`` turns retries off.

    Waits grow as ``initial_delay * multiplier ** n`` up to ``max_delay``; ``jitter`` is the
    random share taken off each wait (1.0: full jitter, anywhere from 0 to the full wait).
    A wait the server asks for (``RetryInfo.retryDelay`` or ``Retry-After``) is the least
    the client waits. ``deadline`` bounds one call in wall-clock time (queueing for a slot,
    every attempt and every wait included): a wait that would pass it is not taken and the
    last error is raised at once; with ``deadline=None``, ``max_delay`` bounds the server's ask
    the same way. ``retry_non_idempotent`` also retries POST and PATCH after failures where
    the request may have been applied.

    Attributes:
        max_retries: Retries after the first attempt (5); 0 turns retrying off.
        initial_delay: Seconds of the first wait (0.5).
        multiplier: What each wait is multiplied by for the next (1.6).
        max_delay: The longest wait, in seconds (30).
        jitter: The random share taken off each wait, 0 to 1 (1.0: anywhere from 0 to the full wait).
        deadline: Seconds one call may take in all, waits included (120); None: no bound.
        retry_non_idempotent: True: POST and PATCH are retried even when they may have been applied.
    """

    max_retries: int = attrs.field(default=5, validator=_count)
    initial_delay: float = attrs.field(default=0.5, validator=_number)
    multiplier: float = attrs.field(default=1.6, validator=_number)
    max_delay: float = attrs.field(default=30.0, validator=_number)
    jitter: float = attrs.field(default=1.0, validator=_number)
    deadline: float | None = attrs.field(default=120.0, validator=_number)
    retry_non_idempotent: bool = attrs.field(default=False, validator=_flag)

    def __attrs_post_init__(self) -> None:
        if self.jitter > 1:
            raise ConfigurationError(f"RetryPolicy.jitter must be between 0 and 1, got {self.jitter!r}")

    def backoff(self, retry_number: int, rand: float) -> float:
        """The computed wait before retry ``retry_number`` (1-based); ``rand`` in [0, 1)."""
        try:
            grown = self.initial_delay * self.multiplier ** (retry_number - 1)
        except OverflowError:
            grown = math.inf
        base = min(self.max_delay, grown)
        return base * (1.0 - self.jitter * rand)


class Failure(enum.Enum):
    """Outcomes of a failed attempt, as far as retrying is concerned."""

    ANSWERED = "answered"  # the server answered: a non-2xx status, or a body that cannot be used
    NOT_SENT = "not_sent"  # connect failure, or still queued: the server never saw the request
    AMBIGUOUS = "ambiguous"  # timeout, reset or protocol error after sending: it may have been applied


@attrs.frozen
class Decision:
    retry: bool
    delay: float = 0.0
    why: str = ""
    #: The request may have been applied although the attempt failed (a retry repeats it safely).
    maybe_applied: bool = False


def decide(
    policy: RetryPolicy,
    *,
    retry_number: int,
    method: str,
    failure: Failure,
    status: str | None,
    server_delay: datetime.timedelta | None,
    elapsed: float,
    rand: float,
    safe_to_repeat: bool = False,
) -> Decision:
    """Whether to retry after a failed attempt, and after how long. Pure.

    ``retry_number`` is the number this retry would have (1 for the first), ``elapsed`` the
    seconds since the call began, ``rand`` a number in [0, 1) for the jitter.
    ``safe_to_repeat`` marks an operation that cannot apply twice (a create carrying its id).
    """
    side_effects = method.upper() not in IDEMPOTENT_METHODS
    repeatable = not side_effects or safe_to_repeat or policy.retry_non_idempotent
    if failure is Failure.NOT_SENT:
        proven_not_applied = True
    elif failure is Failure.ANSWERED:
        if status not in RETRYABLE:
            # A refusal did nothing; anything else (a 5xx, a 2xx that cannot be read) may have acted.
            return Decision(
                False,
                why=f"{status or 'the answer'} is not retryable",
                maybe_applied=side_effects and status not in REFUSED,
            )
        proven_not_applied = status in NOT_APPLIED
    else:
        proven_not_applied = False
    maybe_applied = side_effects and not proven_not_applied
    if maybe_applied and not repeatable:
        return Decision(False, why=f"{method} may have been applied", maybe_applied=True)
    if retry_number > policy.max_retries:
        return Decision(False, why="retries exhausted", maybe_applied=maybe_applied)
    delay = policy.backoff(retry_number, rand)
    if server_delay is not None:
        # The server's wait is a floor; the jittered schedule keeps clients that were throttled together apart.
        delay = max(delay, server_delay.total_seconds())
    if policy.deadline is not None and elapsed + delay >= policy.deadline:
        return Decision(False, delay=delay, why="the wait would pass the deadline", maybe_applied=maybe_applied)
    if policy.deadline is None and delay > policy.max_delay:
        # No deadline: the longest wait the policy allows bounds the server's ask too (a Retry-After
        # of days must not park the call).
        return Decision(
            False, delay=delay, why="the server asked for a wait longer than max_delay", maybe_applied=maybe_applied
        )
    return Decision(True, delay=delay, maybe_applied=maybe_applied)


def jitter_source() -> float:
    return random.random()  # noqa: S311 (jitter, not cryptography)


# --------------------------------------------------------------------------- the driver


class AttemptFailed(Exception):
    """Raised by one attempt to tell the driver what went wrong (never reaches the caller)."""

    def __init__(
        self,
        error: CudoError,
        failure: Failure,
        status: str | None = None,
        server_delay: datetime.timedelta | None = None,
    ) -> None:
        super().__init__(error)
        self.error = error
        self.failure = failure
        self.status = status
        self.server_delay = server_delay


EARLIER_ATTEMPT_HINT = (
    "an earlier attempt of this call most likely created it (its answer was lost): fetch it by the id you sent"
)
MAYBE_APPLIED_HINT = "the request may have been applied: check the resource (get or list it) before sending it again"


async def drive(
    attempt: Callable[[int, float | None], Awaitable[T]],
    *,
    policy: RetryPolicy,
    method: str,
    what: str,
    safe_to_repeat: bool = False,
    clock: Callable[[], float] = anyio.current_time,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    rand: Callable[[], float] = jitter_source,
) -> T:
    """Run ``attempt(number, seconds_left)`` until it returns, or until ``decide`` says stop.

    ``seconds_left`` is what remains of the policy's deadline (None without one). The error of
    the last attempt is raised with ``attempts`` set.
    """
    start = clock()
    deadline = policy.deadline
    number = 0
    #: An earlier attempt may have been applied (sent, and not proven refused): what the call's
    #: error says, whichever later attempt or close ends it.
    applied = False
    while True:
        number += 1
        # the first attempt starts now: all of the deadline is left (no second look at the clock)
        left = None if deadline is None else deadline if number == 1 else deadline - (clock() - start)
        try:
            return await attempt(number, left)
        except AttemptFailed as failed:
            outcome = failed
        except ClientClosedError as closed:  # closed during this attempt: an earlier one may have acted
            if applied:
                closed.add_hint(MAYBE_APPLIED_HINT)
            raise
        decision = decide(
            policy,
            retry_number=number,
            method=method,
            failure=outcome.failure,
            status=outcome.status,
            server_delay=outcome.server_delay,
            elapsed=clock() - start,
            rand=rand(),
            safe_to_repeat=safe_to_repeat,
        )
        error = outcome.error
        applied = applied or decision.maybe_applied
        if not decision.retry:
            error.attempts = number
            if applied:
                error.add_hint(MAYBE_APPLIED_HINT)
            if number > 1:
                if safe_to_repeat and outcome.status == "ALREADY_EXISTS":
                    error.add_hint(EARLIER_ATTEMPT_HINT)
                error.add_hint(f"after {number} attempts")
            if number > 1:
                log(logging.INFO, "%s failed after %d attempts (%s): %s", what, number, decision.why, error)
            raise error
        log(
            logging.INFO,
            "retrying %s after %s (attempt %d of at most %d, waiting %.3fs)",
            what,
            outcome.status or type(error).__name__,
            number,
            policy.max_retries + 1,
            decision.delay,
        )
        try:
            await (sleep or anyio.sleep)(decision.delay)
        except ClientClosedError:
            pass  # raised below, saying what was cut short (outside: nothing to chain)
        else:
            continue
        cut = ClientClosedError(f"{what}: the client was closed while the call waited to retry")
        cut.attempts = number
        if applied:
            cut.add_hint(MAYBE_APPLIED_HINT)
        raise cut

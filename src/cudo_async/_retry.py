"""Retry policy: pure decisions (no I/O, no clock of its own) and the anyio waits that act on them.

What is retried follows CUDO's guidance: RESOURCE_EXHAUSTED (429), UNAVAILABLE (503),
DEADLINE_EXCEEDED (504) and ABORTED, plus connection failures where the request never
left the client. A request that may have reached the server (a read timeout, a reset after
sending, a 504) is retried only when its method is idempotent, or the caller opted in with
``retry_non_idempotent=True``, so the SDK never duplicates a create.
"""

from __future__ import annotations

import datetime
import enum
import random
from typing import Any

import attrs

from .errors import ConfigurationError

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

#: Codes after which the server did not apply the request: safe to retry any method.
NOT_APPLIED = frozenset({"RESOURCE_EXHAUSTED", "UNAVAILABLE", "ABORTED"})
#: Codes after which the request may have been applied: retried only when idempotent (or opted in).
MAYBE_APPLIED = frozenset({"DEADLINE_EXCEEDED"})


def _non_negative(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not value >= 0:
        raise ConfigurationError(f"RetryPolicy.{attribute.name} must be >= 0, got {value!r}")


@attrs.frozen
class RetryPolicy:
    """How calls are retried. ``RetryPolicy(max_retries=0)`` turns retries off.

    Waits grow as ``initial_delay * multiplier ** n`` up to ``max_delay``; ``jitter`` is the
    random share taken off each wait (1.0: full jitter, anywhere from 0 to the full wait).
    A wait the server asks for (``RetryInfo.retryDelay`` or ``Retry-After``) is the least
    the client waits. ``deadline`` bounds one call, attempts and waits included: a wait that would
    pass it is not taken and the last error is raised at once; with ``deadline=None``,
    ``max_delay`` bounds the server's ask the same way. ``retry_non_idempotent`` also
    retries POST and PATCH after failures where the request may have been applied.
    """

    max_retries: int = attrs.field(default=5, validator=_non_negative)
    initial_delay: float = attrs.field(default=0.5, validator=_non_negative)
    multiplier: float = attrs.field(default=1.6, validator=_non_negative)
    max_delay: float = attrs.field(default=30.0, validator=_non_negative)
    jitter: float = attrs.field(default=1.0, validator=_non_negative)
    deadline: float | None = attrs.field(default=120.0, validator=_non_negative)
    retry_non_idempotent: bool = False

    def __attrs_post_init__(self) -> None:
        if self.jitter > 1:
            raise ConfigurationError(f"RetryPolicy.jitter must be between 0 and 1, got {self.jitter!r}")

    def backoff(self, retry_number: int, rand: float) -> float:
        """The computed wait before retry ``retry_number`` (1-based); ``rand`` in [0, 1)."""
        base = min(self.max_delay, self.initial_delay * self.multiplier ** (retry_number - 1))
        return base * (1.0 - self.jitter * rand)


class Failure(enum.Enum):
    """Outcomes of an attempt, as far as retrying is concerned."""

    STATUS = "status"  # the server answered non-2xx
    NOT_SENT = "not_sent"  # connect failure or pool timeout: the server never saw the request
    AMBIGUOUS = "ambiguous"  # read timeout, reset or protocol error after sending


@attrs.frozen
class Decision:
    retry: bool
    delay: float = 0.0
    why: str = ""


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
) -> Decision:
    """Whether to retry after a failed attempt, and after how long. Pure.

    ``retry_number`` is the number this retry would have (1 for the first), ``elapsed`` the
    seconds since the call began, ``rand`` a number in [0, 1) for the jitter.
    """
    if retry_number > policy.max_retries:
        return Decision(False, why="retries exhausted")
    idempotent = method.upper() in IDEMPOTENT_METHODS or policy.retry_non_idempotent
    if failure is Failure.STATUS:
        if status in NOT_APPLIED:
            pass
        elif status in MAYBE_APPLIED:
            if not idempotent:
                return Decision(False, why=f"{status} on {method} may have been applied")
        else:
            return Decision(False, why=f"{status} is not retryable")
    elif failure is Failure.AMBIGUOUS and not idempotent:
        return Decision(False, why=f"{method} may have reached the server")
    delay = policy.backoff(retry_number, rand)
    if server_delay is not None:
        # The server's wait is a floor; the jittered schedule keeps clients that were throttled together apart.
        delay = max(delay, server_delay.total_seconds())
    if policy.deadline is not None and elapsed + delay >= policy.deadline:
        return Decision(False, delay=delay, why="the wait would pass the deadline")
    if policy.deadline is None and delay > policy.max_delay:
        # No deadline: the longest wait the policy allows bounds the server's ask too (a Retry-After
        # of days must not park the call).
        return Decision(False, delay=delay, why="the server asked for a wait longer than max_delay")
    return Decision(True, delay=delay)


def jitter_source() -> float:
    return random.random()  # noqa: S311 (jitter, not cryptography)

"""Waiting for a VM to reach a state: the state rules are pure, the polling is a bounded anyio loop."""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import anyio

from . import errors
from ._retry import RetryPolicy, jitter_source

#: States a VM cannot leave, or leaves only towards these.
_ONLY_LEADS_TO: dict[str, frozenset[str]] = {
    "FAILED": frozenset(),
    "DELETED": frozenset(),
    "DELETING": frozenset({"DELETED"}),
}


def wanted_states(until: str | Iterable[str]) -> frozenset[str]:
    """``until`` as a set of upper-case states: one state's name, or a collection of them."""
    names = [until] if isinstance(until, str) else until
    try:
        wanted = frozenset(str(s).upper() for s in names if isinstance(s, str) and s.strip())
    except TypeError:
        wanted = frozenset()
    if not wanted:
        raise errors.ConfigurationError(f"until must name at least one state, such as 'ACTIVE'; got {until!r}")
    return wanted


def unreachable(state: str, until: frozenset[str]) -> bool:
    """True when none of ``until`` can follow ``state``. Pure."""
    if state in until:
        return False
    leads_to = _ONLY_LEADS_TO.get(state)
    return leads_to is not None and not (leads_to & until)


def poll_schedule(initial: float) -> RetryPolicy:
    """Polls grow like retries (x1.5 up to 10 s), with a quarter of jitter so that many waiters
    do not poll in step."""
    return RetryPolicy(initial_delay=initial, multiplier=1.5, max_delay=max(10.0, initial), jitter=0.25, deadline=None)


async def wait_for_state(
    fetch: Callable[[], Awaitable[Any]],
    state_of: Callable[[Any], str],
    until: str | Iterable[str],
    *,
    timeout: float,  # noqa: ASYNC109 (see AsyncCudo.wait_for_vm)
    what: str,
    initial_delay: float = 0.5,
) -> Any:
    """Poll ``fetch`` until ``state_of(result)`` is in ``until``; raise WaitError when it cannot get there."""
    wanted = wanted_states(until)
    for name, value in (("timeout", timeout), ("poll_interval", initial_delay)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
            raise errors.ConfigurationError(f"{name} must be a finite number of seconds > 0, got {value!r}")
    deadline = anyio.current_time() + timeout
    last: Any = None
    state: str | None = None
    schedule = poll_schedule(initial_delay)
    polls = 0
    while True:
        last = await fetch()
        state = state_of(last)
        if state in wanted:
            return last
        if unreachable(state, wanted):
            raise errors.WaitError(
                f"{what} is {state}; it cannot reach {', '.join(sorted(wanted))}", state=state, resource=last
            )
        remaining = deadline - anyio.current_time()
        if remaining <= 0:
            raise errors.WaitTimeoutError(
                f"{what} still {state} after {timeout:g}s (waiting for {', '.join(sorted(wanted))})",
                state=state,
                resource=last,
            )
        polls += 1
        await anyio.sleep(min(schedule.backoff(polls, jitter_source()), remaining))

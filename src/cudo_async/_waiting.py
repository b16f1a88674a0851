"""Waiting for a VM to reach a state: the state rules are pure, the polling is a bounded anyio loop."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import anyio

from . import errors

#: States a VM cannot leave, or leaves only towards these.
_ONLY_LEADS_TO: dict[str, frozenset[str]] = {
    "FAILED": frozenset(),
    "DELETED": frozenset(),
    "DELETING": frozenset({"DELETED"}),
}


def unreachable(state: str, until: frozenset[str]) -> bool:
    """True when none of ``until`` can follow ``state``. Pure."""
    if state in until:
        return False
    leads_to = _ONLY_LEADS_TO.get(state)
    return leads_to is not None and not (leads_to & until)


def poll_delays(initial: float = 0.5, multiplier: float = 1.5, cap: float = 10.0) -> Iterable[float]:
    delay = initial
    while True:
        yield delay
        delay = min(cap, delay * multiplier)


async def wait_for_state(
    fetch: Callable[[], Awaitable[Any]],
    state_of: Callable[[Any], str],
    until: Iterable[str],
    *,
    timeout: float,  # noqa: ASYNC109 (see AsyncCudo.wait_for_vm)
    what: str,
    initial_delay: float = 0.5,
) -> Any:
    """Poll ``fetch`` until ``state_of(result)`` is in ``until``; raise WaitError when it cannot get there."""
    wanted = frozenset(s.upper() for s in until)
    if not wanted:
        raise errors.ConfigurationError("until must name at least one state")
    if not timeout > 0:
        raise errors.ConfigurationError(f"timeout must be positive, got {timeout!r}")
    deadline = anyio.current_time() + timeout
    last: Any = None
    state: str | None = None
    delays = iter(poll_delays(initial_delay))
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
        await anyio.sleep(min(next(delays), remaining))

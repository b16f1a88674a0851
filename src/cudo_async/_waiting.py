"""Waiting for a VM to reach a state: the state rules are pure, the polling is a bounded anyio loop."""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

import anyio
import attrs
from cudo_async_api.needs import VM, VMState

from . import errors
from ._checks import finite
from ._retry import RetryPolicy, jitter_source

#: States a VM cannot leave, or leaves only towards these.
_ONLY_LEADS_TO: dict[str, frozenset[str]] = {
    "FAILED": frozenset(),
    "DELETED": frozenset(),
    "DELETING": frozenset({"DELETED"}),
}


#: The states the spec lists for a VM (read from the generated enum, so a regenerated spec's
#: states are the valid ones).
KNOWN_STATES = frozenset(member.value for member in VMState.__members__.values())


def wanted_states(until: VMState | str | Iterable[VMState | str]) -> frozenset[str]:
    """``until`` as a set of upper-case states: one state (a ``VMState`` or its name), or a
    collection of them. A state the spec does not list is refused, naming the valid ones."""
    names = [until] if isinstance(until, str) else until
    try:
        # (any enum member as its value: VMState is Any to type checkers when the spec lacks a need)
        wanted = frozenset(str(s.value if isinstance(s, enum.Enum) else s).upper() for s in names if isinstance(s, str))
    except TypeError:
        wanted = frozenset()
    if not wanted or not all(s.strip() for s in wanted):
        raise errors.ConfigurationError(f"until must name at least one state, such as 'ACTIVE'; got {until!r}"[:300])
    unknown = wanted - KNOWN_STATES
    if unknown:
        raise errors.ConfigurationError(
            f"until names {', '.join(sorted(unknown))[:200]}, which is not a VM state; "
            f"the states are: {', '.join(sorted(KNOWN_STATES))}"
        )
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


def _check_seconds(**values: float) -> None:
    for name, value in values.items():
        number = finite(value)
        if number is None or number <= 0:
            raise errors.ConfigurationError(f"{name} must be a finite number of seconds > 0, got {value!r}")


async def wait_for_state(
    fetch: Callable[[], Awaitable[Any]],
    state_of: Callable[[Any], str],
    until: VMState | str | Iterable[VMState | str],
    *,
    timeout: float,  # noqa: ASYNC109 (see AsyncCudo.wait_for_vm)
    what: str,
    initial_delay: float = 0.5,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    gone: Callable[[], Any] | None = None,
) -> Any:
    """Poll ``fetch`` until ``state_of(result)`` is in ``until``; raise WaitError when it cannot get there.

    ``sleep`` waits between polls (the client's, which its close ends). ``gone()`` is the resource
    as deleted: when DELETED is wanted, a poll answered NOT_FOUND has got there and returns it."""
    wanted = wanted_states(until)
    _check_seconds(timeout=timeout, poll_interval=initial_delay)
    deadline = anyio.current_time() + timeout
    last: Any = None
    state: str | None = None
    schedule = poll_schedule(initial_delay)
    polls = 0
    while True:
        # Each poll is bounded by what is left of the wait: a hanging one ends it on time.
        with anyio.move_on_after(max(deadline - anyio.current_time(), 0.0)) as scope:
            try:
                last = await fetch()
            except errors.NotFoundError:
                if gone is None or "DELETED" not in wanted:
                    raise
                return gone()  # deleted and gone: what DELETED waits for
        if scope.cancelled_caught:
            raise errors.WaitTimeoutError(
                f"{what} still {state or 'unknown'} after {timeout:g}s (waiting for {', '.join(sorted(wanted))};"
                " the last poll had no answer in time)",
                state=state,
                resource=last,
            )
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
        await sleep(min(schedule.backoff(polls, jitter_source()), remaining))


# --------------------------------------------------------------------------- a fleet of VMs

#: A VM missing from this many list polls in a row is gone (one miss may be a listing that lags a create).
GONE_AFTER_MISSES = 2


@attrs.frozen
class FleetWaitResult:
    """What ``wait_for_vms`` found: the VMs that reached the wanted state, and why each other
    one did not. ``raise_for_failures()`` turns the second part into one exception.

    Attributes:
        ready: vm_id -> the ``models.VM`` as last seen, in a wanted state.
        failed: vm_id -> why that VM did not get there: a ``WaitError`` (FAILED, DELETED, gone)
            or a ``WaitTimeoutError`` (time ran out).
    """

    ready: Mapping[str, VM]
    failed: Mapping[str, errors.WaitError]

    @property
    def all_ready(self) -> bool:
        """True when every VM waited for reached the wanted state (``failed`` is empty)."""
        return not self.failed

    def raise_for_failures(self) -> None:
        """Raise ``errors.FleetWaitError`` naming every VM that did not get there, if any."""
        if self.failed:
            names = ", ".join(f"{vm_id} ({err.state or 'unknown'})" for vm_id, err in sorted(self.failed.items()))
            total = len(self.ready) + len(self.failed)
            raise errors.FleetWaitError(
                f"{len(self.failed)} of {total} VMs did not get there: {names}", failures=self.failed
            )


def fleet_step(
    pending: Iterable[str], states: Mapping[str, str], wanted: frozenset[str], misses: dict[str, int]
) -> tuple[set[str], dict[str, str]]:
    """One list poll judged for the VMs still awaited: those now in a wanted state, and those
    that cannot get there (with the state that says why). ``misses`` counts polls each VM was
    missing from; a VM gone when DELETED is wanted has got there. Pure."""
    done: set[str] = set()
    lost: dict[str, str] = {}
    for vm_id in pending:
        state = states.get(vm_id)
        if state is None:
            misses[vm_id] = misses.get(vm_id, 0) + 1
            if misses[vm_id] >= GONE_AFTER_MISSES:
                if "DELETED" in wanted:
                    done.add(vm_id)
                else:
                    lost[vm_id] = "GONE"
            continue
        misses.pop(vm_id, None)
        if state in wanted:
            done.add(vm_id)
        elif unreachable(state, wanted):
            lost[vm_id] = state
    return done, lost


class ProjectPoll:
    """The latest list of one project's VMs for one API key, shared by every fleet waiter of that
    key and project on one client. Each list call is numbered when it starts; a waiter takes only
    an answer to a call that started after the one it last judged on (at first, after it began
    waiting), so no waiter judges on a list older than its own wait. A waiter that needs a newer
    list than any started makes the call; the others read its answer instead of calling again."""

    def __init__(self) -> None:
        #: How many list calls have started.
        self.started = 0
        #: The number of the call whose answer ``vms`` is (0: none yet).
        self.answered = 0
        self.vms: dict[str, VM] = {}
        self.waiters = 0
        self._lock: anyio.Lock | None = None

    async def newer_than(self, seen: int, fetch: Callable[[], Awaitable[dict[str, VM]]]) -> tuple[int, dict[str, VM]]:
        """An answer to a call numbered above ``seen``, and that number."""
        if self.answered > seen:
            return self.answered, self.vms
        if self._lock is None:
            self._lock = anyio.Lock()
        async with self._lock:  # a call in flight holds the lock: queue for its answer
            if self.answered <= seen:  # none started after ``seen`` answered meanwhile: call now
                self.started += 1
                number = self.started
                vms = await fetch()
                if number > self.answered:
                    self.answered, self.vms = number, vms
                return number, vms
        return self.answered, self.vms


def vm_id_list(vm_ids: Iterable[str]) -> list[str]:
    """``vm_ids`` checked (non-empty strings, at least one), in order, without repeats."""
    if isinstance(vm_ids, str):
        raise errors.ConfigurationError(f"vm_ids must be a collection of VM ids, not one string: [{vm_ids!r}]")
    try:
        ids = list(dict.fromkeys(vm_ids))
    except TypeError:
        ids = []
    if not ids or not all(isinstance(i, str) and i.strip() for i in ids):
        raise errors.ConfigurationError(f"vm_ids must be one or more non-empty VM ids, got {vm_ids!r}"[:200])
    return ids


async def wait_for_fleet(
    poll: ProjectPoll,
    fetch: Callable[[], Awaitable[dict[str, VM]]],
    vm_ids: list[str],
    until: VMState | str | Iterable[VMState | str],
    *,
    timeout: float,  # noqa: ASYNC109 (see AsyncCudo.wait_for_vm)
    initial_delay: float,
    sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
) -> FleetWaitResult:
    """Follow ``vm_ids`` through the shared list polls until each one got there, cannot, or time runs
    out; ``sleep`` waits between polls (the client's, which its close ends)."""
    wanted = wanted_states(until)
    _check_seconds(timeout=timeout, poll_interval=initial_delay)
    deadline = anyio.current_time() + timeout
    schedule = poll_schedule(initial_delay)
    pending = set(vm_ids)
    ready: dict[str, VM] = {}
    failed: dict[str, errors.WaitError] = {}
    misses: dict[str, int] = {}
    last_seen: dict[str, VM] = {}
    # Only answers to calls that start from now on count (one in flight began before this wait).
    seen, polls = poll.started, 0
    while pending:
        # Each poll is bounded by what is left of the wait: a hanging one ends it on time.
        vms: dict[str, VM] | None = None
        with anyio.move_on_after(max(deadline - anyio.current_time(), 0.0)):
            seen, vms = await poll.newer_than(seen, fetch)
        if vms is not None:
            states = {vm_id: str(vm.state).upper() for vm_id, vm in vms.items() if vm_id in pending}
            last_seen.update((vm_id, vms[vm_id]) for vm_id in states)
            done, lost = fleet_step(pending, states, wanted, misses)
        else:
            done, lost = set(), {}
        for vm_id in done:
            # Listed now: as listed. Got there by being gone (DELETED was wanted): deleted, as
            # wait_for_vm reports it, not the state it was last listed in.
            ready[vm_id] = vms[vm_id] if vms is not None and vm_id in vms else VM(id=vm_id, state=VMState("DELETED"))
        for vm_id, state in lost.items():
            why = "is gone from the project's list" if state == "GONE" else f"is {state}"
            failed[vm_id] = errors.WaitError(
                f"VM {vm_id!r} {why}; it cannot reach {', '.join(sorted(wanted))}",
                state=state,
                resource=last_seen.get(vm_id),
            )
        pending -= done | set(lost)
        remaining = deadline - anyio.current_time()
        if pending and remaining <= 0:
            for vm_id in sorted(pending):
                vm = last_seen.get(vm_id)
                last = str(vm.state).upper() if vm else None
                failed[vm_id] = errors.WaitTimeoutError(
                    f"VM {vm_id!r} still {last or 'not listed'} after {timeout:g}s", state=last, resource=vm
                )
            break
        if pending:
            polls += 1
            await sleep(min(schedule.backoff(polls, jitter_source()), remaining))
    return FleetWaitResult(ready=ready, failed=failed)

"""One back-off for a whole client: a shared "not before" time and an adaptive rate.

Every call of a client draws on one key's allowance, so a 429 one call meets is news for all
of them. The decisions are pure (``Pacer``: times in, seconds out); ``Throttle`` in _limits.py
does the waiting.

- A 429 sets a pause: no attempt of the client starts before the time the server asked for
  (``RetryInfo`` / ``Retry-After``), except the one that met it, whose own retry already waits.
- A rate appears only under congestion, judged on the share of 429s among the answers of the
  last second (at least ``MIN_ANSWERS`` of them): a stray 429 among many answers is not
  congestion. The rate is cut to ``DECREASE`` times the larger of the rate the server accepted
  and a quarter of the rate sent, both over the span of those answers or the server's wait,
  whichever is longer (at most once per half second, or per server wait), then grows by
  ``GROWTH`` per second up to ``NEAR`` times the rate the server accepted, and by ``PROBE``
  beyond; under a rate, any 429 cuts it again. After ``FORGET_AFTER`` seconds without a cut,
  the rate is dropped.
"""

from __future__ import annotations

import collections
import math

WINDOW = 1.0
MIN_ANSWERS = 8
CONGESTED_SHARE = 0.1
DECREASE = 0.85
GROWTH = 1.05
#: Growth slows to ``PROBE`` per second once the rate reaches ``NEAR`` times what the server
#: accepted at the last cut: it stays just under a limit it has met instead of meeting it again.
NEAR = 0.9
PROBE = 1.003
MIN_RATE = 0.5
FORGET_AFTER = 30.0


class Pacer:
    """The shared pause and the adaptive rate of one client. No I/O and no clock of its own:
    every method takes ``now``."""

    __slots__ = (
        "_answers", "_base", "_ceiling", "_cut_at", "_cut_until", "_next_start", "not_before", "pause_owner"
    )  # fmt: skip

    def __init__(self) -> None:
        #: No attempt starts before this time (the latest server-asked wait).
        self.not_before = -math.inf
        #: The call whose 429 set ``not_before`` (its own retry already waits for it).
        self.pause_owner: object | None = None
        self._answers: collections.deque[tuple[float, bool]] = collections.deque()
        self._base: float | None = None  # the rate at the last cut
        self._ceiling = math.inf  # what the server accepted at the last cut (starts per second)
        self._cut_at = -math.inf
        self._cut_until = -math.inf  # no second cut before this time
        self._next_start = -math.inf

    def rate(self, now: float) -> float | None:
        """Starts per second allowed now (None: no adaptive limit)."""
        if self._base is None:
            return None
        since = now - self._cut_at
        if since >= FORGET_AFTER:
            self._base = None
            return None
        since = max(since, 0.0)
        near = max(self._base, NEAR * self._ceiling)
        return float(min(self._base * GROWTH**since, near * PROBE**since))

    def answered(self, now: float, *, throttled: bool, server_delay: float | None, call: object = None) -> None:
        """Record one answer (a 429 is ``throttled``, with the wait the server asked for)."""
        answers = self._answers
        answers.append((now, throttled))
        while answers and answers[0][0] < now - WINDOW:
            answers.popleft()
        if not throttled:
            return
        pause = server_delay if server_delay is not None else 0.0
        if now + pause > self.not_before:
            self.not_before, self.pause_owner = now + pause, call
        refused = sum(1 for _, was in answers if was)
        if now < self._cut_until:
            return
        current = self.rate(now)
        # Without a rate, only congestion sets one (a stray 429 among many answers is not); under
        # a rate, any 429 says it is too high.
        if current is None and (len(answers) < MIN_ANSWERS or refused < CONGESTED_SHARE * len(answers)):
            return
        # What the server accepted is judged over the span of the answers, or over the wait it
        # asked for when that is longer: a burst it cut off after N answers, asking for 1 s, says
        # "N a second" (a sliding window or a bucket refilled over that second).
        span = max(now - answers[0][0], pause)
        if span >= WINDOW / 4:
            # A quarter of what was sent, but not below what the server accepted: a burst far over
            # the limit comes down in a few cuts, a small overshoot lands just under the limit.
            sent, accepted = len(answers) / span, (len(answers) - refused) / span
            base, ceiling = max(accepted, sent / 4), accepted
        elif current is not None:
            base, ceiling = current, min(self._ceiling, current)  # too short to measure: from the rate
        else:
            return  # a short wave with no telling wait says little about the rate: its retries will
        if current is not None:
            base = min(base, current)  # a cut never raises the rate
        self._base = max(MIN_RATE, DECREASE * base)
        self._ceiling = max(MIN_RATE, ceiling)
        self._cut_at = now
        self._cut_until = now + max(WINDOW / 2, pause)

    def idle(self, now: float) -> bool:
        """No pause and no rate in force: every attempt may start now. Pure."""
        return self._base is None and self.not_before <= now

    def wait(self, now: float, *, call: object = None) -> float:
        """Seconds before an attempt of ``call`` may start (0: now). Pure."""
        pause = 0.0 if call is not None and call is self.pause_owner else self.not_before - now
        rate = self.rate(now)
        spacing = self._next_start - now if rate is not None else 0.0
        return max(pause, spacing, 0.0)

    def started(self, now: float) -> None:
        """An attempt starts now: under a rate, the next one starts one interval later."""
        rate = self.rate(now)
        if rate is not None:
            self._next_start = now + 1.0 / rate

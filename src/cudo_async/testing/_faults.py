"""How the emulator misbehaves on purpose (injected faults, chaos) and rate-limits per key."""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

import anyio
import attrs

from .._checks import check_number, check_whole, shown
from ..errors import ConfigurationError
from ._http import Reply, Request


@attrs.define
class Fault:
    """One injected misbehaviour, used for the next ``times`` matching calls.

    ``status`` (with ``body`` or a generated AIP-193 body, and ``headers``) replaces the answer;
    ``latency`` delays it; ``drop="before"`` closes the connection without running the call,
    ``drop="after"`` runs it and then closes without answering; ``truncate`` sends only the
    first half of the real answer's body; ``body`` alone (bytes) replaces the body, e.g. non-JSON.
    ``applied`` says whether the call runs before a replaced answer is sent: by default it does
    not for a ``status`` (the server refused it) and does for everything else.
    """

    operation: str | None = None
    times: int = 1
    status: int | None = None
    body: bytes | Mapping[str, Any] | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    latency: float = 0.0
    drop: str | None = None
    truncate: bool = False
    applied: bool | None = None
    used: int = 0

    def __attrs_post_init__(self) -> None:
        if self.drop not in (None, "before", "after"):
            raise ConfigurationError(f"drop must be None, 'before' or 'after', got {shown(self.drop)}")
        if self.operation is not None and not isinstance(self.operation, str):
            raise ConfigurationError(f"operation must be an operation id (str) or None, got {shown(self.operation)}")
        check_whole("times", self.times, 0)
        check_whole("used", self.used, 0)
        if self.status is not None:
            check_whole("status", self.status, 100, 599)
        if self.body is not None and not isinstance(self.body, bytes | Mapping):
            raise ConfigurationError(f"body must be bytes, a JSON object (dict) or None, got {shown(self.body)}")
        if not isinstance(self.headers, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in self.headers.items()
        ):
            raise ConfigurationError("headers must be a dict of str names to str values")
        check_number("latency", self.latency, at_least=0.0)
        for name in ("truncate", "applied"):
            value = getattr(self, name)
            if not isinstance(value, bool) and not (name == "applied" and value is None):
                raise ConfigurationError(f"{name} must be True or False, got {shown(value)}")

    @property
    def runs_call(self) -> bool:
        if self.drop is not None:
            return self.drop == "after"
        return self.applied if self.applied is not None else self.status is None


@attrs.frozen
class Exchange:
    """One request the emulator answered (for tests that check answers against the spec)."""

    operation: str | None
    method: str
    path_template: str | None
    request: Request
    reply: Reply


@attrs.define
class Chaos:
    rate: float
    faults: list[Fault]
    rng: random.Random

    def pick(self, operation: str | None) -> Fault | None:
        if self.rng.random() >= self.rate:
            return None
        fitting = [f for f in self.faults if f.operation in (None, operation)]
        return self.rng.choice(fitting) if fitting else None


class TokenBucket:
    __slots__ = ("burst", "rate", "stamp", "tokens")

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst, self.tokens, self.stamp = rate, burst, burst, anyio.current_time()

    def take(self) -> float:
        """0 if a token was taken, else seconds until one is available."""
        now = anyio.current_time()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate

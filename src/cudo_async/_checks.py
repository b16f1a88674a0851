"""Checks of numbers and values a user passes (client options, retry policies, waits, the
emulator's options): one reading of "a finite number", so a bool, a str or an int past any float
is refused with a ConfigurationError the caller words, never an OverflowError."""

from __future__ import annotations

import contextlib
import math

from .errors import ConfigurationError


def finite(value: object) -> float | None:
    """``value`` as a float when it is a finite int or float (not a bool); None otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    with contextlib.suppress(OverflowError):  # an int past any float is no finite time or rate
        number = float(value)
        return number if math.isfinite(number) else None
    return None


def check_whole(name: str, value: object, low: int, high: int | None = None) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < low or (high is not None and value > high):
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise ConfigurationError(f"{name} must be a whole number {bounds}, got {shown(value)}")


def check_number(name: str, value: object, *, above: float | None = None, at_least: float | None = None) -> None:
    number = finite(value)
    if number is None or (above is not None and number <= above) or (at_least is not None and number < at_least):
        bound = f"> {above}" if above is not None else f">= {at_least}"
        raise ConfigurationError(f"{name} must be a finite number {bound}, got {shown(value)}")


def shown(value: object) -> str:
    """The value as a message shows it: its repr, bounded (a 400-digit int is not quoted whole)."""
    try:
        text = repr(value)
    except Exception:  # a caller's object whose repr fails must not hide the real mistake
        text = "(no repr)"
    return text if len(text) <= 80 else text[:79] + "…"

"""Checks of what a test passes the emulator (its options, faults and chaos): a value it cannot
use is a ConfigurationError naming the option, before anything listens or misbehaves."""

from __future__ import annotations

import contextlib
import math

from ..errors import ConfigurationError


def check_whole(name: str, value: object, low: int, high: int | None = None) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < low or (high is not None and value > high):
        bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
        raise ConfigurationError(f"{name} must be a whole number {bounds}, got {shown(value)}")


def check_number(name: str, value: object, *, above: float | None = None, at_least: float | None = None) -> None:
    number = math.nan
    if isinstance(value, int | float) and not isinstance(value, bool):
        with contextlib.suppress(OverflowError):  # an int past any float: no finite time or rate
            number = float(value)
    if not (math.isfinite(number) and (above is None or number > above) and (at_least is None or number >= at_least)):
        bound = f"> {above}" if above is not None else f">= {at_least}"
        raise ConfigurationError(f"{name} must be a finite number {bound}, got {shown(value)}")


def shown(value: object) -> str:
    """The value as the message shows it: its repr, bounded (a 400-digit int is not quoted whole)."""
    try:
        text = repr(value)
    except Exception:
        text = f"a {type(value).__name__}"
    return text if len(text) <= 60 else text[:57] + "..."

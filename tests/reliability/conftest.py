"""Sizes for the reliability suite: small in the normal run, large under `make soak`.

`make soak` sets CUDO_RELIABILITY=long; the figures of that run go to tests/reliability/RESULTS.md.
"""

from __future__ import annotations

import json
import os
import platform
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

LONG = os.environ.get("CUDO_RELIABILITY") == "long"
SOAK_CALLS = 10_000 if LONG else 1_000
CANCEL_CALLS = 1_000
FUZZ_EXAMPLES = 10_000 if LONG else 300

settings.register_profile(
    "reliability",
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    derandomize=not LONG,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: The real-clock figures (rates, 429 counts) are measured under make soak only.
collect_ignore = [] if LONG else ["test_figures.py"]

FIGURES: dict[str, Any] = {}
RESULTS = Path(__file__).with_name("RESULTS.md")


def record(name: str, **figures: Any) -> None:
    FIGURES.setdefault(name, {}).update(figures)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    groups = {name.split(" (")[0].split(":")[0] for name in FIGURES}
    if not LONG or groups != {"fault soak", "fuzzing", "secrets", "cancellation", "fleet scale"}:
        return  # only a whole long run rewrites the figures
    lines = [
        "# Reliability figures (long run: `make soak`)",
        "",
        f"Python {sys.version.split()[0]} on {platform.machine()}, {os.cpu_count()} cores; "
        f"pytest exit status {exitstatus}.",
        "",
    ]
    for name in sorted(FIGURES):
        lines += [f"## {name}", "", "| figure | value |", "| --- | --- |"]
        for key, value in FIGURES[name].items():
            lines.append(f"| {key} | {json.dumps(value) if isinstance(value, dict | list) else value} |")
        lines.append("")
    RESULTS.write_text("\n".join(lines))

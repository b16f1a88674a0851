"""The ResourceWarning of a client garbage-collected without being closed (as httpx and aiohttp
warn). One guard is shared by a client and all its views: it speaks once the last is gone."""

from __future__ import annotations

import warnings
from collections.abc import Callable


class Unclosed:
    __slots__ = ("armed", "closed", "how", "name", "on_collect")

    def __init__(self, name: str, closed: Callable[[], bool], how: str, on_collect: Callable[[], None] | None = None):
        self.name = name
        self.closed = closed
        self.how = how
        self.on_collect = on_collect
        self.armed = True

    def __del__(self) -> None:
        if self.armed and not self.closed():
            warnings.warn(f"unclosed {self.name}: {self.how}", ResourceWarning, stacklevel=2)
            if self.on_collect is not None:
                self.on_collect()

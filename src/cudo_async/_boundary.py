"""Where an exception leaves the SDK for the caller's code (the public entries: the constructors,
every operation through its generated wrapper ``cudo_async_api.types.by_keyword``, the helpers
that take the caller's data).

Reporters record every frame's locals of an error's traceback (Sentry,
``traceback.TracebackException(capture_locals=True)``), and the SDK's frames hold what a call
carries: the key, a request's body and headers, a base URL as written. The rule, applied once
at each public entry by :func:`leaving`: the frames of the SDK's own work below the entry keep
their place in the traceback (file, line, function) but none of their locals; in the chain, the
SDK's frames lose their locals too, and a context the SDK suppressed (``raise ... from None``) is
dropped. The entry's own frame unbinds the caller's data before raising. The caller's frames,
and those of the caller's own callbacks in the chain, keep theirs.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Awaitable, Callable, Coroutine
from types import TracebackType
from typing import Any, ParamSpec, TypeVar

import cudo_async_api

P = ParamSpec("P")
R = TypeVar("R")

#: The directories of the SDK's code: this package and the generated one.
_OURS = tuple(os.path.dirname(os.path.abspath(path)) + os.sep for path in (__file__, str(cudo_async_api.__file__)))


def _clear(tb: TracebackType | None, *, only_ours: bool) -> None:
    seen = 0
    while tb is not None and seen < 1000:
        seen += 1
        frame = tb.tb_frame
        if not only_ours or frame.f_code.co_filename.startswith(_OURS):
            # A frame still running (the entry's own, or the caller's) refuses: it is left alone.
            with contextlib.suppress(RuntimeError):
                frame.clear()
        tb = tb.tb_next


def leaving(exc: BaseException) -> None:
    """Make ``exc`` fit to leave the SDK: no frame of the SDK's work holds the call's data."""
    todo: list[tuple[BaseException, bool]] = [(exc, False)]
    seen: set[int] = set()
    while todo and len(seen) < 100:
        current, chained = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        # The error's own traceback below the entry is the SDK's work; in the chain, a caller's
        # callback (a key provider, a verify function) keeps its frames as they were.
        _clear(current.__traceback__, only_ours=chained)
        if current.__suppress_context__:
            current.__context__ = None  # "from None": never part of what the error says
        linked = [current.__cause__, current.__context__, *getattr(current, "exceptions", ())]
        todo += [(other, True) for other in linked if isinstance(other, BaseException)]


def entry(method: Callable[P, R]) -> Callable[P, R]:
    """A public method of the SDK as a boundary: what it raises leaves through :func:`leaving`, and
    this frame (the traceback keeps it) drops the caller's arguments first."""

    @functools.wraps(method)
    def entered(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except BaseException as exc:
            del args, kwargs
            leaving(exc)
            raise

    return entered


def async_entry(method: Callable[P, Awaitable[R]]) -> Callable[P, Coroutine[Any, Any, R]]:
    """:func:`entry` for a coroutine method."""

    @functools.wraps(method)
    async def entered(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return await method(*args, **kwargs)
        except BaseException as exc:
            del args, kwargs
            leaving(exc)
            raise

    return entered

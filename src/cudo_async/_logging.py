"""The SDK's logs: ``CUDO_LOG=debug`` (or ``info``) turns them on without code, and the DEBUG line
of one attempt. Every line is built from names the SDK chose (operation, method, path template,
status, timings) and the server's request id: never the key, a body or a field's value.

A plug-in (a logging handler or filter, OpenTelemetry's processors, propagators and meters)
never decides a call's outcome: every line goes out through :func:`log`, and what a plug-in
raises is reported once (:func:`plug_in_failed`) while the call goes on."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import warnings
from typing import Any

logger = logging.getLogger("cudo_async")

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler CUDO_LOG adds (told apart so that it is added once)."""


def configure_from_env(value: str | None = None) -> int | None:
    """Apply ``$CUDO_LOG``: a stderr handler on the ``cudo_async`` logger at that level. Returns the
    level set, or None. An unknown value is ignored with a warning saying what works."""
    text = os.environ.get("CUDO_LOG", "") if value is None else value
    if not text.strip():
        return None
    level = LEVELS.get(text.strip().lower())
    if level is None:
        warnings.warn(f"CUDO_LOG={text[:20]!r} is not one of: debug, info; ignored", RuntimeWarning, stacklevel=2)
        return None
    logger.setLevel(level)
    if not any(isinstance(h, _EnvHandler) for h in logger.handlers):
        handler = _EnvHandler(sys.stderr)
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
    return level


#: The plug-ins whose failure was reported already: each is reported once per process.
_reported: set[str] = set()


def plug_in_failed(what: str, exc: BaseException) -> None:
    """``what`` (a plug-in) raised ``exc``; the call went on without it. Said once per plug-in kind,
    on the ``cudo_async`` logger, or on stderr when a logger's own handlers are what failed."""
    if what in _reported:
        return
    _reported.add(what)
    from .errors import exception_text  # (not at import: importing the package loads no error module)

    text = f"{what} raised {type(exc).__name__}: {exception_text(exc, 200)}; the SDK's calls go on without it"
    text += " (reported once)"
    if what.startswith(_HANDLER_OF):
        with contextlib.suppress(Exception):  # nowhere left to report it: the call goes on regardless
            sys.stderr.write(f"cudo_async: {text}\n")
        return
    log(logging.WARNING, "%s", text)


_HANDLER_OF = "a logging handler or filter of the "
#: The plug-in kind of a failing handler or filter of the ``cudo_async`` logger.
LOG_HANDLER = _HANDLER_OF + "cudo_async logger"


def log(level: int, message: str, *args: object, to: logging.Logger | logging.LoggerAdapter[Any] | None = None) -> None:
    """``logger.log`` (or ``to.log``: a logger the application gave the SDK), except that a handler
    or filter that raises never reaches the caller."""
    try:
        (logger if to is None else to).log(level, message, *args, stacklevel=2)
    except Exception as exc:
        plug_in_failed(LOG_HANDLER if to is None else f"{_HANDLER_OF}logger {to.name!r}", exc)


def attempt_line(
    operation: str,
    method: str,
    template: str,
    outcome: str,
    elapsed: float,
    attempt: int,
    request_id: str | None,
) -> None:
    """One attempt at DEBUG: ``get_vm GET /v1/projects/{projectId}/vms/{id} -> 200 in 3.1 ms
    (attempt 1, request id req-1)``; ``outcome`` is the status or what failed."""
    log(
        logging.DEBUG,
        "%s %s %s -> %s in %.1f ms (attempt %d, request id %s)",
        operation,
        method,
        template,
        outcome,
        elapsed * 1000,
        attempt,
        request_id or "-",  # cleaned by the caller, as every server text is
    )

"""The SDK's logs: ``CUDO_LOG=debug`` (or ``info``) turns them on without code, and the DEBUG line
of one attempt. Every line is built from names the SDK chose (operation, method, path template,
status, timings) and the server's request id: never the key, a body or a field's value."""

from __future__ import annotations

import logging
import os
import sys
import warnings

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
    logger.debug(
        "%s %s %s -> %s in %.1f ms (attempt %d, request id %s)",
        operation,
        method,
        template,
        outcome,
        elapsed * 1000,
        attempt,
        request_id or "-",  # cleaned by the caller, as every server text is
    )

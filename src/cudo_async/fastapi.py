"""FastAPI error handlers for a service built on cudo-async (``pip install cudo-async[fastapi]``).

>>> app = FastAPI(lifespan=lifespan)
>>> add_exception_handlers(app)

Errors are answered by whose fault they are, judged by the canonical code (never by the upstream
HTTP status, which a gateway may get wrong: an error body under a 200 is still an error):

- the caller's own mistakes (a bad field, a VM that does not exist, a name already taken) get
  the code's own HTTP status (400, 404, 409) and an AIP-193 body with CUDO's message and the
  details a caller can act on (ErrorInfo, BadRequest, PreconditionFailure, ResourceInfo, ...);
- CUDO refusing the service's own credentials (UNAUTHENTICATED, PERMISSION_DENIED) or throttling
  it (RESOURCE_EXHAUSTED) is the service's failure, whatever the upstream status: 503, with the
  details only in the service's log;
- CUDO unreachable is 503, too slow 504, anything else 502.

What is relayed is bounded (at most ``MAX_RELAYED_BYTES`` of details) and cleaned like every
server text the SDK keeps. Decision: ``DebugInfo`` (CUDO's stack entries and internals) and
detail types this SDK does not know are never relayed (they stay in the error's ``details`` for the
service's own use). The service's log gets one WARNING per service failure; like every error
text of the SDK it never holds the key.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import errors
from ._logging import log as contained_log
from ._status import DETAIL_TYPE_PREFIX, http_status, status_body

if TYPE_CHECKING:
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse

__all__ = ["CALLER_ERRORS", "MAX_RELAYED_BYTES", "RELAYED_DETAILS", "add_exception_handlers", "caller_answer"]

#: Errors the caller caused: the caller gets their code's HTTP status and CUDO's message and details.
CALLER_ERRORS: tuple[type[errors.APIError], ...] = (
    errors.InvalidArgumentError,
    errors.FailedPreconditionError,
    errors.OutOfRangeError,
    errors.NotFoundError,
    errors.AlreadyExistsError,
)

_CANONICAL = {502: "INTERNAL", 503: "UNAVAILABLE", 504: "DEADLINE_EXCEEDED"}

#: The detail types relayed to the caller of a caller's mistake (``google.rpc.<name>``).
RELAYED_DETAILS = frozenset(
    {
        "ErrorInfo",
        "BadRequest",
        "PreconditionFailure",
        "QuotaFailure",
        "ResourceInfo",
        "RequestInfo",
        "Help",
        "LocalizedMessage",
        "RetryInfo",
    }
)
#: At most this much JSON of details is relayed; a detail's lists are cut to fit, then details dropped.
MAX_RELAYED_BYTES = 16 * 1024


def _relayed(detail: Mapping[str, Any]) -> bool:
    type_url = detail.get("@type")
    if not isinstance(type_url, str):
        return False
    name = type_url.rsplit("/", 1)[-1]
    prefix = DETAIL_TYPE_PREFIX.rsplit("/", 1)[-1]
    return name.startswith(prefix) and name[len(prefix) :] in RELAYED_DETAILS


def _size(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False))


def _fitted(detail: dict[str, Any], budget: int) -> dict[str, Any] | None:
    """``detail`` within ``budget`` bytes of JSON: its lists cut shorter first, else None."""
    while _size(detail) > budget:
        lists = [name for name, value in detail.items() if isinstance(value, list) and value]
        if not lists:
            return None
        longest = max(lists, key=lambda name: _size(detail[name]))
        detail = {**detail, longest: detail[longest][: len(detail[longest]) // 2]}
    return detail


def caller_answer(exc: errors.APIError) -> tuple[int, dict[str, Any]]:
    """The HTTP status and AIP-193 body a caller gets for a mistake of its own: the status from the
    canonical code, the message and the actionable details (cleaned already, secret-looking
    members hidden), bounded."""
    from cudo_async_api.types import without_secrets

    status = http_status(exc.status)
    details: list[dict[str, Any]] = []
    budget = MAX_RELAYED_BYTES
    for raw in exc.to_dict()["details"]:
        if not _relayed(raw):
            continue
        fitted = _fitted(without_secrets(raw), budget)
        if fitted is not None:
            details.append(fitted)
            budget -= _size(fitted)
    return status, status_body(exc.status, exc.message, details, http=status)


def service_failure(exc: errors.CudoError) -> tuple[int, str]:
    """The status and message the caller gets when the service, not the caller, failed."""
    if isinstance(exc, errors.UnauthenticatedError | errors.PermissionDeniedError):
        return 503, "the service cannot use its CUDO credentials"
    if isinstance(exc, errors.ResourceExhaustedError):
        return 503, "the service is over its CUDO rate limit; try again later"
    if isinstance(exc, errors.APITimeoutError | errors.DeadlineExceededError):
        return 504, "CUDO did not answer in time"
    if isinstance(exc, errors.APIConnectionError | errors.UnavailableError):
        return 503, "CUDO is unreachable"
    return 502, "CUDO gave an answer the service cannot use"


def add_exception_handlers(app: FastAPI, *, logger: logging.Logger | None = None) -> None:
    """Answer every ``cudo_async.errors.CudoError`` a route raises by whose fault it is (see the
    module's docstring). ``logger`` gets the service failures (default: ``cudo_async.fastapi``)."""
    from fastapi.responses import JSONResponse

    if not callable(getattr(app, "add_exception_handler", None)):
        raise errors.ConfigurationError(
            f"add_exception_handlers takes the FastAPI (or Starlette) app, got {type(app).__name__}"
        )
    if logger is not None and not isinstance(logger, logging.Logger | logging.LoggerAdapter):
        raise errors.ConfigurationError(
            f"logger must be a logging.Logger (logging.getLogger(name)), got {type(logger).__name__}"
        )
    log = logger or logging.getLogger("cudo_async.fastapi")

    async def cudo_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, errors.CudoError)
        if isinstance(exc, CALLER_ERRORS):
            status, body = caller_answer(exc)
            return JSONResponse(status_code=status, content=body)
        # Through the SDK's contained logging: a handler that raises never turns the 503 into a 500.
        contained_log(logging.WARNING, "CUDO call failed: %s", exc, to=log)
        status, message = service_failure(exc)
        return JSONResponse(
            status_code=status, content={"code": status, "status": _CANONICAL[status], "message": message}
        )

    app.add_exception_handler(errors.CudoError, cudo_error)

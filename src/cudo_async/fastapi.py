"""FastAPI error handlers for a service built on cudo-async (``pip install cudo-async[fastapi]``).

>>> app = FastAPI(lifespan=lifespan)
>>> add_exception_handlers(app)

Errors are answered by whose fault they are:

- the caller's own mistakes (a bad field, a VM that does not exist, a name already taken) keep
  CUDO's HTTP status and its AIP-193 body;
- CUDO refusing the service's own key (401/403) or throttling it (429) is the service's failure:
  503, with the details only in the service's log;
- CUDO unreachable is 503, too slow 504, anything else 502.

The service's log gets one WARNING per service failure; like every error text of the SDK it
never holds the key.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from . import errors

if TYPE_CHECKING:
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse

__all__ = ["CALLER_ERRORS", "add_exception_handlers"]

#: Errors the caller caused: CUDO's status and body reach the caller as they are.
CALLER_ERRORS: tuple[type[errors.APIError], ...] = (
    errors.InvalidArgumentError,
    errors.FailedPreconditionError,
    errors.OutOfRangeError,
    errors.NotFoundError,
    errors.AlreadyExistsError,
)

_CANONICAL = {502: "INTERNAL", 503: "UNAVAILABLE", 504: "DEADLINE_EXCEEDED"}


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
            return JSONResponse(status_code=exc.http_status, content=exc.to_dict())
        log.warning("CUDO call failed: %s", exc)
        status, message = service_failure(exc)
        return JSONResponse(
            status_code=status, content={"code": status, "status": _CANONICAL[status], "message": message}
        )

    app.add_exception_handler(errors.CudoError, cudo_error)

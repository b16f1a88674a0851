"""cudo-async: the async-first Python SDK for the CUDO Compute API.

>>> async with AsyncCudo() as cudo:
...     vms = await cudo.virtual_machines.list_vms(project_id="my-project")

``Cudo`` is the same client for sync code: ``with Cudo() as cudo: cudo.virtual_machines.list_vms(...)``.

``models`` (the request and response types) and ``FleetWaitResult`` are imported on first
use, so that ``import cudo_async`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import _logging, errors
from ._client import AsyncCudo, RawResponse
from ._limits import RateLimit
from ._retry import RetryPolicy
from ._rotation import NewAPIKey
from ._sync import Cudo

if TYPE_CHECKING:
    from . import models as models
    from ._waiting import FleetWaitResult as FleetWaitResult

__version__ = "0.1.0"

_logging.configure_from_env()  # CUDO_LOG=debug or info

__all__ = [
    "AsyncCudo",
    "Cudo",
    "FleetWaitResult",
    "NewAPIKey",
    "RateLimit",
    "RawResponse",
    "RetryPolicy",
    "__version__",
    "errors",
    "models",
]


def __getattr__(name: str) -> Any:
    if name == "models":
        module = importlib.import_module("cudo_async.models")
        globals()["models"] = module
        return module
    if name == "FleetWaitResult":  # with the models it holds, on first use
        from ._waiting import FleetWaitResult

        globals()[name] = FleetWaitResult
        return FleetWaitResult
    raise AttributeError(f"module 'cudo_async' has no attribute {name!r}")

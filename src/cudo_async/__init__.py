"""cudo-async: the async-first Python SDK for the CUDO Compute API.

>>> async with AsyncCudo() as cudo:
...     vms = await cudo.virtual_machines.list_vms(project_id="my-project")

``Cudo`` is the same client for sync code: ``with Cudo() as cudo: cudo.virtual_machines.list_vms(...)``.

Every name is imported on first use (``models``, the request and response types, only when
they are read), so that ``import cudo_async`` costs next to nothing until the SDK is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import _logging

if TYPE_CHECKING:
    from . import errors as errors
    from . import models as models
    from ._auth import NO_KEY as NO_KEY
    from ._client import AsyncCudo as AsyncCudo
    from ._client import RawResponse as RawResponse
    from ._limits import RateLimit as RateLimit
    from ._retry import RetryPolicy as RetryPolicy
    from ._rotation import NewAPIKey as NewAPIKey
    from ._sync import Cudo as Cudo
    from ._waiting import FleetWaitResult as FleetWaitResult

__version__ = "0.1.0"

_logging.configure_from_env()  # CUDO_LOG=debug or info

__all__ = [
    "NO_KEY",
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


# Where each public name lives; a module's name maps to itself.
_HOME = {
    "NO_KEY": "._auth",
    "AsyncCudo": "._client",
    "RawResponse": "._client",
    "Cudo": "._sync",
    "NewAPIKey": "._rotation",
    "RateLimit": "._limits",
    "RetryPolicy": "._retry",
    "FleetWaitResult": "._waiting",
    "errors": ".errors",
    "models": ".models",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'cudo_async' has no attribute {name!r}")
    module = importlib.import_module(home, __name__)
    value = module if home == f".{name}" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

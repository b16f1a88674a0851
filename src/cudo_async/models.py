"""The API's request and response types, generated from ``openapi.yaml``.

``from cudo_async.models import VM`` and ``import cudo_async.models`` both work; each model's
module is loaded on first use of its name.

Every model is an attrs class with ``from_dict`` (read CUDO's JSON) and ``to_dict`` (write it).
They follow proto3 JSON, as CUDO's gateway does: a field the answer leaves out reads as its zero
value (``""``, ``0``, ``False``, ``[]``, an empty map, an enum's first member) and a nested
message as ``None``; ``to_dict`` leaves fields at their zero value out, so a request body sends
only what was set. Members the spec does not list are kept in ``additional_properties``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cudo_async_api import models as _generated

if TYPE_CHECKING:
    from cudo_async_api.models import *  # noqa: F403

__all__ = list(_generated.__all__)


def __getattr__(name: str) -> Any:
    value = getattr(_generated, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

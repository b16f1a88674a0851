"""What the SDK's hand-written features use from the spec, declared once.

``make spec`` reads ``NEEDS`` to mark a spec change that removes, renames or moves one of these
as breaking, naming the feature it breaks. ``make generate`` resolves it against the spec into
``cudo_async_api.needs``: the models and enums named here (a stand-in where the spec lacks one, so
that this package type-checks and imports whatever the spec says) and ``MISSING``, what each
feature needs that the spec lacks. A feature calls :func:`require` (or :func:`operation`) first:
one whose need is gone raises ``errors.FeatureUnavailableError`` saying what is missing, never an
``AttributeError`` half-way.

Everything above ``require`` is plain data: the importer and the generator load this file
without importing the package. Names are Python names (``cudo.<namespace>.<operation>``, model
attributes), as the features write them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple


class Operation(NamedTuple):
    """An operation a feature calls: ``cudo.<namespace>.<name>(...)``."""

    namespace: str
    name: str
    #: How many path arguments the feature passes by position.
    positional: int = 0
    #: The other arguments it passes by name (``body``, query parameters).
    keywords: tuple[str, ...] = ()
    #: The answer's fields it reads, with their type: "str", a model's or enum's class, "list[<class>]".
    answer: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return f"operation {self.namespace}.{self.name}"


class Model(NamedTuple):
    """A model a feature reads or builds, with the fields it uses (typed as in ``Operation.answer``)."""

    name: str
    fields: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        return f"model {self.name}"


class Enum(NamedTuple):
    """An enum a feature reads, with the members it names."""

    name: str
    members: tuple[str, ...] = ()

    def __str__(self) -> str:
        return f"enum {self.name}"


GET_VM = Operation("virtual_machines", "get_vm", positional=2, answer=(("vm", "VM"),))
LIST_VMS = Operation("virtual_machines", "list_vms", positional=1, answer=(("vms", "list[VM]"),))
VM = Model("VM", (("id", "str"), ("state", "VMState")))
#: ``until``'s default is ACTIVE.
VM_STATE = Enum("VMState", ("ACTIVE",))
GENERATE_API_KEY = Operation("api_keys", "generate_api_key", keywords=("body",), answer=(("id", "str"), ("key", "str")))
GENERATE_API_KEY_REQUEST = Model("GenerateAPIKeyRequest", (("apikey_id", "str"),))
LIST_API_KEYS = Operation("api_keys", "list_api_keys", keywords=("page_size",))
DELETE_API_KEY = Operation("api_keys", "delete_api_key", positional=1)

#: SDK feature -> what it uses from the spec.
NEEDS: dict[str, tuple[Operation | Model | Enum, ...]] = {
    "wait_for_vm": (GET_VM, VM, VM_STATE),
    "wait_for_vms": (LIST_VMS, VM, VM_STATE),
    "rotate_api_key": (GENERATE_API_KEY, GENERATE_API_KEY_REQUEST, LIST_API_KEYS, DELETE_API_KEY),
}


def require(feature: str) -> None:
    """Raise ``errors.FeatureUnavailableError`` when the spec this SDK was generated from lacks
    something ``feature`` needs."""
    from cudo_async_api.needs import MISSING

    missing = MISSING.get(feature)
    if missing:
        from .errors import FeatureUnavailableError

        raise FeatureUnavailableError(feature, missing)


def operation(client: object, feature: str, need: Operation) -> Callable[..., Awaitable[Any]]:
    """``client.<namespace>.<name>``, for ``feature``, once the spec is known to have all it needs."""
    require(feature)
    found = getattr(getattr(client, need.namespace, None), need.name, None)
    if not callable(found):  # (make generate resolved it: only a hand-built package gets here)
        from .errors import FeatureUnavailableError

        raise FeatureUnavailableError(feature, (f"{need}",))
    method: Callable[..., Awaitable[Any]] = found
    return method

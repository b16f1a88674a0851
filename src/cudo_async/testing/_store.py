"""The emulator's state and the tools its operation handlers share: AIP-193 failures, id checks,
the three pagination styles, and the registry that ties each handler to an operation of the spec."""

from __future__ import annotations

import base64
import collections
import datetime
import random
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import anyio
import attrs
from cudo_async_api.api import ROUTES

from .._status import DETAIL_TYPE_PREFIX

T = DETAIL_TYPE_PREFIX
DOMAIN = "emulator.cudo.local"
_ID = re.compile(r"^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")
_OPERATIONS = frozenset(op for _tag, op, _method, _path in ROUTES)
F = TypeVar("F", bound=Callable[..., Any])

DATA_CENTERS = (("gb-bournemouth-1", 50.72, -1.88), ("no-kristiansand-1", 58.15, 8.0))
MACHINE_TYPES = (("epyc-milan", "AMD EPYC 7543", "", 0), ("epyc-milan-a40", "AMD EPYC 7543", "NVIDIA A40", 4))

#: operation name -> the handler that answers it (an unbound method of the emulator).
HANDLERS: dict[str, Callable[..., Any]] = {}
#: Handlers for operations openapi.yaml no longer has: kept out of HANDLERS (make spec lists them).
STALE_HANDLERS: set[str] = set()


def handles(operation: str) -> Callable[[F], F]:
    """Register the decorated method as the handler of ``operation``. A handler for an operation the
    spec no longer has is left unregistered (the emulator still imports after a spec change); an
    operation without a handler answers UNIMPLEMENTED."""

    def register(method: F) -> F:
        if operation not in _OPERATIONS:
            STALE_HANDLERS.add(operation)
            return method
        if operation in HANDLERS:
            raise LookupError(f"two emulator handlers for {operation!r}")
        HANDLERS[operation] = method
        return method

    return register


class ApiFailure(Exception):
    """Raised by an operation handler: becomes an AIP-193 answer."""

    def __init__(self, status: str, message: str, *details: dict[str, Any], headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = list(details)
        self.headers = dict(headers or {})


def _error_info(reason: str, **metadata: str) -> dict[str, Any]:
    return {"@type": T + "ErrorInfo", "reason": reason, "domain": DOMAIN, "metadata": metadata}


def _bad_request(*violations: tuple[str, str]) -> ApiFailure:
    return ApiFailure(
        "INVALID_ARGUMENT",
        "request has invalid fields: " + ", ".join(f for f, _ in violations),
        {"@type": T + "BadRequest", "fieldViolations": [{"field": f, "description": d} for f, d in violations]},
    )


def _not_found(kind: str, name: str) -> ApiFailure:
    return ApiFailure(
        "NOT_FOUND",
        f"{kind} {name!r} not found",
        {"@type": T + "ResourceInfo", "resourceType": kind, "resourceName": name, "owner": "", "description": ""},
    )


def _exists(kind: str, name: str) -> ApiFailure:
    return ApiFailure(
        "ALREADY_EXISTS",
        f"{kind} {name!r} already exists",
        {"@type": T + "ResourceInfo", "resourceType": kind, "resourceName": name, "owner": "", "description": ""},
    )


#: AIP-158: a page size of 0 (not set) means this many; a larger one than MAX_PAGE_SIZE is clamped to it.
DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 100


def _whole(query: Mapping[str, str], name: str) -> int:
    """A paging parameter's value: 0 when absent (proto3's "not set"); negative is INVALID_ARGUMENT."""
    text = (query.get(name) or "0").strip()
    if not re.fullmatch(r"[+-]?[0-9]{1,10}", text):
        raise _bad_request((name, "must be an integer"))
    value = int(text)
    if value < 0:
        raise _bad_request((name, "must not be negative"))
    return value


def page_size(query: Mapping[str, str]) -> int:
    size = _whole(query, "pageSize")
    return DEFAULT_PAGE_SIZE if size == 0 else min(size, MAX_PAGE_SIZE)


def page_number(query: Mapping[str, str], items: list[Any], key: str) -> dict[str, Any]:
    """Pages by number (1 first; 0 or absent: the first)."""
    size, number = page_size(query), max(_whole(query, "pageNumber"), 1)
    start = (number - 1) * size
    return {key: items[start : start + size], "totalCount": len(items), "pageNumber": number, "pageSize": size}


def page_token(query: Mapping[str, str], items: list[Any], key: str) -> dict[str, Any]:
    """Pages by an opaque token; the last page has none."""
    size, token = page_size(query), query.get("pageToken") or ""
    start = 0
    if token:
        try:
            start = int(base64.urlsafe_b64decode(token.encode()).decode())
        except (ValueError, UnicodeError):
            raise _bad_request(("pageToken", "not a token this API issued")) from None
        if not 0 <= start <= len(items):
            raise _bad_request(("pageToken", "not a token this API issued"))
    end = start + size
    next_token = base64.urlsafe_b64encode(str(end).encode()).decode() if end < len(items) else ""
    return {key: items[start:end], "pageToken": next_token, "pageSize": size}


def starting_after(query: Mapping[str, str], items: list[dict[str, Any]], key: str) -> dict[str, Any]:
    """Pages after an item's id; ``hasMore`` says whether another page follows."""
    size, after = page_size(query), query.get("startingAfter")
    start = 0
    if after:
        ids = [i.get("id") for i in items]
        if after not in ids:
            raise _bad_request(("startingAfter", "unknown id"))
        start = ids.index(after) + 1
    return {key: items[start : start + size], "hasMore": start + size < len(items)}


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _dec(value: float) -> dict[str, str]:
    return {"value": f"{value:.4f}"}


@attrs.define
class _Vm:
    data: dict[str, Any]
    # (state shown until `until`, then `target`)
    until: float = 0.0
    target: str | None = None

    def state(self) -> str:
        if self.target is not None and anyio.current_time() >= self.until:
            self.data["state"] = self.target
            self.data["shortState"] = self.target.lower()
            self.target = None
        return str(self.data["state"])

    def move(self, now_state: str, then_state: str, seconds: float) -> None:
        self.data["state"] = now_state
        self.data["shortState"] = now_state.lower()
        self.target, self.until = then_state, anyio.current_time() + seconds


class Store:
    """The emulator's resources, and helpers for the handlers (mixed into :class:`Emulator`)."""

    def __init__(
        self, project_id: str, api_key: str, boot_seconds: float | tuple[float, float], transition_seconds: float
    ) -> None:
        self.boot_seconds, self.transition_seconds = boot_seconds, transition_seconds
        self._boot_rng = random.Random(0)  # noqa: S311 (boot times for tests, not secrets)
        #: How many times each mutating call was applied, by (operation, resource id).
        self.side_effects: collections.Counter[tuple[str, str]] = collections.Counter()
        self._keys: dict[str, dict[str, Any]] = {"emulator": {"id": "emulator", "createTime": _now()}}
        self._key_ids: dict[str, str] = {api_key: "emulator"}
        self._projects: dict[str, dict[str, Any]] = {}
        self._ssh_keys: dict[str, dict[str, Any]] = {}
        self._vms: dict[tuple[str, str], _Vm] = {}
        self._disks: dict[tuple[str, str], dict[str, Any]] = {}
        self._networks: dict[tuple[str, str], dict[str, Any]] = {}
        self._groups: dict[tuple[str, str], dict[str, Any]] = {}
        self._invoices = [self._invoice(i) for i in range(1, 26)]
        self._add_project(project_id)

    def _boot_time(self) -> float:
        """One VM's boot time: the fixed one, or drawn evenly from the (shortest, longest) range."""
        if isinstance(self.boot_seconds, tuple):
            return self._boot_rng.uniform(*self.boot_seconds)
        return self.boot_seconds

    def _project(self, project_id: str) -> dict[str, Any]:
        project = self._projects.get(project_id)
        if project is None:
            raise _not_found("project", project_id)
        return project

    def _add_project(self, project_id: str, billing: str = "demo-billing") -> dict[str, Any]:
        project = {"id": project_id, "billingAccountId": billing, "createBy": "emulator", "resourceCount": 0}
        self._projects[project_id] = project
        return project

    @staticmethod
    def _check_id(field: str, value: Any) -> str:
        if not isinstance(value, str) or not _ID.match(value):
            raise _bad_request(
                (field, "must be 1-63 characters: lowercase letters, digits and '-', starting with a letter")
            )
        return value

    def _invoice(self, n: int) -> dict[str, Any]:
        return {
            "id": f"in_{n:04d}",
            "number": f"EMU-{n:04d}",
            "status": "paid",
            "currency": "usd",
            "total": "100",
        }  # int64 (cents): a decimal string

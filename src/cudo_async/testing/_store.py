"""The emulator's state and the tools its operation handlers share: AIP-193 failures, id checks,
the three pagination styles, and the registry that ties each handler to an operation of the spec."""

from __future__ import annotations

import base64
import collections
import datetime
import hmac
import json
import random
import re
import secrets
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import anyio
import attrs
from cudo_async_api.api import ROUTES

from .._status import DETAIL_TYPE_PREFIX

T = DETAIL_TYPE_PREFIX
DOMAIN = "emulator.cudo.local"
_ID = re.compile(r"^[a-z]([a-z0-9-]{0,61}[a-z0-9])?\Z")  # \Z: no newline after
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
    text = query.get(name) or "0"
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


#: Signs page tokens: a token is good only for the list that issued it (see :func:`page_token`).
_TOKEN_KEY = secrets.token_bytes(16)
_TOKEN_MAC = 12
_TOKEN_TEXT = re.compile(r"^[A-Za-z0-9_-]+\Z")
#: Query parameters a page token is not bound to (AIP-158: the page size may change between pages).
_NOT_BOUND = frozenset({"pageToken", "pageSize"})


def _item_key(item: Any) -> str:
    """Where an item stands in a list paged by token: by its id (the whole item when it has none)."""
    if isinstance(item, Mapping) and item.get("id") not in (None, ""):
        return str(item["id"])
    return json.dumps(item, sort_keys=True, default=str)


def _token_mac(binding: str, last: str) -> bytes:
    return hmac.new(_TOKEN_KEY, f"{binding}\0{last}".encode(errors="surrogatepass"), "sha256").digest()[:_TOKEN_MAC]


def page_token(query: Mapping[str, str], items: list[Any], key: str, *, scope: tuple[str, ...]) -> dict[str, Any]:
    """Pages by an opaque token (AIP-158); the last page has none.

    Items come in the order of their ids, and a token names the last item its page held: the
    next page starts after that id, so deleting items (the one named included) skips none and
    repeats none. A token is signed for its list: ``scope`` (the operation and its parent) and
    the query's other parameters (filters), so a token of another list, another filter, edited
    or made up is INVALID_ARGUMENT."""
    size, token = page_size(query), query.get("pageToken") or ""
    binding = json.dumps([list(scope), sorted((k, v) for k, v in query.items() if k not in _NOT_BOUND)])
    ordered = sorted(items, key=_item_key)
    if token:
        last = _read_token(token, binding)
        ordered = [item for item in ordered if _item_key(item) > last]
    page = ordered[:size]
    next_token = ""
    if len(ordered) > size:
        last = _item_key(page[-1])
        raw = _token_mac(binding, last) + last.encode(errors="surrogatepass")
        next_token = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return {key: page, "pageToken": next_token, "pageSize": size}


def _read_token(token: str, binding: str) -> str:
    """The last key a token names, if this list issued it (canonical encoding only)."""
    refused = _bad_request(("pageToken", "not a token this list issued: pass the pageToken its previous page answered"))
    if not _TOKEN_TEXT.match(token):
        raise refused
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except ValueError:
        raise refused from None
    if base64.urlsafe_b64encode(raw).decode().rstrip("=") != token or len(raw) <= _TOKEN_MAC:
        raise refused
    last = raw[_TOKEN_MAC:].decode(errors="surrogatepass")
    if not hmac.compare_digest(raw[:_TOKEN_MAC], _token_mac(binding, last)):
        raise refused
    return last


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

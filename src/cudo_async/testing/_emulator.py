"""A stateful, in-memory CUDO Compute API on loopback, for demos and tests.

It keeps the daily lifecycle (data centers, machine types, images, projects, API keys, SSH keys,
VMs, disks, networks, security groups, invoices) and answers every other operation of the spec
with UNIMPLEMENTED. It authenticates with bearer keys, answers errors in AIP-193 form, paginates
in the spec's three styles, rate-limits per key, and can be told to misbehave (see :meth:`Emulator.inject`).
"""

from __future__ import annotations

import base64
import collections
import datetime
import hashlib
import math
import random
import re
import secrets
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import anyio
import anyio.abc
import attrs
from cudo_api.api import ROUTES

from .._decode import status_for_http
from .._status import DETAIL_TYPE_PREFIX, status_body
from ._http import Reply, Request, handle_connection, json_reply

if TYPE_CHECKING:
    from .._client import AsyncCudo

T = DETAIL_TYPE_PREFIX
DOMAIN = "emulator.cudo.local"
_ID = re.compile(r"^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")


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


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _dec(value: float) -> dict[str, str]:
    return {"value": f"{value:.4f}"}


@attrs.define
class Fault:
    """One injected misbehaviour, used for the next ``times`` matching calls.

    ``status`` (with ``body`` or a generated AIP-193 body, and ``headers``) replaces the answer;
    ``latency`` delays it; ``drop="before"`` closes the connection without running the call,
    ``drop="after"`` runs it and then closes without answering; ``truncate`` sends only the
    first half of the real answer's body; ``body`` alone (bytes) replaces the body, e.g. non-JSON.
    ``applied`` says whether the call runs before a replaced answer is sent: by default it does
    not for a ``status`` (the server refused it) and does for everything else.
    """

    operation: str | None = None
    times: int = 1
    status: int | None = None
    body: bytes | Mapping[str, Any] | None = None
    headers: Mapping[str, str] = attrs.field(factory=dict)
    latency: float = 0.0
    drop: str | None = None
    truncate: bool = False
    applied: bool | None = None
    used: int = 0

    def __attrs_post_init__(self) -> None:
        if self.drop not in (None, "before", "after"):
            raise ValueError("drop must be None, 'before' or 'after'")

    @property
    def runs_call(self) -> bool:
        if self.drop is not None:
            return self.drop == "after"
        return self.applied if self.applied is not None else self.status is None


@attrs.frozen
class Exchange:
    """One request the emulator answered (for tests that check answers against the spec)."""

    operation: str | None
    method: str
    path_template: str | None
    request: Request
    reply: Reply


@attrs.define
class _Chaos:
    rate: float
    faults: list[Fault]
    rng: random.Random

    def pick(self, operation: str | None) -> Fault | None:
        if self.rng.random() >= self.rate:
            return None
        fitting = [f for f in self.faults if f.operation in (None, operation)]
        return self.rng.choice(fitting) if fitting else None


class _TokenBucket:
    __slots__ = ("burst", "rate", "stamp", "tokens")

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst, self.tokens, self.stamp = rate, burst, burst, time.monotonic()

    def take(self) -> float:
        """0 if a token was taken, else seconds until one is available."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.rate


def _compile(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[a-z_0-9]+\})", template)
    regex = "".join(f"(?P<{p[1:-1]}>[^/:]+)" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{regex}$")


_ROUTE_TABLE = sorted(
    ((method, _compile(path), op, path) for _tag, op, method, path in ROUTES),
    key=lambda r: r[3].count("{"),
)


@attrs.define
class _Vm:
    data: dict[str, Any]
    # (state shown until `until`, then `target`)
    until: float = 0.0
    target: str | None = None

    def state(self) -> str:
        if self.target is not None and time.monotonic() >= self.until:
            self.data["state"] = self.target
            self.data["shortState"] = self.target.lower()
            self.target = None
        return str(self.data["state"])

    def move(self, now_state: str, then_state: str, seconds: float) -> None:
        self.data["state"] = now_state
        self.data["shortState"] = now_state.lower()
        self.target, self.until = then_state, time.monotonic() + seconds


class Emulator:
    """Serve the emulated API on ``127.0.0.1`` inside the current event loop.

    >>> async with Emulator() as emu:
    ...     async with emu.client() as cudo:
    ...         await cudo.virtual_machines.list_vm_data_centers()

    Args:
        host, port: where to listen (port 0: a free port).
        rate_limit: requests per second allowed per key (``None``: no limit); ``burst`` on top.
        boot_seconds: how long a new VM stays PENDING before it is ACTIVE.
        transition_seconds: how long start, stop, reboot and terminate take.
        project_id: the project that exists from the start.
        api_key: the key that works from the start (default: a random one).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        rate_limit: float | None = 100.0,
        burst: int = 200,
        boot_seconds: float = 0.3,
        transition_seconds: float = 0.2,
        project_id: str = "demo-project",
        api_key: str | None = None,
        record: int = 10000,
    ) -> None:
        self.host, self.port = host, port
        self.rate_limit, self.burst = rate_limit, burst
        self.boot_seconds, self.transition_seconds = boot_seconds, transition_seconds
        self.project_id = project_id
        self.api_key = api_key or "emu-" + secrets.token_urlsafe(24)
        #: Answered requests, newest last (bounded).
        self.exchanges: collections.deque[Exchange] = collections.deque(maxlen=record)
        #: How many times each mutating call was applied, by (operation, resource id).
        self.side_effects: collections.Counter[tuple[str, str]] = collections.Counter()
        self.faults: list[Fault] = []
        #: How many answers a fault changed (injected or chaos).
        self.faults_served = 0
        #: Client connections open now (a client that closed its pool leaves none).
        self.open_connections = 0
        self._all_closed: anyio.Event | None = None
        self._chaos: _Chaos | None = None
        self._buckets: dict[str, _TokenBucket] = {}
        self._keys: dict[str, dict[str, Any]] = {"emulator": {"id": "emulator", "createTime": _now()}}
        self._key_ids: dict[str, str] = {self.api_key: "emulator"}
        self._projects: dict[str, dict[str, Any]] = {}
        self._ssh_keys: dict[str, dict[str, Any]] = {}
        self._vms: dict[tuple[str, str], _Vm] = {}
        self._disks: dict[tuple[str, str], dict[str, Any]] = {}
        self._networks: dict[tuple[str, str], dict[str, Any]] = {}
        self._groups: dict[tuple[str, str], dict[str, Any]] = {}
        self._invoices = [self._invoice(i) for i in range(1, 26)]
        self._add_project(project_id)
        self._tg: anyio.abc.TaskGroup | None = None
        self._listener: anyio.abc.SocketListener | None = None

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> Emulator:
        listener = await anyio.create_tcp_listener(local_host=self.host, local_port=self.port)
        self._listener = listener  # type: ignore[assignment]
        self.port = int(listener.extra(anyio.abc.SocketAttribute.local_port))
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        self._tg.start_soon(listener.serve, self._serve_connection)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._tg is not None and self._listener is not None
        self._tg.cancel_scope.cancel()
        await self._tg.__aexit__(None, None, None)
        await self._listener.aclose()
        self._tg = None

    async def _serve_connection(self, stream: anyio.abc.ByteStream) -> None:
        self.open_connections += 1
        try:
            await handle_connection(stream, self.handle)
        finally:
            self.open_connections -= 1
            if not self.open_connections and self._all_closed is not None:
                self._all_closed.set()

    async def wait_for_connections_closed(self, timeout: float = 2.0) -> int:  # noqa: ASYNC109 (returns the count)
        """Wait until clients have closed their connections (at most ``timeout`` s); the count left."""
        if self.open_connections:
            self._all_closed = anyio.Event()
            with anyio.move_on_after(timeout):
                await self._all_closed.wait()
            self._all_closed = None
        return self.open_connections

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def client(self, **options: Any) -> AsyncCudo:
        """An ``AsyncCudo`` for this emulator (its key and URL, and the default project)."""
        from .._client import AsyncCudo

        options.setdefault("api_key", self.api_key)
        options.setdefault("base_url", self.base_url)
        options.setdefault("project_id", self.project_id)
        return AsyncCudo(**options)

    # ------------------------------------------------------------------ fault injection

    def inject(self, operation: str | None = None, *, times: int = 1, **behaviour: Any) -> Fault:
        """Make the next ``times`` calls of ``operation`` (any operation if None) misbehave.

        ``behaviour`` is any of :class:`Fault`'s fields: ``status``, ``body``, ``headers``,
        ``latency``, ``drop`` ("before" or "after"), ``truncate``.
        """
        fault = Fault(operation=operation, times=times, **behaviour)
        self.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        self.faults.clear()
        self._chaos = None

    def chaos(self, rate: float, faults: list[Fault], *, seed: int = 0) -> None:
        """From now on, answer a share ``rate`` of all calls with one of ``faults``, picked at random.

        Each fault's ``operation`` (if set) limits where it may be picked; ``times`` is ignored.
        """
        if not 0 <= rate <= 1 or not faults:
            raise ValueError("rate must be in [0, 1] and faults non-empty")
        self._chaos = _Chaos(rate, list(faults), random.Random(seed))  # noqa: S311 (test chaos, not secrets)

    def _take_fault(self, operation: str | None) -> Fault | None:
        for fault in self.faults:
            if fault.used < fault.times and fault.operation in (None, operation):
                fault.used += 1
                return fault
        return None

    # ------------------------------------------------------------------ request handling

    async def handle(self, request: Request) -> Reply:
        operation, template, params = self._route(request)
        reply = self._answer(request, operation, params)
        self.exchanges.append(Exchange(operation, request.method, template, request, reply))
        return reply

    def _route(self, request: Request) -> tuple[str | None, str | None, dict[str, str]]:
        for method, pattern, op, template in _ROUTE_TABLE:
            if method == request.method:
                match = pattern.match(request.path)
                if match:
                    return op, template, {k: unquote(v) for k, v in match.groupdict().items()}
        return None, None, {}

    def _answer(self, request: Request, operation: str | None, params: dict[str, str]) -> Reply:
        try:
            key_id = self._authenticate(request)
            self._throttle(key_id)
        except ApiFailure as exc:
            return self._failure(exc)
        fault = self._take_fault(operation)
        if fault is None and self._chaos is not None:
            fault = self._chaos.pick(operation)
        if operation is None:
            reply = self._failure(ApiFailure("NOT_FOUND", f"no operation at {request.method} {request.path}"))
        elif fault is None or fault.runs_call:
            reply = self._dispatch(operation, request, params, key_id)
        else:
            reply = Reply(0)
        if fault is None:
            return reply
        return self._apply_fault(fault, reply)

    def _apply_fault(self, fault: Fault, reply: Reply) -> Reply:
        self.faults_served += 1
        if fault.drop is not None:
            return Reply(0, drop=True, latency=fault.latency)
        if fault.status is not None:
            body: Any = fault.body
            if body is None:
                status = status_for_http(fault.status)
                body = status_body(status, f"injected {fault.status}", http=fault.status)
            raw = body if isinstance(body, bytes) else json_reply(fault.status, body).body
            reply = Reply(fault.status, raw, dict(fault.headers))
        elif fault.body is not None:
            raw = fault.body if isinstance(fault.body, bytes) else json_reply(200, fault.body).body
            reply = attrs.evolve(reply, body=raw, headers={**reply.headers, **fault.headers})
        if fault.truncate:
            reply = attrs.evolve(reply, truncate_at=len(reply.body) // 2)
        return attrs.evolve(reply, latency=fault.latency)

    def _failure(self, exc: ApiFailure) -> Reply:
        body = status_body(exc.status, exc.message, exc.details)
        return json_reply(body["code"], body, exc.headers)

    def _authenticate(self, request: Request) -> str:
        header = request.headers.get("authorization", "")
        if not header:
            raise ApiFailure("UNAUTHENTICATED", "missing Authorization header", _error_info("API_KEY_MISSING"))
        scheme, _, key = header.partition(" ")
        if scheme.lower() != "bearer" or key not in self._key_ids:
            raise ApiFailure("UNAUTHENTICATED", "invalid or revoked API key", _error_info("API_KEY_INVALID"))
        return self._key_ids[key]

    def _throttle(self, key_id: str) -> None:
        if self.rate_limit is None:
            return
        bucket = self._buckets.setdefault(key_id, _TokenBucket(self.rate_limit, self.burst))
        wait = bucket.take()
        if wait > 0:
            raise ApiFailure(
                "RESOURCE_EXHAUSTED",
                "rate limit exceeded for this API key",
                _error_info("RATE_LIMIT_EXCEEDED", limit=str(self.rate_limit)),
                {"@type": T + "RetryInfo", "retryDelay": f"{wait:.3f}s"},
                headers={"Retry-After": str(max(1, math.ceil(wait)))},
            )

    def _dispatch(self, operation: str, request: Request, params: dict[str, str], key_id: str) -> Reply:
        handler: Callable[..., Any] | None = getattr(self, f"_op_{operation}", None)
        if handler is None:
            return self._failure(ApiFailure("UNIMPLEMENTED", f"{operation} is not implemented by the emulator"))
        try:
            body = request.json() if request.method in ("POST", "PUT", "PATCH") else {}
        except ValueError:
            return self._failure(ApiFailure("INVALID_ARGUMENT", "request body is not valid JSON"))
        if not isinstance(body, dict):
            return self._failure(ApiFailure("INVALID_ARGUMENT", "request body must be a JSON object"))
        try:
            return json_reply(200, handler(params=params, query=request.query, body=body, key_id=key_id))
        except ApiFailure as exc:
            return self._failure(exc)

    # ------------------------------------------------------------------ helpers

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

    @staticmethod
    def _page_number(query: Mapping[str, str], items: list[Any], key: str) -> dict[str, Any]:
        try:
            size = int(query.get("pageSize") or 10)
            number = int(query.get("pageNumber") or 1)
        except ValueError:
            raise _bad_request(("pageSize", "must be an integer")) from None
        if size < 1 or size > 100 or number < 1:
            raise _bad_request(("pageSize", "must be 1-100; pageNumber starts at 1"))
        start = (number - 1) * size
        return {key: items[start : start + size], "totalCount": len(items), "pageNumber": number, "pageSize": size}

    @staticmethod
    def _page_token(query: Mapping[str, str], items: list[Any], key: str) -> dict[str, Any]:
        token = query.get("pageToken") or ""
        try:
            size = int(query.get("pageSize") or 10)
            start = int(base64.urlsafe_b64decode(token.encode()).decode() or 0) if token else 0
        except ValueError:
            raise _bad_request(("pageToken", "not a token this API issued")) from None
        if size < 1 or size > 100:
            raise _bad_request(("pageSize", "must be 1-100"))
        end = start + size
        next_token = base64.urlsafe_b64encode(str(end).encode()).decode() if end < len(items) else ""
        return {key: items[start:end], "pageToken": next_token, "pageSize": size}

    @staticmethod
    def _starting_after(query: Mapping[str, str], items: list[dict[str, Any]], key: str) -> dict[str, Any]:
        size = int(query.get("pageSize") or 10)
        after = query.get("startingAfter")
        start = 0
        if after:
            ids = [i["id"] for i in items]
            if after not in ids:
                raise _bad_request(("startingAfter", "unknown id"))
            start = ids.index(after) + 1
        page = items[start : start + size]
        return {key: page, "hasMore": start + size < len(items)}

    def _invoice(self, n: int) -> dict[str, Any]:
        return {"id": f"in_{n:04d}", "number": f"EMU-{n:04d}", "status": "paid", "currency": "usd", "total": "1.00"}

    # ------------------------------------------------------------------ catalogue

    _DATA_CENTERS = (("gb-bournemouth-1", 50.72, -1.88), ("no-kristiansand-1", 58.15, 8.0))
    _MACHINE_TYPES = (("epyc-milan", "AMD EPYC 7543", "", 0), ("epyc-milan-a40", "AMD EPYC 7543", "NVIDIA A40", 4))

    def _op_list_vm_data_centers(self, **_: Any) -> Any:
        return {
            "dataCenters": [
                {
                    "id": dc,
                    "supplierName": "emulator",
                    "renewableEnergy": True,
                    "ipv4Free": 100,
                    "s3Endpoint": f"https://{dc}.s3.emulator.invalid",
                    "location": {"latitude": lat, "longitude": lng},
                    "ipv4PriceHr": _dec(0.005),
                }
                for dc, lat, lng in self._DATA_CENTERS
            ]
        }

    def _op_list_vm_machine_types(self, **_: Any) -> Any:
        types = []
        for dc, _lat, _lng in self._DATA_CENTERS:
            for name, cpu, gpu, gpus in self._MACHINE_TYPES:
                types.append(
                    {
                        "dataCenterId": dc,
                        "machineType": name,
                        "cpuModel": cpu,
                        "gpuModel": gpu,
                        "gpuModelId": gpu.lower().replace(" ", "-"),
                        "minVcpuPerMemoryGib": 0.25,
                        "maxVcpuPerMemoryGib": 1.0,
                        "minVcpuPerGpu": 1.0 if gpus else 0.0,
                        "maxVcpuPerGpu": 16.0 if gpus else 0.0,
                        "vcpuPriceHr": _dec(0.002),
                        "memoryGibPriceHr": _dec(0.003),
                        "gpuPriceHr": _dec(0.8 if gpus else 0),
                        "minStorageGibPriceHr": _dec(0.0001),
                        "ipv4PriceHr": _dec(0.005),
                        "renewableEnergy": True,
                        "maxVcpuFree": 64,
                        "totalVcpuFree": 512,
                        "maxMemoryGibFree": 256,
                        "totalMemoryGibFree": 2048,
                        "maxGpuFree": gpus,
                        "totalGpuFree": gpus * 8,
                        "maxStorageGibFree": 2000,
                        "totalStorageGibFree": 20000,
                        "minVcpu": 1.0,
                        "minMemoryGib": 1.0,
                        "prices": [],
                    }
                )
        return {"machineTypes": types}

    def _op_list_public_vm_images(self, **_: Any) -> Any:
        return {
            "images": [
                {
                    "id": image,
                    "name": image,
                    "description": f"{label} (emulated)",
                    "displayName": label,
                    "platform": "linux",
                    "sizeGib": 10,
                    "installedPackages": [{"name": "openssh", "description": "ssh server", "version": "9"}],
                }
                for image, label in (("ubuntu-2204", "Ubuntu 22.04"), ("debian-12", "Debian 12"))
            ]
        }

    # ------------------------------------------------------------------ projects

    def _op_list_projects(self, query: Mapping[str, str], **_: Any) -> Any:
        return self._page_token(query, list(self._projects.values()), "projects")

    def _op_create_project(self, body: dict[str, Any], **_: Any) -> Any:
        project_id = self._check_id("id", body.get("id"))
        if project_id in self._projects:
            raise _exists("project", project_id)
        self.side_effects["create_project", project_id] += 1
        if not body.get("billingAccountId"):
            raise _bad_request(("billingAccountId", "is required"))
        return self._add_project(project_id, str(body["billingAccountId"]))

    def _op_get_project(self, params: dict[str, str], **_: Any) -> Any:
        return self._project(params["id"])

    def _op_delete_project(self, params: dict[str, str], **_: Any) -> Any:
        self._project(params["id"])
        if any(p == params["id"] for p, _ in self._vms):
            raise ApiFailure("FAILED_PRECONDITION", "project still has virtual machines")
        del self._projects[params["id"]]
        return {}

    # ------------------------------------------------------------------ API keys

    def _op_list_api_keys(self, query: Mapping[str, str], **_: Any) -> Any:
        return self._page_number(query, list(self._keys.values()), "apiKeys")

    def _op_generate_api_key(self, body: dict[str, Any], **_: Any) -> Any:
        key_id = self._check_id("apikeyId", body.get("apikeyId"))
        if key_id in self._keys:
            raise _exists("api key", key_id)
        self.side_effects["generate_api_key", key_id] += 1
        key = "emu-" + secrets.token_urlsafe(24)
        self._keys[key_id] = {"id": key_id, "createTime": _now()}
        self._key_ids[key] = key_id
        return {**self._keys[key_id], "key": key}  # the key is shown this once

    def _op_delete_api_key(self, params: dict[str, str], **_: Any) -> Any:
        key_id = params["name"]
        if key_id not in self._keys:
            raise _not_found("api key", key_id)
        del self._keys[key_id]
        for key in [k for k, i in self._key_ids.items() if i == key_id]:
            del self._key_ids[key]
        return {}

    # ------------------------------------------------------------------ SSH keys

    def _op_list_ssh_keys(self, query: Mapping[str, str], **_: Any) -> Any:
        return self._page_number(query, list(self._ssh_keys.values()), "sshKeys")

    def _op_create_ssh_key(self, body: dict[str, Any], **_: Any) -> Any:
        public = body.get("publicKey")
        parts = public.split() if isinstance(public, str) else []
        if len(parts) < 2 or not parts[0].startswith(("ssh-", "ecdsa-")):
            raise _bad_request(("publicKey", "must be an OpenSSH public key"))
        digest = hashlib.sha256(parts[1].encode()).hexdigest()[:32]
        key_id = f"ssh-{digest[:12]}"
        if key_id in self._ssh_keys:
            raise _exists("ssh key", key_id)
        self.side_effects["create_ssh_key", key_id] += 1
        self._ssh_keys[key_id] = {
            "id": key_id,
            "publicKey": public,
            "type": parts[0],
            "comment": " ".join(parts[2:]),
            "fingerprint": digest,
            "createTime": _now(),
        }
        return self._ssh_keys[key_id]

    def _op_get_ssh_key(self, params: dict[str, str], **_: Any) -> Any:
        if params["id"] not in self._ssh_keys:
            raise _not_found("ssh key", params["id"])
        return self._ssh_keys[params["id"]]

    def _op_delete_ssh_key(self, params: dict[str, str], **_: Any) -> Any:
        self._op_get_ssh_key(params=params)
        del self._ssh_keys[params["id"]]
        return {}

    def _op_list_project_ssh_keys(self, params: dict[str, str], **_: Any) -> Any:
        self._project(params["project_id"])
        return {"sshKeys": list(self._ssh_keys.values())}

    # ------------------------------------------------------------------ VMs

    def _find(self, store: Mapping[tuple[str, str], Any], kind: str, params: dict[str, str]) -> Any:
        """The project's resource named in the path, or NOT_FOUND (for the project or the resource)."""
        self._project(params["project_id"])
        found = store.get((params["project_id"], params["id"]))
        if found is None:
            raise _not_found(kind, params["id"])
        return found

    def has_vm(self, project_id: str, vm_id: str) -> bool:
        """Whether the emulator holds this VM (in any state)."""
        return (project_id, vm_id) in self._vms

    def _vm(self, params: dict[str, str]) -> _Vm:
        vm: _Vm = self._find(self._vms, "virtual machine", params)
        vm.state()
        return vm

    def _vm_price(self, data: dict[str, Any]) -> dict[str, Any]:
        vcpu, mem, gpu = 0.002 * data["vcpus"], 0.003 * data["memory"], 0.8 * data["gpuQuantity"]
        return {
            "vcpuPriceHr": _dec(0.002),
            "totalVcpuPriceHr": _dec(vcpu),
            "memoryGibPriceHr": _dec(0.003),
            "totalMemoryPriceHr": _dec(mem),
            "gpuPriceHr": _dec(0.8),
            "totalGpuPriceHr": _dec(gpu),
            "storageGibPriceHr": _dec(0.0001),
            "totalStoragePriceHr": _dec(0.0001 * data["bootDiskSizeGib"]),
            "ipv4AddressPriceHr": _dec(0.005),
            "totalPriceHr": _dec(vcpu + mem + gpu + 0.005),
        }

    def _op_create_vm(self, params: dict[str, str], body: dict[str, Any], **_: Any) -> Any:
        project_id = params["project_id"]
        self._project(project_id)
        violations = [
            (f, "is required") for f in ("vmId", "dataCenterId", "machineType", "bootDiskImageId") if not body.get(f)
        ]
        for field in ("vcpus", "memoryGib"):
            if not isinstance(body.get(field), int) or body[field] < 1:
                violations.append((field, "must be a positive integer"))
        if not isinstance(body.get("gpus", 0), int) or body.get("gpus", 0) < 0:
            violations.append(("gpus", "must be zero or more"))
        if body.get("vmId") and not _ID.match(str(body["vmId"])):
            violations.append(("vmId", "must be 1-63 characters: lowercase letters, digits and '-'"))
        if body.get("dataCenterId") and body["dataCenterId"] not in {dc for dc, _, _ in self._DATA_CENTERS}:
            violations.append(("dataCenterId", "unknown data center"))
        if violations:
            raise _bad_request(*violations)
        vm_id = str(body["vmId"])
        if (project_id, vm_id) in self._vms:
            raise _exists("virtual machine", vm_id)
        self.side_effects["create_vm", vm_id] += 1
        if body.get("validateOnly"):
            return {"id": vm_id}
        data: dict[str, Any] = {
            "id": vm_id,
            "projectId": project_id,
            "datacenterId": body["dataCenterId"],
            "machineType": body["machineType"],
            "vcpus": body["vcpus"],
            "memory": body["memoryGib"],
            "gpuQuantity": body.get("gpus", 0),
            "bootDiskSizeGib": body.get("bootDiskSizeGib") or 10,
            "imageId": body["bootDiskImageId"],
            "publicImageId": body["bootDiskImageId"],
            "commitmentTerm": body.get("commitmentTerm") or "COMMITMENT_TERM_NONE",
            "metadata": dict(body.get("metadata") or {}),
            "createTime": _now(),
            "createBy": "emulator",
            "internalIpAddress": f"10.0.0.{len(self._vms) % 250 + 2}",
            "storageDisks": [],
            "securityGroupIds": list(body.get("securityGroupIds") or []),
        }
        data["price"] = self._vm_price(data)
        vm = _Vm(data)
        vm.move("PENDING", "ACTIVE", self.boot_seconds)
        self._vms[project_id, vm_id] = vm
        return {"id": vm_id, "vm": vm.data}

    def _op_list_vms(self, params: dict[str, str], **_: Any) -> Any:
        self._project(params["project_id"])
        vms = [vm for (p, _), vm in self._vms.items() if p == params["project_id"]]
        return {"VMs": [vm.data for vm in vms if vm.state() != "DELETED"]}

    def _op_get_vm(self, params: dict[str, str], **_: Any) -> Any:
        vm = self._vm(params)
        price = {k: v for k, v in vm.data["price"].items() if k != "ipv4AddressPriceHr"}
        return {"VM": vm.data, **price, "ipv4PriceHr": vm.data["price"]["ipv4AddressPriceHr"]}

    def _transition(self, params: dict[str, str], allowed: set[str], now_state: str, then_state: str, op: str) -> Any:
        vm = self._vm(params)
        if vm.state() not in allowed:
            raise ApiFailure(
                "FAILED_PRECONDITION",
                f"cannot {op.split('_', maxsplit=1)[0]} a VM that is {vm.state()}",
                {
                    "@type": T + "PreconditionFailure",
                    "violations": [{"type": "VM_STATE", "subject": params["id"], "description": vm.state()}],
                },
            )
        self.side_effects[op, params["id"]] += 1
        vm.move(now_state, then_state, self.transition_seconds)
        return {}

    def _op_start_vm(self, params: dict[str, str], **_: Any) -> Any:
        return self._transition(params, {"STOPPED"}, "STARTING", "ACTIVE", "start_vm")

    def _op_stop_vm(self, params: dict[str, str], **_: Any) -> Any:
        return self._transition(params, {"ACTIVE"}, "STOPPING", "STOPPED", "stop_vm")

    def _op_reboot_vm(self, params: dict[str, str], **_: Any) -> Any:
        return self._transition(params, {"ACTIVE"}, "STARTING", "ACTIVE", "reboot_vm")

    def _op_terminate_vm(self, params: dict[str, str], **_: Any) -> Any:
        result = self._transition(
            params, {"ACTIVE", "STOPPED", "PENDING", "FAILED"}, "DELETING", "DELETED", "terminate_vm"
        )
        for disk in self._disks.values():
            if disk["projectId"] == params["project_id"] and disk.get("vmId") == params["id"]:
                disk.pop("vmId", None)
                disk["diskState"] = "READY"
        return result

    def _op_count_vms(self, params: dict[str, str], **_: Any) -> Any:
        return {"count": len(self._op_list_vms(params=params)["VMs"])}

    # ------------------------------------------------------------------ disks

    def _disk(self, params: dict[str, str]) -> dict[str, Any]:
        disk: dict[str, Any] = self._find(self._disks, "disk", params)
        return disk

    def _op_create_storage_disk(self, params: dict[str, str], body: dict[str, Any], **_: Any) -> Any:
        self._project(params["project_id"])
        disk_id = self._check_id("id", body.get("id"))
        if not isinstance(body.get("sizeGib"), int) or body["sizeGib"] < 1:
            raise _bad_request(("sizeGib", "must be a positive integer"))
        if not body.get("dataCenterId"):
            raise _bad_request(("dataCenterId", "is required"))
        if (params["project_id"], disk_id) in self._disks:
            raise _exists("disk", disk_id)
        self.side_effects["create_storage_disk", disk_id] += 1
        self._disks[params["project_id"], disk_id] = {
            "id": disk_id,
            "projectId": params["project_id"],
            "dataCenterId": body["dataCenterId"],
            "sizeGib": body["sizeGib"],
            "diskState": "READY",
            "diskType": "DISK_TYPE_STORAGE",
            "createTime": _now(),
        }
        return {}

    def _op_list_disks(self, params: dict[str, str], query: Mapping[str, str], **_: Any) -> Any:
        self._project(params["project_id"])
        disks = [d for (p, _), d in self._disks.items() if p == params["project_id"]]
        if query.get("dataCenterId"):
            disks = [d for d in disks if d["dataCenterId"] == query["dataCenterId"]]
        return self._page_number(query, disks, "disks")

    def _op_get_disk(self, params: dict[str, str], **_: Any) -> Any:
        return {"disk": self._disk(params)}

    def _op_delete_storage_disk(self, params: dict[str, str], **_: Any) -> Any:
        disk = self._disk(params)
        if disk.get("vmId"):
            raise ApiFailure("FAILED_PRECONDITION", f"disk {params['id']!r} is attached to {disk['vmId']!r}")
        del self._disks[params["project_id"], params["id"]]
        return {}

    def _op_attach_storage_disk(self, params: dict[str, str], query: Mapping[str, str], **_: Any) -> Any:
        disk = self._disk(params)
        vm_id = query.get("vmId")
        if not vm_id:
            raise _bad_request(("vmId", "is required"))
        vm = self._vm({"project_id": params["project_id"], "id": vm_id})
        if disk.get("vmId"):
            raise ApiFailure("FAILED_PRECONDITION", f"disk {params['id']!r} is already attached")
        disk["vmId"], disk["diskState"] = vm_id, "ATTACHED"
        vm.data["storageDisks"] = [*vm.data["storageDisks"], disk]
        return {}

    def _op_detach_storage_disk(self, params: dict[str, str], **_: Any) -> Any:
        disk = self._disk(params)
        vm_id = disk.pop("vmId", None)
        if not vm_id:
            raise ApiFailure("FAILED_PRECONDITION", f"disk {params['id']!r} is not attached")
        disk["diskState"] = "READY"
        vm = self._vms.get((params["project_id"], vm_id))
        if vm is not None:
            vm.data["storageDisks"] = [d for d in vm.data["storageDisks"] if d["id"] != params["id"]]
        return {}

    # ------------------------------------------------------------------ networks and security groups

    def _network(self, params: dict[str, str]) -> dict[str, Any]:
        network: dict[str, Any] = self._find(self._networks, "network", params)
        return network

    def _op_create_network(self, params: dict[str, str], body: dict[str, Any], **_: Any) -> Any:
        self._project(params["project_id"])
        network_id = self._check_id("id", body.get("id"))
        if not re.match(r"^\d{1,3}(\.\d{1,3}){3}/\d{1,2}$", str(body.get("ipRange", ""))):
            raise _bad_request(("ipRange", "must be an IPv4 CIDR range"))
        if not body.get("dataCenterId"):
            raise _bad_request(("dataCenterId", "is required"))
        if (params["project_id"], network_id) in self._networks:
            raise _exists("network", network_id)
        self.side_effects["create_network", network_id] += 1
        self._networks[params["project_id"], network_id] = {
            "id": network_id,
            "projectId": params["project_id"],
            "dataCenterId": body["dataCenterId"],
            "ipRange": body["ipRange"],
            "gateway": body["ipRange"].rsplit(".", 1)[0] + ".1",
            "state": "ACTIVE",
            "priceHr": _dec(0.01),
            "createTime": _now(),
        }
        return self._networks[params["project_id"], network_id]

    def _op_list_networks(self, params: dict[str, str], query: Mapping[str, str], **_: Any) -> Any:
        self._project(params["project_id"])
        nets = [n for (p, _), n in self._networks.items() if p == params["project_id"]]
        return self._page_number(query, nets, "networks")

    def _op_get_network(self, params: dict[str, str], **_: Any) -> Any:
        return self._network(params)

    def _op_delete_network(self, params: dict[str, str], **_: Any) -> Any:
        self._network(params)
        del self._networks[params["project_id"], params["id"]]
        return {}

    def _op_start_network(self, params: dict[str, str], **_: Any) -> Any:
        self._network(params)["state"] = "ACTIVE"
        return {}

    def _op_stop_network(self, params: dict[str, str], **_: Any) -> Any:
        self._network(params)["state"] = "STOPPED"
        return {}

    def _group(self, params: dict[str, str]) -> dict[str, Any]:
        group: dict[str, Any] = self._find(self._groups, "security group", params)
        return group

    def _op_create_security_group(self, params: dict[str, str], body: dict[str, Any], **_: Any) -> Any:
        self._project(params["project_id"])
        group_id = self._check_id("id", body.get("id"))
        if not body.get("dataCenterId"):
            raise _bad_request(("dataCenterId", "is required"))
        if (params["project_id"], group_id) in self._groups:
            raise _exists("security group", group_id)
        self.side_effects["create_security_group", group_id] += 1
        self._groups[params["project_id"], group_id] = {
            "id": group_id,
            "projectId": params["project_id"],
            "dataCenterId": body["dataCenterId"],
            "description": str(body.get("description", "")),
            "rules": list(body.get("rules") or []),
        }
        return self._groups[params["project_id"], group_id]

    def _op_list_security_groups(self, params: dict[str, str], query: Mapping[str, str], **_: Any) -> Any:
        self._project(params["project_id"])
        groups = [g for (p, _), g in self._groups.items() if p == params["project_id"]]
        return self._page_number(query, groups, "securityGroups")

    def _op_get_security_group(self, params: dict[str, str], **_: Any) -> Any:
        return self._group(params)

    def _op_update_security_group(self, params: dict[str, str], body: dict[str, Any], **_: Any) -> Any:
        group = self._group(params)
        if "description" in body:
            group["description"] = str(body["description"])
        if "rules" in body:
            group["rules"] = list(body["rules"] or [])
        return group

    def _op_delete_security_group(self, params: dict[str, str], **_: Any) -> Any:
        self._group(params)
        del self._groups[params["project_id"], params["id"]]
        return {}

    # ------------------------------------------------------------------ billing (read-only)

    def _op_list_invoices(self, query: Mapping[str, str], **_: Any) -> Any:
        return self._starting_after(query, self._invoices, "invoices")

"""The emulator survives bad input: every request gets an answer (400 for a malformed one, 500
for a bug of its own, logged), the server goes on for everyone, and the standalone process
exits non-zero if it ever stops serving."""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import resource
import socket
import subprocess
import sys
import threading
from typing import Any

import anyio
import httpx2
import pytest

from cudo_async import errors
from cudo_async._decode import decode_error
from cudo_async.testing import Emulator
from cudo_async.testing._store import HANDLERS
from tests.helpers import AT_ONCE, vm_body

pytestmark = pytest.mark.anyio

GOOD_VM = vm_body("vm-1").to_dict()
DEEP = b'{"vmId": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"

BAD = {
    "dataCenterId as a list": ("POST", "/v1/projects/demo-project/vm", {**GOOD_VM, "dataCenterId": ["gb"]}),
    "metadata as a string": ("POST", "/v1/projects/demo-project/vm", {**GOOD_VM, "metadata": "x"}),
    "securityGroupIds: 5": ("POST", "/v1/projects/demo-project/vm", {**GOOD_VM, "securityGroupIds": 5}),
    "100k-deep JSON": ("POST", "/v1/projects/demo-project/vm", DEEP),
    "pageSize=abc": ("GET", "/v1/invoices?id=demo-billing&pageSize=abc", None),
    "a nested field of the wrong type": (
        "POST",
        "/v1/projects/demo-project/vm",
        {**GOOD_VM, "nics": [{"networkId": 5}]},
    ),
    "vcpus as an object": ("POST", "/v1/projects/demo-project/vm", {**GOOD_VM, "vcpus": {"n": 2}}),
}


async def send(emu: Emulator, method: str, path: str, body: Any) -> httpx2.Response:
    content = body if isinstance(body, bytes) else None
    async with httpx2.AsyncClient(base_url=emu.base_url, headers={"Authorization": f"Bearer {emu.api_key}"}) as http:
        return await http.request(method, path, json=None if content is not None else body, content=content)


@pytest.mark.parametrize("case", list(BAD))
async def test_a_malformed_request_gets_a_400_and_the_server_goes_on(case: str) -> None:
    method, path, body = BAD[case]
    async with Emulator(rate_limit=None) as emu:
        answer = await send(emu, method, path, body)
        assert answer.status_code == 400, answer.text
        error = decode_error(answer.status_code, answer.headers, answer.content)
        assert isinstance(error, errors.InvalidArgumentError)  # in either wire form
        async with emu.client() as cudo:  # everyone else is still served
            assert (await cudo.virtual_machines.list_vm_data_centers()).data_centers
            await cudo.virtual_machines.create_vm(emu.project_id, body=vm_body("vm-ok"))


#: Text that is not valid UTF-8, wherever a request carries it: (method, path, body, the field named).
NOT_UTF8 = {
    "a lone high surrogate (hand-written create)": (
        "POST", "/v1/ssh-keys", b'{"publicKey": "ssh-ed25519 \\ud800 me@host"}', "publicKey"),
    "a lone low surrogate (generic create)": (
        "POST", "/v1/billing-accounts", b'{"displayName": "\\udfff", "email": "a@b"}', "displayName"),
    "surrogates in the wrong order": (
        "POST", "/v1/billing-accounts", b'{"displayName": "\\udc00\\ud800", "email": "a@b"}', "displayName"),
    "a nested field": (
        "POST", "/v1/billing-accounts",
        b'{"displayName": "d", "email": "a@b", "billingAddress": {"city": "x\\ud9ff"}}', "billingAddress.city"),
    "a map key": (
        "POST", "/v1/projects/demo-project/vm",
        json.dumps({**GOOD_VM, "metadata": {"\ud800": "v"}}).encode(), "metadata.\\ud800"),
    "a map value": (
        "POST", "/v1/projects/demo-project/vm", json.dumps({**GOOD_VM, "metadata": {"k": "\udbff"}}).encode(),
        "metadata.k"),
    "a list member": (
        "POST", "/v1/projects/demo-project/vm", json.dumps({**GOOD_VM, "securityGroupIds": ["\udc80"]}).encode(),
        "securityGroupIds[0]"),
    "a field the message does not have": (
        "POST", "/v1/billing-accounts", b'{"displayName": "d", "email": "a@b", "nope": ["\\ud800"]}', "nope[0]"),
    "a byte that is no UTF-8": ("POST", "/v1/billing-accounts", b'{"displayName": "\xff", "email": "a@b"}', None),
    "an overlong encoding": ("POST", "/v1/billing-accounts", b'{"displayName": "\xc0\xaf", "email": "a@b"}', None),
    "a surrogate encoded in UTF-8": (
        "POST", "/v1/billing-accounts", b'{"displayName": "\xed\xa0\x80", "email": "a@b"}', None),
    "a UTF-16 body": ("POST", "/v1/billing-accounts", '{"displayName": "d", "email": "a@b"}'.encode("utf-16"), None),
    "a byte-order mark": ("POST", "/v1/billing-accounts", b'\xef\xbb\xbf{"displayName": "d", "email": "a@b"}', None),
    "a query value": ("GET", "/v1/projects/demo-project/disks?dataCenterId=%ED%A0%80", None, "dataCenterId"),
    "a query value's bad byte": ("GET", "/v1/projects/demo-project/disks?dataCenterId=a%FFb", None, "dataCenterId"),
    "a path parameter": ("GET", "/v1/projects/demo-%FF", None, "projectId"),
}  # fmt: skip


@pytest.mark.parametrize("case", list(NOT_UTF8))
async def test_text_that_is_not_utf8_is_invalid_argument_never_stored_nor_a_500(case: str) -> None:
    method, path, body, field = NOT_UTF8[case]
    async with Emulator(rate_limit=None) as emu:
        answer = await send(emu, method, path, body)
        assert answer.status_code == 400, answer.text
        assert isinstance(decode_error(answer.status_code, answer.headers, answer.content), errors.InvalidArgumentError)
        if field is not None:
            violations = {v["field"]: v["description"] for d in answer.json()["details"] for v in d["fieldViolations"]}
            assert list(violations) == [field] and "UTF-8" in violations[field]
        else:
            assert "UTF-8" in answer.json()["message"] or "JSON" in answer.json()["message"]
        async with emu.client() as cudo:  # nothing stored, and everyone else is still served
            assert (await cudo.billing.list_billing_accounts()).billing_accounts[0].id == "demo-billing"
            assert len((await cudo.billing.list_billing_accounts()).billing_accounts) == 1
            assert not (await cudo.ssh_keys.list_ssh_keys()).ssh_keys
            assert not emu.has_vm(emu.project_id, "vm-1")


@pytest.mark.parametrize(
    "request_line",
    [b"GET /v1/projects/demo-project/disks?dataCenterId=\xff HTTP/1.1", b"GET /v1/projects/\xc3\xa9 HTTP/1.1",
     b"GET /v1/projects HTTP/9", b"GET  /v1/projects HTTP/1.1"],
)  # fmt: skip
async def test_a_request_http_cannot_read_gets_a_plain_400_and_the_server_goes_on(request_line: bytes) -> None:
    async with Emulator(rate_limit=None) as emu:
        stream = await anyio.connect_tcp("127.0.0.1", emu.port)
        async with stream:
            await stream.send(request_line + b"\r\nHost: x\r\n\r\n")
            with anyio.fail_after(AT_ONCE):
                answer = await stream.receive()
        assert answer.startswith(b"HTTP/1.1 400 ") and answer.endswith(b"400 Bad Request"), answer
        async with emu.client() as cudo:
            assert (await cudo.virtual_machines.list_vm_data_centers()).data_centers


def test_a_valid_surrogate_pair_is_one_character_and_comes_back_as_sent() -> None:
    with Emulator(rate_limit=None) as emu:
        headers = {"Authorization": f"Bearer {emu.api_key}"}
        made = httpx2.post(f"{emu.base_url}/v1/billing-accounts", headers=headers,
                           content=b'{"displayName": "\\ud83d\\ude00 ok", "email": "a@b"}')  # fmt: skip
        assert made.status_code == 200 and made.json()["displayName"] == "\U0001f600 ok"


def _held(emu: Emulator) -> list[int]:
    """The bytes of each recorded exchange's bodies, oldest first."""
    return [len(ex.request.body) + len(ex.reply.body) for ex in emu.exchanges]


@pytest.mark.parametrize(
    ("options", "body_size", "count"),
    [({"record_bytes": 1 << 20}, 256 << 10, 20), ({"record_bytes": 64 << 10}, 100 << 10, 5), ({}, 7 << 20, 6)],
    ids=["1MiB", "64KiB", "default"],
)
async def test_the_record_of_exchanges_is_bounded_in_bytes_and_keeps_the_newest(
    options: dict[str, Any], body_size: int, count: int
) -> None:
    async with Emulator(rate_limit=None, **options) as emu:
        budget = emu.record_bytes
        async with httpx2.AsyncClient(
            base_url=emu.base_url, headers={"Authorization": f"Bearer {emu.api_key}"}
        ) as http:
            for i in range(count):  # refused (no such id syntax) and answered, each kept whole until it is dropped
                body = json.dumps({"id": f"{i:03d}" + "x" * body_size, "billingAccountId": "demo-billing"})
                assert (await http.post("/v1/projects", content=body)).status_code == 400
                assert (await http.get("/v1/vms/data-centers")).status_code == 200
        held = _held(emu)
        assert sum(held[:-1]) <= budget < count * body_size
        assert emu.exchanges[-1].operation == "list_vm_data_centers"  # the newest are kept
        refused = [ex for ex in emu.exchanges if ex.operation == "create_project"]
        if body_size < budget:  # the last large body fits: it is there, whole
            assert refused[-1].request.body.startswith(b'{"id": "%03d' % (count - 1))
        else:  # no large body fits beside the newest exchange
            assert refused == [] and len(held) == 1


def _all_held(emu: Emulator) -> list[int]:
    """Every byte each recorded exchange holds: bodies, path, headers, query values (each repeated one)."""
    sizes = []
    for ex in emu.exchanges:
        request, reply = ex.request, ex.reply
        texts = [request.body, reply.body, request.path, *request.query.values(), *request.headers.values()]
        texts += [value for values in request.repeated.values() for value in values] + [*reply.headers.values()]
        sizes.append(sum(map(len, texts)))
    return sizes


@pytest.mark.parametrize("where", ["a query parameter given twice", "a header", "an unknown query parameter"])
async def test_the_records_byte_bound_counts_what_the_request_line_and_headers_hold(where: str) -> None:
    size = 48 << 10  # (httpx2 sends no query past 64 KiB)
    async with Emulator(rate_limit=None, record_bytes=128 << 10) as emu:
        async with httpx2.AsyncClient(
            base_url=emu.base_url, headers={"Authorization": f"Bearer {emu.api_key}"}
        ) as http:
            for i in range(12):
                big = f"{i:03d}" + "x" * size
                if where == "a header":
                    answer = await http.get("/v1/vms/data-centers", headers={"X-Big": big})
                elif where == "an unknown query parameter":
                    answer = await http.get("/v1/vms/data-centers", params={"nonsense": big})
                else:
                    answer = await http.get("/v1/vms/data-centers", params=[("pageToken", big), ("pageToken", "1")])
                assert answer.status_code in (200, 400)
        held = _all_held(emu)
        assert sum(held[:-1]) <= emu.record_bytes < 12 * size


async def test_the_record_keeps_at_most_record_exchanges() -> None:
    async with Emulator(rate_limit=None, record=3) as emu, emu.client() as cudo:
        for _ in range(5):
            await cudo.virtual_machines.list_vm_data_centers()
        await cudo.projects.list_projects()
        assert [ex.operation for ex in emu.exchanges] == ["list_vm_data_centers"] * 2 + ["list_projects"]
    async with Emulator(rate_limit=None, record=0) as emu, emu.client() as cudo:
        await cudo.projects.list_projects()
        assert emu.exchanges == [] and emu.answered == 1


async def test_the_400_names_each_field_that_does_not_fit_the_spec() -> None:
    body = {**GOOD_VM, "dataCenterId": ["gb"], "metadata": "x", "securityGroupIds": 5}
    async with Emulator(rate_limit=None) as emu, emu.client() as cudo:
        answer = await send(emu, "POST", f"/v1/projects/{emu.project_id}/vm", body)
        fields = {v["field"] for d in answer.json()["details"] for v in d.get("fieldViolations", [])}
        assert fields == {"dataCenterId", "metadata", "securityGroupIds"}
        with pytest.raises(errors.InvalidArgumentError) as info:  # the same through the SDK
            await cudo.virtual_machines.create_vm(emu.project_id, body=vm_body("vm-2", machine_type="no-such-type"))
    assert [v.field for v in info.value.field_violations] == ["machineType"]  # checked as data centers are


async def test_a_bug_in_a_handler_answers_500_is_logged_and_the_server_goes_on(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: Any, **__: Any) -> Any:
        raise ZeroDivisionError("a bug")

    monkeypatch.setitem(HANDLERS, "list_vm_machine_types", broken)
    caplog.set_level(logging.ERROR, logger="cudo_async.testing")
    async with Emulator(rate_limit=None) as emu, emu.client() as cudo:
        with pytest.raises(errors.InternalError):
            await cudo.virtual_machines.list_vm_machine_types()
        assert (await cudo.virtual_machines.list_vm_data_centers()).data_centers
    logged = [r for r in caplog.records if r.name == "cudo_async.testing"]
    assert logged and logged[0].exc_info and logged[0].exc_info[0] is ZeroDivisionError


async def test_a_stalled_connection_is_closed_after_the_idle_timeout() -> None:
    async with Emulator(rate_limit=None, idle_timeout=0.3) as emu:
        stream = await anyio.connect_tcp("127.0.0.1", emu.port)
        async with stream:
            await stream.send(b"GET /v1/data-centers HTTP/1.1\r\nHost: x\r\n")  # and never the rest
            with anyio.fail_after(AT_ONCE):
                with pytest.raises((anyio.EndOfStream, anyio.BrokenResourceError)):
                    while True:
                        await stream.receive()
        with anyio.fail_after(AT_ONCE):
            while emu.open_connections:  # noqa: ASYNC110 (the server's count)
                await anyio.sleep(0.01)


BAD_OPTIONS = [
    {"port": 70000}, {"port": -1}, {"port": "8787"}, {"port": True}, {"rate_limit": 0}, {"rate_limit": float("nan")},
    {"rate_limit": -5}, {"burst": 0}, {"burst": 2.5}, {"boot_seconds": -1}, {"boot_seconds": (2.0, 1.0)},
    {"boot_seconds": (1.0,)}, {"boot_seconds": float("inf")}, {"transition_seconds": "1"}, {"record": -1},
    {"record_bytes": None}, {"idle_timeout": 0}, {"max_connections": 0}, {"max_connections": 1.5},
    {"project_id": ""}, {"api_key": "two words"}, {"api_key": "line\nbreak"}, {"api_key": ""}, {"api_key": "键"},
    {"host": None}, {"wire": "json"}, {"idle_timeout": 10**400}, {"rate_limit": 10**400},
    {"boot_seconds": (1, 10**400)}, {"transition_seconds": -(10**400)}, {"port": 10**400},
]  # fmt: skip


@pytest.mark.parametrize("options", BAD_OPTIONS, ids=[repr(o) for o in BAD_OPTIONS])
def test_an_option_the_emulator_cannot_use_is_a_configuration_error_naming_it(options: dict[str, Any]) -> None:
    with pytest.raises(errors.ConfigurationError) as refused:
        Emulator(**options)
    assert next(iter(options)) in str(refused.value)
    assert "line\nbreak" not in str(refused.value) and "two words" not in str(refused.value)  # a key is not echoed


BAD_FAULTS = [
    {"drop": "sometimes"}, {"latency": "1"}, {"latency": -1}, {"latency": float("nan")}, {"latency": 10**400},
    {"status": 99}, {"status": 1000}, {"status": "500"}, {"times": "2"}, {"times": -1}, {"body": 5},
    {"headers": {"x": 1}}, {"truncate": "yes"}, {"applied": 1}, {"operation": "misspelt"}, {"operation": 5},
]  # fmt: skip


@pytest.mark.parametrize("behaviour", BAD_FAULTS, ids=[repr(b) for b in BAD_FAULTS])
def test_a_fault_the_emulator_cannot_use_is_refused_when_injected_naming_it(behaviour: dict[str, Any]) -> None:
    emu = Emulator()
    known = sorted(emu.spec.operations)[0]
    operation = behaviour.pop("operation", None)
    if operation == "misspelt":  # one letter more than an operation of the spec
        operation = known + "x"
    with pytest.raises(errors.ConfigurationError) as refused:
        emu.inject(operation, **behaviour)
    assert next(iter(behaviour), "operation") in str(refused.value) and emu.faults == []
    if operation == known + "x":
        assert f"did you mean {known!r}?" in str(refused.value)


@pytest.mark.parametrize(
    ("rate", "faults", "seed", "named"),
    [(1.5, "fault", 0, "rate"), ("half", "fault", 0, "rate"), (10**400, "fault", 0, "rate"), (0.5, [], 0, "faults"),
     (0.5, "abc", 0, "faults"), (0.5, [500], 0, "faults"), (0.5, "fault", [1], "seed")],
)  # fmt: skip
def test_chaos_the_emulator_cannot_use_is_refused_naming_what(rate: Any, faults: Any, seed: Any, named: str) -> None:
    emu = Emulator()
    if faults == "fault":
        faults = [emu.inject(status=503, times=0)]
    with pytest.raises(errors.ConfigurationError, match=named):
        emu.chaos(rate, faults, seed=seed)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.1", "example.invalid"])  # refused, never bound
def test_a_host_that_is_not_loopback_is_refused_unless_asked_for(host: str) -> None:
    with pytest.raises(errors.ConfigurationError, match="allow_remote"):
        Emulator(host=host)
    run = subprocess.run(
        [sys.executable, "-m", "cudo_async.testing", "--host", host, "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 2 and "--allow-remote" in run.stderr
    for loopback in ("127.0.0.1", "::1", "localhost"):
        Emulator(host=loopback)  # accepted (not started)


def _standalone(
    *args: str, script: str | None = None, limit: int | None = None
) -> tuple[subprocess.Popen[str], int, str]:
    """The standalone emulator (or ``script``, which starts it), with its port and key."""
    command = [sys.executable, "-c", script] if script else [sys.executable, "-m", "cudo_async.testing"]

    def lower_the_limit() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (limit, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))

    proc = subprocess.Popen(
        [*command, "--port", "0", "--rate-limit", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lower_the_limit,  # noqa: PLW1509 (a resource limit for the child only)
    )
    assert proc.stdout is not None
    lines = [proc.stdout.readline() for _ in range(3)]
    port = int(re.search(r":(\d+)", lines[0]).group(1))  # type: ignore[union-attr]
    return proc, port, lines[2].strip().split("=", 1)[1]


def _get(port: int, key: str) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=AT_ONCE) as conn:
        conn.sendall(f"GET /v1/vms/data-centers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n\r\n".encode())
        return conn.recv(64).split(b"\r\n")[0]


#: Lowers the file-descriptor limit once the emulator serves, so that its cap (fixed at the start,
#: from the limit then) is past what it may open: accept() itself fails (EMFILE).
LIMIT_AFTER_THE_START = """
import resource, sys
from cudo_async.testing import _emulator
from cudo_async.testing.__main__ import main

serving = _emulator.Emulator.__aenter__

async def then_lower_the_limit(self):
    emu = await serving(self)
    resource.setrlimit(resource.RLIMIT_NOFILE, (48, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
    return emu

_emulator.Emulator.__aenter__ = then_lower_the_limit
main()
"""


@pytest.mark.parametrize(
    ("limit", "held", "script"),
    [(40, 60, None), (128, 150, None), (None, 120, LIMIT_AFTER_THE_START)],
    ids=["limit-40", "limit-128", "accept-fails"],
)
def test_out_of_file_descriptors_the_standalone_process_goes_on_serving(
    limit: int | None, held: int, script: str | None
) -> None:
    # More idle connections than the process may open: the emulator accepts up to its cap (the
    # rest wait, unaccepted) and, where accept() fails anyway, tries again; it never stops serving.
    proc, port, key = _standalone("--max-connections", "1000", script=script, limit=limit)
    try:
        conns = []
        for _ in range(held):
            try:
                conns.append(socket.create_connection(("127.0.0.1", port), timeout=AT_ONCE))
            except OSError:
                break
        assert len(conns) == held  # the kernel queues them; the emulator is not gone
        if script is not None:  # accept() fails once the limit is reached, and says so
            assert proc.stderr is not None
            assert "cannot accept a connection" in proc.stderr.readline()
        for conn in conns:
            conn.close()
        assert _get(port, key) == b"HTTP/1.1 200 "
        assert proc.poll() is None
    finally:
        proc.terminate()
        err = proc.communicate(timeout=AT_ONCE)[1]
    assert "stopped serving" not in err
    if script is not None:  # and works again once connections closed
        assert "accepts connections again" in err, err


STOPS_SERVING = """
from cudo_async.testing import _emulator
from cudo_async.testing.__main__ import main

async def broken(self, *args):
    raise RuntimeError("the listener broke")

_emulator.Emulator._accept = broken
main()
"""


def test_the_standalone_process_exits_non_zero_when_serving_stops() -> None:
    proc, _port, _key = _standalone(script=STOPS_SERVING)
    try:
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    assert proc.returncode != 0
    assert "the emulator stopped serving: RuntimeError: the listener broke" in err


async def test_a_failed_accept_is_tried_again_and_the_emulator_goes_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    real = anyio.create_tcp_listener
    failures = [errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ECONNABORTED]

    async def flaky_listener(**kwargs: Any) -> Any:
        listener = await real(**kwargs)
        for one in getattr(listener, "listeners", [listener]):
            accept = one.accept

            async def flaky_accept(accept: Any = accept) -> Any:
                if failures:
                    code = failures.pop(0)
                    raise OSError(code, os.strerror(code))
                return await accept()

            one.accept = flaky_accept
        return listener

    monkeypatch.setattr(anyio, "create_tcp_listener", flaky_listener)
    caplog.set_level(logging.WARNING, logger="cudo_async.testing")
    async with Emulator(rate_limit=None) as emu, emu.client() as cudo:
        assert (await cudo.virtual_machines.list_vm_data_centers()).data_centers
        assert failures == []
    said = [r.getMessage() for r in caplog.records if r.name == "cudo_async.testing"]
    assert len([m for m in said if "cannot accept a connection" in m]) == 1  # once per run of failures
    assert any("accepts connections again" in m for m in said)


async def test_connections_past_the_cap_wait_until_one_closes() -> None:
    async with Emulator(rate_limit=None, max_connections=3) as emu:
        idle = [await anyio.connect_tcp("127.0.0.1", emu.port) for _ in range(3)]
        with anyio.fail_after(AT_ONCE):
            while emu.open_connections < 3:  # noqa: ASYNC110 (the server's count)
                await anyio.sleep(0.01)
        waiting = await anyio.connect_tcp("127.0.0.1", emu.port)  # queued by the kernel, not accepted
        request = f"GET /v1/vms/data-centers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {emu.api_key}\r\n\r\n"
        await waiting.send(request.encode())
        with anyio.move_on_after(0.5):
            await waiting.receive()
            pytest.fail("a connection past the cap was served")
        assert emu.open_connections == 3 and emu.answered == 0
        await idle.pop().aclose()
        with anyio.fail_after(AT_ONCE):
            assert (await waiting.receive()).startswith(b"HTTP/1.1 200")
        assert emu.open_connections <= 3
        for conn in [*idle, waiting]:
            await conn.aclose()
    with pytest.raises(errors.ConfigurationError, match="max_connections"):
        Emulator(max_connections=0)


def test_a_client_that_reads_slowly_but_steadily_gets_the_whole_answer() -> None:
    # At most 4 KiB each 2 ms: the answer takes longer than idle_timeout to read (so a deadline on
    # the whole answer would cut it), while no wait for the client comes near idle_timeout.
    size = 4 << 20
    with Emulator(rate_limit=None, idle_timeout=1.5) as emu:
        emu.inject("list_vm_data_centers", body=b"x" * size)
        with socket.socket() as reader:
            reader.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            reader.connect(("127.0.0.1", emu.port))
            request = f"GET /v1/vms/data-centers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {emu.api_key}\r\n\r\n"
            reader.sendall(request.encode())
            reader.settimeout(AT_ONCE)
            answer, body_at = bytearray(), -1
            for _ in range(size):  # (bounded: each turn reads at least a byte)
                part = reader.recv(4096)
                answer += part
                if body_at < 0 and b"\r\n\r\n" in answer:
                    body_at = answer.index(b"\r\n\r\n") + 4
                if not part or (body_at >= 0 and len(answer) - body_at >= size):
                    break
                threading.Event().wait(0.002)
    head, _, body = bytes(answer).partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200") and body == b"x" * size


async def test_a_client_that_stops_reading_its_answers_loses_its_connection_and_its_slot() -> None:
    # One connection sends requests without ever reading the answers, until neither side's
    # buffers take more; with one slot, the next client is served once that one is closed.
    async with Emulator(rate_limit=None, max_connections=1, idle_timeout=0.2) as emu:
        stuck = socket.socket()
        stuck.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        stuck.connect(("127.0.0.1", emu.port))
        stuck.setblocking(False)
        request = f"GET /v1/vms/data-centers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {emu.api_key}\r\n\r\n"
        sent = 0
        try:
            for _ in range(100_000):
                try:
                    sent += stuck.send(request.encode() * 50)
                except BlockingIOError:  # both sides' buffers are full: the server waits on us
                    with anyio.fail_after(AT_ONCE):
                        while emu.answered == 0:  # noqa: ASYNC110 (the server's count)
                            await anyio.sleep(0.01)
                    break
            assert sent > 0 and emu.answered > 0
            async with httpx2.AsyncClient(base_url=emu.base_url) as http:
                with anyio.fail_after(AT_ONCE):
                    answer = await http.get("/v1/vms/data-centers", headers={"Authorization": f"Bearer {emu.api_key}"})
            assert answer.status_code == 200
        finally:
            stuck.close()


def test_the_standalone_process_on_a_port_in_use_says_so_in_one_line() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        run = subprocess.run(
            [sys.executable, "-m", "cudo_async.testing", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert run.returncode != 0 and run.stdout == ""
    assert run.stderr.splitlines() == [
        f"the emulator cannot listen on 127.0.0.1:{port}: port {port} is in use"
        " (choose another with --port, or --port 0 for any free one)"
    ]


@pytest.mark.parametrize(
    "option",
    [*(["--port", port] for port in ("70000", "65536", "-1", "abc", "80.5", "")),
     ["--max-connections", "0"], ["--max-connections", "abc"], ["--burst", "x"], ["--burst", "0"],
     ["--boot-seconds", "abc"], ["--boot-seconds", "-5"], ["--boot-seconds", "9-2"]],
)  # fmt: skip
def test_the_standalone_process_refuses_a_number_that_is_none_in_one_line(option: list[str]) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "cudo_async.testing", *option],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 2 and run.stdout == ""
    (line,) = run.stderr.splitlines()
    assert line.startswith(f"python -m cudo_async.testing: error: argument {option[0]}") and line.endswith(
        "(see --help)"
    )


def _create_project_head(emu: Emulator, body: bytes, *more: str) -> bytes:
    """The head of a raw create_project request for ``body``, with ``more`` header lines."""
    lines = [
        "POST /v1/projects HTTP/1.1", "Host: x", f"Authorization: Bearer {emu.api_key}",
        "Content-Type: application/json", f"Content-Length: {len(body)}", *more,
    ]  # fmt: skip
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


@pytest.mark.parametrize(
    "expect", ["something-else", "100-continue-please", "100-Continue, x", "foo\r\nExpect: 100-continue"]
)
async def test_an_expectation_other_than_100_continue_is_417_before_any_handler(expect: str) -> None:
    # (Go reads the first Expect line only: a second one saying 100-continue does not count)
    async with Emulator(rate_limit=None) as emu:
        stream = await anyio.connect_tcp("127.0.0.1", emu.port)
        async with stream:
            body = b'{"id": "p-9", "billingAccountId": "demo-billing"}'
            await stream.send(_create_project_head(emu, body, f"Expect: {expect}", "Connection: close") + body)
            answer = b""
            with anyio.fail_after(AT_ONCE):
                with contextlib.suppress(anyio.EndOfStream):
                    while True:  # until the server closes
                        answer += await stream.receive()
        if expect == "100-Continue, x":  # a list holding the token: Go's hasToken takes it
            assert answer.startswith(b"HTTP/1.1 200 "), answer
        else:
            assert answer.startswith(b"HTTP/1.1 417 ") and answer.endswith(b"\r\n\r\n"), answer
            assert b"content-length: 0" in answer.lower() and b"connection: close" in answer.lower()
            assert emu.answered == 0


@pytest.mark.parametrize("body", [b"{}", b'{"id": "p-9", "billingAccountId": "demo-billing"}'])
async def test_a_client_waiting_for_100_continue_is_told_to_send_its_body(body: bytes) -> None:
    async with Emulator(rate_limit=None) as emu:
        stream = await anyio.connect_tcp("127.0.0.1", emu.port)
        async with stream:
            await stream.send(_create_project_head(emu, body, "Expect: 100-continue"))
            with anyio.fail_after(AT_ONCE):
                assert (await stream.receive()).startswith(b"HTTP/1.1 100 ")
                await stream.send(body)
                answer = await stream.receive()
        assert answer.startswith(b"HTTP/1.1 400 " if body == b"{}" else b"HTTP/1.1 200 "), answer

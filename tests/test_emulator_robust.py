"""The emulator survives bad input: every request gets an answer (400 for a malformed one, 500
for a bug of its own, logged), the server goes on for everyone, and the standalone process
exits non-zero if it ever stops serving."""

from __future__ import annotations

import logging
import re
import resource
import socket
import subprocess
import sys
import time
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


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.1", "example.invalid"])  # refused, never bound
def test_a_host_that_is_not_loopback_is_refused_unless_asked_for(host: str) -> None:
    with pytest.raises(ValueError, match="allow_remote"):
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


def limit_open_files() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (40, 40))


def test_the_standalone_process_exits_non_zero_when_serving_stops() -> None:
    # Out of file descriptors, the listener fails: the process must not stay up, silently dead.
    proc = subprocess.Popen(
        [sys.executable, "-m", "cudo_async.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=limit_open_files,  # noqa: PLW1509 (a resource limit for the child only)
    )
    try:
        assert proc.stdout is not None
        port = int(re.search(r":(\d+)", proc.stdout.readline()).group(1))  # type: ignore[union-attr]
        held = []
        for _ in range(60):
            try:
                held.append(socket.create_connection(("127.0.0.1", port), timeout=1))
            except OSError:
                break
        deadline = time.monotonic() + 20
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        for conn in held:
            conn.close()
        assert proc.poll() is not None and proc.returncode != 0
        assert "stopped serving" in proc.communicate(timeout=10)[1]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)


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


@pytest.mark.parametrize("port", ["70000", "65536", "-1", "abc", "80.5", ""])
def test_the_standalone_process_refuses_a_port_that_is_none_in_one_line(port: str) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "cudo_async.testing", "--port", port],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 2 and run.stdout == ""
    (line,) = run.stderr.splitlines()
    assert line.startswith("python -m cudo_async.testing: error: argument --port") and line.endswith("(see --help)")

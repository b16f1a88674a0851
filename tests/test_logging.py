"""CUDO_LOG=debug|info turns the SDK's logs on without code; a DEBUG line per attempt names the
operation, method, path template, status, time, attempt and request id, and nothing secret."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap

import pytest

from cudo_async import _logging
from tests.conftest import ROOT
from tests.helpers import CANARY

SCRIPT = textwrap.dedent(
    f"""
    from cudo_async import Cudo, RetryPolicy, errors, models
    from cudo_async.testing import Emulator

    with Emulator(rate_limit=None, api_key={CANARY!r}, project_id="team-secret-project") as emu:
        emu.inject("list_projects", status=503)
        with Cudo(api_key=emu.api_key, base_url=emu.base_url, retry=RetryPolicy(initial_delay=0.01)) as cudo:
            cudo.projects.list_projects()
            body = models.SSHKey(public_key="ssh-ed25519 AAAA-body-value")
            cudo.ssh_keys.create_ssh_key(body=body)
            try:
                cudo.virtual_machines.get_vm("team-secret-project", "vm-with-a-name")
            except errors.NotFoundError:
                pass
    """
)


def run(level: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "CUDO_LOG"}
    if level is not None:
        env["CUDO_LOG"] = level
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    return done.stderr


def test_cudo_log_debug_shows_one_line_per_attempt_and_nothing_secret() -> None:
    err = run("debug")
    lines = [line for line in err.splitlines() if " DEBUG cudo_async: " in line]
    assert len(lines) == 4, err  # list_projects twice (a 503, then a 200), create_ssh_key, get_vm
    pattern = re.compile(
        r"DEBUG cudo_async: (\w+) (GET|POST) (/\S+) -> (\d{3}) in \d+\.\d ms \(attempt (\d), request id (emu-\d+)\)$"
    )
    parsed = [pattern.search(line) for line in lines]
    assert all(parsed), lines
    seen = [(m.group(1), m.group(2), m.group(4), m.group(5)) for m in parsed if m]
    assert seen == [
        ("list_projects", "GET", "503", "1"),
        ("list_projects", "GET", "200", "2"),
        ("create_ssh_key", "POST", "200", "1"),
        ("get_vm", "GET", "404", "1"),
    ]
    assert parsed[3] and parsed[3].group(3) == "/v1/projects/{project_id}/vms/{vm_id}"  # the template, not the ids
    assert "retrying list_projects" in err  # the INFO lines too
    for secret in (CANARY, "team-secret-project", "vm-with-a-name", "AAAA-body-value"):
        assert secret not in err


def test_cudo_log_info_shows_retries_only_and_no_setting_shows_nothing() -> None:
    info = run("INFO")
    assert "retrying list_projects" in info and " DEBUG " not in info
    assert run(None) == ""


def test_an_unknown_cudo_log_value_is_ignored_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CUDO_LOG", "verbose")
    with pytest.warns(RuntimeWarning, match="debug, info"):
        assert _logging.configure_from_env() is None
    assert _logging.configure_from_env("") is None

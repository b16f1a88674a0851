"""A third-party fuzzer, Schemathesis, over openapi.yaml against the emulator: every operation, all
its checks, its stateful phase (links between operations), a fixed seed, bounded in time (about a
minute here; ``make soak`` runs it longer). It finds no server error, no answer the response schema
forbids, no accepted request the spec forbids, and the emulator answers afterwards.

What is configured away, and why (each is the gateway's behaviour or a rule the spec cannot state):

- ``unsupported_method`` and the coverage phase's undeclared methods: CUDO's gateway answers a
  known path with a method it does not serve as grpc-gateway's DefaultRoutingErrorHandler does,
  501 with gRPC code 12 (UNIMPLEMENTED), where the check wants 405; the last test here pins the 501.
- ``positive_data_acceptance``: the API has rules its spec cannot express (page tokens and
  ``startingAfter`` ids it issued, CUDO's id syntax, an OpenSSH public key), so a request the spec
  allows may rightly be INVALID_ARGUMENT.
- The path parameters name real items (the emulator's project and billing account, a data
  center, and a VM, a disk, a network, a security group and an SSH key made first), so that
  project-scoped operations reach them. The deletes of those are fuzzed after the rest, in a run of
  their own (the others would meet them deleted, and read a created item as missing), and the
  delete of an API key last, alone: it revokes the key the fuzzer calls with.

Every other failure Schemathesis reports fails the test, whatever its severity: server errors,
answers outside the schema, undocumented status codes, invalid requests accepted, and the stateful
checks (a deleted resource still served, a created one not found).
"""

from __future__ import annotations

import functools
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2
import pytest

from cudo_async.testing import Emulator
from tests.conftest import ROOT
from tests.helpers import vm_body

LONG = os.environ.get("CUDO_RELIABILITY") == "long"
SEED = 32
#: Seconds of fuzzing (Schemathesis stops at this budget) and examples per operation.
BUDGET = 900 if LONG else 40
EXAMPLES = 100 if LONG else 8
CONFIG = """
headers = { Authorization = "Bearer {key}" }
[phases.coverage]
unexpected-methods = []
[parameters]
"path.projectId" = "{project}"
"path.billingAccountId" = "demo-billing"
"path.dataCenterId" = "gb-bournemouth-1"
"path.vmId" = "fuzz-vm"
"path.diskId" = "fuzz-disk"
"path.networkId" = "fuzz-net"
"path.securityGroupId" = "fuzz-sg"
"path.sshKeyId" = "{ssh_key}"
"""
FIXED = re.findall(r'"path\.(\w+)"', CONFIG)
#: What the path parameters above name, made before the fuzzing (create path, body); an item a
#: fuzzed delete takes away answers 404 from then on, as it should.
SEEDS = {
    "/v1/projects/{project}/vm": vm_body("fuzz-vm").to_dict(),
    "/v1/projects/{project}/disks": {"id": "fuzz-disk", "dataCenterId": "gb-bournemouth-1", "sizeGib": 1},
    "/v1/projects/{project}/networks": {"id": "fuzz-net", "dataCenterId": "gb-bournemouth-1", "ipRange": "10.9.0.0/24"},
    "/v1/projects/{project}/security-groups": {"id": "fuzz-sg", "dataCenterId": "gb-bournemouth-1"},
    "/v1/ssh-keys": {"publicKey": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFuzzKey fuzz@host"},
}


def seed(emu: Emulator) -> str:
    """Make what the path parameters name; the SSH key's id (the emulator derives it)."""
    made = {}
    for path, body in SEEDS.items():
        answer = httpx2.post(emu.base_url + path.format(project=emu.project_id), json=body,
                             headers={"Authorization": f"Bearer {emu.api_key}"})  # fmt: skip
        assert answer.status_code == 200, answer.text
        made[path] = answer.json()
    return str(made["/v1/ssh-keys"]["id"])


def schemathesis(tmp_path: Path, emu: Emulator, *select: str, budget: int, ssh_key: str) -> dict[str, Any]:
    """Run the fuzzer's CLI against ``emu``; its JSON report."""
    config = tmp_path / "schemathesis.toml"
    values = {"{key}": emu.api_key, "{project}": emu.project_id, "{ssh_key}": ssh_key}
    config.write_text(functools.reduce(lambda text, kv: text.replace(*kv), values.items(), CONFIG))
    report = tmp_path / f"report-{len(list(tmp_path.iterdir()))}.json"
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "--config-file", str(config),
        "run", str(ROOT / "openapi.yaml"),
        "--url", emu.base_url,
        "--checks", "all",
        "--exclude-checks", "unsupported_method,positive_data_acceptance",
        "--seed", str(SEED),
        "--max-examples", str(EXAMPLES),
        "--max-time", str(budget),
        "--workers", "1",
        "--no-color",
        "--report", "json",
        "--report-json-path", str(report),
        *select,
    ]  # fmt: skip
    env = {**os.environ, "NO_COLOR": "1"}
    run = subprocess.run(
        command, capture_output=True, text=True, timeout=budget + 600, check=False, cwd=tmp_path, env=env
    )
    assert report.is_file(), run.stdout[-3000:] + run.stderr[-3000:]
    result: dict[str, Any] = json.loads(report.read_text())
    result["output"] = run.stdout
    return result


def failures(result: dict[str, Any]) -> list[str]:
    """Every failure of the run, of any kind or severity (the checks left out are named above)."""
    return [f"{f['code']} {f['title']} ({f['count']}): {', '.join(f['operations'])}" for f in result["failures"]]


def last(spec: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The operations fuzzed after the rest, in two runs: the deletes of what the path parameters
    name (the others would meet it deleted, and take a created item for a missing one), then
    those that revoke an API key (the fuzzer's own)."""
    deletes, revokes = [], []
    for path, item in spec["paths"].items():
        if "delete" in item and "api-key" in path:
            revokes.append(item["delete"]["operationId"])
        elif "delete" in item and re.search(r"\{(\w+)\}$", path) and re.search(r"\{(\w+)\}$", path)[1] in FIXED:
            deletes.append(item["delete"]["operationId"])
    return deletes, revokes


def spec_operations() -> int:
    document = json.loads((ROOT / "generated" / "cudo_async_api" / "openapi.json").read_text())
    return sum(1 for item in document["paths"].values() for method in item if method != "parameters")


def test_the_fuzzer_finds_nothing_and_the_emulator_answers_afterwards(tmp_path: Path) -> None:
    with Emulator(rate_limit=None, boot_seconds=0.01, transition_seconds=0.01) as emu:
        ssh_key = seed(emu)
        runs = last(json.loads((ROOT / "generated" / "cudo_async_api" / "openapi.json").read_text()))
        assert all(runs) and "delete_project" in runs[0]
        leave_out = [arg for names in runs for name in names for arg in ("--exclude-operation-id", name)]
        main = schemathesis(tmp_path, emu, *leave_out, budget=BUDGET, ssh_key=ssh_key)
        answered = emu.answered
        # Alive and still keeping state: the SDK's own client is served after the fuzzing.
        answer = httpx2.get(f"{emu.base_url}/v1/vms/data-centers", headers={"Authorization": f"Bearer {emu.api_key}"})
        assert answer.status_code == 200 and answer.json()["dataCenters"], answer.text
        alone = [
            schemathesis(
                tmp_path, emu, *[a for n in names for a in ("--include-operation-id", n)], budget=5, ssh_key=ssh_key
            )
            for names in runs
        ]
        for result in (main, *alone):
            assert result["errors"] == [], result["output"][-5000:]
            assert failures(result) == [], result["output"][-8000:]
        # Every operation was fuzzed: those the main run selected and those run alone.
        assert main["operations"]["tested"] + sum(r["operations"]["tested"] for r in alone) == spec_operations()
        assert main["test_cases"]["generated"] > 10 * spec_operations()
        # The path parameters name real items: few operations only ever met NOT_FOUND.
        always_404 = main["warnings"]["missing_test_data"]
        assert len(always_404) * 10 < spec_operations(), always_404
        assert httpx2.get(f"{emu.base_url}/v1/no-such-path").status_code == 404  # still answering
        print(f"schemathesis: {main['test_cases']['generated']} cases, {answered} requests, {main['failures']}")


@pytest.mark.parametrize("method", ["PUT", "TRACE", "OPTIONS"])
def test_a_known_path_with_a_method_it_does_not_serve_is_the_gateways_501(method: str) -> None:
    with Emulator(rate_limit=None) as emu:
        answer = httpx2.request(method, f"{emu.base_url}/v1/projects/{emu.project_id}")
        assert answer.status_code == 501
        assert answer.json() == {"code": 12, "message": "Method Not Allowed", "details": []}
        unknown = httpx2.request(method, f"{emu.base_url}/v1/no-such-collection")
        assert unknown.status_code == 404
        assert unknown.json() == {"code": 5, "message": "Not Found", "details": []}


@pytest.mark.parametrize("path", ["/v1/vms/data-centers", "/v1/projects/{p}", "/v1/projects/{p}/vms/vm-1/start"])
def test_head_is_answered_as_gos_server_answers_it_headers_only(path: str) -> None:
    # The gateway routes no HEAD: a known path answers the routing error's headers (its length
    # too), with no body, and the connection goes on.
    with Emulator(rate_limit=None) as emu, httpx2.Client(base_url=emu.base_url) as http:
        path = path.format(p=emu.project_id)
        same_as_put = http.put(path)
        for target, status, like in ((path, 501, same_as_put), ("/v1/no-such-path", 404, http.put("/v1/nope"))):
            answer = http.head(target)
            assert answer.status_code == status and answer.content == b""
            assert answer.headers["content-length"] == str(len(like.content))
            assert answer.headers["content-type"] == "application/json"
        assert http.get("/v1/vms/data-centers", headers={"Authorization": f"Bearer {emu.api_key}"}).status_code == 200
        assert [(ex.method, ex.reply.status) for ex in emu.exchanges if ex.method == "HEAD"] == [
            ("HEAD", 501),
            ("HEAD", 404),
        ]

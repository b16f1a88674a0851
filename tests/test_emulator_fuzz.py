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
- ``delete_api_key`` is fuzzed on its own, last: it revokes the key the fuzzer calls with.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2
import pytest

from cudo_async.testing import Emulator
from tests.conftest import ROOT

LONG = os.environ.get("CUDO_RELIABILITY") == "long"
SEED = 32
#: Seconds of fuzzing (Schemathesis stops at this budget) and examples per operation.
BUDGET = 900 if LONG else 40
EXAMPLES = 100 if LONG else 8
#: The failure kinds the issue forbids, as Schemathesis names them.
FORBIDDEN = {"ST101": "server error", "ST108": "answer violates the response schema", "ST201": "accepted invalid data"}
CONFIG = """
headers = { Authorization = "Bearer %s" }
[phases.coverage]
unexpected-methods = []
"""


def schemathesis(tmp_path: Path, emu: Emulator, *select: str, budget: int) -> dict[str, Any]:
    """Run the fuzzer's CLI against ``emu``; its JSON report."""
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG % emu.api_key)
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


def forbidden(result: dict[str, Any]) -> list[str]:
    return [
        f"{FORBIDDEN[f['code']]} ({f['count']}): {', '.join(f['operations'])}"
        for f in result["failures"]
        if f["code"] in FORBIDDEN or f["severity"] == "critical"
    ]


def spec_operations() -> int:
    document = json.loads((ROOT / "generated" / "cudo_async_api" / "openapi.json").read_text())
    return sum(1 for item in document["paths"].values() for method in item if method != "parameters")


def test_the_fuzzer_finds_nothing_and_the_emulator_answers_afterwards(tmp_path: Path) -> None:
    with Emulator(rate_limit=None, boot_seconds=0.01, transition_seconds=0.01) as emu:
        main = schemathesis(tmp_path, emu, "--exclude-operation-id", "delete_api_key", budget=BUDGET)
        answered = emu.answered
        # Alive and still keeping state: the SDK's own client is served after the fuzzing.
        answer = httpx2.get(f"{emu.base_url}/v1/vms/data-centers", headers={"Authorization": f"Bearer {emu.api_key}"})
        assert answer.status_code == 200 and answer.json()["dataCenters"], answer.text
        revoking = schemathesis(tmp_path, emu, "--include-operation-id", "delete_api_key", budget=10)
        for result in (main, revoking):
            assert result["errors"] == [], result["output"][-5000:]
            assert forbidden(result) == [], result["output"][-8000:]
        # Every operation was fuzzed: those the main run selected and the one run alone.
        assert main["operations"]["tested"] + revoking["operations"]["tested"] == spec_operations()
        assert main["test_cases"]["generated"] > 10 * spec_operations()
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

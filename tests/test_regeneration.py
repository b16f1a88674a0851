"""The whole regeneration pipeline on a temporary copy of the repository: ``make spec`` with a
changed spec, ``make generate``, then the regenerated package in a fresh interpreter, calling the
new operations against a loopback server. No file of this checkout is touched.

One mutated spec carries every kind of change at once (generation costs seconds): an operation
added to an existing tag (with a body and a query parameter), a new tag with a resource (create,
get, and a list paged by AIP-158's ``nextPageToken``, which the copy's emulator serves from the
spec), a field and an enum value added, a query parameter added, an operation removed. CUDO's
real January spec goes through the same way.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

JANUARY = ROOT.parent / "shared" / "upstream" / "cudo-openapi-2026-01.json"
#: What the pipeline needs, and nothing else (.venv and .venv-gen are linked, not copied).
COPIED = ("Makefile", "pyproject.toml", "requirements-dev.txt", "openapi.yaml", "openapi.source.yaml", "CHANGELOG.md")
COPIED_DIRS = ("generator", "tools", "src", "generated")


def _ignore(_dir: str, names: list[str]) -> set[str]:
    return {n for n in names if n in ("__pycache__", ".mypy_cache", ".ruff_cache") or n.endswith(".egg-info")}


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("regen") / "repo"
    work.mkdir()
    for name in COPIED:
        shutil.copy2(ROOT / name, work / name)
    for name in COPIED_DIRS:
        shutil.copytree(ROOT / name, work / name, ignore=_ignore)
    for venv in (".venv", ".venv-gen"):
        (work / venv).symlink_to(ROOT / venv)
    return work


def make(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # -o: the linked venvs are never rebuilt from the copy.
    command = ["make", "--no-print-directory", "-o", "venv", "-o", "gen-venv", "-C", str(repo), *args]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MAKE", "PYTHONPATH"))}
    return subprocess.run(command, capture_output=True, text=True, timeout=300, check=False, env=env)


def tree(path: Path) -> dict[str, str]:
    return {
        str(p.relative_to(path)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def run_client(repo: Path, script: str) -> subprocess.CompletedProcess[str]:
    """``script`` in a fresh interpreter that imports the copy's src/ and generated/."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = os.pathsep.join([str(repo / "src"), str(repo / "generated")])
    return subprocess.run(
        [sys.executable, "-c", SERVER + script], capture_output=True, text=True, timeout=120, check=False, env=env,
        cwd=repo,
    )  # fmt: skip


# A loopback server answering from a table: (method, path) -> handler(query, body) -> JSON answer.
SERVER = '''
import json, threading, urllib.parse, warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import anyio
from cudo_async import AsyncCudo, models

ROUTES = {}
SEEN = []

class Handler(BaseHTTPRequestHandler):
    def _answer(self):
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query))
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"null")
        SEEN.append((self.command, url.path, query, body))
        route = ROUTES.get((self.command, url.path))
        status, payload = (200, route(query, body)) if route else (404, {"code": 5, "message": "no route"})
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _answer
    def log_message(self, *args):
        pass

SERVER = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=SERVER.serve_forever, daemon=True).start()
BASE = f"http://127.0.0.1:{SERVER.server_address[1]}"

def pages(items_field, token_field, items, size=2):
    """Serve ``items`` in pages of ``size``, following ``pageToken``."""
    def answer(query, _body):
        start = int(query.get("pageToken") or 0)
        rest = start + size
        return {items_field: items[start:rest], token_field: str(rest) if rest < len(items) else ""}
    return answer
'''

MUTATED_CLIENT = """
from cudo_async.errors import NotFoundError
import cudo_async.testing
from cudo_async.testing import Emulator
from cudo_async_api.api import ROUTES as GENERATED

gadgets = [{"id": f"g{i}", "name": f"gadget {i}", "weightGib": i} for i in range(5)]
ROUTES["GET", "/v1/projects/p/gadgets"] = pages("gadgets", "nextPageToken", gadgets)
ROUTES["POST", "/v1/projects/p/vms/vm-1/snapshot"] = lambda q, b: {"id": "s-1", "sizeGib": 20}
ROUTES["GET", "/v1/projects/p/vms/vm-1"] = lambda q, b: {"VM": {"id": "vm-1", "state": "HIBERNATING",
                                                               "flavour": "spicy", "uptimeSeconds": 7}}
ROUTES["GET", "/v1/projects/p/vms"] = lambda q, b: {"VMs": [{"id": "vm-1", "flavour": q.get("flavour", "")}]}

async def main():
    async with AsyncCudo(api_key="k", base_url=BASE) as cudo:
        snap = await cudo.virtual_machines.snapshot_vm(
            "p", "vm-1", body=models.SnapshotVMBody(name="nightly", keep_days=3), label="blue")
        assert (snap.id, snap.size_gib) == ("s-1", 20), snap
        got = [g async for g in cudo.paginate(cudo.gadgets.list_gadgets, "p", page_size=2)]
        assert [g.id for g in got] == [g["id"] for g in gadgets], got
        assert got[-1].weight_gib == 4 and isinstance(got[-1], models.Gadget)
        vm = (await cudo.virtual_machines.get_vm("p", "vm-1")).vm
        assert vm.flavour == "spicy" and vm.uptime_seconds == 7, vm
        assert vm.state == "HIBERNATING" and vm.state is models.VMState.HIBERNATING, vm.state
        listed = await cudo.virtual_machines.list_vms("p", flavour="spicy")
        assert listed.vms[0].flavour == "spicy"
        assert not hasattr(cudo.virtual_machines, "reboot_vm")
    sent = [s for s in SEEN if s[1].endswith("/snapshot")]
    assert sent == [("POST", "/v1/projects/p/vms/vm-1/snapshot", {"label": "blue"},
                     {"name": "nightly", "keepDays": 3})], sent
    assert [s[2].get("pageToken", "") for s in SEEN if s[1].endswith("/gadgets")] == ["", "2", "4"]
    names = {op for _t, op, _m, _p in GENERATED}
    assert {"snapshot_vm", "list_gadgets"} <= names and "reboot_vm" not in names
    # The emulator imports with its reboot_vm handler left over, and serves the new resource from the spec.
    async with Emulator() as emu, emu.client() as cudo:
        gadget = models.Gadget(id="g-new", name="new", weight_gib=3)
        made = await cudo.gadgets.create_gadget(emu.project_id, body=gadget)
        assert made.id == "g-new", made
        got = await cudo.gadgets.get_gadget(emu.project_id, "g-new")
        assert (got.name, got.weight_gib) == ("new", 3), got
        listed = [g.id async for g in cudo.paginate(cudo.gadgets.list_gadgets, emu.project_id, page_size=1)]
        assert listed == ["g-new"], listed
        for call in (cudo.gadgets.get_gadget(emu.project_id, "nope"),
                     cudo.virtual_machines.snapshot_vm(emu.project_id, "no-vm", body=models.SnapshotVMBody(name="n"))):
            try:
                await call
            except NotFoundError:
                pass
            else:
                raise AssertionError("an unknown item must be NOT_FOUND")
    print("ok")

anyio.run(main)
"""

JANUARY_CLIENT = """
projects = [{"id": f"p{i}", "billingAccountId": "b"} for i in range(5)]
ROUTES["GET", "/v1/projects"] = pages("projects", "pageToken", projects)
ROUTES["POST", "/v1/projects/p/machines/m-1/power-off"] = lambda q, b: {}
ROUTES["POST", "/v1/projects/p/machines/m-1/power-on"] = lambda q, b: {}

async def main():
    async with AsyncCudo(api_key="k", base_url=BASE) as cudo:
        await cudo.machines.power_off_machine("p", "m-1", force=True)
        await cudo.machines.power_on_machine("p", "m-1", user_data="#cloud-config")
        got = [p.id async for p in cudo.paginate(cudo.projects.list_projects, page_size=2)]
        assert got == [p["id"] for p in projects], got
    calls = [(m, p, q) for m, p, q, _b in SEEN if "/machines/" in p]
    assert calls == [("POST", "/v1/projects/p/machines/m-1/power-off", {"force": "true"}),
                     ("POST", "/v1/projects/p/machines/m-1/power-on", {"userData": "#cloud-config"})], calls
    doc = cudo.machines.power_off_machine.__doc__ or ""
    assert "``POST /v1/projects/{project_id}/machines/{machine_id}/power-off``" in doc and "NotFoundError" in doc
    print("ok")

anyio.run(main)
"""


def mutated_spec(published: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(published)
    schemas, paths = spec["components"]["schemas"], spec["paths"]
    project = {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}}

    def answer(ref: str) -> dict[str, Any]:
        return {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": ref}}}}}

    # An operation added to an existing tag, with a body and a query parameter.
    body = {"name": {"type": "string"}, "keepDays": {"type": "integer"}}
    schemas["SnapshotVMBody"] = {"type": "object", "required": ["name"], "properties": body}
    schemas["Snapshot"] = {"type": "object", "properties": {"id": {"type": "string"}, "sizeGib": {"type": "integer"}}}
    paths["/v1/projects/{projectId}/vms/{id}/snapshot"] = {
        "post": {
            "operationId": "SnapshotVM",
            "tags": ["Virtual machines"],
            "parameters": [
                project,
                {"in": "path", "name": "id", "required": True, "schema": {"type": "string"}},
                {"in": "query", "name": "label", "schema": {"type": "string"}},
            ],
            "requestBody": {
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SnapshotVMBody"}}}
            },
            "responses": answer("#/components/schemas/Snapshot"),
        }
    }
    # A new tag with a list paged by AIP-158's nextPageToken.
    schemas["Gadget"] = {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                                                          "weightGib": {"type": "integer"}}}  # fmt: skip
    schemas["ListGadgetsResponse"] = {
        "type": "object",
        "properties": {
            "gadgets": {"type": "array", "items": {"$ref": "#/components/schemas/Gadget"}},
            "nextPageToken": {"type": "string"},
        },
    }
    paths["/v1/projects/{projectId}/gadgets"] = {
        "get": {
            "operationId": "ListGadgets",
            "tags": ["Gadgets"],
            "parameters": [
                project,
                {"in": "query", "name": "pageToken", "schema": {"type": "string"}},
                {"in": "query", "name": "pageSize", "schema": {"type": "integer", "format": "int32"}},
            ],
            "responses": answer("#/components/schemas/ListGadgetsResponse"),
        },
        "post": {
            "operationId": "CreateGadget",
            "tags": ["Gadgets"],
            "parameters": [project],
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gadget"}}}},
            "responses": answer("#/components/schemas/Gadget"),
        },
    }
    paths["/v1/projects/{projectId}/gadgets/{id}"] = {
        "get": {
            "operationId": "GetGadget",
            "tags": ["Gadgets"],
            "parameters": [project, {"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}],
            "responses": answer("#/components/schemas/Gadget"),
        }
    }
    # A field and an enum value added, a query parameter added, an operation removed.
    schemas["VM"]["properties"]["flavour"] = {"type": "string"}
    schemas["VM"]["properties"]["uptimeSeconds"] = {"type": "integer", "format": "int32"}
    schemas["VmState"]["enum"].append("HIBERNATING")
    paths["/v1/projects/{projectId}/vms"]["get"]["parameters"].append(
        {"in": "query", "name": "flavour", "schema": {"type": "string"}}
    )
    del paths["/v1/projects/{projectId}/vms/{id}/reboot"]
    return spec


def _import_and_generate(repo: Path, src: Path) -> tuple[str, str]:
    spec = make(repo, "spec", f"SRC={src}")
    assert spec.returncode == 0, spec.stdout + spec.stderr
    generate = make(repo, "generate")
    assert generate.returncode == 0, generate.stdout + generate.stderr
    assert not list((repo / "generated").glob(".new-*")) and not (repo / "generated" / ".old").exists()
    return spec.stdout, generate.stderr


def test_a_mutated_spec_flows_through_with_no_hand_edit(repo: Path, upstream_spec: Path) -> None:
    src = repo.parent / "mutated.json"
    src.write_text(json.dumps(mutated_spec(json.loads(upstream_spec.read_text()))))
    report, warnings = _import_and_generate(repo, src)
    lines = report.splitlines()
    assert "  + operation snapshot_vm (POST /v1/projects/{projectId}/vms/{vmId}/snapshot)" in lines
    assert "  + operation list_gadgets (GET /v1/projects/{projectId}/gadgets)" in lines
    assert "  - operation reboot_vm (POST /v1/projects/{projectId}/vms/{vmId}/reboot) [breaking]" in lines
    assert any(line.startswith("  ~ schema VM: +flavour +uptimeSeconds") for line in lines), report
    assert "  ~ schema VmState: +HIBERNATING" in lines
    assert any("stale" in line and "reboot_vm" in line and "docs.py" in line for line in lines), report
    assert any("stale" in line and "emulator handlers" in line and "reboot_vm" in line for line in lines), report
    assert lines[-1].endswith("not breaking for SDK users") and " 1 breaking" in lines[-1], lines[-1]
    assert "snapshot_vm" in warnings and "list_gadgets" in warnings and "gadgets" in warnings
    record = yaml.safe_load((repo / "openapi.source.yaml").read_text())
    assert (repo / record["source"]).resolve() == src.resolve()
    changelog = (repo / "CHANGELOG.md").read_text()
    assert changelog.count("`+ operation snapshot_vm") == 1 and "**breaking**" in changelog
    flags = (repo / "generator" / "templates" / "operation_flags.jinja").read_text()
    assert '"list_gadgets": "next_page_token"' in flags
    result = run_client(repo, MUTATED_CLIENT)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stdout + result.stderr


def test_a_failed_generation_changes_no_file(repo: Path) -> None:
    before = tree(repo / "generated")
    template = repo / "generator" / "templates" / "endpoint_module.py.jinja"
    original = template.read_text()
    # Fails while rendering one operation in the middle of the run, after others were written.
    ops = sorted(op["operationId"] for item in yaml.safe_load((repo / "openapi.yaml").read_text())["paths"].values()
                 for op in item.values())  # fmt: skip
    middle = ops[len(ops) // 2]
    template.write_text(f'{{% if endpoint.name == "{middle}" %}}{{{{ no_such_helper() }}}}{{% endif %}}\n' + original)
    try:
        result = make(repo, "generate")
    finally:
        template.write_text(original)
    assert result.returncode != 0
    failed = [line for line in result.stderr.splitlines() if line.startswith("make generate: failed")]
    assert len(failed) == 1 and "no_such_helper" in failed[0] and "generated/ is unchanged" in failed[0], result.stderr
    assert tree(repo / "generated") == before
    assert not list((repo / "generated").glob(".new-*"))


def test_cudos_january_spec_flows_through_with_no_hand_edit(repo: Path) -> None:
    assert JANUARY.is_file(), f"CUDO's January spec is needed at {JANUARY}"
    report, warnings = _import_and_generate(repo, JANUARY)
    assert report.splitlines()[-1].endswith(("for SDK users", "0 changes")), report
    ops = {op["operationId"] for item in yaml.safe_load((repo / "openapi.yaml").read_text())["paths"].values()
           for op in item.values()}  # fmt: skip
    assert {"power_off_machine", "power_on_machine"} <= ops and "power_off_machine" in warnings
    result = run_client(repo, JANUARY_CLIENT)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stdout + result.stderr

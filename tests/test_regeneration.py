"""The whole regeneration pipeline on a temporary copy of the repository: ``make spec`` with a
changed spec, ``make generate``, then the regenerated package in a fresh interpreter, calling the
new operations against a loopback server. No file of this checkout is touched.

One mutated spec carries every kind of change at once (generation costs seconds): an operation
added to an existing tag (with a body and a query parameter), a new tag with a resource (create,
get, and a list paged by AIP-158's ``nextPageToken``, which the copy's emulator serves from the
spec, with fields of every format, top-level arrays as answers and bodies, and a resource whose
create takes its id as a query parameter), a field and an enum value added, a query parameter
added, an operation removed, the enum member a feature of the facade needs renamed. The names it
adds are chosen so that the spec does not have them yet. CUDO's real January spec goes through
the same way, and back.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT
from tests.regen_support import JANUARY, generate_failing, make, outputs, run_client, scratch_repo


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return scratch_repo(tmp_path_factory.mktemp("regen"))


MUTATED_CLIENT = """
import datetime, math, uuid
from cudo_async.errors import FeatureUnavailableError, NotFoundError
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
        try:  # the state it waits for by default is gone: it says so, and sends nothing
            await cudo.wait_for_vm("p", "vm-1", timeout=1)
        except FeatureUnavailableError as exc:
            assert "member VMState.ACTIVE" in str(exc), exc
        else:
            raise AssertionError("wait_for_vm must say it cannot work")
        assert models.VMState.AWAKE.value == "AWAKE"
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
        # What a regenerated spec adds, served from the spec: values made up in their format, a
        # float proto3 JSON writes as text, top-level arrays, a create that names its id in the query.
        made = await cudo.gadgets.create_gadget(emu.project_id, body=models.Gadget(id="g-2", ratio=math.nan))
        assert isinstance(made.serial, uuid.UUID) and isinstance(made.seen, datetime.datetime), made
        assert math.isnan((await cudo.gadgets.get_gadget(emu.project_id, "g-2")).ratio)
        kinds = await cudo.gadgets.list_gadget_kinds(emu.project_id)
        assert kinds and all(isinstance(k, models.GadgetKind) for k in kinds), kinds
        kind = kinds[0]
        assert isinstance(kind.since, datetime.date) and isinstance(kind.code, uuid.UUID), kind
        assert kind.icon and kind.mass_mg and kind.tier.is_known and kind.tier.value != "TIER_UNSPECIFIED", kind
        parts = await cudo.gadgets.list_gadget_parts(emu.project_id, "g-new")
        assert parts and all(isinstance(part, str) for part in parts), parts
        batch = [models.Gadget(id="b-1", name="one", made_on=datetime.date(2026, 3, 1)), models.Gadget(id="b-2")]
        echoed = await cudo.gadgets.batch_create_gadgets(emu.project_id, body=batch)
        assert [(g.id, g.made_on) for g in echoed] == [("b-1", datetime.date(2026, 3, 1)), ("b-2", None)], echoed
        rack = await cudo.gadgets.create_gadget_rack(emu.project_id, body=models.GadgetRack(name="r"), rack_id="r-1")
        assert rack.id == "r-1" and (await cudo.gadgets.get_gadget_rack(emu.project_id, "r-1")).name == "r"
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


#: The words the mutation names its additions with; each gets the same suffix when the spec
#: already uses one of them (an upstream that adds a snapshot operation keeps this test green).
WORDS = ("Snapshot", "Gadget", "Flavour", "Uptime", "Hibernating", "Awake", "Rack")


def renamer(published: Any) -> Any:
    """A function that spells a text of this test with words the published spec does not use."""
    text = json.dumps(published).lower()
    suffix = next(s for s in ("", "x", "xq", "xqz", "zqx") if all((w + s).lower() not in text for w in WORDS))

    def rename(value: str) -> str:
        for word in WORDS:
            for form in (word, word.lower(), word.upper()):
                value = value.replace(form, form + (suffix.upper() if form.isupper() else suffix))
        return value

    return rename


def removed_operation(published: dict[str, Any]) -> tuple[str, str]:
    """An operation to remove: one the docs overlay and the emulator both know (so that both are
    reported stale) and no SDK feature needs; reboot_vm while there is one. (Its name, its path.)"""
    import re
    import sys

    sys.path.insert(0, str(ROOT / "generator"))
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import docs
        import import_spec

        from cudo_async import _needs
    finally:
        del sys.path[:2]
    handled = {n for f in (ROOT / "src" / "cudo_async" / "testing").glob("*.py")
               for n in re.findall(r"""@handles\(\s*["']([^"']+)""", f.read_text())}  # fmt: skip
    needed = {need.name for items in _needs.NEEDS.values() for need in items}
    ops = {import_spec.operation_name(op["operationId"]): path for path, item in published["paths"].items()
           for op in item.values() if isinstance(op, dict) and "operationId" in op}  # fmt: skip
    usable = sorted((set(ops) & handled & set(docs.OPERATIONS)) - needed)
    name = "reboot_vm" if "reboot_vm" in usable else usable[0]
    return name, ops[name]


def mutated_spec(published: dict[str, Any], rename: Any) -> dict[str, Any]:
    """``published`` with this test's additions (their names spelled by ``rename``)."""
    schemas: dict[str, Any] = {}
    paths: dict[str, Any] = {}
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
    # Fields of every format; top-level arrays as answers and a body; a create naming its id in the query.
    schemas["Gadget"]["properties"].update({
        "madeOn": {"type": "string", "format": "date"},
        "serial": {"type": "string", "format": "uuid", "readOnly": True},
        "seen": {"type": "string", "format": "date-time", "readOnly": True},
        "ratio": {"type": "number", "format": "double"},
    })  # fmt: skip
    schemas["GadgetKind"] = {"type": "object", "properties": {
        "id": {"type": "string"}, "since": {"type": "string", "format": "date"},
        "code": {"type": "string", "format": "uuid"}, "icon": {"type": "string", "format": "byte"},
        "massMg": {"type": "string", "format": "int64"},
        "tier": {"type": "string", "enum": ["TIER_UNSPECIFIED", "BASIC", "PRO"]},
    }}  # fmt: skip
    schemas["GadgetRack"] = {"type": "object", "properties": {"id": {"type": "string", "readOnly": True},
                                                              "name": {"type": "string"}}}  # fmt: skip

    def array_of(items: dict[str, Any]) -> dict[str, Any]:
        schema = {"type": "array", "items": items}
        return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}

    gadget = {"$ref": "#/components/schemas/Gadget"}
    gadget_id = {"in": "path", "name": "id", "required": True, "schema": {"type": "string"}}
    paths["/v1/projects/{projectId}/gadget-kinds"] = {"get": {
        "operationId": "ListGadgetKinds", "tags": ["Gadgets"], "parameters": [project],
        "responses": array_of({"$ref": "#/components/schemas/GadgetKind"}),
    }}  # fmt: skip
    paths["/v1/projects/{projectId}/gadgets/{id}/parts"] = {"get": {
        "operationId": "ListGadgetParts", "tags": ["Gadgets"], "parameters": [project, gadget_id],
        "responses": array_of({"type": "string"}),
    }}  # fmt: skip
    paths["/v1/projects/{projectId}/gadgets:batchCreate"] = {"post": {
        "operationId": "BatchCreateGadgets", "tags": ["Gadgets"], "parameters": [project],
        "requestBody": {"content": {"application/json": {"schema": {"type": "array", "items": gadget}}}},
        "responses": array_of(gadget),
    }}  # fmt: skip
    rack = {"$ref": "#/components/schemas/GadgetRack"}
    paths["/v1/projects/{projectId}/gadget-racks"] = {"post": {
        "operationId": "CreateGadgetRack", "tags": ["Gadgets"],
        "parameters": [project, {"in": "query", "name": "rackId", "schema": {"type": "string"}}],
        "requestBody": {"content": {"application/json": {"schema": rack}}}, "responses": answer(rack["$ref"]),
    }}  # fmt: skip
    paths["/v1/projects/{projectId}/gadget-racks/{rackId}"] = {"get": {
        "operationId": "GetGadgetRack", "tags": ["Gadgets"],
        "parameters": [project, {"in": "path", "name": "rackId", "required": True, "schema": {"type": "string"}}],
        "responses": answer(rack["$ref"]),
    }}  # fmt: skip
    # A field and an enum value added, a query parameter added (the caller removes an operation).
    fields = {"flavour": {"type": "string"}, "uptimeSeconds": {"type": "integer", "format": "int32"}}
    added = {"schemas": schemas, "paths": paths, "fields": fields, "state": "HIBERNATING", "renamed": "AWAKE",
             "query": {"in": "query", "name": "flavour", "schema": {"type": "string"}}}  # fmt: skip
    added = json.loads(rename(json.dumps(added)))
    spec = copy.deepcopy(published)
    spec["components"]["schemas"].update(added["schemas"])
    spec["paths"].update(added["paths"])
    spec["components"]["schemas"]["VM"]["properties"].update(added["fields"])
    states = spec["components"]["schemas"]["VmState"]["enum"]
    states.append(added["state"])
    states[states.index("ACTIVE")] = added["renamed"]  # the member wait_for_vm waits for by default
    spec["paths"]["/v1/projects/{projectId}/vms"]["get"]["parameters"].append(added["query"])
    return spec


def _import_and_generate(repo: Path, src: Path) -> tuple[str, str]:
    spec = make(repo, "spec", f"SRC={src}")
    assert spec.returncode == 0, spec.stdout + spec.stderr
    generate = make(repo, "generate")
    assert generate.returncode == 0, generate.stdout + generate.stderr
    assert not list((repo / "generated").glob(".new-*")) and not (repo / "generated" / ".old").exists()
    return spec.stdout, generate.stderr


def test_a_mutated_spec_flows_through_with_no_hand_edit(repo: Path, upstream_spec: Path) -> None:
    published = json.loads(upstream_spec.read_text())
    rename = renamer(published)
    removed, removed_path = removed_operation(published)
    mutated = mutated_spec(published, rename)
    del mutated["paths"][removed_path]
    src = repo.parent / "mutated.json"
    src.write_text(json.dumps(mutated))
    report, warnings = _import_and_generate(repo, src)
    lines = report.splitlines()
    assert rename("  + operation snapshot_vm (POST /v1/projects/{projectId}/vms/{vmId}/snapshot)") in lines
    assert rename("  + operation list_gadgets (GET /v1/projects/{projectId}/gadgets)") in lines
    assert any(line.startswith(f"  - operation {removed} (") and line.endswith("[breaking]") for line in lines)
    assert any(line.startswith(rename("  ~ schema VM: +flavour +uptimeSeconds")) for line in lines), report
    assert rename("  ~ schema VmState: +AWAKE +HIBERNATING -ACTIVE [breaking]") in lines, report
    assert rename("  ! SDK feature wait_for_vm stops working: the spec lacks member VMState.ACTIVE [breaking]") in lines
    assert any("stale" in line and removed in line and "docs.py" in line for line in lines), report
    assert any("stale" in line and "emulator handlers" in line and removed in line for line in lines), report
    assert " 2 breaking" in lines[-1] and "SDK feature" in lines[-1], lines[-1]
    assert all(rename(name) in warnings for name in ("snapshot_vm", "list_gadgets", "gadgets"))
    record = yaml.safe_load((repo / "openapi.source.yaml").read_text())
    assert (repo / record["source"]).resolve() == src.resolve()
    changelog = (repo / "CHANGELOG.md").read_text()
    assert changelog.count(rename("`+ operation snapshot_vm")) == 1 and "**breaking**" in changelog
    flags = (repo / "generator" / "templates" / "operation_flags.jinja").read_text()
    assert rename('"list_gadgets": "next_page_token"') in flags
    result = run_client(repo, rename(MUTATED_CLIENT).replace("reboot_vm", removed))
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stdout + result.stderr


def test_a_failed_generation_changes_no_file(repo: Path) -> None:
    # Fails while rendering one operation in the middle of the run, after others were written.
    ops = sorted(op["operationId"] for item in yaml.safe_load((repo / "openapi.yaml").read_text())["paths"].values()
                 for op in item.values())  # fmt: skip
    middle = ops[len(ops) // 2]
    failed = generate_failing(
        repo,
        "endpoint_module.py.jinja",
        f'{{% if endpoint.name == "{middle}" %}}{{{{ no_such_helper() }}}}{{% endif %}}\n',
    )
    assert "no_such_helper" in failed, failed


def test_cudos_january_spec_flows_through_with_no_hand_edit_and_back(tmp_path: Path, upstream_spec: Path) -> None:
    assert JANUARY.is_file(), f"CUDO's January spec is needed at {JANUARY}"
    repo = scratch_repo(tmp_path)
    committed = outputs(repo)
    report, warnings = _import_and_generate(repo, JANUARY)
    assert report.splitlines()[-1].endswith(("for SDK users", "0 changes")), report
    ops = {op["operationId"] for item in yaml.safe_load((repo / "openapi.yaml").read_text())["paths"].values()
           for op in item.values()}  # fmt: skip
    assert {"power_off_machine", "power_on_machine"} <= ops and "power_off_machine" in warnings
    result = run_client(repo, JANUARY_CLIENT)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stdout + result.stderr
    # And back (by the path openapi.source.yaml records): the same files, byte for byte, CHANGELOG.md included.
    _import_and_generate(repo, repo.parent / "shared" / "upstream" / upstream_spec.name)
    assert outputs(repo) == committed

"""The project's spec: built from the published one by tools/import_spec.py, and valid."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.conftest import ROOT

IMPORT = [sys.executable, str(ROOT / "tools" / "import_spec.py")]
METHODS = ("get", "put", "post", "delete", "patch")


def run_import(src: str, out: Path) -> subprocess.CompletedProcess[str]:
    """Import into ``out``; the flags for the templates go beside it (``out`` + ``.flags.jinja``)."""
    flags = out.with_name(out.name + ".flags.jinja")
    command = [*IMPORT, src, "--out", str(out), "--flags", str(flags)]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def operations(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(m, p): op for p, item in doc["paths"].items() for m, op in item.items() if m in METHODS}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi.yaml").read_text())


def test_openapi_yaml_is_valid(spec: dict[str, Any]) -> None:
    validate(spec)


def test_import_is_deterministic_and_matches_the_committed_file(upstream_spec: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    assert run_import(str(upstream_spec), first).returncode == 0
    assert run_import(str(upstream_spec), second).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == (ROOT / "openapi.yaml").read_bytes()
    flags = ROOT / "generator" / "templates" / "operation_flags.jinja"
    assert first.with_name("a.yaml.flags.jinja").read_bytes() == flags.read_bytes()


def test_creates_that_name_their_resource_are_marked_safe_to_repeat(spec: dict[str, Any]) -> None:
    marked = {op["operationId"] for op in operations(spec).values() if op.get("x-cudo-safe-to-repeat")}
    present = {op["operationId"] for op in operations(spec).values()}
    # Each requires the new resource's id in its body (vmId, apikeyId, id): a repeat meets ALREADY_EXISTS.
    named = {"create_vm", "generate_api_key", "create_storage_disk", "create_network", "create_project"} & present
    assert marked and named <= marked
    # Actions and creates whose id the server picks are not.
    assert not marked & {"start_vm", "reboot_vm", "resize_vm", "create_ssh_key", "create_billing_account"}
    assert all(op["operationId"].startswith(("create_", "generate_")) for op in operations(spec).values()
               if op.get("x-cudo-safe-to-repeat"))  # fmt: skip


def _published_as_imported(published: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """The published operations keyed as the import keys them: ``{id}``/``{name}`` path
    parameters renamed after their resource (the URL itself is unchanged)."""
    sys.path.insert(0, str(ROOT / "tools"))
    from import_spec import renamed_path

    ops = {}
    for (method, path), op in operations(published).items():
        ours, renames = renamed_path(path)
        params = [{**p, "name": renames.get(p["name"], p["name"])} if p["in"] == "path" else p
                  for p in op.get("parameters", [])]  # fmt: skip
        ops[method, ours] = {**op, "parameters": params}
        assert ours.replace("{", "").count("/") == path.count("/")
    return ops


def _without_paging_minimum(param: dict[str, Any]) -> dict[str, Any]:
    """The import adds ``minimum: 0`` to page sizes and numbers (AIP-158); the rest is as published."""
    sys.path.insert(0, str(ROOT / "tools"))
    from import_spec import PAGING_PARAMETERS

    if param.get("in") == "query" and param.get("name") in PAGING_PARAMETERS:
        assert param["schema"].get("minimum") == 0, param
        return {**param, "schema": {k: v for k, v in param["schema"].items() if k != "minimum"}}
    return param


def test_every_published_operation_keeps_its_structure(upstream_spec: Path, spec: dict[str, Any]) -> None:
    pub_ops, our_ops = _published_as_imported(json.loads(upstream_spec.read_text())), operations(spec)
    assert pub_ops and pub_ops.keys() == our_ops.keys()
    empty = {"application/json": {"schema": {"$ref": "#/components/schemas/Empty"}}}
    for key, pub in pub_ops.items():
        ours = our_ops[key]
        strip = ("description", "summary", "title")
        pub_params = [{k: v for k, v in p.items() if k not in strip} for p in pub.get("parameters", [])]
        assert [_without_paging_minimum(p) for p in ours.get("parameters", [])] == pub_params, key
        pub_body = pub.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        our_body = ours.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        assert _no_prose(our_body) == _no_prose(pub_body), key
        pub_ok = _no_prose(pub["responses"]["200"]["content"])
        if pub_ok["application/json"]["schema"] == {"type": "object"}:
            pub_ok = empty  # every empty answer is the one shared Empty
        assert ours["responses"]["200"]["content"] == pub_ok, key


def test_path_parameters_are_named_after_their_resource(spec: dict[str, Any]) -> None:
    names = {p["name"] for op in operations(spec).values() for p in op.get("parameters", []) if p["in"] == "path"}
    assert not names & {"id", "name"}
    assert names


def test_schemas_keep_fields_types_and_enums(upstream_spec: Path, spec: dict[str, Any]) -> None:
    published = json.loads(upstream_spec.read_text())["components"]["schemas"]
    ours = spec["components"]["schemas"]
    assert published.keys() | {"Empty"} == ours.keys()
    for name, schema in published.items():
        if name in ("Status", "Any"):
            continue
        mine = {k: v for k, v in _without_wire_patterns(ours[name]).items() if k != "required"}
        assert mine == {k: v for k, v in _no_prose(schema).items() if k != "required"}, name


def test_integer_strings_and_decimal_values_carry_their_wire_pattern(spec: dict[str, Any]) -> None:
    """proto3 JSON writes 64-bit integers as decimal strings, and a decimal's value is one: the
    spec says so, so that a mock of it answers what the API would."""
    import re

    found = 0
    for node in _nodes(spec):
        if node.get("type") == "string" and str(node.get("format", "")).endswith(("int32", "int64")):
            assert re.fullmatch(node["pattern"], "-9007199254740993") and not re.search(node["pattern"], "12a")
            found += 1
    assert found
    decimal = spec["components"]["schemas"]["Decimal"]["properties"]["value"]["pattern"]
    assert all(re.fullmatch(decimal, v) for v in ("0.0210", "-1", "1e-3", ".5")) and not re.search(decimal, "ten")


def _nodes(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        return [node] + [n for v in node.values() for n in _nodes(v)]
    if isinstance(node, list):
        return [n for v in node for n in _nodes(v)]
    return []


def _without_wire_patterns(node: Any) -> Any:
    """``node`` without the patterns the importer adds to integer strings and decimal values."""
    if isinstance(node, dict):
        added = node.get("type") == "string" and "pattern" in node
        return {k: _without_wire_patterns(v) for k, v in node.items() if not (added and k == "pattern")}
    if isinstance(node, list):
        return [_without_wire_patterns(v) for v in node]
    return node


def test_required_is_what_the_wire_keeps(upstream_spec: Path, spec: dict[str, Any]) -> None:
    """proto3 JSON leaves out zero values whatever the published spec says: in schemas that only
    arrive, only nested messages stay required; what a request sends keeps its list."""
    published = json.loads(upstream_spec.read_text())["components"]["schemas"]
    ours = spec["components"]["schemas"]
    bodies = {
        op["requestBody"]["content"]["application/json"]["schema"].get("$ref", "/").rsplit("/", 1)[1]
        for op in operations(spec).values()
        if "requestBody" in op
    } - {""}
    assert bodies
    for name in bodies:
        assert ours[name].get("required") == published[name].get("required"), name
    for name, schema in published.items():
        if name in ("Status", "Any"):  # replaced by the error model
            continue
        kept, dropped = (
            ours[name].get("required", []),
            set(schema.get("required", [])) - set(ours[name].get("required", [])),
        )
        assert set(kept) <= set(schema.get("required", [])), name
        for field in dropped:
            ref = schema["properties"][field].get("$ref", "")
            assert not published.get(ref.rsplit("/", 1)[-1], {}).get("properties"), (name, field)


def test_operation_and_tag_names_are_readable_python(spec: dict[str, Any]) -> None:
    ops = operations(spec)
    names = {op["operationId"] for op in ops.values()}
    assert names and all(re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", name) for name in names)
    tags = {op["tags"][0] for op in ops.values()}
    assert tags and all(re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", t) for t in tags)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("ListVMs", "list_vms"),
        ("GetVM", "get_vm"),
        ("ListVMDataCenters", "list_vm_data_centers"),
        ("GenerateApiKey", "generate_api_key"),
        ("DeployMachineOS", "deploy_machine_os"),
        ("ListVMMachineTypes2", "list_vm_machine_types2"),
        ("Virtual machines", "virtual_machines"),
        ("API keys", "api_keys"),
        ("SSH keys", "ssh_keys"),
        ("Object storage", "object_storage"),
    ],
)
def test_snake_case(published: str, expected: str) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from import_spec import snake_case
    finally:
        sys.path.pop(0)
    assert snake_case(published) == expected


def test_errors_are_aip193_and_auth_is_bearer(upstream_spec: Path, spec: dict[str, Any]) -> None:
    status = spec["components"]["schemas"]["Status"]
    assert set(status["properties"]) == {"code", "status", "message", "details"}
    assert spec["components"]["schemas"]["Any"]["properties"]["@type"] == {"type": "string"}
    for key, op in operations(spec).items():
        for code, resp in op["responses"].items():
            if not code.startswith("2"):
                assert resp["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Status"}, key
    assert spec["components"]["securitySchemes"] == {
        "bearerAuth": {"type": "http", "scheme": "bearer", "description": "CUDO API key: Authorization: Bearer <key>."}
    }
    published_prose = [s for s in _strings(json.loads(upstream_spec.read_text()), "description") if len(s) > 30]
    text = (ROOT / "openapi.yaml").read_text()
    assert published_prose and not [s for s in published_prose if s in text]


def _no_prose(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _no_prose(v) for k, v in node.items() if not (k in ("description", "title") and isinstance(v, str))}
    if isinstance(node, list):
        return [_no_prose(v) for v in node]
    return node


def _strings(node: Any, key: str) -> list[str]:
    if isinstance(node, dict):
        found = [v for k, v in node.items() if k == key and isinstance(v, str)]
        return found + [s for v in node.values() for s in _strings(v, key)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v, key)]
    return []


def _write(tmp_path: Path, name: str, content: str) -> str:
    path = tmp_path / name
    path.write_text(content)
    return str(path)


MINIMAL_OP = {"operationId": "ListThings", "tags": ["Things"], "responses": {"200": {"description": "x"}}}


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("missing", "no such file"),
        ("invalid_json", "not valid JSON"),
        ("swagger2", "Swagger 2.0 is not supported"),
        ("no_operation_id", "GET /v1/things: operation has no operationId"),
    ],
)
def test_bad_input_is_one_clear_line_and_leaves_the_file_untouched(tmp_path: Path, case: str, message: str) -> None:
    out = tmp_path / "openapi.yaml"
    out.write_text("untouched\n")
    sources = {
        "missing": str(tmp_path / "nope.json"),
        "invalid_json": _write(tmp_path, "bad.json", '{"openapi": "3.0.3", '),
        "swagger2": _write(tmp_path, "sw.json", json.dumps({"swagger": "2.0", "paths": {}})),
        "no_operation_id": _write(
            tmp_path,
            "noid.json",
            json.dumps({"openapi": "3.0.3", "info": {}, "paths": {"/v1/things": {"get": {"responses": {}}}}}),
        ),
    }
    result = run_import(sources[case], out)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert out.read_text() == "untouched\n"


def test_the_headers_left_out_are_the_ones_the_sdk_owns() -> None:
    # A header parameter the SDK sends itself is left out by make spec: every header extra_headers
    # may not set, and the three OpenAPI 3.0 says to ignore.
    from cudo_async._call_options import OWNED_HEADERS

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import import_spec
    finally:
        sys.path.pop(0)
    assert OWNED_HEADERS | {"accept", "content-type", "authorization"} == import_spec.SDK_HEADERS


def test_summary_reports_added_removed_and_changed_operations(tmp_path: Path) -> None:
    def doc(ops: dict[str, Any]) -> str:
        return json.dumps({"openapi": "3.0.3", "info": {"version": "1"}, "paths": ops})

    out = tmp_path / "openapi.yaml"
    v1 = {"/v1/a": {"get": MINIMAL_OP}, "/v1/b": {"get": {**MINIMAL_OP, "operationId": "GetB"}}}
    assert run_import(_write(tmp_path, "v1.json", doc(v1)), out).returncode == 0
    changed_a = {**MINIMAL_OP, "parameters": [{"in": "query", "name": "x", "schema": {"type": "string"}}]}
    v2 = {"/v1/a": {"get": changed_a}, "/v1/c": {"post": {**MINIMAL_OP, "operationId": "CreateC"}}}
    result = run_import(_write(tmp_path, "v2.json", doc(v2)), out)
    assert result.returncode == 0
    assert "+ operation create_c (POST /v1/c)" in result.stdout
    assert "- operation get_b (GET /v1/b)" in result.stdout
    assert "~ operation list_things (GET /v1/a): parameters +query x changed" in result.stdout


def test_summary_says_which_way_a_deprecation_went(tmp_path: Path) -> None:
    def doc(deprecated: bool) -> str:
        mark = {"deprecated": True} if deprecated else {}
        op = {**MINIMAL_OP, **mark}
        thing = {"type": "object", "properties": {"x": {"type": "string"}}, **mark}
        return json.dumps(
            {"openapi": "3.0.3", "info": {"version": "1"}, "paths": {"/v1/a": {"get": op}},
             "components": {"schemas": {"Thing": thing}}}
        )  # fmt: skip

    out = tmp_path / "openapi.yaml"
    assert run_import(_write(tmp_path, "v1.json", doc(False)), out).returncode == 0
    marked = run_import(_write(tmp_path, "v2.json", doc(True)), out).stdout
    assert "~ schema Thing: deprecated" in marked and "~ operation list_things (GET /v1/a): deprecated" in marked
    unmarked = run_import(_write(tmp_path, "v3.json", doc(False)), out).stdout
    assert "~ schema Thing: no longer deprecated" in unmarked, unmarked
    assert "~ operation list_things (GET /v1/a): no longer deprecated" in unmarked, unmarked


def test_path_parameter_renames_follow_the_resource() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from import_spec import resource_parameters

    assert resource_parameters("/v1/projects/{projectId}/vms/{id}") == {"id": "vmId"}
    assert resource_parameters("/v1/projects/{projectId}/security-groups/{id}") == {"id": "securityGroupId"}
    assert resource_parameters("/v1/api-keys/{name}") == {"name": "apiKeyName"}
    assert resource_parameters("/v1/things/{thingId}") == {}


def _op(op_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": op_id, "tags": ["Things"], "responses": {"200": {"description": "x"}}, **extra}


def _listing(answer: dict[str, Any], page_param: str = "pageToken") -> str:
    return json.dumps(
        {
            "openapi": "3.0.3",
            "info": {"version": "1"},
            "paths": {
                "/v1/things": {
                    "get": _op(
                        "ListThings",
                        parameters=[{"in": "query", "name": page_param, "schema": {"type": "string"}}],
                        responses={
                            "200": {
                                "description": "x",
                                "content": {
                                    "application/json": {"schema": {"$ref": "#/components/schemas/ListThingsResponse"}}
                                },
                            }
                        },
                    )
                }
            },
            "components": {"schemas": {"ListThingsResponse": {"type": "object", "properties": answer}}},
        }
    )


def test_the_answers_token_field_is_taken_from_the_spec_and_a_listing_that_cannot_go_on_is_not_paged(
    tmp_path: Path,
) -> None:
    things = {"things": {"type": "array", "items": {"type": "string"}}}
    out = tmp_path / "openapi.yaml"
    flags = out.with_name(out.name + ".flags.jinja")
    for token, expected in (("nextPageToken", "next_page_token"), ("pageToken", "page_token")):
        result = run_import(_write(tmp_path, "t.json", _listing({**things, token: {"type": "string"}})), out)
        assert result.returncode == 0, result.stderr
        assert f'PAGE_TOKENS = {{"list_things": "{expected}"}}' in flags.read_text()
    # A gateway that keeps proto field names writes page_token and next_page_token: the same style.
    snake = _listing({**things, "next_page_token": {"type": "string"}}, "page_token")
    assert run_import(_write(tmp_path, "t.json", snake), out).returncode == 0
    assert 'PAGE_STYLES = {"list_things": "page_token"}' in flags.read_text()
    assert 'PAGE_TOKENS = {"list_things": "next_page_token"}' in flags.read_text()
    # The page's items: the list the operation is named after, never AIP-217's unreachable.
    others = {"unreachable": {"type": "array", "items": {"type": "string"}}, "tags": {"type": "array"}}
    result = run_import(
        _write(tmp_path, "t.json", _listing({**others, **things, "nextPageToken": {"type": "string"}})), out
    )
    assert result.returncode == 0, result.stderr
    assert 'PAGES = {"ListThingsResponse": {"list_things": "things"}}' in flags.read_text()
    assert 'PAGE_ITEMS = {"list_things": "things"}' in flags.read_text()
    # What paginate cannot follow is imported, not paged: paginate refuses it saying why (UNPAGED).
    two_lists = {"items": {"type": "array"}, "tags": {"type": "array"}, "nextPageToken": {"type": "string"}}
    for answer, param, why in (
        (things, "pageToken", "no nextPageToken or pageToken"),
        (things, "startingAfter", "no hasMore"),
        (things, "pageNumber", "no totalCount"),
        (two_lists, "pageToken", "several lists (items, tags) and none is named after the operation"),
    ):
        result = run_import(_write(tmp_path, "bad.json", _listing(answer, param)), out)
        assert result.returncode == 0, result.stderr
        text = flags.read_text()
        assert "PAGE_STYLES = {}" in text and '"list_things": "' in text and why in text, text
        assert "page list_things: " in result.stdout or "no changes" in result.stdout


def test_each_change_is_marked_breaking_or_not_and_counted(tmp_path: Path) -> None:
    def doc(ops: dict[str, Any], schemas: dict[str, Any]) -> str:
        return json.dumps({"openapi": "3.0.3", "info": {"version": "1"}, "paths": ops,
                           "components": {"schemas": schemas}})  # fmt: skip

    thing = {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}}
    query = {"in": "query", "name": "q", "schema": {"type": "string"}}
    v1 = {
        "/v1/a": {"get": _op("GetA", parameters=[query])},
        "/v1/b": {"get": _op("GetB")},
        "/v1/c": {"get": _op("GetC")},
    }
    out = tmp_path / "openapi.yaml"
    assert run_import(_write(tmp_path, "v1.json", doc(v1, {"Thing": thing, "Gone": thing})), out).returncode == 0
    thing2 = {"type": "object", "properties": {"a": {"type": "integer"}, "c": {"type": "string"}}}
    v2 = {
        "/v1/a": {"get": _op("GetA", parameters=[{**query, "required": True}])},
        "/v1/c": {"get": _op("GetC", parameters=[{"in": "query", "name": "extra", "schema": {"type": "string"}}])},
        "/v1/d": {"get": _op("GetD")},
    }
    result = run_import(_write(tmp_path, "v2.json", doc(v2, {"Thing": thing2})), out)
    lines = result.stdout.splitlines()
    assert "  + operation get_d (GET /v1/d)" in lines
    assert "  - operation get_b (GET /v1/b) [breaking]" in lines
    assert "  ~ operation get_a (GET /v1/a): parameters ~query q made required changed [breaking]" in lines
    assert "  ~ operation get_c (GET /v1/c): parameters +query extra changed" in lines
    assert "  - schema Gone [breaking]" in lines
    assert "  ~ schema Thing: +c -b ~a (type) [breaking]" in lines
    assert lines[-1] == "6 changes: 4 breaking, 2 not breaking for SDK users"


def test_the_last_import_is_written_to_the_changelog_once(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## Unreleased\n\n### Added\n- something\n")
    out = tmp_path / "openapi.yaml"
    v1 = json.dumps({"openapi": "3.0.3", "info": {"version": "1"}, "paths": {"/v1/a": {"get": _op("GetA")}}})
    v2 = json.dumps({"openapi": "3.0.3", "info": {"version": "2"}, "paths": {"/v1/b": {"get": _op("GetB")}}})
    assert run_import(_write(tmp_path, "v1.json", v1), out).returncode == 0
    assert changelog.read_text() == "# Changelog\n\n## Unreleased\n\n### Added\n- something\n"  # a new file
    assert run_import(_write(tmp_path, "v2.json", v2), out).returncode == 0
    first = changelog.read_text()
    assert "- `+ operation get_b (GET /v1/b)`" in first and "- `- operation get_a (GET /v1/a)` **breaking**" in first
    assert "2 changes: 1 breaking, 1 not breaking" in first and first.endswith("### Added\n- something\n")
    assert run_import(_write(tmp_path, "v2.json", v2), out).returncode == 0  # the same spec again
    assert changelog.read_text() == first
    assert run_import(_write(tmp_path, "v1.json", v1), out).returncode == 0  # and back: replaced, not added
    back = changelog.read_text()
    assert back.count("make spec: end") == 1 and "- `+ operation get_a (GET /v1/a)`" in back
    record = yaml.safe_load(out.with_name("openapi.source.yaml").read_text())
    assert record["source"] == "v1.json" and len(record["sha256"]) == 64


def test_overlay_entries_the_spec_no_longer_has_are_reported_as_stale(tmp_path: Path) -> None:
    source = json.dumps({"openapi": "3.0.3", "info": {"version": "1"}, "paths": {"/v1/a": {"get": _op("GetA")}}})
    result = run_import(_write(tmp_path, "v.json", source), tmp_path / "openapi.yaml")
    assert result.returncode == 0
    stale = [line for line in result.stdout.splitlines() if "stale" in line]
    assert any("generator/docs.py operations: " in line and "get_vm" in line for line in stale), result.stdout
    assert any("emulator handlers" in line and "create_vm" in line for line in stale), result.stdout


def _preflight(clone: Path, path: str, target: str = "preflight") -> subprocess.CompletedProcess[str]:
    make = shutil.which("make")
    assert make is not None
    env = {"PATH": path, "HOME": str(clone)}
    return subprocess.run(
        [make, "--no-print-directory", "-C", str(clone), target],
        capture_output=True, text=True, timeout=120, check=False, env=env,
    )  # fmt: skip


def test_make_test_says_in_one_line_what_it_needs_beside_the_clone(tmp_path: Path) -> None:
    # A fresh clone without CUDO's published specs beside it (or without git) is told so in one
    # line before anything runs, instead of dozens of failing tests.
    clone = tmp_path / "work" / "cudo-async"
    clone.mkdir(parents=True)
    shutil.copy2(ROOT / "Makefile", clone / "Makefile")
    # A record of the test's own (whatever spec the committed one names, January's included).
    (clone / "openapi.source.yaml").write_text("source: ../specs/from-cudo.json\nsha256: " + "0" * 64 + "\n")
    tools, no_git = tmp_path / "bin", tmp_path / "bin-no-git"
    for where in (tools, no_git):
        where.mkdir()
        for tool in ("sed", "dirname", "git", "sh"):
            found = shutil.which(tool)
            if found and (where is tools or tool != "git"):
                (where / tool).symlink_to(found)
    published = tmp_path / "work" / "specs" / "from-cudo.json"
    january = published.with_name("cudo-openapi-2026-01.json")
    rel = {published: "../specs/from-cudo.json", january: "../specs/cudo-openapi-2026-01.json"}

    def missing(*what: str, path: Path = tools) -> None:
        run = _preflight(clone, str(path))
        assert run.returncode != 0 and run.stdout == ""
        (line,) = [text for text in run.stderr.splitlines() if not text.startswith(("make:", "make["))]
        assert line.startswith("make test: missing ") and all(w in line for w in what), line
        assert ("openapi.source.yaml records" in line) == ("git" not in what) and line.endswith("Set up)")

    missing(rel[published], rel[january])
    published.parent.mkdir(parents=True)
    published.write_text("{}")
    missing(rel[january])
    january.write_text("{}")
    missing("git", path=no_git)
    run = _preflight(clone, str(tools))
    assert (run.returncode, run.stdout, run.stderr) == (0, "", "")
    published.unlink()
    run = _preflight(clone, str(tools), "test")  # make test stops there, before installing anything
    assert run.returncode != 0 and "make test: missing" in run.stderr.splitlines()[0]
    assert not (clone / ".venv").exists()

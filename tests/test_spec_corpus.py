"""A corpus of spec changes of our own, each through ``make spec`` + ``make generate`` in a scratch
copy of the repository, graded automatically: usable (a fresh interpreter imports every module,
the new calls send the right request to a loopback server and read its answer as their types
say) or refused cleanly (one line saying what and why, and no file changed).

One spec carries every usable change at once (generation costs seconds): the constructs a gRPC
gateway spec can contain (header parameters, parameters by reference and on the path, field paths
and custom methods in paths, HttpBody, text, binary and empty answers, top-level arrays, array
bodies, maps of messages, recursive messages, allOf wrappers, enums of numbers and values that
are no identifiers, date, uuid and bytes formats, a model both sent and answered, a list with two
lists and one with proto field names), names the rule renames (per-call options, Python and SDK
names, a client attribute as a tag), and changes that break a feature of the facade (its
operation removed, its field renamed, its parameter removed), move an operation to another tag,
rename a parameter and wrap a schema in allOf. Each refusal is a spec of its own. The names added
are chosen so that the published spec does not have them.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from cudo_async import _needs
from tests.regen_support import (
    fresh,
    generate_failing,
    make,
    names_the_generated_code_uses,
    outputs,
    run_client,
    scratch_repo,
)

# ----------------------------------------------------------------------------- the usable changes


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _answer(schema: Any, media: str = "application/json", code: str = "200") -> dict[str, Any]:
    return {code: {"description": "ok", "content": {media: {"schema": schema}}}}


STR = {"type": "string"}
INT = {"type": "integer", "format": "int32"}


def _op(op_id: str, tag: str, responses: dict[str, Any], *params: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"operationId": op_id, "tags": [tag], "parameters": list(params), "responses": responses, **extra}


def _query(name: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"in": "query", "name": name, "schema": schema, **extra}


def _path(name: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"in": "path", "name": name, "required": True, "schema": schema or STR}


def _constructs(spec: dict[str, Any], p: str) -> None:
    """Every construct a gateway spec can contain, under the prefix ``p`` (``Orchard``)."""
    schemas, paths, low = spec["components"]["schemas"], spec["paths"], p.lower()
    spec["components"].setdefault("parameters", {})[f"{p}Project"] = _path("projectId")
    project = {"$ref": f"#/components/parameters/{p}Project"}
    tag = f"{p} Trees"
    schemas[f"{p}Fruit"] = {"type": "object", "properties": {"name": STR, "ripe": {"type": "boolean"}}}
    schemas[f"{p}Soil"] = {"type": "object", "properties": {"ph": {"type": "number", "format": "double"}}}
    schemas[f"{p}Season"] = {"type": "integer", "format": "int32", "enum": [0, 1, 2, 3]}  # enums_as_ints
    schemas[f"{p}Grade"] = {"type": "string", "enum": ["GRADE_UNSPECIFIED", "A+", "1st", "b-minus"]}
    schemas[f"{p}TreeState"] = {"type": "string", "enum": ["TREE_STATE_UNSPECIFIED", "GROWING", "FELLED"]}
    schemas[f"{p}Tree"] = {
        "type": "object",
        "properties": {
            "id": STR,
            "children": {"type": "array", "items": _ref(f"{p}Tree")},  # recursive
            "fruits": {"type": "object", "additionalProperties": _ref(f"{p}Fruit")},  # a map of messages
            "soil": {"allOf": [_ref(f"{p}Soil")], "description": "where it grows"},  # an allOf wrapper
            "season": _ref(f"{p}Season"),
            "grade": _ref(f"{p}Grade"),
            "state": _ref(f"{p}TreeState"),
            "planted": {"type": "string", "format": "date"},
            "tagId": {"type": "string", "format": "uuid"},
            "photo": {"type": "string", "format": "byte"},
            "weightKg": {"type": "string", "format": "int64"},
            "rings": {"type": "object", "additionalProperties": {"type": "string", "format": "int64"}},
            "nickname": {"type": "string", "nullable": True},  # proto3 optional: null reads as absent
            "seasons": {"type": "object", "additionalProperties": _ref(f"{p}Season")},  # a map of number enums
            "scans": {"type": "object", "additionalProperties": {"type": "string", "format": "byte"}},
            "ratio": {"type": "number", "format": "double"},  # proto3 JSON may send "NaN"
        },
    }
    # google.api.HttpBody's shape: the gateway sends its data as the raw answer.
    schemas[f"{p}Blob"] = {
        "type": "object",
        "properties": {"contentType": STR, "data": {"type": "string", "format": "byte"},
                       "extensions": {"type": "array", "items": {"type": "object"}}},
    }  # fmt: skip
    schemas[f"{p}RawBlob"] = {  # the same, with proto field names (json_names_for_fields=false)
        "type": "object",
        "properties": {"content_type": STR, "data": {"type": "string", "format": "byte"}},
    }
    schemas[f"List{p}GrovesResponse"] = {  # proto field names (json_names_for_fields=false)
        "type": "object",
        "properties": {"groves": {"type": "array", "items": _ref(f"{p}Fruit")}, "next_page_token": STR},
    }
    schemas[f"List{p}YardsResponse"] = {
        "type": "object",
        "properties": {"trees": {"type": "array", "items": _ref(f"{p}Tree")},
                       "fruits": {"type": "array", "items": _ref(f"{p}Fruit")}, "nextPageToken": STR},
    }  # fmt: skip
    base = f"/v1/projects/{{projectId}}/{low}-trees"
    tree_ref = _ref(f"{p}Tree")
    paths[f"{base}/{{tree.id}}"] = {  # a field path in the template
        "get": _op(
            f"Get{p}Tree", tag, _answer(tree_ref), project, _path("tree.id"),
            {"in": "header", "name": f"X-{p}-Trace", "schema": STR},
            {"in": "header", "name": f"X-{p}-Depth", "schema": INT},
            _query("timeout", INT), _query("retry", {"type": "boolean"}), _query("body", STR),
        ),
        "delete": _op(f"Delete{p}Tree", tag, {"204": {"description": "gone"}}, project, _path("tree.id")),
    }  # fmt: skip
    body = {"content": {"application/json": {"schema": tree_ref}}}
    paths[f"{base}/{{treeId}}:harvest"] = {
        "post": _op(f"Harvest{p}Tree", tag, _answer(tree_ref), project, _path("treeId"), _query("wireBody", STR),
                    requestBody=body)
    }  # fmt: skip
    paths[f"{base}/{{treeId}}:export"] = {
        "get": _op(f"Export{p}Tree", tag, _answer(_ref(f"{p}Blob")), project, _path("treeId"))
    }
    paths[f"{base}/{{treeId}}:dump"] = {
        "get": _op(f"Dump{p}Tree", tag, _answer(_ref(f"{p}RawBlob")), project, _path("treeId"))
    }
    # Header parameters the SDK sends itself: left out (OpenAPI 3.0 ignores the first two).
    owned = [{"in": "header", "name": name, "required": True, "schema": STR} for name in ("Authorization", "Accept")]
    owned.append({"in": "header", "name": "Content-Length", "schema": INT})
    paths[f"{base}/{{treeId}}/owner"] = {
        "get": _op(f"Get{p}TreeOwner", tag, _answer(_ref(f"{p}Fruit")), project, _path("treeId"), *owned)
    }
    paths[f"{base}/{{treeId}}/notes"] = {
        "get": _op(f"Read{p}TreeNotes", tag, _answer(STR, "text/plain"), project, _path("treeId"))
    }
    photo = _answer({"type": "string", "format": "binary"}, "image/png")
    paths[f"{base}/{{treeId}}/photo"] = {"get": _op(f"Download{p}TreePhoto", tag, photo, project, _path("treeId"))}
    paths[f"{base}/{{treeId}}:prune"] = {
        "post": _op(f"Prune{p}Tree", tag, _answer({"type": "object"}), project, _path("treeId"))
    }
    array_body = {"content": {"application/json": {"schema": {"type": "array", "items": tree_ref}}}}
    paths[f"{base}:batchPlant"] = {
        "post": _op(f"Plant{p}Trees", tag, _answer({"type": "array", "items": tree_ref}), project,
                    _query("wireValue", STR), _query("headers", STR), requestBody=array_body)
    }  # fmt: skip
    paths[f"/v1/projects/{{projectId}}/{low}-tree-names"] = {
        "get": _op(f"List{p}TreeNames", tag, _answer({"type": "array", "items": STR}), project)
    }
    paths[f"/v1/projects/{{projectId}}/{low}-fruits"] = {
        "get": _op(f"List{p}Fruits", tag, _answer({"type": "array", "items": _ref(f"{p}Fruit")}), project,
                   _query("season", _ref(f"{p}Season")))
    }  # fmt: skip
    harvest = {"type": "object", "properties": {"day": {"type": "string", "format": "date"}, "total": INT}}
    paths[f"/v1/projects/{{projectId}}/{low}-harvests/{{day}}"] = {
        "get": _op(
            f"Get{p}Harvest", tag, _answer(harvest), project, _path("day", {"type": "string", "format": "date"}),
            _query("since", {"type": "string", "format": "date"}, required=True),
            _query("batch", {"type": "string", "format": "uuid"}),
            _query("checksum", {"type": "string", "format": "byte"}),
        )
    }  # fmt: skip
    paths[f"/v1/projects/{{projectId}}/{low}-groves"] = {
        "parameters": [project],  # on the path, for each of its operations
        "get": _op(f"List{p}Groves", tag, _answer(_ref(f"List{p}GrovesResponse")),
                   _query("page_token", STR), _query("page_size", {**INT, "minimum": 1, "maximum": 50})),
    }  # fmt: skip
    paths[f"/v1/projects/{{projectId}}/{low}-yards"] = {
        "get": _op(f"List{p}Yards", tag, _answer(_ref(f"List{p}YardsResponse")), project, _query("pageToken", STR))
    }
    # Two list operations that answer with one model and page different lists of it.
    for kind in ("Trees", "Fruits"):
        paths[f"/v1/projects/{{projectId}}/{low}-yard-{kind.lower()}"] = {
            "get": _op(f"List{p}Yard{kind}", tag, _answer(_ref(f"List{p}YardsResponse")), project,
                       _query("pageToken", STR), _query("maxPageSize", INT))
        }  # fmt: skip


def _names(spec: dict[str, Any], p: str, reserved_class: str) -> None:
    """Names the rule renames: a tag that is a client attribute, a class that is a typing name,
    fields that are keywords, builtins, model methods or what a model's class body reads, an
    operation that is a keyword; names the generated code binds (parameters wireBody, wireValue
    and headers, in _constructs; a tag cached property); a schema that reads as a tag's namespace
    class, and a tag whose namespace class is another tag's sync twin."""
    schemas, paths, low = spec["components"]["schemas"], spec["paths"], p.lower()
    label = {name: STR for name in ("class", "toDict", "additionalProperties", "datetime", "match", "self",
                                    "reprWithoutSecrets")}  # fmt: skip
    schemas[f"{p}Label"] = {"type": "object", "properties": label}
    schemas[reserved_class] = {"type": "object", "properties": {"label": _ref(f"{p}Label"), "count": INT}}
    paths[f"/v1/{low}-raw/{{id}}"] = {"get": _op(f"GetRaw{p}Thing", "raw", _answer(_ref(reserved_class)), _path("id"))}
    paths[f"/v1/{low}-imports"] = {"post": _op("Import", f"{p} Trees", _answer({"type": "object"}))}
    paths[f"/v1/{low}-caches"] = {"get": _op(f"Get{p}Cache", "Cached property", _answer(_ref(f"{p}Label")))}
    schemas[f"{p}LabsApi"] = {"type": "object", "properties": {"name": STR}}  # reads as the class of tag {p} Labs
    paths[f"/v1/{low}-labs/{{labId}}"] = {
        "get": _op(f"Get{p}Lab", f"{p} Labs", _answer(_ref(f"{p}LabsApi")), _path("labId"))
    }
    for tag in (p, f"{p} Sync"):  # the sync twin of the first is the class of the second
        paths[f"/v1/{low}-{tag.lower().replace(' ', '-')}-twins"] = {
            "get": _op(f"Get{tag.replace(' ', '')}Twin", tag, _answer(_ref(f"{p}Label")))
        }


def _importer() -> Any:
    import sys

    from tests.conftest import ROOT

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import import_spec
    finally:
        sys.path.pop(0)
    return import_spec


def _tag(name: str) -> str:
    tag: str = _importer().tag_name(name)
    return tag


def _operation(spec: dict[str, Any], name: str) -> tuple[str, str, dict[str, Any]]:
    operation_name = _importer().operation_name
    return next(
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and operation_name(str(op.get("operationId", ""))) == name
    )


def _class_schema(schemas: dict[str, Any], class_name: str) -> str:
    return next(n for n in schemas if n.replace("_", "").lower() == class_name.lower())


def _breaking(spec: dict[str, Any], p: str) -> dict[str, Any]:
    """What the facade needs (cudo_async/_needs.py), taken away: the operation of wait_for_vm, the
    parameter rotate_api_key passes, a field of every model a feature reads (so that each is Any to
    type checkers) and every enum's schema renamed (so that each is a stand-in); an operation no
    feature needs moved to another tag, a query parameter renamed, a schema wrapped in allOf.
    Returns the names."""
    schemas = spec["components"]["schemas"]
    get_path, get_method, _ = _operation(spec, _needs.GET_VM.name)
    del spec["paths"][get_path][get_method]
    needs = {need for items in _needs.NEEDS.values() for need in items}
    fields = {}
    for model in sorted(n for n in needs if isinstance(n, _needs.Model)):
        props = schemas[_class_schema(schemas, model.name)]["properties"]
        field = model.fields[-1][0]
        wire = next(w for w in props if w.replace("_", "").lower() == field.replace("_", ""))
        props[f"{p.lower()}{wire[:1].upper()}{wire[1:]}"] = props.pop(wire)
        fields[model.name] = field
    enums = sorted(n.name for n in needs if isinstance(n, _needs.Enum))
    for enum in enums:
        old = _class_schema(schemas, enum)
        schemas[f"{p}{old}"] = schemas.pop(old)
        ref = f'"#/components/schemas/{old}"'
        renamed = json.loads(json.dumps(spec).replace(ref, ref.replace(old, p + old)))
        spec.clear()
        spec.update(renamed)
        schemas = spec["components"]["schemas"]
    _, _, list_keys = _operation(spec, _needs.LIST_API_KEYS.name)
    list_keys["parameters"] = [q for q in list_keys["parameters"] if q["name"].lower() != "pagesize"]
    needed = {need.name for items in _needs.NEEDS.values() for need in items}
    ops = sorted((op["operationId"], path, method) for path, item in spec["paths"].items()
                 for method, op in item.items() if isinstance(op, dict) and "operationId" in op)  # fmt: skip
    free = [
        (op_id, path, method)
        for op_id, path, method in ops
        if op_id.lower() not in {n.replace("_", "") for n in needed}
    ]
    moved_id, moved_path, moved_method = next(
        (op_id, path, method) for op_id, path, method in free
        if "requestBody" not in spec["paths"][path][method]
        and not any(q.get("required") and q.get("in") != "path" for q in spec["paths"][path][method]["parameters"])
    )  # fmt: skip
    moved_from = (spec["paths"][moved_path][moved_method].get("tags") or ["default"])[0]
    spec["paths"][moved_path][moved_method]["tags"] = [f"{p} Moved"]
    renamed_id, renamed_path, renamed_method = next(
        o for o in free[1:] if any(q.get("in") == "query" and "page" not in q["name"].lower()
                                   for q in spec["paths"][o[1]][o[2]].get("parameters") or [])
    )  # fmt: skip
    query = next(q for q in spec["paths"][renamed_path][renamed_method]["parameters"]
                 if q.get("in") == "query" and "page" not in q["name"].lower())  # fmt: skip
    old_query, query["name"] = query["name"], f"{p.lower()}Filter"
    read = {_class_schema(schemas, n.name) for n in needs if isinstance(n, _needs.Model)}
    wrapped = next(n for n in sorted(schemas) if schemas[n].get("properties") and n not in {*read, "Status", "Any"})
    schemas[wrapped] = {"allOf": [schemas[wrapped]]}
    return {"moved": moved_id, "moved_from": _tag(moved_from), "renamed": renamed_id, "old_query": old_query,
            "wrapped": wrapped, "fields": fields, "enums": enums}  # fmt: skip


@pytest.fixture(scope="module")
def published(upstream_spec: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(upstream_spec.read_text())
    return loaded


@pytest.fixture(scope="module")
def usable(published: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The usable changes through make spec and make generate, once for the tests that read them."""
    work = tmp_path_factory.mktemp("corpus")
    repo = scratch_repo(work)
    p = fresh("Orchard", published)
    reserved_class = next(n for n in ("Mapping", "Iterator", "Callable", "Send") if n not in json.dumps(published))
    spec = copy.deepcopy(published)
    _constructs(spec, p)
    _names(spec, p, reserved_class)
    names = _breaking(spec, p)
    src = work / "usable.json"
    src.write_text(json.dumps(spec))
    imported = make(repo, "spec", f"SRC={src}")
    generated = make(repo, "generate")
    return {"repo": repo, "p": p, "class": reserved_class, "spec": imported, "generate": generated, **names}


def test_the_usable_changes_are_imported_and_generated(usable: dict[str, Any]) -> None:
    spec, generate = usable["spec"], usable["generate"]
    assert spec.returncode == 0, spec.stdout + spec.stderr
    assert generate.returncode == 0, generate.stdout + generate.stderr  # compiled, imported, mypy --strict (src too)
    lines = [line.strip() for line in spec.stdout.splitlines()]
    low = usable["p"].lower()
    assert f"+ operation get_{low}_tree (GET /v1/projects/{{projectId}}/{low}-trees/{{treeId}})" in lines, spec.stdout
    assert f"+ operation harvest_{low}_tree (POST /v1/projects/{{projectId}}/{low}-trees/{{treeId}}:harvest)" in lines
    assert not any("refused" in line for line in lines)
    # The reference follows the spec: the new operations, their namespace and the documented range.
    reference = (usable["repo"] / "api.md").read_text()
    assert f'<a id="op-get_{low}_tree"></a>' in reference and f'<a id="ns-{low}_trees"></a>' in reference
    assert f"`GET /v1/projects/{{project_id}}/{low}-trees/{{tree_id}}`" in reference
    assert "*Range*: `page_size` from 1 to 50." in reference


def test_the_summary_names_every_rename_of_the_name_rule(usable: dict[str, Any]) -> None:
    out, low = usable["spec"].stdout, usable["p"].lower()
    for expected in (
        f"! name rule: parameter timeout -> timeout_ in operation get_{low}_tree",
        "! name rule: parameter retry -> retry_ in operation",
        "! name rule: parameter body -> body_ in operation",
        f"! name rule: class {usable['class']} -> {usable['class']}_ in the schemas",
        f"! name rule: field class -> class_ in schema {usable['p']}Label",
        "! name rule: field toDict -> to_dict_ in schema",
        "! name rule: field additionalProperties -> additional_properties_ in schema",
        "! name rule: field match -> match_ in schema",
        "! name rule: namespace raw -> raw_ in the tags",
        "! name rule: operation import -> import_ in POST",
        f"! name rule: field reprWithoutSecrets -> repr_without_secrets_ in schema {usable['p']}Label",
        f"! name rule: parameter wireBody -> wire_body_ in operation harvest_{low}_tree",
        f"! name rule: parameter wireValue -> wire_value_ in operation plant_{low}_trees",
        f"! name rule: parameter headers -> headers_ in operation plant_{low}_trees",
        "! name rule: namespace cached_property -> cached_property_ in the tags",
        f"! name rule: namespace class {usable['p']}LabsAPI -> {usable['p']}LabsAPI_ in tag {low}_labs",
        f"! name rule: namespace class {usable['p']}SyncAPI -> {usable['p']}SyncAPI_ in tag {low} ",
    ):
        assert expected in out, (expected, out)


def test_what_the_generated_code_binds_is_reserved_in_every_construct(usable: dict[str, Any]) -> None:
    # The package of every construct has each branch of the templates (header parameters, raw
    # answers, array bodies...): no name they bind is left for a spec name to take.
    naming = _importer().naming
    for scope, names in names_the_generated_code_uses(usable["repo"] / "generated" / "cudo_async_api").items():
        assert names <= naming.RESERVED[scope], (scope, sorted(names - naming.RESERVED[scope]))


def test_header_parameters_the_sdk_sends_itself_are_left_out_and_named(usable: dict[str, Any]) -> None:
    lines = [line.strip() for line in usable["spec"].stdout.splitlines()]
    low = usable["p"].lower()
    for header in ("Authorization", "Accept", "Content-Length"):
        expected = (
            f"! header parameter {header} of operation get_{low}_tree_owner is left out: the SDK sends {header} itself"
        )
        assert expected in lines, (expected, usable["spec"].stdout)


def test_the_summary_says_what_breaks_and_what_does_not(usable: dict[str, Any]) -> None:
    out = usable["spec"].stdout
    lines = [line.strip() for line in out.splitlines()]
    get_vm, list_keys = _needs.GET_VM, _needs.LIST_API_KEYS
    condition = f"field {_needs.VM.name}.state"
    assert any(line.startswith("! SDK feature wait_for_vm stops working: the spec lacks ") and str(get_vm) in line
               and condition in line and line.endswith("[breaking]") for line in lines), out  # fmt: skip
    assert any(line.startswith("! SDK feature wait_for_vms stops working: ") and condition in line for line in lines)
    page_size = f"parameter page_size of {list_keys.namespace}.{list_keys.name}"
    assert any(line.startswith("! SDK feature rotate_api_key stops working: ") and page_size in line for line in lines)
    # Every model a feature reads lost a field, every enum it reads its name: each is named, with its feature.
    gone = [f"field {model}.{field}" for model, field in usable["fields"].items()]
    gone += [f"enum {enum}" for enum in usable["enums"]]
    features = [line for line in lines if line.startswith("! SDK feature ")]
    assert all(any(what in line for line in features) for what in gone), (gone, features)
    low = usable["p"].lower()
    assert any(line.startswith(f"~ operation {_snake(usable['moved'])}: moved from cudo.")
               and line.endswith(f"to cudo.{low}_moved [breaking]") for line in lines), out  # fmt: skip
    renamed = [line for line in lines if line.startswith(f"~ operation {_snake(usable['renamed'])} (")]
    assert renamed and f"+query {low}Filter" in renamed[0] and f"-query {usable['old_query']}" in renamed[0]
    assert renamed[0].endswith("[breaking]")
    # An allOf wrapper around the same fields changes nothing a user sees.
    assert not any(line.startswith(f"~ schema {usable['wrapped']}:") for line in lines), out
    assert f"! paginate cannot page list_{low}_yards: its answer has several lists (trees, fruits)" in out
    assert not any(f"cannot page list_{low}_yard_" in line for line in lines), out  # each pages its own list
    assert f"{len(_needs.NEEDS)} SDK features broken" in lines[-1], lines[-1]


def _snake(name: str) -> str:
    operation: str = _importer().operation_name(name)
    return operation


USABLE_CLIENT = """
import base64, datetime, importlib, inspect, math, pathlib, uuid
import cudo_async_api
from cudo_async import Cudo, errors
from cudo_async_api import needs

# Every generated module imports.
root = pathlib.Path(cudo_async_api.__file__).parent
for path in sorted(root.rglob("*.py")):
    parts = path.relative_to(root.parent).with_suffix("").parts
    importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))

P, p = "@P@", "@p@"
base = f"/v1/projects/proj/{p}-trees"
UUID = "7d444840-9dc0-11d1-b245-5ffdce74fad2"
TREE = {
    "id": "t-1",
    "children": [{"id": "t-2", "children": [{"id": "t-3"}]}],
    "fruits": {"apple": {"name": "apple", "ripe": True}},
    "soil": {"ph": 6.5},
    "season": 2,
    "grade": "A+",
    "state": 2,  # a number where the spec names the values: proto3 JSON allows it
    "planted": "2026-03-01",
    "tagId": UUID,
    "photo": base64.b64encode(b"\\x89PNG").decode(),
    "weightKg": "9007199254740993",
    "rings": {"a": "5"},
    "nickname": None,
    "seasons": {"spring": 1, "later": 7},  # a number this spec does not list too
    "scans": {"x": base64.b64encode(b"\\x00\\xff").decode()},
    "ratio": "NaN",
    "sap": 1,  # a field this spec does not list
}
ROUTES["GET", f"{base}/t-1"] = lambda q, b: TREE
ROUTES["DELETE", f"{base}/t-1"] = lambda q, b: Reply(204, "", b"")
ROUTES["POST", f"{base}/t-1:harvest"] = lambda q, b: {**b, "sap": 2}
ROUTES["GET", f"{base}/t-1:export"] = lambda q, b: Reply(200, "text/csv", b"a,b\\n1,2\\n")
ROUTES["GET", f"{base}/t-1:dump"] = lambda q, b: Reply(200, "application/x-ndjson", b'{"a": 1}\\n')
ROUTES["GET", f"{base}/t-1/owner"] = lambda q, b: {"name": "ann"}
LATIN = "text/plain; charset=latin-1"
ROUTES["GET", f"{base}/t-1/notes"] = lambda q, b: Reply(200, LATIN, "caf\\u00e9".encode("latin-1"))
ROUTES["GET", f"{base}/t-1/photo"] = lambda q, b: Reply(200, "image/png", b"\\x89PNG\\r\\n")
ROUTES["POST", f"{base}/t-1:prune"] = lambda q, b: {}
ROUTES["POST", f"{base}:batchPlant"] = lambda q, b: b
ROUTES["GET", f"/v1/projects/proj/{p}-tree-names"] = lambda q, b: ["oak", "elm"]
ROUTES["GET", f"/v1/projects/proj/{p}-fruits"] = lambda q, b: [{"name": "pear", "ripe": False}]
ROUTES["GET", f"/v1/projects/proj/{p}-harvests/2026-03-01"] = lambda q, b: {"day": "2026-03-01", "total": 7}
groves = [{"name": f"g{i}"} for i in range(5)]
ROUTES["GET", f"/v1/projects/proj/{p}-groves"] = pages("groves", "next_page_token", groves, param="page_token")
ROUTES["GET", f"/v1/{p}-raw/x"] = lambda q, b: {"label": {"class": "c", "toDict": "t", "additionalProperties": "a",
                                                          "datetime": "d", "match": "m", "self": "s"}, "count": 2}
ROUTES["POST", f"/v1/{p}-imports"] = lambda q, b: {}
ROUTES["GET", f"/v1/{p}-caches"] = lambda q, b: {"class": "c"}
ROUTES["GET", f"/v1/{p}-labs/l-1"] = lambda q, b: {"name": "lab"}
ROUTES["GET", f"/v1/{p}-{p}-twins"] = lambda q, b: {"class": "twin"}
ROUTES["GET", f"/v1/{p}-{p}-sync-twins"] = lambda q, b: {"class": "sync twin"}

def yard(q, b):  # one answer model, two lists: each operation pages its own
    start = int(q.get("pageToken") or 0)
    end = min(start + 2, 5)
    return {"trees": [{"id": f"t{i}"} for i in range(start, end)],
            "fruits": [{"name": f"f{i}"} for i in range(start, end)], "nextPageToken": str(end) if end < 5 else ""}
ROUTES["GET", f"/v1/projects/proj/{p}-yard-trees"] = yard
ROUTES["GET", f"/v1/projects/proj/{p}-yard-fruits"] = yard
ROUTES["@MOVED_METHOD@", "@MOVED_WIRE@"] = lambda q, b: {}

def sent(path):
    return [(s, h) for s, h in zip(SEEN, HEADERS) if s[1] == path]

async def main():
    m = models
    async with AsyncCudo(api_key="k", base_url=BASE) as cudo:
        trees = getattr(cudo, f"{p}_trees")
        tree = await getattr(trees, f"get_{p}_tree")(
            "proj", "t-1", **{f"x_{p}_trace": "abc", f"x_{p}_depth": 3}, timeout_=5, retry_=True, body_="b", timeout=30)
        (method, path, query, _), headers = sent(f"{base}/t-1")[-1]
        assert query == {"timeout": "5", "retry": "true", "body": "b"}, query
        assert headers[f"x-{p}-trace"] == "abc" and headers[f"x-{p}-depth"] == "3", headers
        Tree = getattr(m, f"{P}Tree")
        assert isinstance(tree, Tree) and tree.children[0].children[0].id == "t-3"
        assert isinstance(tree.fruits["apple"], getattr(m, f"{P}Fruit")) and tree.fruits["apple"].ripe is True
        assert tree.soil.ph == 6.5 and isinstance(tree.soil, getattr(m, f"{P}Soil"))
        assert tree.season is getattr(m, f"{P}Season").VALUE_2 and tree.season.is_known
        assert tree.grade is getattr(m, f"{P}Grade").A and getattr(m, f"{P}Grade").VALUE_1_ST.value == "1st"
        assert tree.state.value == 2 and not tree.state.is_known and tree.to_dict()["state"] == 2
        assert tree.planted == datetime.date(2026, 3, 1) and tree.tag_id == uuid.UUID(UUID)
        assert tree.photo == b"\\x89PNG" and tree.weight_kg == 9007199254740993 and tree.rings["a"] == 5
        assert tree.additional_properties == {"sap": 1} and tree.nickname == ""
        Season = getattr(m, f"{P}Season")
        assert tree.seasons["spring"] is Season.VALUE_1 and not tree.seasons["later"].is_known
        assert tree.scans["x"] == b"\\x00\\xff" and math.isnan(tree.ratio)
        # Read, then sent back: the wire form comes back as it was (the map of messages, of number
        # enums and of bytes by their kind, NaN as proto3 JSON writes it), as the answer's to_dict.
        wire_tree = {k: v for k, v in TREE.items() if v is not None}
        assert tree.to_dict() == wire_tree, tree.to_dict()
        await getattr(trees, f"harvest_{p}_tree")("proj", "t-1", body=tree, wire_body_="w")
        assert SEEN[-1][3] == wire_tree and SEEN[-1][2] == {"wireBody": "w"}, SEEN[-1]
        as_mapping = {k: v for k, v in wire_tree.items() if k != "sap"}  # (a mapping is read strictly: no unknown key)
        await getattr(trees, f"harvest_{p}_tree")("proj", "t-1", body=as_mapping)
        assert SEEN[-1][3] == as_mapping, SEEN[-1]
        Fruit = getattr(m, f"{P}Fruit")
        await getattr(trees, f"harvest_{p}_tree")(
            "proj", "t-1", body=Tree(id="t-9", fruits={"kiwi": Fruit(name="kiwi")}, seasons={"s": Season.VALUE_3},
                                     scans={"y": b"\\x01"}, ratio=-math.inf))
        assert SEEN[-1][3] == {"id": "t-9", "fruits": {"kiwi": {"name": "kiwi"}}, "seasons": {"s": 3},
                               "scans": {"y": "AQ=="}, "ratio": "-Infinity"}, SEEN[-1]
        try:
            await getattr(trees, f"get_{p}_tree")("proj", "t-1", extra_headers={f"X-{P}-Trace": "z"})
        except errors.ConfigurationError as exc:
            assert f"X-{P}-Trace" in str(exc), exc
        else:
            raise AssertionError("extra_headers may not set a header parameter")
        # A model that is both a body and an answer: the body strictly, the answer leniently.
        count = len(SEEN)
        try:
            await getattr(trees, f"harvest_{p}_tree")("proj", "t-1", body={"id": "t-1", "sapp": 1})
        except errors.ConfigurationError as exc:
            assert "sapp" in str(exc), exc
        else:
            raise AssertionError("an unknown key in a body mapping must be refused")
        assert len(SEEN) == count
        planted = datetime.date(2026, 3, 1)
        sent_tree = Tree(id="t-1", weight_kg=3, planted=planted, tag_id=uuid.UUID(UUID), photo=b"\\x01")
        harvested = await getattr(trees, f"harvest_{p}_tree")("proj", "t-1", body=sent_tree)
        wire = {"id": "t-1", "weightKg": "3", "planted": "2026-03-01", "tagId": UUID, "photo": "AQ=="}
        assert SEEN[-1][3] == wire and harvested.additional_properties == {"sap": 2}, SEEN[-1]
        assert harvested.planted == datetime.date(2026, 3, 1) and harvested.photo == b"\\x01"
        blob = await getattr(trees, f"export_{p}_tree")("proj", "t-1")
        assert isinstance(blob, getattr(m, f"{P}Blob"))
        assert (blob.content_type, blob.data) == ("text/csv", b"a,b\\n1,2\\n")
        assert HEADERS[-1]["accept"] == "*/*"
        raw_blob = await getattr(trees, f"dump_{p}_tree")("proj", "t-1")  # HttpBody with proto field names
        assert isinstance(raw_blob, getattr(m, f"{P}RawBlob")), raw_blob
        assert (raw_blob.content_type, raw_blob.data) == ("application/x-ndjson", b'{"a": 1}\\n')
        owner = getattr(trees, f"get_{p}_tree_owner")
        assert not {"authorization", "accept", "content_length"} & set(inspect.signature(owner).parameters)
        assert (await owner("proj", "t-1")).name == "ann" and HEADERS[-1]["authorization"] == "Bearer k"
        assert await getattr(trees, f"read_{p}_tree_notes")("proj", "t-1") == "caf\\u00e9"
        assert HEADERS[-1]["accept"] == "text/plain"
        assert await getattr(trees, f"download_{p}_tree_photo")("proj", "t-1") == b"\\x89PNG\\r\\n"
        assert await getattr(trees, f"delete_{p}_tree")("proj", "t-1") is None and SEEN[-1][0] == "DELETE"
        assert isinstance(await getattr(trees, f"prune_{p}_tree")("proj", "t-1"), m.Empty)
        planted = await getattr(trees, f"plant_{p}_trees")(
            "proj", body=[Tree(id="a"), {"id": "b", "season": 1}], wire_value_="v", headers_="h")
        assert SEEN[-1][3] == [{"id": "a"}, {"id": "b", "season": 1}], SEEN[-1]
        assert SEEN[-1][2] == {"wireValue": "v", "headers": "h"}, SEEN[-1]
        assert [t.id for t in planted] == ["a", "b"] and planted[1].season is getattr(m, f"{P}Season").VALUE_1
        assert await getattr(trees, f"list_{p}_tree_names")("proj") == ["oak", "elm"]
        fruits = await getattr(trees, f"list_{p}_fruits")("proj", season=getattr(m, f"{P}Season").VALUE_3)
        assert SEEN[-1][2] == {"season": "3"} and fruits[0].name == "pear"
        day = await getattr(trees, f"get_{p}_harvest")(
            "proj", datetime.date(2026, 3, 1), since=datetime.date(2026, 1, 1), batch=uuid.UUID(UUID),
            checksum=b"\\x00\\x01")
        assert SEEN[-1][1] == f"/v1/projects/proj/{p}-harvests/2026-03-01"
        assert SEEN[-1][2] == {"since": "2026-01-01", "batch": UUID, "checksum": "AAE="}, SEEN[-1]
        assert day.day == datetime.date(2026, 3, 1) and day.total == 7
        try:
            since = datetime.datetime(2026, 1, 1)
            await getattr(trees, f"get_{p}_harvest")("proj", datetime.date(2026, 3, 1), since=since)
        except errors.ConfigurationError as exc:
            assert "since" in str(exc) and "datetime.date" in str(exc), exc
        else:
            raise AssertionError("a datetime is no date")
        got = [g.name async for g in cudo.paginate(getattr(trees, f"list_{p}_groves"), "proj", page_size=2)]
        assert got == [g["name"] for g in groves], got
        yard_trees, yard_fruits = getattr(trees, f"list_{p}_yard_trees"), getattr(trees, f"list_{p}_yard_fruits")
        assert [t.id async for t in cudo.paginate(yard_trees, "proj")] == [f"t{i}" for i in range(5)]
        assert [f.name async for f in cudo.paginate(yard_fruits, "proj")] == [f"f{i}" for i in range(5)]
        page = await yard_fruits("proj")
        assert [f.name for f in page.page_items(f"list_{p}_yard_fruits")] == ["f0", "f1"]
        try:
            page.page_items()
        except errors.ConfigurationError as exc:
            assert f"list_{p}_yard_fruits" in str(exc), exc
        else:
            raise AssertionError("which operation's list must be said")
        count = len(SEEN)
        try:  # its page size has another name: said before anything is sent
            [t async for t in cudo.paginate(yard_trees, "proj", page_size=2)]
        except errors.ConfigurationError as exc:
            assert "did you mean max_page_size?" in str(exc), exc
        else:
            raise AssertionError("an argument the operation does not take must be refused")
        assert len(SEEN) == count
        await refuses_out_of_range(trees)
        try:
            cudo.paginate(getattr(trees, f"list_{p}_yards"), "proj")
        except errors.ConfigurationError as exc:
            assert "several lists (trees, fruits)" in str(exc), exc
        else:
            raise AssertionError("paginate must refuse a list it cannot page")
        # Renamed names: the tag raw (cudo.raw stays the method), a class, fields, an operation.
        thing = await cudo.raw_.@RAW_OP@("x")
        assert isinstance(thing, getattr(m, "@RESERVED@_")) and thing.count == 2
        label = thing.label
        assert (label.class_, label.to_dict_, label.additional_properties_, label.datetime_, label.match_,
                label.self_) == ("c", "t", "a", "d", "m", "s")
        assert label.to_dict()["toDict"] == "t" and label.repr_without_secrets_ == "" and "Label(" in repr(label)
        # Names the generated code binds: a tag cached property, a schema that reads as a tag's
        # namespace class, a tag whose namespace class is another tag's sync twin.
        assert (await cudo.cached_property_.@CACHE_OP@()).class_ == "c"
        labs = getattr(cudo, f"{p}_labs")
        assert isinstance(await getattr(labs, f"get_{p}_lab")("l-1"), getattr(m, f"{P}LabsAPI"))
        assert type(labs).__name__ == f"{P}LabsAPI_"
        assert (await getattr(getattr(cudo, p), f"get_{p}_twin")()).class_ == "twin"
        assert (await getattr(getattr(cudo, f"{p}_sync"), f"get_{p}_sync_twin")()).class_ == "sync twin"
        assert (await cudo.raw(cudo.raw_.@RAW_OP@, "x")).status_code == 200
        assert isinstance(await trees.import_(), m.Empty)
        # The facade's features whose needs are gone say so, and send nothing.
        count = len(SEEN)
        for feature, call in (("wait_for_vm", lambda: cudo.wait_for_vm("proj", "vm-1", timeout=1)),
                              ("wait_for_vms", lambda: cudo.wait_for_vms("proj", ["vm-1"], timeout=1)),
                              ("rotate_api_key", lambda: cudo.rotate_api_key("new-key"))):
            try:
                await call()
            except errors.FeatureUnavailableError as exc:
                assert exc.feature == feature and exc.missing == needs.MISSING[feature], exc
                assert feature in str(exc) and "the spec" in str(exc)
            else:
                raise AssertionError(feature + " must say it cannot work")
        assert len(SEEN) == count
        assert not needs.VMState.__members__ and any("enum VMState" in lack for lack in needs.MISSING["wait_for_vm"])
        # The moved operation is where its tag says.
        await getattr(cudo, f"{p}_moved").@MOVED@(@MOVED_ARGS@)
        assert SEEN[-1][:2] == ("@MOVED_METHOD@", "@MOVED_WIRE@")
        assert not hasattr(cudo.@MOVED_FROM@, "@MOVED@")


async def refuses_out_of_range(trees):
    # A page size outside the spec's minimum and maximum is refused before anything is sent.
    groves = getattr(trees, f"list_{p}_groves")
    count = len(SEEN)
    for bad in (0, 51):
        try:
            await groves("proj", page_size=bad)
        except errors.ConfigurationError as exc:
            assert f"page_size must be from 1 to 50 (the range the API documents), got {bad}" in str(exc), exc
        else:
            raise AssertionError("a page size out of range must be refused")
    assert len(SEEN) == count and "The API takes from 1 to 50" in " ".join(groves.__doc__.split())
    assert (await groves("proj", page_size=50)).groves


async def on_trio():
    async with AsyncCudo(api_key="k", base_url=BASE) as cudo:
        await refuses_out_of_range(getattr(cudo, f"{p}_trees"))


def sync_client():
    with Cudo(api_key="k", base_url=BASE) as sync:
        groves = getattr(getattr(sync, f"{p}_trees"), f"list_{p}_groves")
        try:
            groves("proj", page_size=0)
        except errors.ConfigurationError as exc:
            assert "page_size must be from 1 to 50" in str(exc), exc
        else:
            raise AssertionError("a page size out of range must be refused")
        assert getattr(getattr(sync, f"{p}_trees"), f"read_{p}_tree_notes")("proj", "t-1") == "caf\\u00e9"
        twin, other = getattr(sync, p), getattr(sync, f"{p}_sync")
        assert getattr(twin, f"get_{p}_twin")().class_ == "twin" and type(twin).__name__ == f"{P}SyncAPI_"
        assert getattr(other, f"get_{p}_sync_twin")().class_ == "sync twin"
        fruits = getattr(getattr(sync, f"{p}_trees"), f"list_{p}_yard_fruits")
        assert [f.name for f in sync.paginate(fruits, "proj")] == [f"f{i}" for i in range(5)]
        try:
            sync.wait_for_vm("proj", "vm-1")
        except errors.FeatureUnavailableError as exc:
            assert exc.feature == "wait_for_vm"
        else:
            raise AssertionError("wait_for_vm must say it cannot work")


anyio.run(main)
anyio.run(on_trio, backend="trio")
sync_client()
print("ok")
"""


def test_every_usable_change_is_called_and_read_as_its_type_says(usable: dict[str, Any]) -> None:
    repo, p = usable["repo"], usable["p"]
    moved = _snake(usable["moved"])
    path, method, _ = _operation(yaml.safe_load((repo / "openapi.yaml").read_text()), moved)
    names = [segment for segment in path.replace(":", "/").split("/") if segment.startswith("{")]
    wire = path
    for index, name in enumerate(names):
        wire = wire.replace(name, f"a{index}")
    replacements = {
        "@P@": p, "@p@": p.lower(), "@RESERVED@": usable["class"], "@RAW_OP@": f"get_raw_{p.lower()}_thing",
        "@CACHE_OP@": f"get_{p.lower()}_cache",
        "@MOVED@": moved, "@MOVED_ARGS@": ", ".join(f'"a{i}"' for i in range(len(names))),
        "@MOVED_METHOD@": method.upper(), "@MOVED_WIRE@": wire, "@MOVED_FROM@": usable["moved_from"],
    }  # fmt: skip
    script = USABLE_CLIENT
    for key, value in replacements.items():
        script = script.replace(key, value)
    result = run_client(repo, script)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stdout + result.stderr


# ----------------------------------------------------------------------------- refused up front


def _add(spec: dict[str, Any], p: str, path: str, op: dict[str, Any], **schemas: Any) -> None:
    spec["paths"][path.replace("@", p.lower())] = {"get": op} if "requestBody" not in op else {"post": op}
    spec["components"]["schemas"].update({name.replace("P_", p): schema for name, schema in schemas.items()})


def _refusal(case: str, spec: dict[str, Any], p: str) -> str:
    """Make ``spec`` one that make spec must refuse; return what the refusal line must say."""
    tag, low = f"{p} Gates", p.lower()
    ok = _answer({"type": "object"})
    if case == "cookie":
        _add(spec, p, "/v1/@-gates", _op(f"List{p}Gates", tag, ok, {"in": "cookie", "name": "session", "schema": STR}))
        return f"operation list_{low}_gates (GET /v1/{low}-gates): cookie parameter session: the SDK sends no cookies"
    if case == "form body":
        body = {"content": {"multipart/form-data": {"schema": {"type": "object", "properties": {"f": STR}}}}}
        _add(spec, p, "/v1/@-gates", _op(f"Upload{p}Gate", tag, ok, requestBody=body))
        return "the body is sent as multipart/form-data: the SDK sends JSON bodies only"
    if case == "http body":
        blob = {"type": "object", "properties": {"contentType": STR, "data": {"type": "string", "format": "byte"}}}
        body = {"content": {"application/json": {"schema": _ref(f"{p}Blob")}}}
        _add(spec, p, "/v1/@-gates", _op(f"Upload{p}Gate", tag, ok, requestBody=body), P_Blob=blob)
        return f"operation upload_{low}_gate (POST /v1/{low}-gates): the body is a google.api.HttpBody"
    if case == "http body, proto names":
        blob = {"type": "object", "properties": {"content_type": STR, "data": {"type": "string", "format": "byte"}}}
        body = {"content": {"application/json": {"schema": _ref(f"{p}Blob")}}}
        _add(spec, p, "/v1/@-gates", _op(f"Upload{p}Gate", tag, ok, requestBody=body), P_Blob=blob)
        return f"operation upload_{low}_gate (POST /v1/{low}-gates): the body is a google.api.HttpBody"
    if case == "nameless parameter":
        _add(spec, p, "/v1/@-gates", _op(f"List{p}Gates", tag, ok, {"in": "query", "schema": STR}))
        return f"operation list_{low}_gates (GET /v1/{low}-gates): a query parameter has no name"
    if case == "parameter in the body":  # Swagger 2's form, in an OpenAPI 3 document
        _add(spec, p, "/v1/@-gates", _op(f"List{p}Gates", tag, ok, {"in": "body", "name": "gate", "schema": STR}))
        return f"operation list_{low}_gates (GET /v1/{low}-gates): parameter gate is in 'body': OpenAPI 3.0 puts"
    if case == "union":
        latch = {"type": "object", "properties": {"kind": {"oneOf": [_ref(f"{p}Hinge"), _ref(f"{p}Bolt")]}}}
        thing = {"type": "object", "properties": {"x": STR}}
        _add(spec, p, "/v1/@-gates", _op(f"Get{p}Gate", tag, _answer(_ref(f"{p}Latch"))),
             P_Latch=latch, P_Hinge=thing, P_Bolt=thing)  # fmt: skip
        return f"schema {p}Latch field kind: oneOf of several alternatives ({p}Hinge, {p}Bolt): an answer does not say"
    if case == "same field":
        gate = {"type": "object", "properties": {"grooveDepth": INT, "groove_depth": INT}}
        _add(spec, p, "/v1/@-gates", _op(f"Get{p}Gate", tag, _answer(_ref(f"{p}Gate"))), P_Gate=gate)
        return f"schema {p}Gate: 'grooveDepth' and 'groove_depth' are both 'groove_depth' in Python"
    if case == "same class":
        thing = {"type": "object", "properties": {"x": STR}}
        _add(spec, p, "/v1/@-gates", _op(f"Get{p}Gate", tag, _answer(_ref(f"{p}Gate"))),
             P_Gate=thing, **{f"{p.upper()}Gate": thing})  # fmt: skip
        return f"the schemas: '{p}Gate' and '{p.upper()}Gate' are both '{p}Gate' in Python"
    if case == "same member":
        gate = {"type": "object", "properties": {"mode": {"type": "string", "enum": ["dry-run", "DRY_RUN"]}}}
        _add(spec, p, "/v1/@-gates", _op(f"Get{p}Gate", tag, _answer(_ref(f"{p}Gate"))), P_Gate=gate)
        return f"schema {p}Gate field mode: 'dry-run' and 'DRY_RUN' are both 'DRY_RUN' in Python"
    if case == "same parameter":
        _add(spec, p, "/v1/@-gates", _op(f"List{p}Gates", tag, ok, _query("pageLimit", INT), _query("page_limit", INT)))
        return f"operation list_{low}_gates (GET /v1/{low}-gates): 'pageLimit' and 'page_limit' are both 'page_limit'"
    if case == "same operation":
        _add(spec, p, "/v1/@-gates", _op(f"Get{p}Gate", tag, ok))
        _add(spec, p, "/v1/@-gates/latest", _op(f"get{p}GATE", tag, ok))
        return f"operationId 'get{p}GATE' and the one of GET /v1/{low}-gates are both 'get_{low}_gate' in Python"
    if case == "dangling reference":
        _add(spec, p, "/v1/@-gates", _op(f"Get{p}Gate", tag, _answer(_ref(f"{p}Nowhere"))))
        return f"refers to #/components/schemas/{p}Nowhere, which the spec does not define"
    if case == "dangling parameter":
        _add(spec, p, "/v1/@-gates", _op(f"List{p}Gates", tag, ok, {"$ref": f"#/components/parameters/{p}Nowhere"}))
        return f"refers to #/components/parameters/{p}Nowhere, which the spec does not define"
    if case == "segments":
        name = {**_path("name"), "schema": {"type": "string", "pattern": f"{low}s/[^/]+/gates/[^/]+"}}
        _add(spec, p, "/v1/@-x/{name}", _op(f"Get{p}Gate", tag, ok, name))
        return f"(pattern {low}s/[^/]+/gates/[^/]+): a path parameter that spans several segments cannot be filled"
    if case == "undeclared path":
        _add(spec, p, "/v1/@-gates/{gateId}", _op(f"Get{p}Gate", tag, ok))
        return f"operation get_{low}_gate (GET /v1/{low}-gates/{{gateId}}): the path names {{gateId}} but the path"
    if case == "object parameter":
        filt = {"type": "object", "properties": {"x": STR}}
        _add(spec, p, "/v1/@-gates", _op(f"List{p}Gates", tag, ok, _query("filter", _ref(f"{p}Filter"))),
             P_Filter=filt)  # fmt: skip
        return "query parameter filter is an object: a message cannot be sent in the query"
    if case == "enum of booleans":
        gate = {"type": "object", "properties": {"open": {"type": "boolean", "enum": [True, False]}}}
        _add(spec, p, "/v1/@-gates", _op(f"Get{p}Gate", tag, _answer(_ref(f"{p}Gate"))), P_Gate=gate)
        return f"schema {p}Gate field open: enum of bool: enums of strings or of integers only"
    assert case == "does not generate"  # passes every check of the importer; the generator cannot build it
    widget = {"type": "object", "properties": {"kind": {"type": "string", "enum": ["A", "B"]}}}
    _add(spec, p, "/v1/@-gates", _op(f"Get{p}Gate", tag, _answer(_ref(f"{p}Gate"))),
         P_Gate=widget, P_GateKind={"type": "object", "properties": {"x": STR}})  # fmt: skip
    return f"the SDK cannot be generated from it: Unable to process schema /components/schemas/{p}Gate"


REFUSALS = (
    "cookie", "form body", "http body", "http body, proto names", "nameless parameter", "parameter in the body",
    "union", "same field", "same class", "same member", "same parameter", "same operation",
    "dangling reference", "dangling parameter", "segments", "undeclared path", "object parameter",
    "enum of booleans", "does not generate",
)  # fmt: skip


@pytest.fixture(scope="module")
def clean_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch copy that each test leaves as it found it."""
    return scratch_repo(tmp_path_factory.mktemp("refusals"))


@pytest.mark.parametrize("case", REFUSALS)
def test_what_cannot_be_used_is_refused_in_one_line_and_nothing_changes(
    case: str, clean_repo: Path, published: dict[str, Any]
) -> None:
    p = fresh("Orchard", published)
    spec = copy.deepcopy(published)
    expected = _refusal(case, spec, p)
    src = clean_repo.parent / f"{'-'.join(case.replace(',', ' ').split())}.json"
    src.write_text(json.dumps(spec))
    before = outputs(clean_repo)
    result = make(clean_repo, "spec", f"SRC={src}")
    assert result.returncode != 0
    said = [line for line in result.stderr.splitlines() if line.startswith("make spec:")]
    refused = [line for line in said if line.startswith("make spec: refused: ")]
    assert len(refused) == 1 and expected in refused[0], result.stderr
    assert said[-1] == f"make spec: {src} was not imported; no file changed", result.stderr
    assert outputs(clean_repo) == before


# ----------------------------------------------------------------------------- a failed generation changes nothing


def _an_enum(repo: Path) -> tuple[str, str]:
    """A generated enum: (class, module)."""
    for path in sorted((repo / "generated" / "cudo_async_api" / "models").glob("*.py")):
        for line in path.read_text().splitlines():
            if line.startswith("class ") and "(str, Enum)" in line:
                return line[len("class ") :].split("(", 1)[0], path.stem
    raise AssertionError("the spec has no enum")


@pytest.mark.parametrize("case", ["does not type-check", "does not import", "does not compile"])
def test_generated_code_that_fails_its_checks_is_not_swapped_in(case: str, clean_repo: Path) -> None:
    cls, module = _an_enum(clean_repo)
    only = f'{{% if enum.class_info.name == "{cls}" %}}'
    # (each line ends in two newlines: the templates drop the one that follows a block tag)
    added, expected = {
        "does not type-check": (f'{only}_CHECKED: int = "text"{{% endif %}}\n\n', "mypy: Incompatible types"),
        "does not import": (f'{only}raise RuntimeError("{cls} refuses to load"){{% endif %}}\n\n',
                            f"RuntimeError: {cls} refuses to load"),
        # (the formatter the generator runs finds it first, and names the file)
        "does not compile": (f"{only}def broken(:{{% endif %}}\n\n", f"Failed to parse models/{module}.py"),
    }[case]  # fmt: skip
    failed = generate_failing(clean_repo, "str_enum.py.jinja", added)
    assert module in failed and expected in failed, failed


def test_importing_the_same_spec_again_changes_nothing(clean_repo: Path) -> None:
    record = yaml.safe_load((clean_repo / "openapi.source.yaml").read_text())
    before = outputs(clean_repo)
    result = make(clean_repo, "spec", f"SRC={record['source']}")
    assert result.returncode == 0, result.stderr
    assert "  no changes" in result.stdout.splitlines() and result.stdout.splitlines()[-1] == "0 changes"
    assert outputs(clean_repo) == before  # CHANGELOG.md included

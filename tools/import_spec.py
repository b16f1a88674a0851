"""Import CUDO's published OpenAPI description into the project's ``openapi.yaml``.

Usage: python tools/import_spec.py SRC [--out openapi.yaml] [--flags FILE]

SRC is a path or an http(s) URL of the published JSON. The import keeps the API's
structure (paths, methods, parameters, bodies, schemas, types, enums), drops the
published prose, renames operations and tags to readable snake_case, installs the
full AIP-193 error model and an HTTP bearer scheme, marks the creates that are safe to
repeat (``x-cudo-safe-to-repeat``: the body names the new resource's id, so a second send
meets ALREADY_EXISTS instead of making a second resource) and writes that list where the
generator's templates read it, and prints what changed against the current file. Output
is deterministic; the files are replaced only when the whole import succeeded.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import re
import sys
import tempfile
import urllib.request
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "generator"))
import facade  # what the hand-written facade needs from the spec (src/cudo_async/_needs.py)
import naming  # the one naming rule, shared with the generator wrapper
from proto3 import INTEGER_FORMATS, is_http_body  # shared with the generator too

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SAFE_TO_REPEAT = "x-cudo-safe-to-repeat"
ROOT = Path(__file__).resolve().parent.parent
FLAGS = ROOT / "generator" / "templates" / "operation_flags.jinja"
PROSE_KEYS = frozenset({"description", "summary", "title"})
ERROR_SCHEMA = "Status"
DETAIL_SCHEMA = "Any"

EMPTY_SCHEMA = "Empty"

# Operations whose published names say too little; every other name follows the naming rule.
OPERATION_NAMES = {
    "get": "get_profile",  # GET /v1/auth: the caller's own profile
    "list_vm_machine_types2": "list_vm_machine_types_legacy",  # deprecated twin of list_vm_machine_types
}


class SpecError(Exception):
    """A problem with the source document, reported as one line."""


class Refused(SpecError):
    """Something the document says that the SDK cannot generate or use, reported as one line."""


def snake_case(name: str) -> str:
    """``ListVMDataCenters`` -> ``list_vm_data_centers``; ``Virtual machines`` -> ``virtual_machines``."""
    snake = naming.snake(name)
    if not snake:
        raise SpecError(f"cannot make a Python name from {name!r}")
    return snake


def _camel(words: list[str]) -> str:
    return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])


_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def resource_parameters(path: str) -> dict[str, str]:
    """Path parameters called ``id`` or ``name``, renamed after the resource they name:
    ``/vms/{id}`` -> ``vmId``, ``/security-groups/{id}`` -> ``securityGroupId``,
    ``/api-keys/{name}`` -> ``apiKeyName``; a field path (``{vm.id}``, gRPC transcoding's
    nested field) becomes its camel-case name (``vmId``). Only the template changes; the URL
    stays the same."""
    renames: dict[str, str] = {}
    resource = ""
    for segment in path.strip("/").split("/"):
        for param in re.findall(r"\{([^}]+)\}", segment):
            if param in ("id", "name") and resource:
                noun = resource[:-1] if resource.endswith("s") and not resource.endswith("ss") else resource
                renames[param] = _camel([*naming.words(noun), param])
            elif not _PLAIN_NAME.fullmatch(param) and "=" not in param and naming.words(param):
                renames[param] = _camel(naming.words(param))
        literal = segment.split(":", 1)[0]
        if literal and not literal.startswith("{"):
            resource = literal
    return renames


def renamed_path(source_path: str) -> tuple[str, dict[str, str]]:
    renames = resource_parameters(source_path)
    path = re.sub(r"\{([^}]+)\}", lambda m: "{" + renames.get(m.group(1), m.group(1)) + "}", source_path)
    names = re.findall(r"\{([^}]+)\}", path)
    if len(set(names)) != len(names):
        raise Refused(f"path {source_path}: renaming its parameters makes two of them alike ({path})")
    return path, renames


def rename_path_parameters(op: dict[str, Any], renames: dict[str, str]) -> None:
    """Rename an operation's path parameters in place (``op`` is a copy of the source's)."""
    if not op.get("parameters"):
        return
    op["parameters"] = copy.deepcopy(op["parameters"])
    for param in op["parameters"]:
        if isinstance(param, dict) and param.get("in") == "path" and param.get("name") in renames:
            param["name"] = renames[param["name"]]


def is_empty_object(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type") == "object"
        and not schema.get("properties")
        and (not schema.get("additionalProperties"))
    )


def read_source(src: str) -> bytes:
    try:
        if re.match(r"^https?://", src):
            with urllib.request.urlopen(src, timeout=30) as resp:
                raw = resp.read()
        else:
            raw = Path(src).read_bytes()
    except FileNotFoundError:
        raise SpecError(f"{src}: no such file") from None
    except OSError as exc:
        raise SpecError(f"{src}: cannot read: {exc}") from None
    return raw


def load_source(src: str, raw: bytes | None = None) -> dict[str, Any]:
    raw = read_source(src) if raw is None else raw
    try:
        doc = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SpecError(f"{src}: not valid JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise SpecError(f"{src}: the document is not a JSON object")
    if "swagger" in doc:
        raise SpecError(f"{src}: Swagger {doc['swagger']} is not supported; an OpenAPI 3.0 document is needed")
    version = doc.get("openapi")
    if not isinstance(version, str) or not version.startswith("3.0"):
        raise SpecError(f"{src}: expected an OpenAPI 3.0.x document, found openapi={version!r}")
    if not isinstance(doc.get("paths"), dict) or not doc["paths"]:
        raise SpecError(f"{src}: the document has no paths")
    return doc


def strip_prose(node: Any) -> Any:
    """Drop published prose (string ``description``/``summary``/``title``), keep structure.

    A property that happens to be called ``description`` is a schema (a dict), so it stays.
    """
    if isinstance(node, dict):
        return {k: strip_prose(v) for k, v in node.items() if not (k in PROSE_KEYS and isinstance(v, str))}
    if isinstance(node, list):
        return [strip_prose(v) for v in node]
    return node


def error_schemas() -> dict[str, Any]:
    return {
        ERROR_SCHEMA: {
            "type": "object",
            "description": "AIP-193 error: canonical code, HTTP or gRPC code, message and typed details.",
            "properties": {
                "code": {"type": "integer", "format": "int32"},
                "status": {"type": "string"},
                "message": {"type": "string"},
                "details": {"type": "array", "items": {"$ref": f"#/components/schemas/{DETAIL_SCHEMA}"}},
            },
        },
        DETAIL_SCHEMA: {
            "type": "object",
            "description": "One error detail, identified by its @type.",
            "properties": {"@type": {"type": "string"}},
            "required": ["@type"],
            "additionalProperties": True,
        },
    }


def error_response() -> dict[str, Any]:
    return {
        "description": "Error (AIP-193).",
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ERROR_SCHEMA}"}}},
    }


def _schema(node: Any, schemas: dict[str, Any]) -> dict[str, Any]:
    for _ in range(10):  # a chain of references, bounded
        if not isinstance(node, dict) or "$ref" not in node:
            break
        node = schemas.get(str(node["$ref"]).rsplit("/", 1)[-1])
    return node if isinstance(node, dict) else {}


def names_its_resource(method: str, path: str, op: dict[str, Any], schemas: dict[str, Any]) -> bool:
    """A POST whose body requires the new resource's id: ``id``, or ``<resource>Id`` after the
    path's last literal segment (``/vm`` -> ``vmId``, ``/api-keys`` -> ``apikeyId``)."""
    if method != "post":
        return False
    body = ((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    required = {str(name).lower() for name in _schema(body.get("schema"), schemas).get("required") or []}
    literal = [seg for seg in path.split("/") if seg and not seg.startswith("{") and ":" not in seg]
    resource = literal[-1].replace("-", "").removesuffix("s").lower() if literal else ""
    return "id" in required or f"{resource}id" in required


def responses_of(op: dict[str, Any]) -> dict[str, Any]:
    """2xx answers as published (an empty object becomes the shared ``Empty``); every error
    status, and the default, answer the AIP-193 ``Status``."""
    responses: dict[str, Any] = {}
    for code, source_resp in (op.get("responses") or {}).items():
        if str(code).startswith("2"):
            resp = copy.deepcopy(source_resp)
            for media in (resp.get("content") or {}).values():
                if is_empty_object(media.get("schema")):
                    media["schema"] = {"$ref": f"#/components/schemas/{EMPTY_SCHEMA}"}
            responses[str(code)] = {**resp, "description": "OK."}
        elif not str(code).startswith(("1", "3")):
            responses[str(code)] = error_response()
    responses["default"] = error_response()
    return responses


def _refs(node: Any) -> set[str]:
    """Names of the schemas a node refers to directly."""
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def sent_schemas(paths: dict[str, Any], schemas: dict[str, Any]) -> set[str]:
    """Every schema a request body can carry, directly or nested."""
    todo = [
        name
        for item in paths.values()
        for method, op in item.items()
        if method in HTTP_METHODS
        for name in _refs(op.get("requestBody"))
    ]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in seen and name in schemas:
            seen.add(name)
            todo.extend(_refs(schemas[name]))
    return seen


def _is_message(prop: Any, schemas: dict[str, Any]) -> bool:
    """A nested message: proto3 JSON writes one whenever it is set, even when it is empty."""
    target = schemas.get(next(iter(_refs(prop)), ""), {}) if "$ref" in prop else prop
    return target.get("type", "object") == "object" and "enum" not in target and bool(target.get("properties"))


def answer_only_required(paths: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    """Schemas that only ever arrive in answers keep as required only their nested messages.

    CUDO's gateway writes proto3 JSON, which leaves out every scalar, enum, list and map at its
    zero value, "required" or not: a published ``required`` on such a field is a promise the wire
    does not keep. Schemas a request can carry keep theirs (the server checks what it is sent).
    """
    sent = sent_schemas(paths, schemas)
    out = dict(schemas)
    for name, schema in schemas.items():
        required = schema.get("required") if isinstance(schema, dict) else None
        if name in sent or not required:
            continue
        props = schema.get("properties") or {}
        kept = [field for field in required if _is_message(props.get(field, {}), schemas)]
        out[name] = {k: v for k, v in schema.items() if k != "required"} | ({"required": kept} if kept else {})
    return out


# proto3 JSON writes 64-bit integers as decimal strings, and google.type.Decimal's value is a decimal
# string: the spec says so with a pattern, so that a mock of it answers what the API would.
INTEGER_PATTERN = "^-?[0-9]+$"
DECIMAL_PATTERN = "^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$"


def add_proto3_patterns(node: Any, schemas: dict[str, Any]) -> None:
    """Give integer strings and decimal messages' values the pattern their wire form follows."""
    for name, schema in schemas.items():
        props = schema.get("properties") if isinstance(schema, dict) else None
        value = props.get("value") if isinstance(props, dict) and list(props) == ["value"] else None
        if name.endswith("Decimal") and isinstance(value, dict) and value.get("type") == "string":
            value.setdefault("pattern", DECIMAL_PATTERN)
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if item.get("type") == "string" and item.get("format") in INTEGER_FORMATS:
                item.setdefault("pattern", INTEGER_PATTERN)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


# --------------------------------------------------------------------------- normalization
# What a gateway spec may say in more than one way is brought to one form before anything else
# reads it: parameters and bodies given by reference are written out, path-level parameters go to
# each operation, and a schema wrapped in allOf (or a oneOf of one) is the schema it wraps.

_JSON_MEDIA = re.compile(r"^application/(.+\+)?json$")


def _component(doc: dict[str, Any], node: Any, kind: str, where: str) -> Any:
    """``node``, or what its ``$ref`` into ``#/components/<kind>`` names (followed, bounded)."""
    table = (doc.get("components") or {}).get(kind) or {}
    for _ in range(10):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str):
            return node
        prefix = f"#/components/{kind}/"
        if not ref.startswith(prefix) or ref[len(prefix) :] not in table:
            raise Refused(f"{where}: refers to {ref}, which the spec does not define")
        node = table[ref[len(prefix) :]]
    raise SpecError(f"{where}: a chain of references that does not end")


def operation_parameters(doc: dict[str, Any], item: dict[str, Any], op: dict[str, Any], where: str) -> list[Any]:
    """An operation's parameters written out: its own, then the path's that it does not override."""
    own = [_component(doc, p, "parameters", f"{where}: a parameter") for p in op.get("parameters") or []]
    keys = {(p.get("in"), p.get("name")) for p in own if isinstance(p, dict)}
    shared = [_component(doc, p, "parameters", f"{where}: a parameter") for p in item.get("parameters") or []]
    return copy.deepcopy(own + [p for p in shared if isinstance(p, dict) and (p.get("in"), p.get("name")) not in keys])


def normalized_operation(doc: dict[str, Any], item: dict[str, Any], op: dict[str, Any], where: str) -> dict[str, Any]:
    """The operation with its parameters, body and answers written out (no references to them)."""
    op = dict(op)
    params = operation_parameters(doc, item, op, where)
    if params:
        op["parameters"] = params
    else:
        op.pop("parameters", None)
    if "requestBody" in op:
        body = copy.deepcopy(_component(doc, op["requestBody"], "requestBodies", f"{where}: the body"))
        content = (body or {}).get("content") or {}
        json_only = {media: value for media, value in content.items() if _JSON_MEDIA.match(str(media))}
        if json_only:  # the SDK sends JSON: other media of the same body are left out
            body["content"] = json_only
        op["requestBody"] = body
    if isinstance(op.get("responses"), dict):
        op["responses"] = {
            code: copy.deepcopy(_component(doc, resp, "responses", f"{where}: the {code} answer"))
            for code, resp in op["responses"].items()
        }
    return op


def _ref_name(node: Any) -> str:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return str(ref).rsplit("/", 1)[-1] if isinstance(ref, str) else ""


def _walk(node: Any, visit: Any) -> Any:
    """``node`` with ``visit`` applied to each schema in it, innermost first."""
    if not isinstance(node, dict):
        return node
    node = dict(node)
    if isinstance(node.get("properties"), dict):
        node["properties"] = {k: _walk(v, visit) for k, v in node["properties"].items()}
    for key in ("items", "additionalProperties", "not"):
        if isinstance(node.get(key), dict):
            node[key] = _walk(node[key], visit)
    for key in ("allOf", "oneOf", "anyOf"):
        if isinstance(node.get(key), list):
            node[key] = [_walk(v, visit) for v in node[key]]
    return visit(node)


#: Keys that say nothing about a value's shape: a wrapper that only adds these is the schema it wraps.
_ANNOTATIONS = frozenset({"nullable", "readOnly", "writeOnly", "deprecated", "example", "default", "externalDocs"})


def _unwrapped(node: dict[str, Any], schemas: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """One schema: an ``allOf`` merged into one object (a wrapper around one schema is that
    schema); a ``oneOf``/``anyOf`` of one alternative (besides null) is that alternative;
    ``nullable`` goes (proto3 JSON reads null as absent, as the models do)."""
    node = {k: v for k, v in node.items() if k != "nullable"}
    for key in ("oneOf", "anyOf"):
        alternatives = node.get(key)
        if isinstance(alternatives, list):
            kept = [a for a in alternatives if not (isinstance(a, dict) and a.get("type") == "null")]
            if len(kept) <= 1:
                node = {k: v for k, v in node.items() if k != key}
                node = _merged(node, kept[0]) if kept else node
    parts = node.get("allOf")
    if not isinstance(parts, list) or depth > 10:
        return node
    own = {k: v for k, v in node.items() if k != "allOf"}
    only = parts[0] if len(parts) == 1 and isinstance(parts[0], dict) else {}
    if "$ref" in only and set(own) <= _ANNOTATIONS | {"type"} and own.get("type") in (None, "object"):
        return {"$ref": only["$ref"]}
    merged: dict[str, Any] = {}
    for part in parts:
        resolved = part
        if isinstance(part, dict) and "$ref" in part:
            resolved = _unwrapped(dict(schemas.get(_ref_name(part)) or {}), schemas, depth + 1)
        merged = _merged(merged, resolved if isinstance(resolved, dict) else {})
    return _merged(merged, own)


def _merged(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in extra and not base:
        return dict(extra)
    out = {**base, **{k: v for k, v in extra.items() if k not in ("properties", "required")}}
    props = {**(base.get("properties") or {}), **(extra.get("properties") or {})}
    if props:
        out["properties"] = props
        out.setdefault("type", "object")
    required = list(dict.fromkeys([*(base.get("required") or []), *(extra.get("required") or [])]))
    if required:
        out["required"] = required
    return out


def _byte_not_binary(node: dict[str, Any]) -> dict[str, Any]:
    """JSON carries bytes as base64 (``format: byte``); ``binary`` inside JSON means the same."""
    return {**node, "format": "byte"} if node.get("type") == "string" and node.get("format") == "binary" else node


def normalize_schemas(doc: dict[str, Any]) -> None:
    """Every schema of ``doc`` (components, parameters, JSON bodies and answers) in one form, in place."""
    schemas = (doc.get("components") or {}).get("schemas") or {}

    def visit(node: dict[str, Any]) -> dict[str, Any]:
        return _byte_not_binary(_unwrapped(node, schemas))

    if schemas:
        doc["components"]["schemas"] = {name: _walk(schema, visit) for name, schema in schemas.items()}
    for item in (doc.get("paths") or {}).values():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            for param in op.get("parameters") or []:
                if isinstance(param, dict) and isinstance(param.get("schema"), dict):
                    param["schema"] = _walk(param["schema"], lambda n: _unwrapped(n, schemas))
            media = [*((op.get("requestBody") or {}).get("content") or {}).items()]
            media += [m for r in (op.get("responses") or {}).values() for m in ((r or {}).get("content") or {}).items()]
            for kind, value in media:
                if isinstance(value, dict) and isinstance(value.get("schema"), dict):
                    json_media = _JSON_MEDIA.match(str(kind))
                    value["schema"] = _walk(value["schema"], visit if json_media else lambda n: _unwrapped(n, schemas))


_INLINED = frozenset({"parameters", "requestBodies", "responses"})


def tag_name(tag: str) -> str:
    """A tag's Python name: the attribute of the client that holds its operations (``cudo.<tag>``)."""
    return naming.python_name(snake_case(tag), "namespace")


def operation_name(op_id: str) -> str:
    """An operation's Python name: its id in snake case (or the project's own name for it), by the name rule."""
    name = snake_case(op_id)
    return naming.python_name(OPERATION_NAMES.get(name, name), "operation")


def _named(rule: Any, name: str, where: str) -> str:
    """``rule(name)``, or a refusal saying where the name is that makes no Python name."""
    try:
        python: str = rule(name)
    except (SpecError, naming.NameError_):
        raise Refused(f"{where} {name!r} has no letter or digit to make a Python name from") from None
    return python


#: Header parameters the SDK sends itself, which an operation's own are left out of: OpenAPI 3.0
#: ignores Accept, Content-Type and Authorization header parameters; the SDK owns the rest (the
#: framing, the target, what it decodes). tests/test_spec.py checks them against the SDK's own list.
SDK_HEADERS = frozenset(
    {"accept", "authorization", "content-type", "content-length", "transfer-encoding", "host", "accept-encoding"}
)
#: Where an operation records the header parameters left out (make spec's summary names them).
LEFT_OUT = "x-cudo-headers-sent-by-sdk"


def leave_out_sdk_headers(op: dict[str, Any]) -> None:
    """Take the header parameters the SDK sends itself out of ``op`` (a copy), recording their names."""
    params = op.get("parameters") or []
    gone = [p for p in params if isinstance(p, dict) and p.get("in") == "header"
            and str(p.get("name", "")).lower() in SDK_HEADERS]  # fmt: skip
    if gone:
        op["parameters"] = [p for p in params if not any(p is g for g in gone)]
        if not op["parameters"]:
            del op["parameters"]
        op[LEFT_OUT] = sorted(str(p["name"]) for p in gone)


def _path_of(paths: dict[str, Any], op: dict[str, Any]) -> str:
    return next(path for path, item in paths.items() if any(o is op for o in item.values()))


# --- page sizes and numbers are never negative (issue 32) ---
PAGING_PARAMETERS = ("pageSize", "pageNumber")


def paging_minimums(paths: dict[str, Any]) -> None:
    """AIP-158: a negative page size (or number) is INVALID_ARGUMENT; the published int32 allows it."""
    for item in paths.values():
        for op in item.values() if isinstance(item, dict) else ():
            for param in op.get("parameters") or [] if isinstance(op, dict) else ():
                schema = param.get("schema") if isinstance(param, dict) else None
                paging = param.get("in") == "query" and param.get("name") in PAGING_PARAMETERS
                if paging and isinstance(schema, dict) and schema.get("type") == "integer":
                    schema.setdefault("minimum", 0)


# --- end of page sizes ---


def convert(doc: dict[str, Any]) -> dict[str, Any]:
    doc = strip_prose(copy.deepcopy(doc))
    seen_ops: dict[str, str] = {}
    tag_names: list[str] = []
    paths: dict[str, Any] = {}
    for source_path, item in doc["paths"].items():
        if not isinstance(item, dict):
            raise SpecError(f"path {source_path}: not an object")
        path, renames = renamed_path(source_path)
        new_item: dict[str, Any] = {}
        for method, op in item.items():
            if method not in HTTP_METHODS:
                if method != "parameters":  # (they go to each operation)
                    new_item[method] = op
                continue
            where = f"{method.upper()} {path}"
            if not isinstance(op, dict):
                raise SpecError(f"{where}: operation is not an object")
            op_id = op.get("operationId")
            if not isinstance(op_id, str) or not op_id.strip():
                raise SpecError(f"{where}: operation has no operationId")
            name = _named(operation_name, op_id, f"{where}: operationId")
            if name in seen_ops:
                raise Refused(
                    f"{where}: operationId {op_id!r} and the one of {seen_ops[name]} are both {name!r} in Python:"
                    " the SDK could not tell them apart"
                )
            seen_ops[name] = where
            new_op = normalized_operation(doc, item, op, f"{where} ({name})")
            new_op["operationId"] = name
            rename_path_parameters(new_op, renames)
            leave_out_sdk_headers(new_op)
            new_op["tags"] = [_named(tag_name, str(t), f"{where}: tag") for t in op.get("tags") or ["default"]][:1]
            tag_names.extend(t for t in new_op["tags"] if t not in tag_names)
            new_op["responses"] = responses_of(new_op)
            new_item[method] = new_op
        if path in paths:
            raise Refused(f"path {source_path}: renaming its parameters makes it the same as another path ({path})")
        paths[path] = new_item
    if not seen_ops:
        raise SpecError("the document has no operations")
    normalize_schemas({"components": doc.get("components") or {}, "paths": paths})
    source_schemas = dict((doc.get("components") or {}).get("schemas") or {})
    for item in paths.values():
        for method, op in item.items():
            if method in HTTP_METHODS and names_its_resource(method, _path_of(paths, op), op, source_schemas):
                op[SAFE_TO_REPEAT] = True

    # Parameters, bodies and answers given by reference are written out where they are used.
    components = {k: v for k, v in (doc.get("components") or {}).items() if k not in _INLINED}
    schemas = answer_only_required(paths, dict(components.get("schemas") or {}))
    schemas.update(error_schemas())
    schemas[EMPTY_SCHEMA] = {"type": "object", "description": "An answer with no fields."}
    components["schemas"] = schemas
    add_proto3_patterns({"paths": paths, "schemas": schemas}, schemas)
    paging_minimums(paths)
    components["securitySchemes"] = {
        "bearerAuth": {"type": "http", "scheme": "bearer", "description": "CUDO API key: Authorization: Bearer <key>."}
    }
    components = {k: components[k] for k in sorted(components)}

    servers = doc.get("servers") or [{"url": "https://rest.compute.cudo.org"}]
    return {
        "openapi": doc["openapi"],
        "info": {
            "title": "CUDO Compute API",
            "version": str((doc.get("info") or {}).get("version", "0")),
            "description": "Imported from CUDO's published description by tools/import_spec.py.",
        },
        "servers": [{"url": str(s.get("url", "")).rstrip("/") or "/"} for s in servers],
        "security": [{"bearerAuth": []}],
        "tags": [{"name": t} for t in sorted(tag_names)],
        "paths": paths,
        "components": components,
    }


# --------------------------------------------------------------------------- what is refused
# Each refusal is one line: the construct, where it is (operation or schema), and why. The spec is
# refused before any file is written.

#: What make spec refuses, and why (also in README's "When CUDO's spec changes").
REFUSED = {
    "cookie": "the SDK sends no cookies (a gRPC gateway reads none)",
    "body media": "the SDK sends JSON bodies only (a gRPC gateway reads JSON)",
    "http body": "a google.api.HttpBody body is raw bytes with their own content type, which the SDK does not send",
    "union": "an answer does not say which alternative it holds, so it cannot be read as a type",
    "pattern": "a path parameter that spans several segments cannot be filled safely (its slashes would be escaped)",
    "object parameter": "a message cannot be sent in the query, a header or the path (the gateway takes its fields"
    " as separate dotted parameters)",
    "enum": "enums of strings or of integers only",
}


def _schema_nodes(doc: dict[str, Any]) -> list[tuple[str, Any]]:
    """Every schema of the imported spec, with where it is (for refusal lines)."""
    found: list[tuple[str, Any]] = []

    def collect(where: str, node: Any) -> None:
        if not isinstance(node, dict):
            return
        found.append((where, node))
        for name, prop in (node.get("properties") or {}).items():
            collect(f"{where} field {name}", prop)
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                collect(where if key == "items" else f"{where} values", node[key])
        for key in ("oneOf", "anyOf", "allOf"):
            for alternative in node.get(key) or []:
                collect(where, alternative)

    for name, schema in doc["components"]["schemas"].items():
        collect(f"schema {name}", schema)
    for where, op in _operations(doc).values():
        label = f"operation {op['operationId']} ({where})"
        for param in op.get("parameters") or []:
            if isinstance(param, dict):
                collect(f"{label} {param.get('in')} parameter {param.get('name')}", param.get("schema"))
        for value in ((op.get("requestBody") or {}).get("content") or {}).values():
            collect(f"{label} body", (value or {}).get("schema"))
        for code, resp in (op.get("responses") or {}).items():
            for value in ((resp or {}).get("content") or {}).values():
                collect(f"{label} {code} answer", (value or {}).get("schema"))
    return found


def refusals(doc: dict[str, Any]) -> list[str]:
    """What in ``doc`` the SDK cannot generate or use, one line each (empty: nothing)."""
    schemas = doc["components"]["schemas"]
    lines: list[str] = []
    for where, node in _schema_nodes(doc):
        ref = node.get("$ref")
        if isinstance(ref, str) and (not ref.startswith("#/components/schemas/") or _ref_name(node) not in schemas):
            lines.append(f"{where}: refers to {ref}, which the spec does not define")
        for key in ("oneOf", "anyOf"):
            if node.get(key):
                shown = ", ".join(_ref_name(a) or str(a.get("type", "?")) for a in node[key] if isinstance(a, dict))
                lines.append(f"{where}: {key} of several alternatives ({shown}): {REFUSED['union']}")
        values = node.get("enum")
        if isinstance(values, list) and values:
            kinds = {type(v) for v in values if v is not None}
            if len(kinds) != 1 or not kinds <= {str, int}:
                lines.append(f"{where}: enum of {', '.join(sorted(k.__name__ for k in kinds))}: {REFUSED['enum']}")
    for where, op in _operations(doc).values():
        label = f"operation {op['operationId']} ({where})"
        declared = []
        for param in op.get("parameters") or []:
            if not isinstance(param, dict):
                kind = type(param).__name__
                lines.append(f"{label}: a parameter is a {kind}, not an object: OpenAPI 3.0 describes each as one")
                continue
            place, name = param.get("in"), param.get("name")
            if not isinstance(name, str) or not name.strip():
                lines.append(f"{label}: a {place} parameter has no name: each needs the name the request carries it by")
                continue
            if place not in ("path", "query", "header", "cookie"):
                lines.append(f"{label}: parameter {name} is in {place!r}: OpenAPI 3.0 puts one in the path, query,"
                             " header or cookie")  # fmt: skip
                continue
            schema = param.get("schema") or {}
            target = schemas.get(_ref_name(schema), {}) if "$ref" in schema else schema
            if place == "cookie":
                lines.append(f"{label}: cookie parameter {name}: {REFUSED['cookie']}")
            elif place == "path":
                declared.append(name)
                if "/" in str(schema.get("pattern", "")):
                    lines.append(f"{label}: path parameter {name} (pattern {schema['pattern']}): {REFUSED['pattern']}")
            items = target.get("items") if target.get("type") == "array" else None
            inner = schemas.get(_ref_name(items), {}) if isinstance(items, dict) and "$ref" in items else items or {}
            if place in ("query", "header", "path") and (_is_object(target) or _is_object(inner)):
                lines.append(f"{label}: {place} parameter {name} is an object: {REFUSED['object parameter']}")
        templated = re.findall(r"\{([^}]+)\}", where.split(" ", 1)[1])
        if sorted(templated) != sorted(declared):
            lines.append(f"{label}: the path names {{{'}, {'.join(templated)}}} but the path parameters are"
                         f" {', '.join(declared) or 'none'}: every one must be both")  # fmt: skip
        body = op.get("requestBody")
        if body is not None:
            content = body.get("content") or {}
            media = [m for m in content if _JSON_MEDIA.match(str(m))]
            if not media:
                lines.append(f"{label}: the body is sent as {', '.join(content) or 'nothing'}: {REFUSED['body media']}")
            elif is_http_body(schemas.get(_ref_name((content[media[0]] or {}).get("schema")), {})):
                lines.append(f"{label}: the body is a google.api.HttpBody: {REFUSED['http body']}")
    return list(dict.fromkeys(lines))


def _is_object(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "object" or bool(schema.get("properties")))


def python_names(doc: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Every name the rule (generator/naming.py) changes beyond its spelling, as (scope, where,
    spec name -> Python name) lines; raises SpecError for two spec names that read the same."""
    renamed: list[tuple[str, str, str]] = []

    def named(names: list[str], scope: str, where: str) -> None:
        try:
            python = naming.python_names(names, scope, where)
        except naming.NameError_ as exc:
            raise Refused(str(exc)) from None
        renamed.extend((scope, where, f"{n} -> {python[n]}") for n in names if naming.renamed(n, scope))

    named(list(doc["components"]["schemas"]), "class", "the schemas")
    for where, node in _schema_nodes(doc):
        if isinstance(node.get("properties"), dict):
            named([str(n) for n in node["properties"]], "field", where)
        values = node.get("enum")
        if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
            named(values, "member", where)
    for where, op in _operations(doc).values():
        params = [str(p.get("name")) for p in op.get("parameters") or [] if p.get("in") in ("path", "query", "header")]
        named(params, "parameter", f"operation {op['operationId']} ({where})")
        if naming.renamed(str(op["operationId"]).removesuffix("_"), "operation"):
            renamed.append(("operation", where, f"{op['operationId'].removesuffix('_')} -> {op['operationId']}"))
    tags = [str(tag["name"]) for tag in doc.get("tags") or []]
    for tag in tags:
        if naming.renamed(tag.removesuffix("_"), "namespace"):
            renamed.append(("namespace", "the tags", f"{tag.removesuffix('_')} -> {tag}"))
    models = [naming.python_name(name, "class") for name in doc["components"]["schemas"]]
    for (tag, sync), name in sorted(naming.namespace_classes(tags, models).items()):
        plain = naming.pascal(tag) + ("SyncAPI" if sync else "API")
        if name != plain:
            renamed.append(("namespace class", f"tag {tag}", f"{plain} -> {name}"))
    return list(dict.fromkeys(renamed))


def dump(doc: dict[str, Any]) -> str:
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)


def _operations(doc: dict[str, Any]) -> dict[str, tuple[str, Any]]:
    ops: dict[str, tuple[str, Any]] = {}
    paths = doc.get("paths")
    for path, item in (paths if isinstance(paths, dict) else {}).items():
        for method, op in (item if isinstance(item, dict) else {}).items():
            if method in HTTP_METHODS and isinstance(op, dict):
                ops[str(op.get("operationId"))] = (f"{method.upper()} {path}", op)
    return ops


def _kind(schema: Any) -> Any:
    """What decides a value's Python type: its reference, or its type, format and items."""
    if not isinstance(schema, dict):
        return None
    if "$ref" in schema:
        return schema["$ref"]
    return (
        schema.get("type"),
        schema.get("format"),
        _kind(schema.get("items")),
        _kind(schema.get("additionalProperties")),
    )


def _schema_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], bool]:
    """The field-level changes of one schema, and whether one of them breaks SDK users' code:
    a field removed (its Python name goes), a field's type changed, an enum value removed, a
    field a request sends made required."""
    o_props, n_props = old.get("properties") or {}, new.get("properties") or {}
    bits = [f"+{p}" for p in sorted(n_props.keys() - o_props.keys())]
    removed = sorted(o_props.keys() - n_props.keys())
    bits += [f"-{p}" for p in removed]
    retyped = [p for p in sorted(o_props.keys() & n_props.keys()) if _kind(o_props[p]) != _kind(n_props[p])]
    bits += [f"~{p} (type)" for p in retyped]
    bits += [f"~{p}" for p in sorted(o_props.keys() & n_props.keys()) if p not in retyped and o_props[p] != n_props[p]]
    o_enum, n_enum = old.get("enum") or [], new.get("enum") or []
    if n_enum != o_enum:
        bits += [f"+{v}" for v in n_enum if v not in o_enum] + [f"-{v}" for v in o_enum if v not in n_enum]
    newly_required = sorted(set(new.get("required") or []) - set(old.get("required") or []))
    if newly_required:
        bits.append("required " + ", ".join(newly_required))
    elif old.get("required") != new.get("required"):
        bits.append("required")
    if _kind(old) != _kind(new):
        bits.append("type")
    breaking = bool(removed or retyped or [v for v in o_enum if v not in n_enum] or newly_required)
    return bits, breaking or _kind(old) != _kind(new)


def _parameter_changes(old: list[Any], new: list[Any]) -> tuple[list[str], bool]:
    def keyed(params: list[Any]) -> dict[tuple[str, str], dict[str, Any]]:
        return {(str(p.get("in")), str(p.get("name"))): p for p in params if isinstance(p, dict)}

    o, n = keyed(old), keyed(new)
    bits, breaking = [], False
    for key in sorted(n.keys() - o.keys()):
        python = naming.python_name(key[1], "parameter") if key[0] != "cookie" else key[1]
        shown = f" (Python: {python})" if python != naming.snake(key[1]) else ""
        bits.append(f"+{key[0]} {key[1]}{shown}" + (" (required)" if n[key].get("required") else ""))
        breaking |= bool(n[key].get("required"))
    for key in sorted(o.keys() - n.keys()):
        bits.append(f"-{key[0]} {key[1]}")
        breaking = True
    for key in sorted(o.keys() & n.keys()):
        if _kind(o[key].get("schema")) != _kind(n[key].get("schema")):
            bits.append(f"~{key[0]} {key[1]} (type)")
            breaking = True
        elif n[key].get("required") and not o[key].get("required"):
            bits.append(f"~{key[0]} {key[1]} made required")
            breaking = True
        elif o[key] != n[key]:
            bits.append(f"~{key[0]} {key[1]}")
    return bits, breaking


def _body(op: dict[str, Any]) -> Any:
    return (((op.get("requestBody") or {}).get("content") or {}).get("application/json") or {}).get("schema")


def _answer(op: dict[str, Any]) -> Any:
    return ((((op.get("responses") or {}).get("200") or {}).get("content") or {}).get("application/json") or {}).get(
        "schema"
    )


def _operation_changes(o_op: dict[str, Any], n_op: dict[str, Any]) -> tuple[list[str], bool]:
    """How one operation changed (parameters, body, answer, other keys) and whether that breaks callers."""
    parts = [k for k in sorted(set(o_op) | set(n_op)) if o_op.get(k) != n_op.get(k) and k != "tags"]
    bits: list[str] = []
    breaking = False
    for part in parts:
        if part == "parameters":
            changes, broke = _parameter_changes(o_op.get("parameters") or [], n_op.get("parameters") or [])
            bits.append(f"parameters {' '.join(changes) or 'changed'}")
            breaking |= broke
        elif part == "requestBody":
            o_body, n_body = _body(o_op), _body(n_op)
            if not isinstance(o_body, dict) or not isinstance(n_body, dict):
                bits.append("body added" if isinstance(n_body, dict) else "body removed")
                breaking = True  # the method gains a required body= argument, or loses one
            elif "$ref" in o_body or "$ref" in n_body:
                broke = _kind(o_body) != _kind(n_body)
                bits.append("body type" if broke else "body")
                breaking |= broke
            else:
                changes, broke = _schema_changes(o_body, n_body)
                bits.append(f"body {' '.join(changes) or ''}".strip())
                breaking |= broke
        elif part == "responses":
            broke = _kind(_answer(o_op)) != _kind(_answer(n_op))
            bits.append("answer type" if broke else "responses")
            breaking |= broke
        else:
            bits.append(_key_change(part, n_op))
    return bits, breaking


def _key_change(key: str, new: dict[str, Any]) -> str:
    """A changed key other than the structure, as a reader wants it: which way a deprecation went."""
    if key == "deprecated":
        return "deprecated" if new.get("deprecated") else "no longer deprecated"
    return key


BREAKING = "[breaking]"


def summarize(old: dict[str, Any] | None, new: dict[str, Any]) -> list[str]:
    """What a maintainer reads when CUDO's spec moves: operations and schemas added, removed,
    changed, each marked ``[breaking]`` when code written against the SDK may stop working (an
    operation or field removed, a type changed, a parameter made required, a Python name renamed)."""
    if old is None:
        return [f"new file: {len(_operations(new))} operations, {len(new['components']['schemas'])} schemas"]
    lines: list[str] = []

    def note(text: str, breaking: bool) -> None:
        lines.append(f"{text} {BREAKING}" if breaking else text)

    old_ops, new_ops = _operations(old), _operations(new)
    for name in sorted(new_ops.keys() - old_ops.keys()):
        note(f"+ operation {name} ({new_ops[name][0]})", False)
    for name in sorted(old_ops.keys() - new_ops.keys()):
        note(f"- operation {name} ({old_ops[name][0]})", True)
    for name in sorted(old_ops.keys() & new_ops.keys()):
        (o_where, o_op), (n_where, n_op) = old_ops[name], new_ops[name]
        if o_where != n_where:
            # The Python method keeps its name; renamed path parameters rename its arguments.
            note(
                f"~ operation {name}: {o_where} -> {n_where}",
                re.findall("{[^}]+}", o_where) != re.findall("{[^}]+}", n_where),
            )
        o_tag, n_tag = (o_op.get("tags") or ["default"])[0], (n_op.get("tags") or ["default"])[0]
        if o_tag != n_tag:  # its Python path changes: cudo.<tag>.<operation>
            note(f"~ operation {name}: moved from cudo.{o_tag} to cudo.{n_tag}", True)
        bits, breaking = _operation_changes(o_op, n_op)
        if bits:
            note(f"~ operation {name} ({n_where}): {', '.join(bits)} changed", breaking)
    old_s = (old.get("components") or {}).get("schemas") or {} if isinstance(old.get("components"), dict) else {}
    new_s = new["components"]["schemas"]
    for name in sorted(new_s.keys() - old_s.keys()):
        note(f"+ schema {name}", False)
    for name in sorted(old_s.keys() - new_s.keys()):
        note(f"- schema {name}", True)
    for name in sorted(old_s.keys() & new_s.keys()):
        if old_s[name] != new_s[name]:
            if not isinstance(old_s[name], dict) or not isinstance(new_s[name], dict):
                note(f"~ schema {name}: changed", True)
                continue
            bits, breaking = _schema_changes(old_s[name], new_s[name])
            if not bits:
                bits = [
                    _key_change(k, new_s[name])
                    for k in sorted(set(old_s[name]) | set(new_s[name]))
                    if old_s[name].get(k) != new_s[name].get(k)
                ]
            note(f"~ schema {name}: {' '.join(bits) or 'changed'}", breaking)
    lines += sdk_notes(old, new)
    return lines or ["no changes"]


def _safely(function: Any, doc: dict[str, Any], empty: Any) -> Any:
    """``function(doc)`` for the previous file, which an older importer wrote: what it cannot read is empty."""
    try:
        return function(doc)
    except Exception:
        return empty


def sdk_notes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What the change does to the SDK beyond the API's own structure, as ``! `` lines: a feature
    of the facade that loses something it needs (breaking, naming the feature), a list operation
    paginate can no longer page, names the rule gives a trailing _ (new ones only)."""
    lines: list[str] = []
    before = _safely(facade.missing, old, {})
    for feature, lacks in sorted(facade.missing(new).items()):
        gone = [lack for lack in lacks if lack not in before.get(feature, [])]
        if gone:
            lines.append(f"! SDK feature {feature} stops working: the spec lacks {', '.join(gone)} {BREAKING}")
    for feature in sorted(set(before) - set(facade.missing(new))):
        lines.append(f"! SDK feature {feature} works again: the spec has what it needs")
    was_paged, was_unpaged = _safely(lambda d: pages(d)[0], old, {}), _safely(lambda d: pages(d)[3], old, {})
    for name, why in sorted(pages(new)[3].items()):
        if name in was_paged:
            lines.append(f"! paginate can no longer page {name}: {why} {BREAKING}")
        elif was_unpaged.get(name) != why:
            lines.append(f"! paginate cannot page {name}: {why}")
    old_ops = _safely(_operations, old, {})
    for name, (_where, op) in sorted(_operations(new).items()):
        before = (old_ops.get(name) or ("", {}))[1].get(LEFT_OUT) or []
        for header in op.get(LEFT_OUT) or []:
            if header not in before:
                sent = f"the SDK sends {header} itself"
                lines.append(f"! header parameter {header} of operation {name} is left out: {sent}")
    known = set(_safely(python_names, old, []))
    for scope, where, change in python_names(new):
        if (scope, where, change) not in known:
            lines.append(f"! name rule: {scope} {change} in {where} (it would hide a Python or SDK name)")
    return lines


def count_line(lines: list[str]) -> str:
    changes = [line for line in lines if line[:2] in ("+ ", "- ", "~ ")]
    breaking = sum(1 for line in changes if line.endswith(BREAKING))
    features = sum(1 for line in lines if line.startswith("! SDK feature") and line.endswith(BREAKING))
    broken = f"; {features} SDK feature{'s' if features != 1 else ''} broken" if features else ""
    return f"{len(changes)} changes: {breaking} breaking, {len(changes) - breaking} not breaking for SDK users{broken}"


#: The query parameters (by their Python name, so ``pageToken`` or ``page_token``) that make a
#: list operation paginated, one per style.
PAGE_PARAMETERS = ("page_token", "starting_after", "page_number")
#: Where each style's answer says how to go on: CUDO's ``pageToken``, or AIP-158's ``nextPageToken``.
PAGE_TOKEN_FIELDS = ("next_page_token", "page_token")
#: The answer field each other style needs to know when to stop.
PAGE_STOP_FIELDS = {"starting_after": "has_more", "page_number": "total_count"}


def page_items_field(operation: str, props: dict[str, Any]) -> tuple[str | None, str]:
    """The list an answer's page carries, by one rule: the list the operation is named after
    (``list_gadgets`` -> ``gadgets``), else the answer's only list (AIP-217's ``unreachable`` is
    never the items). Without one: None and why."""
    lists = [k for k, v in props.items() if isinstance(v, dict) and v.get("type") == "array"]
    lists = [k for k in lists if naming.snake(k) != "unreachable"]
    named = [k for k in lists if operation.endswith(naming.snake(k))]
    if named:
        return max(named, key=len), ""
    if len(lists) == 1:
        return lists[0], ""
    if not lists:
        return None, "its answer has no list"
    return None, f"its answer has several lists ({', '.join(lists)}) and none is named after the operation"


def pages(
    doc: dict[str, Any],
) -> tuple[dict[str, str], dict[str, dict[str, str]], dict[str, str], dict[str, str], dict[str, str]]:
    """The paginated operations with their style; each page model's class with the items field of
    each operation it answers (two may page different lists of one model); for the token style the
    Python name of the answer field that holds the next token; the list operations ``paginate``
    cannot page, with why (it refuses them, saying so); and each paginated operation's items field
    (Python name): the items are the operation's, not its answer class's."""
    styles: dict[str, str] = {}
    tokens: dict[str, str] = {}
    unpaged: dict[str, str] = {}
    op_items: dict[str, str] = {}
    fields_of: dict[str, dict[str, str]] = {}
    schemas = doc["components"]["schemas"]
    for _where, op in _operations(doc).values():
        names = {naming.python_name(str(p.get("name")), "parameter") for p in op.get("parameters") or []
                 if p.get("in") == "query"}  # fmt: skip
        style = next((name for name in PAGE_PARAMETERS if name in names), None)
        if style is None:
            continue
        name = op["operationId"]
        ref = _answer(op) or {}
        schema_name = _ref_name(ref)
        props = (schemas.get(schema_name) or {}).get("properties") or {}
        fields = {naming.python_name(str(k), "field"): k for k in props}
        field, why = page_items_field(name, props)
        if field is None:
            unpaged[name] = why
            continue
        if style == "page_token":
            token = next((f for f in PAGE_TOKEN_FIELDS if f in fields), None)
            if token is None:
                unpaged[name] = "its answer has no nextPageToken or pageToken to say where the next page starts"
                continue
            tokens[name] = token
        elif PAGE_STOP_FIELDS[style] not in fields:
            wire = naming.words(PAGE_STOP_FIELDS[style])
            unpaged[name] = f"it pages by {style} but its answer has no {_camel(wire)} to say when the last page came"
            continue
        styles[name] = style
        op_items[name] = naming.python_name(str(field), "field")
        fields_of.setdefault(naming.python_name(schema_name, "class"), {})[name] = field
    return styles, fields_of, tokens, unpaged, op_items


def flags_template(doc: dict[str, Any]) -> str:
    """The per-operation flags, as a Jinja file the generator's templates import."""
    safe = sorted(op["operationId"] for _, op in _operations(doc).values() if op.get(SAFE_TO_REPEAT))
    names = ", ".join(f'"{name}"' for name in safe)
    styles, items, tokens, unpaged, op_items = pages(doc)
    deprecated = sorted(op["operationId"] for _, op in _operations(doc).values() if op.get("deprecated"))
    return (
        "{# Written by tools/import_spec.py (make spec) from openapi.yaml; do not edit. #}\n"
        "{# Creates that name their new resource: a repeat meets ALREADY_EXISTS, so they may be retried. #}\n"
        f"{{% set SAFE_TO_REPEAT = [{names}] %}}\n"
        "{# Paginated operations and their style; page models and, by operation, the field that holds its items. #}\n"
        f"{{% set PAGE_STYLES = {json.dumps(styles, sort_keys=True)} %}}\n"
        f"{{% set PAGES = {json.dumps(items, sort_keys=True)} %}}\n"
        "{# Paginated operations: the answer field (Python name) that holds their items. #}\n"
        f"{{% set PAGE_ITEMS = {json.dumps(op_items, sort_keys=True)} %}}\n"
        "{# Token-paged operations: the answer field (Python name) that holds the next page's token. #}\n"
        f"{{% set PAGE_TOKENS = {json.dumps(tokens, sort_keys=True)} %}}\n"
        "{# List operations paginate cannot page, with why (it refuses them, saying so). #}\n"
        f"{{% set UNPAGED = {json.dumps(unpaged, sort_keys=True)} %}}\n"
        "{# Operations the API marks deprecated: they warn when called. #}\n"
        f"{{% set DEPRECATED = {json.dumps(deprecated)} %}}\n"
    )


_HANDLES = re.compile(r"""@handles\(\s*["']([^"']+)["']""")


def stale_entries(doc: dict[str, Any]) -> list[str]:
    """Hand-written entries keyed by a name ``doc`` no longer has: harmless (each has a fallback
    or is skipped), listed so that they can be removed."""
    import docs  # generator/docs.py, the docstring overlay

    ops = {str(op.get("operationId")) for _, op in _operations(doc).values()}
    found = [f"generator/docs.py {kind}: {', '.join(names)}" for kind, names in docs.stale(doc).items() if names]
    renamed = sorted(name for name, ours in OPERATION_NAMES.items() if ours not in ops)
    if renamed:
        found.append(f"tools/import_spec.py OPERATION_NAMES: {', '.join(renamed)}")
    emulator = ROOT / "src" / "cudo_async" / "testing"
    handled = {name for path in sorted(emulator.glob("*.py")) for name in _HANDLES.findall(path.read_text("utf-8"))}
    if handled - ops:
        found.append(f"emulator handlers (src/cudo_async/testing): {', '.join(sorted(handled - ops))}")
    return found


GEN_PYTHON = ROOT / ".venv-gen" / "bin" / "python"


def generation_failure(text: str, flags: str) -> str | None:
    """Generate and check the package from ``text`` (an openapi.yaml) in a scratch directory, as
    ``make generate`` would: None when that works, else the one line that says what failed."""
    import shutil
    import subprocess

    import verify  # generator/verify.py: compiles, imports and type-checks the package

    if not GEN_PYTHON.exists():
        return f"the generator's venv is missing ({GEN_PYTHON}): run make gen-venv"
    with tempfile.TemporaryDirectory(prefix="cudo-spec-check-") as scratch:
        where = Path(scratch)
        (where / "openapi.yaml").write_text(text, encoding="utf-8")
        templates = where / "templates"
        shutil.copytree(ROOT / "generator" / "templates", templates)
        (templates / FLAGS.name).write_text(flags, encoding="utf-8")
        package = where / "out" / "cudo_async_api"
        command = [str(GEN_PYTHON), str(ROOT / "generator" / "generate.py"), "build", str(package),
                   "--spec", str(where / "openapi.yaml"), "--templates", str(templates)]  # fmt: skip
        built = subprocess.run(command, capture_output=True, text=True, timeout=900, check=False)
        if built.returncode != 0:
            failed = [line for line in built.stderr.splitlines() if line.startswith("FAILED: ")]
            return failed[-1][len("FAILED: ") :] if failed else (built.stderr.strip().splitlines() or ["?"])[-1]
        return verify.verify(package, ROOT / "build" / "mypy-generated")


SOURCE_RECORD = "openapi.source.yaml"


def record_source(src: str, raw_digest: str, out: Path) -> Path:
    """Write which source ``out`` was imported from, beside it: the spec tests compare against it."""
    record = out.with_name(SOURCE_RECORD) if out.name == "openapi.yaml" else out.with_name(out.name + ".source.yaml")
    where = src
    if not re.match(r"^https?://", src):
        where = os.path.relpath(os.path.abspath(src), os.path.abspath(record.parent))  # links kept as written
    text = (
        "# Written by make spec (tools/import_spec.py): the published description openapi.yaml was\n"
        "# imported from (a path relative to this file, or a URL), and the SHA-256 of its bytes.\n"
        + yaml.safe_dump({"source": where, "sha256": raw_digest}, sort_keys=False)
    )
    _write(record.resolve(), text)
    return record


CHANGELOG_START = "<!-- make spec: the last import's changes (written by tools/import_spec.py) -->"
CHANGELOG_END = "<!-- make spec: end -->"


def update_changelog(changelog: Path, version: str, src: str, lines: list[str]) -> None:
    """Put the last import's summary under "Unreleased", replacing the one before; an import
    that changes nothing leaves the file as it is (re-importing never duplicates)."""
    if not changelog.is_file() or lines == ["no changes"] or lines[0].startswith("new file"):
        return
    text = changelog.read_text(encoding="utf-8")
    block = "\n".join(
        [
            CHANGELOG_START,
            f"### API changes (CUDO's spec, version {version}, imported from `{Path(src).name}`)",
            f"- {count_line(lines)}.",
            *(f"- `{line.removesuffix(' ' + BREAKING)}`" + (" **breaking**" if line.endswith(BREAKING) else "")
              for line in lines),
            CHANGELOG_END,
        ]
    )  # fmt: skip
    if CHANGELOG_START in text and CHANGELOG_END in text:
        before, rest = text.split(CHANGELOG_START, 1)
        text = before + block + rest.split(CHANGELOG_END, 1)[1]
    elif "## Unreleased\n" in text:
        text = text.replace("## Unreleased\n", "## Unreleased\n\n" + block + "\n", 1)
    else:
        text = text.rstrip("\n") + "\n\n## Unreleased\n\n" + block + "\n"
    _write(changelog, text)


def committed(path: Path) -> str | None:
    """``path`` as the last commit has it (None outside a git work tree, or when it is not committed)."""
    import subprocess

    try:
        shown = subprocess.run(
            ["git", "-C", str(path.parent), "show", f"HEAD:./{path.name}"],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return None
    return shown.stdout if shown.returncode == 0 else None


def restore_changelog_block(changelog: Path) -> None:
    """The summary block as the last commit has it (or none): an import that brings openapi.yaml back
    to the committed one (say, after trying another spec) leaves no summary of changes that are gone."""
    before = committed(changelog)
    if before is None or not changelog.is_file():
        return
    text = changelog.read_text(encoding="utf-8")
    if CHANGELOG_START in before and CHANGELOG_END in before:
        block = CHANGELOG_START + before.split(CHANGELOG_START, 1)[1].split(CHANGELOG_END, 1)[0] + CHANGELOG_END
    else:
        block = ""
    if CHANGELOG_START in text and CHANGELOG_END in text:
        head, rest = text.split(CHANGELOG_START, 1)
        tail = rest.split(CHANGELOG_END, 1)[1]
        if not block and head.endswith("## Unreleased\n\n") and tail.startswith("\n"):
            head, tail = head[:-1], tail[1:]  # the blank lines the block brought
        text = head + block + tail
    if text != changelog.read_text(encoding="utf-8"):
        _write(changelog, text)


def _write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def refuse(exc: SpecError, src: str) -> int:
    """Say what is refused, one line each, and that nothing changed."""
    for line in str(exc).splitlines():
        print(f"make spec: refused: {line}", file=sys.stderr)
    print(f"make spec: {src} was not imported; no file changed", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", help="path or http(s) URL of the published OpenAPI JSON")
    parser.add_argument("--out", default="openapi.yaml", help="where to write (default: openapi.yaml)")
    parser.add_argument("--flags", default=str(FLAGS), help="where to write the per-operation flags for the templates")
    parser.add_argument(
        "--changelog", help="where the last import's summary goes (default: CHANGELOG.md beside --out, if there is one)"
    )
    parser.add_argument(
        "--check",
        action=argparse.BooleanOptionalAction,
        help="first generate the package from the new spec in a scratch directory and refuse the spec if that"
        " fails (default: when --out is this repository's openapi.yaml)",
    )
    args = parser.parse_args(argv)
    out = Path(args.out)
    check = args.check if args.check is not None else out.resolve() == ROOT / "openapi.yaml"
    try:
        raw = read_source(args.src)
        new = convert(load_source(args.src, raw))
    except Refused as exc:
        return refuse(exc, args.src)
    except SpecError as exc:
        print(f"make spec: error: {exc}", file=sys.stderr)
        return 1
    try:
        problems = refusals(new)
        if problems:
            raise Refused("\n".join(problems))
        python_names(new)  # two names that read the same in Python are refused
        text = dump(new)
        flags = flags_template(new)
        if check:
            failure = generation_failure(text, flags)
            if failure:
                raise Refused(f"the SDK cannot be generated from it: {failure}")
    except SpecError as exc:
        return refuse(exc, args.src)
    old = None
    if out.exists():
        try:
            old = yaml.safe_load(out.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            old = None
    lines = summarize(old if isinstance(old, dict) else None, new)
    _write(out.resolve(), text)
    _write(Path(args.flags).resolve(), flags)
    record_source(args.src, hashlib.sha256(raw).hexdigest(), out)
    changelog = Path(args.changelog) if args.changelog else out.resolve().parent / "CHANGELOG.md"
    if committed(out.resolve()) == text:
        restore_changelog_block(changelog)
    else:
        update_changelog(changelog, new["info"]["version"], args.src, lines)
    ops = len(_operations(new))
    print(f"{out}: {ops} operations, {len(new['components']['schemas'])} schemas (from {args.src})")
    for line in lines:
        print(f"  {line}")
    for entry in stale_entries(new):
        print(f"  stale (harmless; the spec no longer has these names): {entry}")
    print(count_line(lines) if lines != ["no changes"] else "0 changes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

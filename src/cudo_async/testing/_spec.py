"""The spec the generated client was made from (``cudo_async_api/openapi.json``, shipped in the
package by ``make generate``), read once: its operations, their parameters and schemas, routed by
path. The emulator serves from it, so a regenerated client's new operations are served too."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from importlib import resources
from typing import Any
from urllib.parse import unquote

import attrs
from cudo_async_api.api import ROUTES

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
Schema = Mapping[str, Any]


@attrs.frozen
class Param:
    name: str
    where: str  # "path" or "query"
    required: bool
    schema: Schema


@attrs.frozen
class SpecOp:
    """One operation of the spec, its references resolved where the emulator reads them."""

    id: str
    method: str
    path: str
    params: tuple[Param, ...]
    body: Schema | None
    body_required: bool
    #: The success answer's schema (None: the operation answers no JSON).
    response: Schema | None
    pattern: re.Pattern[str]
    #: Path parameter names in the spec's spelling, and in the generated client's (the handlers').
    path_names: tuple[str, ...]
    handler_names: tuple[str, ...]

    def query(self) -> dict[str, Param]:
        return {p.name: p for p in self.params if p.where == "query"}


@attrs.frozen
class Spec:
    document: Mapping[str, Any]
    operations: Mapping[str, SpecOp]
    #: Operations in the order a path is matched against them: fewer parameters first.
    routes: tuple[SpecOp, ...]

    def resolve(self, schema: Schema | None) -> Schema:
        """``schema`` with its ``$ref`` followed (a reference the document lacks: an empty schema)."""
        seen = 0
        while schema is not None and "$ref" in schema and seen < 32:
            name = str(schema["$ref"]).rsplit("/", 1)[-1]
            schema = self.document.get("components", {}).get("schemas", {}).get(name)
            seen += 1
        return schema if isinstance(schema, Mapping) else {}

    def route(self, method: str, path: str) -> tuple[SpecOp | None, dict[str, str], bool]:
        """The operation serving ``method path`` and its path parameters; the flag says whether the
        path is known at all (for another method)."""
        known = False
        for op in self.routes:
            match = op.pattern.match(path)
            if match is None:
                continue
            if op.method == method:
                values = (unquote(v, errors="surrogateescape") for v in match.groups())  # bad bytes kept, refused later
                return op, dict(zip(op.path_names, values, strict=True)), True
            known = True
        return None, {}, known


_PARAM = re.compile(r"\{([^}]+)\}")


def _compile(path: str) -> re.Pattern[str]:
    regex, names = "", 0
    for part in re.split(r"(\{[^}]+\})", path):
        if part.startswith("{"):
            regex += f"(?P<p{names}>[^/:]+)"
            names += 1
        else:
            regex += re.escape(part)
    return re.compile(f"^{regex}\\Z")


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def build(document: Mapping[str, Any]) -> Spec:
    """Index a spec document (an OpenAPI 3.0 dict)."""
    generated = {op: path for _tag, op, _method, path in ROUTES}
    operations: dict[str, SpecOp] = {}
    empty: Schema = {}
    for path, item in (document.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        shared = [p for p in item.get("parameters") or [] if isinstance(p, Mapping)]
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping) or not op.get("operationId"):
                continue
            params = tuple(
                Param(str(p.get("name")), str(p.get("in")), bool(p.get("required")), p.get("schema") or empty)
                for p in [*shared, *(op.get("parameters") or [])]
                if isinstance(p, Mapping) and p.get("in") in ("path", "query")
            )
            request = op.get("requestBody") or {}
            body = (request.get("content") or {}).get("application/json", {}).get("schema")
            responses = op.get("responses") or {}
            success: Mapping[str, Any] = (
                next((responses[c] for c in sorted(responses) if str(c).startswith("2")), {}) or {}
            )
            content = success.get("content") or {}
            response = content["application/json"].get("schema", empty) if "application/json" in content else None
            if not content:
                response = empty  # no body: answered with {}
            names = tuple(_PARAM.findall(path))
            theirs = tuple(_PARAM.findall(generated.get(str(op["operationId"]), "")))
            operations[str(op["operationId"])] = SpecOp(
                id=str(op["operationId"]),
                method=method.upper(),
                path=str(path),
                params=params,
                body=body,
                body_required=bool(request.get("required")),
                response=response,
                pattern=_compile(str(path)),
                path_names=names,
                handler_names=theirs if len(theirs) == len(names) else tuple(_snake(n) for n in names),
            )
    routes = tuple(sorted(operations.values(), key=lambda o: (o.path.count("{"), o.path)))
    return Spec(document, operations, routes)


@functools.cache
def shipped() -> Spec:
    """The spec shipped with the generated client."""
    text = resources.files("cudo_async_api").joinpath("openapi.json").read_text(encoding="utf-8")
    return build(json.loads(text))

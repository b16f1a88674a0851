"""What the hand-written facade needs from the spec (declared in src/cudo_async/_needs.py),
resolved against an imported spec (openapi.yaml's structure): what each SDK feature needs that
the spec lacks. ``make spec`` compares it before and after an import (a feature that loses a
need is a breaking change, named); ``make generate`` writes it into cudo_async_api/needs.py.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import naming
from proto3 import INTEGER_FORMATS

NEEDS_FILE = Path(__file__).resolve().parent.parent / "src" / "cudo_async" / "_needs.py"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load(path: Path = NEEDS_FILE) -> ModuleType:
    """The declaration, loaded as plain data (without importing cudo_async)."""
    spec = importlib.util.spec_from_file_location("_cudo_async_needs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (NamedTuple looks its module up while the class is made)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.modules.pop(spec.name, None)
    return module


class _Spec:
    """The parts of a spec the needs are looked up in, by their Python names."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = ((spec.get("components") or {}).get("schemas")) or {}
        self.classes = {naming.python_name(name, "class"): schema for name, schema in self.schemas.items()}
        self.operations: dict[str, tuple[str, str, dict[str, Any]]] = {}
        for path, item in (spec.get("paths") or {}).items():
            for method, op in (item or {}).items():
                if method in HTTP_METHODS and isinstance(op, dict):
                    tag = (op.get("tags") or ["default"])[0]
                    self.operations[str(op.get("operationId"))] = (str(tag), path, op)

    def resolve(self, schema: Any) -> Any:
        for _ in range(10):
            if not isinstance(schema, dict) or "$ref" not in schema:
                break
            schema = self.schemas.get(str(schema["$ref"]).rsplit("/", 1)[-1])
        return schema if isinstance(schema, dict) else {}

    def class_of(self, schema: Any) -> str:
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        return naming.python_name(str(ref).rsplit("/", 1)[-1], "class") if ref else ""

    def is_type(self, schema: Any, wanted: str) -> bool:
        if not isinstance(schema, dict):
            return False
        inner = re.fullmatch(r"list\[(.+)\]", wanted)
        if inner:
            return schema.get("type") == "array" and self.is_type(schema.get("items"), inner.group(1))
        if wanted == "str":
            return schema.get("type") == "string" and not schema.get("enum") and schema.get("format") not in (
                *INTEGER_FORMATS, "byte", "binary", "date", "date-time", "uuid"
            )  # fmt: skip
        return self.class_of(schema) == wanted

    def fields(self, schema: Any, wanted: tuple[tuple[str, str], ...], where: str) -> list[str]:
        props = {naming.python_name(str(w), "field"): p for w, p in (self.resolve(schema).get("properties") or {}).items()}
        lacks = []
        for name, kind in wanted:
            if name not in props:
                lacks.append(f"field {where}.{name}")
            elif not self.is_type(props[name], kind):
                lacks.append(f"field {where}.{name} as {kind}")
        return lacks

    def lacks(self, need: Any) -> list[str]:
        kind = type(need).__name__
        if kind == "Operation":
            return self._operation(need)
        schema = self.classes.get(need.name)
        if schema is None:
            return [f"{kind.lower()} {need.name}"]
        if kind == "Enum":
            values = [str(v) for v in schema.get("enum") or []]
            if not values:
                return [f"enum {need.name}"]
            return [f"member {need.name}.{m}" for m in need.members if m not in values]
        return self.fields({"$ref": f"#/components/schemas/{self._schema_name(need.name)}"}, need.fields, need.name)

    def _schema_name(self, class_name: str) -> str:
        return next(name for name in self.schemas if naming.python_name(name, "class") == class_name)

    def _operation(self, need: Any) -> list[str]:
        full = f"{need.namespace}.{need.name}"
        found = self.operations.get(need.name)
        if found is None:
            return [f"operation {full}"]
        tag, path, op = found
        if tag != need.namespace:
            return [f"operation {full} (it is cudo.{tag}.{need.name} now)"]
        lacks = []
        taken = len(re.findall(r"\{[^}]+\}", path))
        if taken != need.positional:
            lacks.append(f"operation {full} with {need.positional} path arguments (it takes {taken})")
        params = {
            naming.python_name(str(p.get("name")), "parameter"): p
            for p in op.get("parameters") or []
            if isinstance(p, dict) and p.get("in") in ("query", "header")
        }
        required = sorted(n for n, p in params.items() if p.get("required") and n not in need.keywords)
        if required:
            lacks.append(f"operation {full} without the required argument {', '.join(required)}")
        for keyword in need.keywords:
            if keyword == "body" and not op.get("requestBody"):
                lacks.append(f"the body of {full}")
            elif keyword != "body" and keyword not in params:
                lacks.append(f"parameter {keyword} of {full}")
        if need.answer:
            answer = ((((op.get("responses") or {}).get("200") or {}).get("content") or {}).get("application/json") or {})
            lacks += self.fields(answer.get("schema"), need.answer, f"{need.name}()")
        return lacks


def missing(spec: dict[str, Any], needs: ModuleType | None = None) -> dict[str, list[str]]:
    """SDK feature -> what it needs that ``spec`` lacks (features that lack nothing are left out)."""
    declared = needs or load()
    index = _Spec(spec)
    out: dict[str, list[str]] = {}
    for feature, items in declared.NEEDS.items():
        lacks = [gap for item in items for gap in index.lacks(item)]
        if lacks:
            out[feature] = list(dict.fromkeys(lacks))
    return out


def incomplete(spec: dict[str, Any], needs: ModuleType | None = None) -> set[str]:
    """The model and enum classes the features name that ``spec`` has without all their needed
    fields or members (the features' code is checked against them as ``Any``)."""
    declared = needs or load()
    index = _Spec(spec)
    return {item.name for items in declared.NEEDS.values() for item in items
            if type(item).__name__ in ("Model", "Enum") and index.lacks(item)}  # fmt: skip


def classes(needs: ModuleType | None = None) -> list[tuple[str, bool]]:
    """The model and enum classes the features name: (class, is an enum), each once."""
    declared = needs or load()
    found = {item.name: type(item).__name__ == "Enum" for items in declared.NEEDS.values() for item in items
             if type(item).__name__ in ("Model", "Enum")}  # fmt: skip
    return sorted(found.items())

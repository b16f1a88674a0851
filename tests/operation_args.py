"""Valid arguments for any operation, built from its signature and the spec's schemas."""

from __future__ import annotations

import datetime
import enum
import inspect
import re
import types
from typing import Any, Union, get_args, get_origin

import yaml

from tests.conftest import ROOT

SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())
SCHEMAS = SPEC["components"]["schemas"]
OPERATIONS = sorted(
    (op["tags"][0], op["operationId"], method, path)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
)
DEPRECATED = {op["operationId"] for item in SPEC["paths"].values() for op in item.values() if op.get("deprecated")}
BODIES = {
    op["operationId"]: op["requestBody"]["content"]["application/json"]["schema"]
    for item in SPEC["paths"].values()
    for op in item.values()
    if "requestBody" in op
}


def sample(schema: dict[str, Any], depth: int = 0) -> Any:
    """A value valid for `schema`: every writable property filled, down to a bounded depth."""
    if "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]]
    if "enum" in schema:
        return schema["enum"][-1]
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "object":
        required = set(schema.get("required", []))
        props = schema.get("properties", {})
        value = {
            name: sample(prop, depth + 1)
            for name, prop in props.items()
            if name in required or (not prop.get("readOnly") and depth < 3)
        }
        if not props and isinstance(schema.get("additionalProperties"), dict):
            value = {"key": sample(schema["additionalProperties"], depth + 1)}
        return value
    if kind == "array":
        return [sample(schema["items"], depth + 1)] if depth < 3 else []
    if kind == "integer":
        return 7
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if fmt == "date-time":
        return "2026-01-02T03:04:05Z"
    if fmt == "int64":
        return "42"
    if "pattern" in schema:  # a string of a given form: the first sample that fits it
        return next((v for v in ("42", "0.5", "sample-1") if re.search(schema["pattern"], v)), "sample-1")
    return "sample-1"


def argument(annotation: Any) -> Any:
    """A valid value for a parameter's annotation (path and query parameters)."""
    if get_origin(annotation) in (Union, types.UnionType):
        annotation = next(a for a in get_args(annotation) if a is not type(None))
    if annotation is bool:
        return True
    if annotation is int:
        return 3
    if annotation is float:
        return 1.5
    if annotation is datetime.datetime:
        return datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return list(annotation)[-1]
    return "value-1"


#: The SDK's per-call options, which every operation takes besides its own parameters: left unset.
PER_CALL_OPTIONS = frozenset({"timeout", "retry", "extra_headers", "extra_query", "missing_ok"})


def arguments(method: Any, operation: str) -> dict[str, Any]:
    """A valid value for each of the operation's own parameters (from the spec)."""
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(method).parameters.items():
        if name in PER_CALL_OPTIONS:
            continue
        if name == "body":
            model = param.annotation
            kwargs["body"] = model.from_dict(sample(BODIES[operation]))
        else:
            kwargs[name] = argument(param.annotation)
    return kwargs

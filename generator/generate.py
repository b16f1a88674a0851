"""Run the pinned openapi-python-client with the project's naming rule (generator/naming.py).

Usage (the generator's venv):
    python generator/generate.py build OUT [--spec openapi.yaml] [--templates generator/templates]
builds the package into OUT and the reference (generator/reference.py) into api.md beside it
(``make generate`` and ``make spec``'s check use this); on failure the last line printed starts
with ``FAILED:`` and says what failed in one line.
    python generator/generate.py <openapi-python-client generate args>
runs the generator as it is, with the project's rule and templates.

The stock rule splits on digits and lowercases acronyms (``ipv_4_free``, ``v_ms``, ``VmState``);
the project's rule is applied to every name the generator makes: fields, parameters, modules,
classes, operations and enum members. The templates also get the docstring overlay
(generator/docs.py) as ``DOCS``.
"""

from __future__ import annotations

import json
import os
import re
import sys
import traceback
from pathlib import Path
from typing import Any, ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docs  # noqa: E402
import facade  # noqa: E402
import naming  # noqa: E402
import reference  # noqa: E402
from proto3 import INTEGER_FORMATS, http_body_schemas  # noqa: E402
import openapi_python_client  # noqa: E402
from ruamel.yaml import YAML  # noqa: E402
from openapi_python_client import strings  # noqa: E402
from openapi_python_client.cli import app  # noqa: E402
from openapi_python_client.parser import properties, responses  # noqa: E402
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError, ParseError  # noqa: E402
from openapi_python_client.parser.openapi import Endpoint  # noqa: E402
from openapi_python_client.parser.properties import EnumProperty, IntProperty, ModelProperty, StringProperty  # noqa: E402


def _pascal(value: object) -> str:
    if isinstance(value, openapi_python_client.UntrustedString):
        value = value.get_untrusted_value()
    return naming.pascal(strings.sanitize(str(value)))


_decimal_models: list[ModelProperty] = []


def _is_decimal(model: ModelProperty) -> bool:
    """google.type.Decimal's shape: a message named ...Decimal whose one field is the string ``value``."""
    props = (model.required_properties or []) + (model.optional_properties or [])
    found = (
        model.class_info.name.endswith("Decimal")
        and len(props) == 1
        and props[0].name == "value"
        and isinstance(props[0], StringProperty)
        and type(props[0]) is StringProperty
    )
    if found:
        _decimal_models.append(model)
    return found


class WireStringIntProperty(IntProperty):  # type: ignore[misc]
    """An integer the wire carries as a decimal string (proto3 JSON's 64-bit form); reads as int."""

    wire_string: ClassVar[bool] = True
    _json_type_string: ClassVar[str] = "str"


class WireBytesProperty(StringProperty):  # type: ignore[misc]
    """proto3's bytes (``format: byte``): base64 text on the wire, ``bytes`` in Python."""

    wire_bytes: ClassVar[bool] = True
    _type_string: ClassVar[str] = "bytes"


_string_based_property = properties._string_based_property


def _string_or_integer(name: Any, required: bool, data: Any, config: Any) -> Any:
    wire_type = {"byte": WireBytesProperty}.get(data.schema_format or "")
    if data.schema_format in INTEGER_FORMATS:
        wire_type = WireStringIntProperty
    if wire_type is not None:
        return wire_type.build(
            name=name,
            required=required,
            default=None,
            python_name=strings.PythonIdentifier(value=name, prefix=config.field_prefix),
            description=data.description,
            example=data.example,
        )
    return _string_based_property(name, required, data, config)


properties._string_based_property = _string_or_integer
_project_init = openapi_python_client.Project.__init__


def _init(self: openapi_python_client.Project, *args: object, **kwargs: object) -> None:
    _project_init(self, *args, **kwargs)  # type: ignore[arg-type]
    _name_fields(self)
    self.env.globals["DOCS"] = docs
    # One secret-name rule: the models' reprs and the runtime check of unlisted members share it.
    self.env.globals["secret_looking"] = naming.secret_looking
    self.env.globals["SECRET_WORDS"] = naming.SECRET_WORDS
    self.env.globals["NOT_SECRET"] = sorted(naming.NOT_SECRET)
    # Which operations take missing_ok= (the spec's path is an UntrustedString here).
    self.env.globals["deletes"] = lambda method, path: naming.deletes(
        str(method), str(getattr(path, "get_untrusted_value", lambda: path)())
    )
    maps: set[str] = set()

    def is_map(class_name: str) -> bool:
        # A referenced model's properties are filled in on the model itself, not on the reference.
        if not maps:
            maps.update(
                m.class_info.name for m in self.openapi.models if not m.required_properties + m.optional_properties
            )
        return class_name in maps

    self.env.globals["is_map"] = is_map
    # Each tag's namespace classes, kept apart from the model classes and from each other (naming.py).
    namespaces = naming.namespace_classes(
        [str(tag) for tag in self.openapi.endpoint_collections_by_tag],
        [c.class_info.name for c in [*self.openapi.models, *self.openapi.enums]],
    )
    self.env.globals["namespace_class"] = lambda tag, sync=False: namespaces[str(tag), sync]
    # A decimal message reads as decimal.Decimal in the fields that hold it: no model of its own.
    decimals = {m.class_info.name for m in self.openapi.models if _is_decimal(m)}
    self.openapi.models = [m for m in self.openapi.models if m.class_info.name not in decimals]
    self.env.globals["is_decimal"] = decimals.__contains__
    # Models an operation sends as its body: read from a mapping, a key they do not list is a mistake.
    bodies = {
        body.prop.class_info.name
        for collection in self.openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        for body in endpoint.bodies
        if hasattr(body.prop, "class_info")
    }
    self.env.globals["is_body"] = bodies.__contains__
    # The required fields of each model (Python names), for the docstring of an operation's body.
    required = {m.class_info.name: [str(p.python_name) for p in m.required_properties or []] for m in self.openapi.models}
    self.env.globals["required_fields"] = lambda class_name: required.get(str(class_name), [])
    # The range the spec documents for a numeric parameter, and how a message says it.
    self.env.globals["parameter_range"] = docs.parameter_range
    self.env.globals["range_text"] = docs.range_text
    # Models an answer can carry, at any depth: always read leniently, whatever else they are used for.
    self.env.globals["is_answer"] = _answer_models(self).__contains__
    self.env.globals["answer_of"] = _answer
    lines = tuple(f".{m.class_info.module_name} import {m.class_info.name}" for m in _decimal_models)
    self.env.globals["imports_decimal"] = lambda line: any(line.endswith(end) for end in lines)


openapi_python_client.Project.__init__ = _init  # type: ignore[method-assign]


def _classes(prop: Any) -> list[str]:
    """The model classes a property holds directly: itself, a list's items, a map's values."""
    inner = getattr(prop, "inner_property", None)
    if inner is not None:
        return _classes(inner)
    if isinstance(prop, ModelProperty):
        values = prop.additional_properties
        return [prop.class_info.name] + (_classes(values) if values not in (None, True, False) else [])
    return []


def _answer_models(project: openapi_python_client.Project) -> set[str]:
    """Every model a 2xx answer can hold, nested at any depth."""
    fields = {
        m.class_info.name: [
            name
            for p in (m.required_properties or []) + (m.optional_properties or [])
            for name in _classes(p)
        ] + (_classes(m.additional_properties) if m.additional_properties not in (None, True, False) else [])
        for m in project.openapi.models
    }
    todo = [
        name
        for collection in project.openapi.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
        for response in endpoint.responses.patterns
        if response.status_code.range and 200 <= response.status_code.range[0] <= 299
        for name in _classes(response.prop)
    ]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(fields.get(name, []))
    return seen


#: The spec's schemas shaped like google.api.HttpBody (read from openapi.yaml by _load_docs).
_HTTP_BODIES: set[str] = set()
#: openapi.yaml as loaded by _load.
_SPEC: dict[str, Any] = {}
_build_api = openapi_python_client.Project._build_api


def _build_api_and_needs(self: openapi_python_client.Project) -> None:
    """The operations, then cudo_async_api/needs.py: the facade's needs resolved against this spec."""
    _build_api(self)
    modules = {c.class_info.name: c.class_info.module_name for c in [*self.openapi.models, *self.openapi.enums]}
    partial = facade.incomplete(_SPEC)
    needed = [
        (name, modules.get(name, ""), name in modules, is_enum, name not in partial)
        for name, is_enum in facade.classes()
    ]
    template = self.env.get_template("needs.py.jinja")
    text = template.render(needed_classes=needed, needs_missing=facade.missing(_SPEC))
    (self.package_dir / "needs.py").write_text(text, encoding=self.config.file_encoding)
    # The reference, beside the package (make generate moves it to the repository's root).
    (self.package_dir.parent / "api.md").write_text(reference.render(self), encoding="utf-8")


openapi_python_client.Project._build_api = _build_api_and_needs  # type: ignore[method-assign]
_source_by_content_type = responses._source_by_content_type


def _source_or_bytes(content_type: str, config: Any) -> Any:
    """An answer in any media type that is neither JSON nor text reads as bytes (image/png, a
    google.api.HttpBody's own type, ...), as application/octet-stream does."""
    source = _source_by_content_type(content_type, config)
    if source is None and strings.get_content_type(content_type, config) is not None:
        return responses.BYTES_SOURCE
    return source


responses._source_by_content_type = _source_or_bytes


def _answer(endpoint: Endpoint) -> tuple[str, Any, str]:
    """How an operation's 2xx answer reads: (mode, property, media types for Accept). The mode is
    "model" (a message or map, decoded by its class), "json" (a list or a scalar), "none" (no
    content), "bytes" or "text" (a binary or text media type), or "http_body" (google.api.HttpBody:
    the gateway sends the raw bytes with the body's own content type)."""
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if 200 <= low and high <= 299:
            break
    else:
        return "none", None, ""
    media = ", ".join(str(k.get_untrusted_value()) for k in (getattr(response.data, "content", None) or {}))
    source = response.source["return_type"]
    prop = response.prop
    if source == "None":
        return "none", None, ""
    if source in ("bytes", "str"):
        return ("bytes" if source == "bytes" else "text"), prop, media
    if isinstance(prop, ModelProperty) and prop.class_info.name in {naming.python_name(n, "class") for n in _HTTP_BODIES}:
        return "http_body", prop, "*/*"
    if isinstance(prop, ModelProperty) and prop.class_info.name not in {m.class_info.name for m in _decimal_models}:
        return "model", prop, ""
    return "json", prop, ""


# --------------------------------------------------------------------------- the name rule (generator/naming.py)


def _identifier(name: str) -> strings.PythonIdentifier:
    """A Python name as naming.py made it (PythonIdentifier would snake-case it again)."""
    return str.__new__(strings.PythonIdentifier, name)


def _name_parameters(self: Endpoint, *, config: object, previously_modified_params: object = None) -> Any:
    """Every parameter of an operation named by the rule in its scope (the method's arguments)."""
    params = [prop for _, prop in self.iter_all_parameters()]
    try:
        names = naming.python_names(
            [p.name.get_untrusted_value() for p in params], "parameter", f"operation {self.name}"
        )
    except naming.NameError_ as exc:
        return ParseError(detail=str(exc))
    for prop in params:
        object.__setattr__(prop, "python_name", _identifier(names[prop.name.get_untrusted_value()]))
    return self


def _name_fields(project: openapi_python_client.Project) -> None:
    """Every model's fields named by the rule in their scope (the class's attributes)."""
    for model in project.openapi.models:
        props = (model.required_properties or []) + (model.optional_properties or [])
        try:
            names = naming.python_names(
                [p.name.get_untrusted_value() for p in props], "field", f"schema {model.class_info.name}"
            )
        except naming.NameError_ as exc:
            project.errors.append(GeneratorError(level=ErrorLevel.ERROR, header="Name clash", detail=str(exc)))
            continue
        for prop in props:
            object.__setattr__(prop, "python_name", _identifier(names[prop.name.get_untrusted_value()]))


_stock_members = EnumProperty.values_from_list


def _members(values: list[Any], class_info: Any, var_names: list[str]) -> dict[str, Any]:
    """A string enum's members named by the rule (a value that is no identifier gets VALUE_ in front;
    two that read the same are refused); integer enums keep the generator's VALUE_<n>."""
    if len(var_names) == len(values) or not all(isinstance(v, str) for v in values):
        return _stock_members(values, class_info, var_names)  # type: ignore[no-any-return]
    names = naming.python_names(values, "member", f"enum {class_info.name}")
    return {names[v]: strings.in_double_quote_literal(v) for v in values}


Endpoint._check_parameters_for_conflicts = _name_parameters  # type: ignore[method-assign,assignment]
EnumProperty.values_from_list = staticmethod(_members)  # type: ignore[method-assign,assignment]
# Class names: the typing and SDK names the generated modules import are reserved like builtins.
strings.RESERVED_WORDS |= {name for name in naming.RESERVED["class"] if name[:1].isupper()}
strings.split_words = naming.words
strings.snake_case = naming.snake
strings.pascal_case = _pascal
openapi_python_client.TEMPLATE_FILTERS["pascalcase"] = _pascal
openapi_python_client.TEMPLATE_FILTERS["snakecase"] = naming.snake



def _load_docs(argv: list[str]) -> None:
    """Give the overlay the spec's structure and say which names it has no hand-written text for."""
    spec_path = argv[argv.index("--path") + 1] if "--path" in argv else "openapi.yaml"
    _load(Path(spec_path))


def _load(spec_path: Path) -> None:
    with open(spec_path, encoding="utf-8") as fh:
        spec = YAML(typ="safe").load(fh)
    docs.load(spec)
    _SPEC.update(spec)
    _HTTP_BODIES.update(http_body_schemas(spec))
    gaps = [f"{kind} {', '.join(names)}" for kind, names in docs.missing().items() if names]
    if gaps:
        print(
            f"make generate: warning: no hand-written text in generator/docs.py for {'; '.join(gaps)}"
            " (built from the spec instead)",
            file=sys.stderr,
        )


HERE = Path(__file__).resolve().parent


_OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")


def _one_line(text: object, limit: int = 300) -> str:
    line = _OBJECT_REPR.sub("(?)", " ".join(str(text).split()))
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _where(exc: BaseException) -> str:
    """The template (and line) an exception was raised from, when a template raised it."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(".jinja")]
    return f" (in {Path(frames[-1].filename).name}, line {frames[-1].lineno})" if frames else ""


def build(out: Path, spec: Path, templates: Path) -> int:
    """Generate the package into ``out``. Returns 0, or prints ``FAILED: <why>`` last and returns 1."""
    from openapi_python_client import MetaType
    from openapi_python_client.config import Config, ConfigFile

    # The post hooks (ruff) come from the generator's venv.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    try:
        _load(spec)
        config = Config.from_sources(
            ConfigFile.load_from_path(HERE / "config.yaml"), MetaType.NONE, spec, "utf-8", True, output_path=out
        )
        project = openapi_python_client._get_project_for_url_or_path(config=config, custom_template_path=templates)
        if isinstance(project, GeneratorError):
            errors = [project]
        else:
            # What the schemas could not build first: an operation's error is often only its consequence.
            errors = [*project.openapi.errors, *(e for e in project.build() if e not in project.openapi.errors)]
    except Exception as exc:  # a template or the generator itself: one line says what and where
        traceback.print_exc()
        print(f"FAILED: {type(exc).__name__}: {_one_line(exc)}{_where(exc)}", file=sys.stderr)
        return 1
    if errors:
        for error in errors:
            print(f"{error.header}: {error.detail or ''}", file=sys.stderr)
        first = errors[0]
        detail = _one_line(first.detail or "", 200)
        print(f"FAILED: {_one_line(first.header, 200)}{': ' + detail if detail else ''}", file=sys.stderr)
        return 1
    _ship_spec(spec, out)
    (out / "py.typed").touch()
    return 0


def _ship_spec(spec: Path, out: Path) -> None:
    """Write the spec the package was made from into it, as compact JSON (``openapi.json``): the
    emulator serves every operation from it, in an installed wheel too."""
    with open(spec, encoding="utf-8") as fh:
        loaded = YAML(typ="safe").load(fh)
    text = json.dumps(loaded, separators=(",", ":"), ensure_ascii=False) + "\n"
    (out / "openapi.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] == ["build"]:
        import argparse

        parser = argparse.ArgumentParser(prog="generate.py build")
        parser.add_argument("out", type=Path)
        parser.add_argument("--spec", type=Path, default=Path("openapi.yaml"))
        parser.add_argument("--templates", type=Path, default=HERE / "templates")
        args = parser.parse_args(sys.argv[2:])
        sys.exit(build(args.out.resolve(), args.spec.resolve(), args.templates.resolve()))
    _load_docs(sys.argv)
    sys.argv[0] = "openapi-python-client"
    app()

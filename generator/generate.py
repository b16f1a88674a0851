"""Run the pinned openapi-python-client with the project's naming rule (generator/naming.py).

Usage (the generator's venv): python generator/generate.py <openapi-python-client generate args>

The stock rule splits on digits and lowercases acronyms (``ipv_4_free``, ``v_ms``, ``VmState``);
the project's rule is applied to every name the generator makes: fields, parameters, modules,
classes, operations and enum members. The templates also get the docstring overlay
(generator/docs.py) as ``DOCS``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docs  # noqa: E402
import naming  # noqa: E402
from proto3 import INTEGER_FORMATS  # noqa: E402
import openapi_python_client  # noqa: E402
from ruamel.yaml import YAML  # noqa: E402
from openapi_python_client import strings  # noqa: E402
from openapi_python_client.cli import app  # noqa: E402
from openapi_python_client.parser import properties  # noqa: E402
from openapi_python_client.parser.properties import IntProperty, ModelProperty, StringProperty  # noqa: E402


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


_string_based_property = properties._string_based_property


def _string_or_integer(name: Any, required: bool, data: Any, config: Any) -> Any:
    if data.schema_format in INTEGER_FORMATS:
        return WireStringIntProperty.build(
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
    self.env.globals["DOCS"] = docs
    # One secret-name rule: the models' reprs and the runtime check of unlisted members share it.
    self.env.globals["secret_looking"] = naming.secret_looking
    self.env.globals["SECRET_WORDS"] = naming.SECRET_WORDS
    self.env.globals["NOT_SECRET"] = sorted(naming.NOT_SECRET)
    maps: set[str] = set()

    def is_map(class_name: str) -> bool:
        # A referenced model's properties are filled in on the model itself, not on the reference.
        if not maps:
            maps.update(
                m.class_info.name for m in self.openapi.models if not m.required_properties + m.optional_properties
            )
        return class_name in maps

    self.env.globals["is_map"] = is_map
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
    lines = tuple(f".{m.class_info.module_name} import {m.class_info.name}" for m in _decimal_models)
    self.env.globals["imports_decimal"] = lambda line: any(line.endswith(end) for end in lines)


openapi_python_client.Project.__init__ = _init  # type: ignore[method-assign]
# A field may not take a name the models' own methods use. Such a field gets a trailing _.
strings.RESERVED_WORDS |= {"to_dict", "from_dict", "additional_properties", "page_items"}
strings.split_words = naming.words
strings.pascal_case = _pascal
openapi_python_client.TEMPLATE_FILTERS["pascalcase"] = _pascal



def _load_docs(argv: list[str]) -> None:
    """Give the overlay the spec's structure and say which names it has no hand-written text for."""
    spec_path = argv[argv.index("--path") + 1] if "--path" in argv else "openapi.yaml"
    with open(spec_path, encoding="utf-8") as fh:
        docs.load(YAML(typ="safe").load(fh))
    gaps = [f"{kind} {', '.join(names)}" for kind, names in docs.missing().items() if names]
    if gaps:
        print(
            f"make generate: warning: no hand-written text in generator/docs.py for {'; '.join(gaps)}"
            " (built from the spec instead)",
            file=sys.stderr,
        )


# --- the spec shipped with the package (the emulator serves every operation from it) ---
def _ship_spec(argv: list[str]) -> None:
    """Write the spec the package was made from into it, as compact JSON (``openapi.json``)."""
    if "--output-path" not in argv:
        return
    spec_path = argv[argv.index("--path") + 1] if "--path" in argv else "openapi.yaml"
    with open(spec_path, encoding="utf-8") as fh:
        spec = YAML(typ="safe").load(fh)
    out = Path(argv[argv.index("--output-path") + 1]) / "openapi.json"
    out.write_text(json.dumps(spec, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")


# --- end of the shipped spec ---


if __name__ == "__main__":
    _load_docs(sys.argv)
    sys.argv[0] = "openapi-python-client"
    try:
        app()
    except SystemExit as done:
        if not done.code:
            _ship_spec(sys.argv)
        raise

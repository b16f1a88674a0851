"""Run the pinned openapi-python-client with the project's naming rule (generator/naming.py).

Usage (the generator's venv): python generator/generate.py <openapi-python-client generate args>

The stock rule splits on digits and lowercases acronyms (``ipv_4_free``, ``v_ms``, ``VmState``);
the project's rule is applied to every name the generator makes: fields, parameters, modules,
classes, operations and enum members. The templates also get the docstring overlay
(generator/docs.py) as ``DOCS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import docs  # noqa: E402
import naming  # noqa: E402
import openapi_python_client  # noqa: E402
from ruamel.yaml import YAML  # noqa: E402
from openapi_python_client import strings  # noqa: E402
from openapi_python_client.cli import app  # noqa: E402


def _pascal(value: object) -> str:
    if isinstance(value, openapi_python_client.UntrustedString):
        value = value.get_untrusted_value()
    return naming.pascal(strings.sanitize(str(value)))


_project_init = openapi_python_client.Project.__init__


def _init(self: openapi_python_client.Project, *args: object, **kwargs: object) -> None:
    _project_init(self, *args, **kwargs)  # type: ignore[arg-type]
    self.env.globals["DOCS"] = docs
    maps: set[str] = set()

    def is_map(class_name: str) -> bool:
        # A referenced model's properties are filled in on the model itself, not on the reference.
        if not maps:
            maps.update(m.class_info.name for m in self.openapi.models if not m.required_properties + m.optional_properties)
        return class_name in maps

    self.env.globals["is_map"] = is_map


openapi_python_client.Project.__init__ = _init  # type: ignore[method-assign]
# A field may not take a name the models' own methods use (a model is also a read-only mapping of
# its wire form, and ``keys`` would break ``dict(obj)``). Such a field gets a trailing _.
strings.RESERVED_WORDS |= {"keys", "items", "values", "get", "to_dict", "from_dict", "additional_properties", "page_items"}
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


if __name__ == "__main__":
    _load_docs(sys.argv)
    sys.argv[0] = "openapi-python-client"
    app()

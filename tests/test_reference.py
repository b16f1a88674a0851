"""A reference a user can read without the source: the exception tree ``help(cudo_async.errors)``
draws, the docstrings of result types and model fields, and ``api.md``."""

from __future__ import annotations

import functools
import gc
import importlib
import inspect
import pkgutil
import re
import sys

import attrs
import pydantic
from cudo_async_api.api import ROUTES, Namespaces

import cudo_async
from cudo_async import errors, models
from cudo_async._pagination import Page
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "generator"))
try:
    import docs
finally:
    sys.path.pop(0)

# ----------------------------------------------------------------------------- the exception tree


def _tree() -> dict[str, str]:
    """The tree drawn in errors.py's docstring: each class name -> the name it hangs under."""
    doc = errors.__doc__ or ""
    block = doc.split("::", 1)[1].split("\n\n", 2)[1]
    parents: dict[str, str] = {}
    chain: list[str] = []  # the last name at each depth
    for line in block.splitlines():
        found = re.search(r"[A-Za-z]", line)
        assert found, line
        depth = (found.start() - 4) // 4
        head = re.split(r"\s{2,}", line[found.start() :], maxsplit=1)[0]
        names = [n.strip() for n in head.rstrip(":").split(",")]
        for name in names:
            assert name.isidentifier(), line
            parents[name] = chain[depth - 1] if depth else ""
        chain[depth:] = [names[-1]]
    return parents


def _public_errors() -> dict[str, str]:
    """Every exception class the SDK defines, with its nearest public base (private ones such as
    ``_RequestError`` are skipped over). Every module is imported first, so that a class defined
    anywhere in the package is found."""
    for module in pkgutil.walk_packages(cudo_async.__path__, "cudo_async."):
        if module.name != "cudo_async._pytest_plugin":
            importlib.import_module(module.name)
    found: dict[str, str] = {}
    todo = [errors.CudoError]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__name__.startswith("_") or not cls.__module__.startswith("cudo_async"):
            continue
        base = next(b for b in cls.__mro__[1:] if not b.__name__.startswith("_"))
        found[cls.__name__] = "" if cls is errors.CudoError else base.__name__
    return found


def test_the_tree_in_the_errors_docstring_draws_every_exception_class_under_its_base() -> None:
    drawn, real = _tree(), _public_errors()
    assert set(drawn) == set(real), f"not drawn: {set(real) - set(drawn)}; not a class: {set(drawn) - set(real)}"
    assert drawn == real
    for name in real:
        assert name in errors.__all__ and getattr(errors, name).__name__ == name, name


def test_the_tree_check_finds_a_class_the_docstring_forgets() -> None:
    """A new exception class that nobody draws makes the check fail (as FeatureUnavailableError would have)."""

    class ForgottenError(errors.WaitError):
        pass

    ForgottenError.__module__ = errors.__name__
    try:
        assert "ForgottenError" in _public_errors() and "ForgottenError" not in _tree()
    finally:
        del ForgottenError
        gc.collect()
    assert "ForgottenError" not in _public_errors()


# ----------------------------------------------------------------------------- result types


def _result_types() -> list[type]:
    """The public classes (``cudo_async``'s and the AIP-193 detail types), and ``paginate``'s page."""

    public = [getattr(cudo_async, name) for name in cudo_async.__all__]
    public += [getattr(errors, name) for name in errors.__all__]
    found = [obj for obj in public if isinstance(obj, type) and not issubclass(obj, BaseException)]
    return [*found, Page]


def _attributes_section(doc: str) -> set[str]:
    """The names an ``Attributes:`` section of a docstring describes (each with some text)."""
    if "Attributes:" not in doc:
        return set()
    section = doc.split("Attributes:", 1)[1].split("\n\n", 1)[0]
    return set(re.findall(r"^    (\w+)(?: \([^)]*\))?: \S", section, flags=re.MULTILINE))


def _undocumented(cls: type) -> list[str]:

    described = _attributes_section(inspect.getdoc(cls) or "")
    names: set[str] = set()
    for klass in cls.__mro__:
        if klass.__module__.startswith("cudo_async"):
            names |= set(vars(klass)) | set(getattr(klass, "__annotations__", {}))
            names |= set(getattr(klass, "__slots__", ()))
    missing = []
    for name in sorted(n for n in names if not n.startswith("_")):
        member = inspect.getattr_static(cls, name, None)
        if isinstance(member, property | functools.cached_property | classmethod | staticmethod) or inspect.isfunction(
            member
        ):
            if not (inspect.getdoc(member) or "").strip():
                missing.append(f"{name} (no docstring)")
        elif name not in described:
            missing.append(f"{name} (not in the class's Attributes:)")
    return missing


def test_every_result_type_documents_what_it_holds() -> None:
    """``help(RawResponse)``, ``help(FleetWaitResult)``, ``help(NewAPIKey)``, ... say what each
    attribute holds: data in the class's ``Attributes:`` section, properties and methods in their own."""
    types = _result_types()
    assert {t.__name__ for t in types} >= {"RawResponse", "FleetWaitResult", "NewAPIKey", "Page", "RetryPolicy"}
    gaps = {cls.__name__: _undocumented(cls) for cls in types}
    assert not {name: gap for name, gap in gaps.items() if gap}


def test_the_result_type_check_finds_an_undocumented_attribute() -> None:

    @attrs.frozen
    class Result:
        """A result.

        Attributes:
            told: What it holds.
        """

        told: int
        untold: int

        @property
        def bare(self) -> int:
            return 1

    Result.__module__ = "cudo_async._client"
    assert _undocumented(Result) == ["bare (no docstring)", "untold (not in the class's Attributes:)"]


# ----------------------------------------------------------------------------- model fields


def _field_lines(cls: type) -> dict[str, str]:
    """Each entry of a model's ``Attributes:`` section: field -> its text (continuation lines joined)."""

    doc = inspect.getdoc(cls) or ""
    section = doc.split("Attributes:", 1)[1] if "Attributes:" in doc else ""
    entries: dict[str, str] = {}
    current = ""
    for line in section.splitlines():
        head = re.match(r"^    (\w+) \([^)]*\): (.*)$", line)
        if head:
            current = head.group(1)
            entries[current] = head.group(2)
        elif line.startswith("        ") and current:
            entries[current] += " " + line.strip()
    return entries


def _meaning(text: str, wire: str) -> str:
    """A field's text without its wire name: what it says the field holds."""
    return text.split(f"``{wire}`` on the wire.", 1)[0].strip()


def test_every_field_of_every_model_says_what_it_holds() -> None:
    """``help(models.VM)`` says of each field what it holds (the overlay's words, or a line built from
    the field's name, its model and its type), its wire name, and its unit where its name has one."""

    classes = [getattr(models, name) for name in models.__all__ if attrs.has(getattr(models, name))]
    assert classes
    gaps = []
    for cls in classes:
        entries = _field_lines(cls)
        wire_names = {name: wire for name, wire, _, _ in cls._fields()}
        for field in attrs.fields(cls):
            if field.name == "additional_properties":
                continue
            text = entries.get(field.name, "")
            meaning = _meaning(text, wire_names[field.name])
            if not (text and meaning[:1].isupper() and meaning.endswith(".")):
                gaps.append(f"{cls.__name__}.{field.name}: {text!r}")
    assert not gaps, gaps[:20]


def test_a_field_without_hand_written_text_gets_one_from_its_structure() -> None:

    disk = docs.holds("Gadget", "boot_disk", "message", "GadgetDisk | None")
    assert disk == "The gadget's boot disk: a ``GadgetDisk``."
    assert docs.holds("VMGadget", "zone_id", "str") == "The zone's id."
    assert docs.holds("Gadget", "zone_ids", "list", "list[str]") == "The ids of the zones."
    assert docs.holds("Gadget", "nics", "list", "list[GadgetNIC]") == "The gadget's NICs: a list of ``GadgetNIC``."
    state = docs.holds("Gadget", "state", "enum", "GadgetState")
    assert state == "The gadget's state: one of the ``GadgetState`` members."
    assert docs.holds("Gadget", "labels", "map", "GadgetLabels").startswith("The gadget's labels: a map")
    assert docs.holds("PolishGadgetBody", "size_gib", "int") == "The gadget's size."
    assert docs.holds("ListGadgetsResponse", "gadgets", "list", "list[Gadget]") == "The gadgets: a list of ``Gadget``."
    assert docs.holds("Gadget", "shiny", "bool") == "The gadget's shiny (a flag)."
    field = docs.field("Gadget", "sizeGib", "size_gib", "int", True)
    assert field.startswith("The gadget's size. ``sizeGib`` on the wire. In GiB.") and "Required" in field


def test_an_operations_body_names_its_model_and_the_fields_it_requires() -> None:

    namespaces = Namespaces()
    checked = 0
    for tag, operation, _, _ in ROUTES:
        method = getattr(getattr(namespaces, tag), operation)
        body = inspect.signature(method).parameters.get("body")
        if body is None or not attrs.has(body.annotation):
            continue
        doc = " ".join((inspect.getdoc(method) or "").split())
        line = doc.split(" body: ", 1)[1].split(" Returns:", 1)[0]
        model = body.annotation
        required = [f.name for f in attrs.fields(model) if f.default is attrs.NOTHING]
        assert f"``models.{model.__name__}``" in line and "``body=``" in line, (operation, line)
        for name in required:
            assert f"``{name}``" in line, (operation, name, line)
        assert ("every field is optional" in line) == (not required), (operation, line)
        checked += 1
    assert checked


def test_the_json_schema_of_a_model_describes_each_field_in_words() -> None:

    schema = pydantic.TypeAdapter(models.VM).json_schema()
    described = {name: prop.get("description", "") for name, prop in schema["properties"].items()}
    assert described["bootDisk"].startswith("The VM's boot disk")
    assert not [name for name, text in described.items() if not text or f"``{name}``" in text]

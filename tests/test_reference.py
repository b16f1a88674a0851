"""A reference a user can read without the source: the exception tree ``help(cudo_async.errors)``
draws, the docstrings of result types and model fields, and ``api.md``."""

from __future__ import annotations

import enum
import functools
import gc
import importlib
import inspect
import pkgutil
import re
import sys
import warnings
from typing import Any

import attrs
import pydantic
import pytest
import yaml
from cudo_async_api.api import PAGE_STYLES, ROUTES, Namespaces, SyncNamespaces

import cudo_async
from cudo_async import Cudo, errors, models
from cudo_async._pagination import Page
from cudo_async.testing import Emulator
from tests.conftest import ROOT
from tests.operation_args import argument, arguments

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


# ----------------------------------------------------------------------------- mistakes that say what to write


def _path_arguments(method: Any) -> list[Any]:
    """A valid value for each argument an operation takes by position (its path parameters)."""
    params = inspect.signature(method).parameters.values()
    return [argument(p.annotation) for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]


def _by_position(method: Any, operation: str) -> list[Any]:
    """The operation's path arguments and one more: its body where it takes one, else a value."""
    extra = arguments(method, operation)["body"] if "body" in inspect.signature(method).parameters else 7
    return [*_path_arguments(method), extra]


def _says_what_to_write(text: str, method: Any, operation: str) -> None:
    params = inspect.signature(method).parameters
    path = [name for name, p in params.items() if p.kind is p.POSITIONAL_OR_KEYWORD]
    required = [f"{name}=..." for name, p in params.items() if p.kind is p.KEYWORD_ONLY and p.default is p.empty]
    usage = ", ".join([*path, *required])
    assert "body" not in params or "body=..." in required
    assert f"write {operation}({usage})" in text, text


@pytest.mark.anyio
async def test_an_argument_given_by_position_that_goes_by_keyword_says_what_to_write() -> None:
    """Every operation: its body (or any other argument) given by position is refused before
    anything is sent, with the call to write instead, where Python would say "takes 2 positional
    arguments but 3 were given"."""
    async with Emulator(rate_limit=None) as emu, emu.client() as cudo:
        for tag, operation, _, _ in ROUTES:
            method = getattr(getattr(cudo, tag), operation)
            with pytest.raises(errors.ConfigurationError) as info:
                await method(*_by_position(method, operation))
            assert str(info.value).startswith(f"{operation} takes "), info.value
            _says_what_to_write(str(info.value), method, operation)
        assert emu.exchanges == []


def test_the_sync_client_says_the_same_of_an_argument_given_by_position() -> None:
    with Emulator(rate_limit=None) as emu, Cudo(api_key=emu.api_key, base_url=emu.base_url) as cudo:
        for tag, operation, _, _ in ROUTES:
            method = getattr(getattr(cudo, tag), operation)
            with pytest.raises(errors.ConfigurationError) as info:
                method(*_by_position(method, operation))
            assert str(info.value).startswith(f"{operation} takes "), info.value
            _says_what_to_write(str(info.value), method, operation)
        assert emu.exchanges == []


@pytest.mark.anyio
async def test_a_body_left_out_or_misspelt_says_what_to_write() -> None:
    async with Emulator(rate_limit=None) as emu, emu.client() as cudo:
        checked = 0
        for tag, operation, _, _ in ROUTES:
            method = getattr(getattr(cudo, tag), operation)
            if "body" not in inspect.signature(method).parameters:
                continue
            body = arguments(method, operation)["body"]
            with pytest.raises(errors.ConfigurationError, match="missing a required argument: 'body'") as info:
                await method(*_path_arguments(method))
            _says_what_to_write(str(info.value), method, operation)
            with pytest.raises(errors.ConfigurationError, match="no argument 'bdy'; did you mean body") as info:
                await method(*_path_arguments(method), bdy=body)
            _says_what_to_write(str(info.value), method, operation)
            checked += 1
        assert checked and emu.exchanges == []
        # The operations still work as they are called.
        assert isinstance(await cudo.virtual_machines.list_vm_data_centers(), models.ListVMDataCentersResponse)


def test_the_sync_client_says_what_to_write_for_a_misspelt_keyword() -> None:
    with Emulator(rate_limit=None) as emu, Cudo(api_key=emu.api_key, base_url=emu.base_url) as cudo:
        for tag, operation, _, _ in ROUTES:
            method = getattr(getattr(cudo, tag), operation)
            with pytest.raises(errors.ConfigurationError, match="no argument 'timout'; did you mean timeout"):
                method(*_path_arguments(method), timout=5)
        assert emu.exchanges == []


def test_a_type_error_raised_inside_a_sync_call_is_not_taken_for_a_wrong_call() -> None:
    """Only arguments that do not fit the signature turn into ConfigurationError."""

    class Failing(SyncNamespaces):
        def _send(self, *args: Any) -> Any:
            raise TypeError("from inside the call")

    tag, operation, _, _ = ROUTES[0]
    method = getattr(getattr(Failing(), tag), operation)
    with pytest.raises(TypeError, match="from inside the call"):
        method(*_path_arguments(method), **{k: v for k, v in arguments(method, operation).items() if k == "body"})


@pytest.mark.anyio
async def test_paginate_or_raw_given_a_call_instead_of_the_operation_says_what_to_write() -> None:
    """``paginate(cudo.disks.list_disks(...))``: the coroutine is closed (nothing is sent, no
    "never awaited" warning) and the error names the operation to pass."""
    async with Emulator(rate_limit=None) as emu, emu.client() as cudo:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            for tag, operation, _, _ in ROUTES:
                method = getattr(getattr(cudo, tag), operation)
                helpers = [("raw", cudo.raw)] + ([("paginate", cudo.paginate)] if operation in PAGE_STYLES else [])
                for name, helper in helpers:
                    with pytest.raises(errors.ConfigurationError) as info:
                        result = helper(method(*_path_arguments(method)))  # type: ignore[arg-type]
                        if name == "raw":
                            await result  # type: ignore[misc]
                    assert f"write cudo.{name}(cudo.{tag}.{operation}, " in str(info.value), info.value
                    assert "it was not sent" in str(info.value)
            gc.collect()
        assert not [w for w in caught if "never awaited" in str(w.message)]
        assert emu.exchanges == []


def test_the_sync_paginate_or_raw_given_a_result_instead_of_the_operation_says_what_to_write() -> None:
    """``cudo.paginate(cudo.disks.list_disks(...))`` on the sync client passes the first page: the
    error names the operation when one operation alone answers with that type."""
    namespaces = Namespaces()
    returned: dict[Any, list[str]] = {}
    for tag, operation, _, _ in ROUTES:
        answer = inspect.signature(getattr(getattr(namespaces, tag), operation)).return_annotation
        returned.setdefault(answer, []).append(f"cudo.{tag}.{operation}")
    checked = 0
    with Cudo(api_key="k") as cudo:
        for answer, operations in returned.items():
            if not attrs.has(answer):
                continue
            for name, helper in (("paginate", cudo.paginate), ("raw", cudo.raw)):
                with pytest.raises(errors.ConfigurationError) as info:
                    helper(answer.from_dict({}))
                text = str(info.value)
                assert f"not a value of type {answer.__name__}" in text and f"write cudo.{name}(" in text, text
                assert (f"cudo.{name}({operations[0]}, " in text) == (len(operations) == 1), text
            checked += 1
    assert checked


# ----------------------------------------------------------------------------- a parameter's documented range


def _spec_with(schema: dict[str, Any]) -> dict[str, Any]:
    size = {"in": "query", "name": "pageSize", "schema": schema}
    op = {"operationId": "list_gadgets", "tags": ["gadgets"], "parameters": [size]}
    return {"paths": {"/v1/gadgets": {"get": op}}, "components": {"schemas": {"Size": schema}}}


@pytest.mark.parametrize(
    ("schema", "bounds", "text"),
    [
        ({"type": "integer", "minimum": 1, "maximum": 100}, (1, 100, False, False), "from 1 to 100"),
        ({"type": "integer", "minimum": 0, "exclusiveMinimum": True}, (0, None, True, False), "more than 0"),
        ({"type": "integer", "maximum": 50}, (None, 50, False, False), "at most 50"),
        ({"type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 2}, (0.5, 2, True, True),
         "more than 0.5 and less than 2"),  # (OpenAPI 3.1's form)
        ({"type": "integer", "format": "int32"}, (None, None, False, False), ""),
        ({"type": "string", "minimum": 1}, (None, None, False, False), ""),
    ],
)  # fmt: skip
def test_a_parameters_range_is_read_from_the_spec(schema: dict[str, Any], bounds: tuple[Any, ...], text: str) -> None:
    spec = _spec_with(schema)
    try:
        docs.load(spec)
        assert docs.parameter_range("list_gadgets", "pageSize", "query") == bounds
        assert docs.range_text(bounds) == text
        by_reference = _spec_with({"$ref": "#/components/schemas/Size"})
        by_reference["components"]["schemas"]["Size"] = schema
        docs.load(by_reference)
        assert docs.parameter_range("list_gadgets", "pageSize", "query") == bounds
        assert docs.parameter_range("list_gadgets", "pageToken", "query") == (None, None, False, False)
        assert docs.parameter_range("no_such_operation", "pageSize", "query") == (None, None, False, False)
    finally:
        docs.load(yaml_spec())


def yaml_spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    return loaded


@pytest.mark.parametrize(
    ("value", "refused"),
    [(0, True), (1, False), (100, False), (101, True), (-5, True), (50.5, False), ("abc", False), (None, False)],
)
def test_a_number_outside_the_documented_range_is_refused(value: Any, refused: bool) -> None:
    """The generated check (``make generate`` puts one in every operation whose spec gives a range);
    a value of another type is left to the type check that follows."""
    from cudo_async_api.types import check_range

    if not refused:
        check_range("page_size", value, 1, 100, False, False, "from 1 to 100")
        return
    with pytest.raises(errors.ConfigurationError) as info:
        check_range("page_size", value, 1, 100, False, False, "from 1 to 100")
    assert str(info.value) == f"page_size must be from 1 to 100 (the range the API documents), got {value}"


def test_an_excluded_bound_is_itself_refused() -> None:
    from cudo_async_api.types import check_range

    check_range("n", 1, 0, 2, True, True, "more than 0 and less than 2")
    for value in (0, 2):
        with pytest.raises(errors.ConfigurationError, match="n must be more than 0 and less than 2"):
            check_range("n", value, 0, 2, True, True, "more than 0 and less than 2")


# ----------------------------------------------------------------------------- api.md

API_MD = ROOT / "api.md"


def _sections(text: str, level: str) -> dict[str, str]:
    """The sections of ``text`` at a heading level ("## " or "### "), by their anchor."""
    parts = re.split(rf"^{level}<a id=\"([^\"]+)\"></a>.*$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_api_md_has_every_operation_under_its_namespace_with_its_signature_method_path_and_errors() -> None:
    text = API_MD.read_text()
    namespaces = _sections(text, "## ")
    namespaces_api = Namespaces()
    for tag, operation, method, path in ROUTES:
        section = namespaces[f"ns-{tag}"]
        assert f"`cudo.{tag}`" in text.split(f'<a id="ns-{tag}">', 1)[1].splitlines()[0]
        entry = _sections(section, "### ")[f"op-{operation}"]
        call = getattr(getattr(namespaces_api, tag), operation)
        signature = " ".join(entry.split("```python", 1)[1].split("```", 1)[0].split())
        assert signature.startswith(f"async def {operation}("), entry
        returns = inspect.signature(call).return_annotation
        assert signature.endswith(f"-> {getattr(returns, '__name__', returns)}"), (operation, signature)
        for name, param in inspect.signature(call).parameters.items():
            if name not in ("timeout", "retry", "extra_headers", "extra_query"):
                assert f"{name}: " in signature, (operation, name)
            if param.kind is param.POSITIONAL_OR_KEYWORD and "*" in signature:
                assert signature.index(f"{name}: ") < signature.index("*"), (operation, name)
        assert f"`{method} {path}`" in entry, operation
        raised = re.findall(r"`(\w+Error)`", entry.split("Raises: ", 1)[1])
        docstring = inspect.getdoc(call) or ""
        assert raised == re.findall(r"^    (\w+Error):", docstring.split("Raises:", 1)[1], flags=re.M), operation
        if "body" in inspect.signature(call).parameters:
            assert "Body: " in entry and "as `body=`" in entry, operation


def test_api_md_lists_the_paginated_operations_and_links_only_to_what_it_has() -> None:
    text = API_MD.read_text()
    paginated = _sections(text, "## ")["paginated-operations"]
    listed = re.findall(r"^\| \[`cudo\.(\w+)\.(\w+)`\]\(#op-(\w+)\)", paginated, flags=re.MULTILINE)
    assert sorted(op for _, op, _ in listed) == sorted(PAGE_STYLES)
    assert all(op == anchor for _, op, anchor in listed)
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', text))
    links = set(re.findall(r"\]\(#([^)]+)\)", text))
    assert links and not links - anchors, sorted(links - anchors)
    for name in models.__all__:
        cls = getattr(models, name)
        if isinstance(cls, type) and (attrs.has(cls) or issubclass(cls, enum.Enum)):
            assert f"model-{name.lower()}" in anchors, name


def test_api_md_is_written_by_make_generate_and_its_drift_fails_check_generated(tmp_path: Any) -> None:
    from tests.regen_support import make, scratch_repo

    repo = scratch_repo(tmp_path)
    assert make(repo, "check-generated").returncode == 0
    (repo / "api.md").write_text((repo / "api.md").read_text().replace("async def", "def", 1))
    drift = make(repo, "check-generated")
    assert drift.returncode != 0 and "api.md differs from 'make generate' output" in drift.stderr, drift.stderr
    (repo / "api.md").unlink()
    result = make(repo, "generate")
    assert result.returncode == 0, result.stderr
    assert (repo / "api.md").read_text() == API_MD.read_text()
    assert not list((repo / "generated").glob(".new-*"))

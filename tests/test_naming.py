"""The one name rule (generator/naming.py): what it reserves in each scope is what the SDK and the
generated code really use there, and it renames, or refuses, names of our own."""

from __future__ import annotations

import ast
import inspect
import sys
from typing import Any

import pytest
from cudo_async_api import models
from cudo_async_api.api import TAGS

from cudo_async import AsyncCudo, Cudo
from tests.conftest import ROOT
from tests.regen_support import names_the_generated_code_uses

sys.path.insert(0, str(ROOT / "generator"))
try:
    import naming
finally:
    sys.path.pop(0)

GENERATED = ROOT / "generated" / "cudo_async_api"


def test_every_attribute_of_the_clients_is_reserved_for_tag_namespaces() -> None:
    # A helper added to AsyncCudo or Cudo must be added to naming.RESERVED["namespace"], or a tag of
    # that name would hide it (or be hidden by it).
    attributes = {name for cls in (AsyncCudo, Cudo) for name in dir(cls) if not name.startswith("_")} - set(TAGS)
    assert attributes <= naming.RESERVED["namespace"], sorted(attributes - naming.RESERVED["namespace"])


def test_the_per_call_options_and_the_body_are_reserved_for_parameters() -> None:
    # The keyword-only arguments every generated method adds to the spec's own (missing_ok on one that deletes).
    client = AsyncCudo(api_key="k")
    added: set[str] = set()
    for tag in TAGS:
        namespace = getattr(client, tag)
        for name in (n for n in dir(namespace) if not n.startswith("_")):
            method = getattr(namespace, name)
            builder = getattr(sys.modules[type(namespace).__module__], "_" + name)._request
            own = set(inspect.signature(builder).parameters)
            added |= {n for n, p in inspect.signature(method).parameters.items() if p.kind is p.KEYWORD_ONLY} - own
    assert {"timeout", "retry", "extra_headers", "extra_query"} <= added
    assert added <= naming.RESERVED["parameter"] and "body" in naming.RESERVED["parameter"], sorted(added)


def test_what_a_model_defines_besides_its_fields_is_reserved_for_fields() -> None:
    fields = {name for name, *_ in models.VM._fields()}
    own = {n for n in dir(models.VM) if not n.startswith("_") and n not in fields}
    page = {n for n in dir(models.ListVMsResponse) if not n.startswith("_")} - {
        name for name, *_ in models.ListVMsResponse._fields()
    }
    assert own | page <= naming.RESERVED["field"], sorted((own | page) - naming.RESERVED["field"])


def test_every_name_a_generated_module_imports_is_reserved_for_classes() -> None:
    imported: set[str] = set()
    for path in GENERATED.rglob("*.py"):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.ImportFrom) and not (node.level and (node.module or "").startswith("models")):
                imported |= {alias.asname or alias.name for alias in node.names if alias.name[:1].isupper()}
            elif isinstance(node, ast.If):  # if TYPE_CHECKING: ...
                for inner in node.body:
                    if isinstance(inner, ast.ImportFrom) and (inner.module or "") == "cudo_async":
                        imported |= {alias.asname or alias.name for alias in inner.names}
    classes = set(models.__all__)
    assert imported - classes <= naming.RESERVED["class"], sorted(imported - classes - naming.RESERVED["class"])


def test_every_name_the_generated_code_binds_where_a_spec_name_lands_is_reserved() -> None:
    # A parameter named like a helper its builder calls (wire_body) or a local (params), a tag
    # named like the decorator of the namespace classes (cached_property), a field named like
    # what a model's class body reads: each would hide the other. (The corpus checks the same on
    # a package with every construct; the operation modules' imports count in every branch.)
    for scope, names in names_the_generated_code_uses(GENERATED).items():
        assert names <= naming.RESERVED[scope], (scope, sorted(names - naming.RESERVED[scope]))


@pytest.mark.parametrize(
    ("name", "scope", "python"),
    [
        ("timeout", "parameter", "timeout_"),
        ("extraQuery", "parameter", "extra_query_"),
        ("params", "parameter", "params_"),
        ("lambda", "parameter", "lambda_"),
        ("match", "field", "match_"),
        ("case", "parameter", "case_"),
        ("sorted", "field", "sorted_"),
        ("fromDict", "field", "from_dict_"),
        ("id", "field", "id"),
        ("projectId", "field", "project_id"),
        ("projectId", "namespace", "project_id_"),
        ("with_options", "namespace", "with_options_"),
        ("Gizmo Hub", "namespace", "gizmo_hub"),
        ("raw_", "namespace", "raw_"),  # a rule's name reads as itself
        ("Callable", "class", "Callable_"),
        ("ValueError", "class", "ValueError_"),
        ("GizmoState", "class", "GizmoState"),
        ("yield", "operation", "yield_"),
        ("3dPrint", "field", "field_3_d_print"),
        ("x-ray", "member", "X_RAY"),
        ("9lives", "member", "VALUE_9_LIVES"),
        ("", "member", "EMPTY"),
    ],
)
def test_the_rule_renames_what_would_hide_a_name(name: str, scope: str, python: str) -> None:
    assert naming.python_name(name, scope) == python
    assert naming.renamed(name, scope) == (python.endswith("_") and not name.endswith("_"))


@pytest.mark.parametrize(
    ("names", "scope"),
    [
        (["gizmoId", "gizmo_id"], "field"),
        (["GizmoHub", "GIZMOHub"], "class"),
        (["on-hold", "ON_HOLD"], "member"),
        (["timeout", "timeout_"], "parameter"),
        (["Gizmo.Count", "gizmoCount"], "parameter"),
    ],
)
def test_two_names_that_read_the_same_are_refused_naming_both(names: list[str], scope: str) -> None:
    with pytest.raises(naming.NameError_) as info:
        naming.python_names(names, scope, "schema Gizmo")
    assert all(repr(n) in str(info.value) for n in names) and "schema Gizmo" in str(info.value)


def test_a_name_with_no_letter_or_digit_is_refused_saying_where() -> None:
    with pytest.raises(naming.NameError_, match="schema Gizmo: the field name '--' has no letter or digit"):
        naming.python_names(["ok", "--"], "field", "schema Gizmo")


def test_namespace_classes_stay_apart_from_model_classes_and_from_each_other() -> None:
    # A tag's classes share its module with the models its operations use, and api/__init__.py
    # imports every tag's two classes: the sync twin of "gizmo" reads as the class of "gizmo sync".
    found = naming.namespace_classes(["gizmo", "gizmo_sync", "gizmo_hub"], ["GizmoHubAPI", "Gizmo"])
    assert found == {
        ("gizmo", False): "GizmoAPI", ("gizmo_hub", False): "GizmoHubAPI_", ("gizmo_sync", False): "GizmoSyncAPI",
        ("gizmo", True): "GizmoSyncAPI_", ("gizmo_hub", True): "GizmoHubSyncAPI",
        ("gizmo_sync", True): "GizmoSyncSyncAPI",
    }  # fmt: skip
    assert len(set(found.values())) == len(found)


def _signature_names(obj: Any) -> set[str]:
    return set(inspect.signature(obj).parameters)


def test_todays_generated_operations_keep_the_per_call_options() -> None:
    # Every generated operation, of every namespace, takes the four options by keyword.
    client = AsyncCudo(api_key="k")
    for tag in TAGS:
        namespace = getattr(client, tag)
        for name in dir(namespace):
            if not name.startswith("_") and callable(getattr(namespace, name)):
                assert {"timeout", "retry", "extra_headers", "extra_query"} <= _signature_names(
                    getattr(namespace, name)
                )

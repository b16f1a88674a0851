"""The generated surface a user meets: names, docstrings, proto3 zero values, deprecations."""

from __future__ import annotations

import importlib
import inspect
import re
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from cudo_async_api.api import PAGE_STYLES, ROUTES

from cudo_async import AsyncCudo, errors, models
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "generator"))
import docs
import naming

SPEC = yaml.safe_load((ROOT / "openapi.yaml").read_text())
GENERATED = ROOT / "generated" / "cudo_async_api"


def stock_snake(name: str) -> str:
    """How the generator splits names by itself: on digits and inside acronyms (``ipv_4_free``)."""
    value = "".join(c for c in name if c.isidentifier() or c.isdecimal() or c in " _-.")
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return "_".join(re.findall(r"[^ _\-.]+", value)).lower()


def wire_names() -> set[str]:
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            found.update(k for k, v in (node.get("properties") or {}).items() if isinstance(v, dict))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(SPEC)
    found.update(p["name"] for item in SPEC["paths"].values() for op in item.values() for p in op.get("parameters", []))
    return found


def model_classes() -> list[type]:
    return [getattr(models, name) for name in models.__all__ if attrs.has(getattr(models, name))]


def python_names() -> set[str]:
    names = {f.name for cls in model_classes() for f in attrs.fields(cls)}
    for tag, operation, _, _ in ROUTES:
        api = importlib.import_module(f"cudo_async_api.api.{tag}")
        method = getattr(api, naming.pascal(tag) + "API").__dict__[operation]
        names.update(inspect.signature(method).parameters)
        names.add(operation)
    names.update(p.stem for p in GENERATED.rglob("*.py"))
    return names


def test_no_name_is_split_on_a_digit_or_inside_an_acronym() -> None:
    names = python_names()
    stock_only = {stock_snake(w) for w in wire_names()} - {naming.snake(w) for w in wire_names()}
    assert stock_only >= {"v_ms", "ipv_4_free", "s_3_endpoint", "ipv_4_price_hr", "ipv_4_addresses"}
    assert not names & stock_only
    assert {"vms", "ipv4_free", "s3_endpoint", "ipv4_price_hr", "ipv4_addresses"} <= names
    # A lone letter before another word is an acronym split (``v_ms``); a last one is the wire's
    # own word (``gpuTemperatureC`` -> ``gpu_temperature_c``).
    assert not [n for n in names if re.search(r"_\d|(^|_)[a-z]_", n)]


def test_class_names_keep_acronyms_upper_case() -> None:
    classes = [cls.__name__ for cls in model_classes()] + [n for n in models.__all__ if n.endswith("State")]
    lowered = re.compile(r"(Vm|Vms|Api|Ssh|Gpu|Cpu|Nic|Os|Ip)(?=[A-Z0-9]|$)")
    assert not [c for c in classes if lowered.search(c)]
    assert {"VMState", "VMNIC", "SSHKey", "APIKey", "GPUModel", "CommitVMBody", "Empty"} <= set(models.__all__)
    assert not [c for c in models.__all__ if re.search(r"Response\d+$", c)]  # one Empty for every empty answer


def test_path_parameters_are_named_after_their_resource() -> None:
    params = {
        p for tag, op, _, _ in ROUTES for p in re.findall(r"\{(\w+)\}", dict(((o, p) for _, o, _, p in ROUTES))[op])
    }
    assert not params & {"id", "name"}
    assert {"vm_id", "disk_id", "network_id", "security_group_id", "api_key_name"} <= params


def test_every_operation_namespace_and_model_has_its_docstring() -> None:
    """Hand-written where generator/docs.py has a line, built from the spec's structure where not."""
    docs.load(SPEC)
    for tag, operation, method, path in ROUTES:
        api = getattr(importlib.import_module(f"cudo_async_api.api.{tag}"), naming.pascal(tag) + "API")
        doc = inspect.getdoc(getattr(api, operation)) or ""
        first = docs.OPERATIONS.get(operation) or f"{docs.title(operation)}: sends "
        assert doc.startswith(first), operation
        assert f"``{method} {path}``" in doc and "Returns:" in doc and "Raises:" in doc, operation
        for name in inspect.signature(getattr(api, operation)).parameters:
            if name != "self":
                assert f"    {name}: " in doc, (operation, name)
        if operation in PAGE_STYLES:
            assert "AsyncCudo.paginate" in doc, operation
        assert inspect.getdoc(getattr(AsyncCudo, tag)), tag
    for cls in model_classes():
        assert (cls.__doc__ or "").strip(), cls
    for name in dir(errors):
        obj = getattr(errors, name)
        if isinstance(obj, type) and issubclass(obj, BaseException) and obj.__module__.startswith("cudo_async"):
            assert (obj.__doc__ or "").strip(), name
    assert "GiB" in (models.VM.__doc__ or "") and "RFC 3339" in (models.VM.__doc__ or "")


def _raises(doc: str) -> set[str]:
    section = doc.split("Raises:", 1)[1]
    return set(re.findall(r"^    (\w+Error):", section, flags=re.MULTILINE))


def test_each_operation_lists_the_errors_its_shape_can_meet() -> None:
    """Derived per operation: NotFoundError where the path names a resource, AlreadyExistsError
    only for creates, FailedPreconditionError only where something existing is changed."""
    ops = {op["operationId"]: (method.upper(), op) for item in SPEC["paths"].values() for method, op in item.items()}
    for tag, operation, method, path in ROUTES:
        api = getattr(importlib.import_module(f"cudo_async_api.api.{tag}"), naming.pascal(tag) + "API")
        raised = _raises(inspect.getdoc(getattr(api, operation)) or "")
        assert {"PermissionDeniedError", "UnauthenticatedError", "APIConnectionError"} <= raised, operation
        assert ("NotFoundError" in raised) == ("{" in path), operation
        creates = method == "POST" and (
            bool(ops[operation][1].get("x-cudo-safe-to-repeat"))
            or operation.startswith(("create_", "generate_", "add_"))
        )
        assert ("AlreadyExistsError" in raised) == creates, operation
        if method == "GET":
            assert not raised & {"AlreadyExistsError", "FailedPreconditionError"}, operation
        if method == "DELETE":
            assert "FailedPreconditionError" in raised, operation
        takes = "requestBody" in ops[operation][1] or any(
            p.get("in") == "query" for p in ops[operation][1].get("parameters", [])
        )
        assert ("InvalidArgumentError" in raised) == takes, operation
    for name, error in (("NotFoundError", errors.NotFoundError), ("AlreadyExistsError", errors.AlreadyExistsError)):
        assert getattr(errors, name) is error  # the names the docstrings use are the ones users import


def test_an_operation_tag_or_parameter_without_hand_written_text_gets_it_from_the_spec() -> None:
    spec = {
        "paths": {
            "/v1/projects/{projectId}/gadgets/{gadgetId}:polish": {
                "post": {
                    "operationId": "polish_gadget",
                    "tags": ["gadgets"],
                    "parameters": [
                        {"in": "path", "name": "projectId", "required": True, "schema": {"type": "string"}},
                        {"in": "path", "name": "gadgetId", "required": True, "schema": {"type": "string"}},
                        {"in": "query", "name": "shine", "schema": {"type": "integer", "format": "int32"}},
                    ],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/c/s/PolishBody"}}}},
                }
            }
        }
    }
    try:
        docs.load(spec)
        assert docs.missing() == {
            "operations": ["polish_gadget"],
            "tags": ["gadgets"],
            "parameters": ["gadget_id", "shine"],
        }
        params = [["project_id", "projectId", "path", True], ["gadget_id", "gadgetId", "path", True],
                  ["shine", "shine", "query", False]]  # fmt: skip
        path = "/v1/projects/{project_id}/gadgets/{gadget_id}:polish"
        text = docs.operation("polish_gadget", "POST", path, params, True, "Empty", None, False)
        assert text.splitlines()[:3] == [
            "Polish gadget: sends a ``PolishBody``, answers nothing.",
            "",
            f"``POST {path}``",
        ]
        assert docs.title("snapshot_vm") == "Snapshot VM"
        assert "    gadget_id: The gadget's id." in text
        assert "    shine: The ``shine`` query parameter (int32)" in text and "Optional; left out when None." in text
        assert "    NotFoundError:" in text and "    InvalidArgumentError:" in text and "AlreadyExists" not in text
        assert docs.tag("gadgets") == "The gadgets operations of the API."
        stale = docs.stale(spec)
        assert "get_vm" in stale["operations"] and "virtual_machines" in stale["tags"]
    finally:
        docs.load(SPEC)


@pytest.mark.parametrize(
    ("wire", "python_name", "unit"),
    [
        ("memoryGib", "memory_gib", "In GiB."),
        ("sizeBytes", "size_bytes", "In bytes."),
        ("cpuSpeedMhz", "cpu_speed_mhz", "In MHz."),
        ("totalPriceHr", "total_price_hr", "A price per hour, in the billing account's currency."),
        ("memoryGibPriceHr", "memory_gib_price_hr", "A price per GiB per hour, in the billing account's currency."),
        ("storageTibFree", "storage_tib_free", "In TiB."),
        ("vcpus", "vcpus", "A count of virtual CPUs."),
        ("colour", "colour", ""),
    ],
)
def test_fields_carry_their_units(wire: str, python_name: str, unit: str) -> None:
    assert docs.units(wire, python_name) == unit
    if unit:
        assert unit in docs.field("Anything", wire, python_name, "int", False)


def list_answers() -> list[type]:
    return [cls for cls in model_classes() if any(f.type.startswith("list[") for f in attrs.fields(cls))]


@pytest.mark.parametrize("cls", list_answers(), ids=lambda c: c.__name__)
def test_an_empty_answer_decodes_to_empty_lists_and_zero_values(cls: type) -> None:
    """CUDO's gateway leaves out fields at their zero value: ``{}`` is an empty project."""
    value = cls.from_dict({})
    for field in attrs.fields(cls):
        got = getattr(value, field.name)
        if field.type.startswith("list["):
            assert got == [], (cls, field.name)
        assert "UNSET" not in repr(got)
    # Only what the API requires is sent at its zero value (a validating server would miss it).
    required = {f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING and f.init}
    assert len(value.to_dict()) == len(required)


def test_absent_fields_read_as_their_zero_values_and_are_left_out_when_sent() -> None:
    vm = models.VM.from_dict({"id": "vm-1", "projectId": "p", "vcpus": None, "bootDisk": None})
    assert (vm.vcpus, vm.memory, vm.renewable_energy, vm.nics, vm.boot_disk) == (0, 0, False, [], None)
    assert vm.state is next(iter(models.VMState)) and vm.create_time is None and len(vm.metadata) == 0
    # The enum's zero member is a zero value too: proto3 JSON leaves it out.
    assert vm.to_dict() == {"id": "vm-1", "projectId": "p"}
    body = models.CreateVMBody(
        data_center_id="dc", machine_type="m", vm_id="v", boot_disk_image_id="i", vcpus=2, memory_gib=4, gpus=0
    )
    sent = body.to_dict()
    assert sent["vcpus"] == 2 and "customSshKeys" not in sent and "metadata" not in sent
    assert models.CreateVMBody.from_dict(sent) == body


def test_maps_read_and_write_like_dicts() -> None:
    metadata = models.CreateVMBodyMetadata.from_dict({"team": "ml"})
    metadata["owner"] = "ops"
    assert dict(metadata) == {"team": "ml", "owner": "ops"} and metadata.get("none", "-") == "-"
    assert "team" in metadata and len(metadata) == 2
    vm = models.VM.from_dict({"id": "v", "projectId": "p", "metadata": {"a": "b"}, "surprise": 1})
    assert vm.metadata["a"] == "b" and vm.additional_properties == {"surprise": 1}
    # A message's wire form (to_dict) holds known and unknown members alike.
    assert vm.to_dict()["surprise"] == 1 and vm.to_dict()["metadata"] == {"a": "b"} and "id" in vm.to_dict()


def test_models_module_imports_both_ways() -> None:
    import cudo_async.models as by_import
    from cudo_async.models import VM

    assert by_import is models and VM is models.VM and VM.__module__ == "cudo_async_api.models.vm"
    assert "VM" in dir(models)
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018


def test_deprecated_operation_warns_and_says_so() -> None:
    method = AsyncCudo.virtual_machines.func(AsyncCudo(api_key="k")).list_vm_machine_types_legacy  # type: ignore[attr-defined]
    assert "Deprecated" in (method.__doc__ or "")
    assert "Deprecated" not in (
        AsyncCudo.virtual_machines.func(AsyncCudo(api_key="k")).list_vm_machine_types.__doc__ or ""
    )  # type: ignore[attr-defined]


def test_paginate_refuses_an_operation_without_pages() -> None:
    async def unpaged() -> None: ...

    with pytest.raises(errors.ConfigurationError, match="not a paginated operation"):
        AsyncCudo(api_key="k").paginate(unpaged)  # type: ignore[arg-type]


def test_generated_package_has_a_project_name() -> None:
    assert (ROOT / "generated" / "cudo_async_api" / "__init__.py").exists()
    assert not Path(ROOT / "generated" / "cudo_api").exists()

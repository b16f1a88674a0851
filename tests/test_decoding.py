"""Forward-compatible decoding (from the generator templates): what proto3 JSON and additive change allow."""

from __future__ import annotations

import ast
import builtins
import datetime
import decimal
import enum
import json
import math
import sys
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import httpx2
import pytest
import yaml
from cudo_async_api import models as generated

from cudo_async import _json, errors, models
from cudo_async._decode import decode_error
from tests.conftest import ROOT
from tests.emulator_support import spec_document
from tests.helpers import client, ok

VM = {"projectId": "p", "commitmentTerm": "COMMITMENT_TERM_NONE", "id": "vm-1"}


def test_unknown_enum_value_is_kept_and_visible() -> None:
    new = "STATE_NOT_IN_THE_SPEC"  # a spec that lists it (after make spec) would make it known
    assert new not in {member.value for member in models.VMState}
    vm = models.VM.from_dict({**VM, "state": new, "commitmentTerm": "COMMITMENT_TERM_7_YEARS"})
    assert vm.state == new and str(vm.state) == new
    assert isinstance(vm.state, models.VMState) and not vm.state.is_known
    assert models.VMState("ACTIVE").is_known and models.VMState("ACTIVE") is models.VMState.ACTIVE
    assert vm.to_dict()["state"] == new  # survives a round trip
    with pytest.raises(ValueError):
        models.VMState(5.5)  # type: ignore[arg-type]  # no enum value is a float


@pytest.mark.parametrize("number", [0, 5, 41, -1])
def test_an_enum_sent_as_its_number_reads_and_goes_back_as_sent(number: int) -> None:
    # proto3 JSON lets a server send an enum's number instead of its name; the spec names only.
    vm = models.VM.from_dict({**VM, "state": number})
    assert isinstance(vm.state, models.VMState) and not vm.state.is_known
    assert vm.state.value == number and str(vm.state) == str(number) and vm.state == str(number)
    assert vm.to_dict()["state"] == number
    assert repr(vm.state) and models.VM.from_dict(vm.to_dict()).state.value == number


def test_unknown_fields_are_kept() -> None:
    vm = models.VM.from_dict({**VM, "gpuTopology": {"nvlink": True}, "price": {"newPrice": {"value": "1"}}})
    assert vm.additional_properties == {"gpuTopology": {"nvlink": True}}
    assert vm.to_dict()["gpuTopology"] == {"nvlink": True}


def test_missing_required_fields_take_their_zero_value() -> None:
    page = models.ListDisksResponse.from_dict({"disks": [{"id": "d"}]})  # proto3 omits totalCount=0 etc.
    assert (page.total_count, page.page_number, page.page_size) == (0, 0, 0)
    disk = page.disks[0]  # type: ignore[index]
    assert (disk.id, disk.project_id, disk.size_gib) == ("d", "", 0)
    get = models.GetVMResponse.from_dict({})
    assert isinstance(get.vm, models.VM) and get.vm.project_id == ""
    price = models.MachineTypePrice.from_dict({})
    assert price.commitment_term == models.CommitmentTerm.COMMITMENT_TERM_NONE


def test_null_means_default() -> None:
    page = models.ListDisksResponse.from_dict({"disks": None, "totalCount": None})
    assert page.total_count == 0 and not page.disks


@pytest.mark.parametrize(("wire", "expected"), [("4096", 4096), (4096, 4096), ("-7", -7), (1e3, 1000), ("1e3", 1000)])
def test_integers_in_any_proto3_form(wire: object, expected: int) -> None:
    assert models.VM.from_dict({**VM, "memory": wire}).memory == expected


@pytest.mark.parametrize(
    ("wire", "expected"),
    [(1.5, 1.5), (2, 2.0), ("0.25", 0.25), ("NaN", math.nan), ("Infinity", math.inf), ("-Infinity", -math.inf)],
)
def test_floats_in_any_proto3_form(wire: object, expected: float) -> None:
    value = models.LatLng.from_dict({"latitude": wire}).latitude
    assert isinstance(value, float)
    assert (math.isnan(value) and math.isnan(expected)) or value == expected


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("2026-01-02T03:04:05Z", datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)),
        ("2026-01-02T03:04:05.123456789Z", datetime.datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.UTC)),
        (
            "2026-01-02T03:04:05.1+05:30",
            datetime.datetime(
                2026, 1, 2, 3, 4, 5, 100000, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))
            ),
        ),
        ("2026-01-02t03:04:05z", datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)),
    ],
)
def test_timestamps_in_rfc3339_forms(wire: str, expected: datetime.datetime) -> None:
    assert models.VM.from_dict({**VM, "createTime": wire}).create_time == expected


@pytest.mark.anyio
@pytest.mark.parametrize(
    "payload",
    [
        {"VM": {**VM, "memory": "not a number"}},
        {"VM": {**VM, "createTime": "yesterday"}},
        {"VM": {**VM, "nics": {"not": "a list"}}},
        {"VM": {**VM, "state": {"not": "an enum value"}}},  # (a number is one: proto3 allows it)
    ],
)
async def test_values_that_cannot_be_read_are_invalid_response_errors(payload: object) -> None:
    async with client(lambda r: ok(payload)) as cudo:
        with pytest.raises(errors.InvalidResponseError) as info:
            await cudo.virtual_machines.get_vm("p", "vm-1")
    assert info.value.operation == "get_vm" and info.value.excerpt.startswith('{"VM"')


@pytest.mark.anyio
async def test_a_real_forward_compatible_answer_end_to_end() -> None:
    answer = {
        "VMs": [
            {
                "id": "vm-1",
                "projectId": "p",
                "state": "HIBERNATING",
                "memory": "8192",
                "vcpus": 4,
                "createTime": "2026-03-01T10:00:00.000000001Z",
                "newTopLevel": [1, 2],
                "price": {"totalPriceHr": {"value": "0.1"}},
            }
        ],
        "nextGeneration": True,
    }
    async with client(lambda r: ok(answer)) as cudo:
        result = await cudo.virtual_machines.list_vms("p")
    vm = result.vms[0]
    assert (vm.state, vm.memory, vm.vcpus) == ("HIBERNATING", 8192, 4)
    assert vm.additional_properties == {"newTopLevel": [1, 2]}
    assert result.additional_properties == {"nextGeneration": True}
    assert vm.commitment_term == models.CommitmentTerm.COMMITMENT_TERM_NONE  # required, left out: zero value


# ----------------------------------------------------------------------------- every field, its Python type

_INTEGER_FORMATS = {
    "int32",
    "int64",
    "uint32",
    "uint64",
    "sint32",
    "sint64",
    "fixed32",
    "fixed64",
    "sfixed32",
    "sfixed64",
}


def _schemas() -> dict[str, Any]:
    return spec_document()["components"]["schemas"]  # type: ignore[no-any-return]


def _is_decimal_schema(schema: dict[str, Any]) -> bool:
    props = schema.get("properties", {})
    return list(props) == ["value"] and props["value"].get("type") == "string"


def _class_for(name: str) -> Any:
    sys.path.insert(0, str(ROOT / "generator"))
    try:
        import naming
    finally:
        sys.path.pop(0)
    overrides = yaml.safe_load((ROOT / "generator" / "config.yaml").read_text()).get("class_overrides") or {}
    class_name = naming.python_name(name, "class")  # the name rule, then config.yaml's overrides
    class_name = overrides.get(class_name, {}).get("class_name") or class_name
    return getattr(generated, class_name, None) if class_name in generated.__all__ else None


def _wire_and_type(schema: dict[str, Any], depth: int = 0) -> tuple[Any, Any]:
    """A wire value of a field's schema, and the Python type it must read as (by type and format)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        target = _schemas()[name]
        if _is_decimal_schema(target) and name.endswith("Decimal"):
            return {"value": "0.0210"}, decimal.Decimal
        cls = _class_for(name)
        if target.get("enum"):
            return target["enum"][-1], cls
        return {}, cls if cls is not None else _Message
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "array":
        item, item_type = _wire_and_type(schema.get("items", {}), depth + 1)
        return [item], (list, item_type)
    if kind == "string" and schema.get("enum"):
        return schema["enum"][-1], enum.Enum
    if kind == "string" and fmt == "date-time":
        return "2026-03-01T10:00:00.123456789Z", datetime.datetime
    if kind == "string" and fmt in _INTEGER_FORMATS:
        return "9007199254740993", int  # past a double's exact range: read from the string
    if kind == "integer":
        return 7, int
    if kind == "number":
        return 2.5, float
    if kind == "boolean":
        return True, bool
    if kind == "object" and schema.get("properties"):
        return {}, _Message
    if kind == "object" or "additionalProperties" in schema:
        return {"k": "v"}, MutableMapping
    return "text", str  # a string of a format this SDK does not read specially: kept as sent


def _fields_of_the_spec() -> list[tuple[str, str, dict[str, Any]]]:
    out = []
    for name, schema in _schemas().items():
        if schema.get("properties") and not (_is_decimal_schema(schema) and name.endswith("Decimal")):
            out.extend((name, wire, prop) for wire, prop in schema["properties"].items())
    return out


class _Message:
    """Expected: a generated message (an inline object schema)."""


def _check_type(value: Any, expected: Any) -> bool:
    if expected is _Message:
        return hasattr(value, "_fields") and not isinstance(value, MutableMapping)
    if isinstance(expected, tuple):
        return isinstance(value, list) and all(_check_type(v, expected[1]) for v in value) and len(value) == 1
    return isinstance(value, expected) and not (expected is int and isinstance(value, bool))


@pytest.mark.parametrize(
    ("schema_name", "wire", "schema"), _fields_of_the_spec(), ids=lambda x: x if isinstance(x, str) else ""
)
def test_every_field_of_the_spec_reads_as_its_python_type(schema_name: str, wire: str, schema: dict[str, Any]) -> None:
    cls = _class_for(schema_name)
    assert cls is not None, f"no model for {schema_name}"
    attribute = {w: a for a, w, _, _ in cls._fields()}[wire]
    value, expected = _wire_and_type(schema)
    decoded = getattr(cls.from_dict({wire: value}), attribute)
    assert _check_type(decoded, expected), (schema_name, wire, type(decoded), expected)
    if expected is int and isinstance(value, str):
        assert decoded == int(value)
        assert getattr(cls.from_dict({wire: 12}), attribute) == 12  # a JSON number there too
        assert cls.from_dict({wire: value}).to_dict()[wire] == value  # written back as the string
    if expected is decimal.Decimal:
        assert decoded == decimal.Decimal("0.0210")
        assert cls.from_dict({wire: value}).to_dict()[wire] == {"value": "0.0210"}


def test_prices_read_as_decimal_and_no_model_shadows_the_standard_library() -> None:
    vm = models.VM.from_dict({"price": {"totalPriceHr": {"value": "0.0210"}}})
    assert vm.price is not None and vm.price.total_price_hr == decimal.Decimal("0.0210")
    assert str(vm.price.total_price_hr) == "0.0210"
    assert vm.price.total_price_hr * 10 == decimal.Decimal("0.2100")
    shadowing = {n for n in generated.__all__ if n in dir(builtins) or n in ("Decimal", "Enum", "Any", "Mapping")}
    assert not shadowing
    item = models.VMMonitoringItem.from_dict({"memory": "4096", "netRx": 17})
    assert (item.memory, item.net_rx) == (4096, 17)
    assert item.to_dict() == {"memory": "4096", "netRx": "17"}


# ----------------------------------------------------------------------------- bodies checked before sending


@pytest.mark.anyio
async def test_bodies_with_mistakes_are_refused_before_anything_is_sent() -> None:
    sent: list[Any] = []

    def record(request: httpx2.Request) -> httpx2.Response:
        sent.append(request)
        return httpx2.Response(200, json={})

    good = {
        "vmId": "web-1",
        "dataCenterId": "dc",
        "machineType": "m",
        "bootDiskImageId": "img",
        "vcpus": 2,
        "memoryGib": 4,
        "gpus": 0,
    }

    def body(**fields: Any) -> models.CreateVMBody:
        required = {
            "boot_disk_image_id": "img",
            "data_center_id": "dc",
            "gpus": 0,
            "machine_type": "m",
            "memory_gib": 4,
            "vcpus": 2,
        }
        return models.CreateVMBody(**{**required, **fields})

    cases: list[tuple[Any, str]] = [
        ({**good, "vm_id": "web-1"}, "did you mean vmId, or CreateVMBody(vm_id=...)"),
        ({**good, "vcpuz": 2}, "did you mean vcpus"),
        ({**good, "vcpus": "two"}, "body"),
        (body(vm_id="a", vcpus="2"), "body.vcpus: expected an int, got str"),
        (body(vm_id=5), "body.vm_id: expected a str, got int"),
        (body(vm_id="a", metadata={"team": 5}), "body.metadata['team']: expected a str"),
        (body(vm_id="a", nics=[{"networkId": "n"}]), "body.nics[0]: expected CreateVMRequestNIC"),
        ([good], "body must be a CreateVMBody (or a mapping of its wire form), got list"),
        ("web-1", "body must be a CreateVMBody"),
    ]
    async with client(record) as cudo:
        for wrong, words in cases:
            with pytest.raises(errors.ConfigurationError) as info:
                await cudo.virtual_machines.create_vm("p", body=wrong)
            assert words in str(info.value), (wrong, str(info.value))
        assert sent == []
        # Plain dicts and lists where the model holds a map or a list; a wire-form mapping as the body.
        await cudo.virtual_machines.create_vm("p", body=body(vm_id="a", metadata={"team": "a"}))
        await cudo.virtual_machines.create_vm("p", body=good)
    first, second = (json.loads(r.content) for r in sent)
    assert first["vmId"] == "a" and first["metadata"] == {"team": "a"}
    assert (
        second == {k: v for k, v in second.items() if k in good} and second["vmId"] == "web-1" and second["vcpus"] == 2
    )


def test_answers_keep_unknown_members_that_request_bodies_refuse() -> None:
    assert models.VM.from_dict({"vm_id": "a"}).additional_properties == {"vm_id": "a"}
    with pytest.raises(
        errors.ConfigurationError, match=r"'vm_id'.*did you mean vmId, or CreateVMBody\(vm_id=\.\.\.\)\?"
    ):
        models.CreateVMBody.from_dict({"vm_id": "a"})


# ----------------------------------------------------------------------------- the house


def _module_imports(path: Path) -> set[str]:
    """The package modules a module imports when it is loaded (TYPE_CHECKING blocks left out)."""
    tree = ast.parse(path.read_text())
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for sub in (
            ast.walk(node) if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else ()
        ):
            if isinstance(sub, ast.ImportFrom) and sub.level == 1:
                found.update([sub.module] if sub.module else [a.name for a in sub.names])
    return {m.split(".")[0] for m in found}


def test_the_package_has_no_import_circle() -> None:
    package = ROOT / "src" / "cudo_async"
    graph = {p.stem: _module_imports(p) for p in package.glob("*.py") if p.stem != "__init__"}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == goal or (nxt not in seen and (seen.add(nxt) or reaches(nxt, goal, seen))):
                return True
        return False

    circles = sorted(m for m in graph if reaches(m, m, set()))
    assert not circles
    assert "_decode" not in graph["errors"]


def test_the_text_of_a_400_names_each_violation_its_reason_and_request_id() -> None:
    violations = [
        {"field": "vcpus", "description": "must be between 1 and 128"},
        {"field": "apiKey", "description": "sk-live-123 is wrong"},
    ]
    violations += [{"field": f"f{i}", "description": "x" * 1000} for i in range(10)]
    body = {
        "code": 400,
        "status": "INVALID_ARGUMENT",
        "message": "request has invalid fields: vcpus",
        "details": [
            {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "VALIDATION", "domain": "cudo"},
            {"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": violations},
        ],
    }
    err = decode_error(400, {"x-request-id": "req-7"}, json.dumps(body).encode())
    text = str(err)
    assert isinstance(err, errors.InvalidArgumentError)
    assert "vcpus: must be between 1 and 128" in text and "reason=VALIDATION" in text and "req-7" in text
    assert "sk-live-123" not in text and "and 7 more" in text and len(text) < 2000


# ----------------------------------------------------------------------------- large answers


def _big(items: list[Any], **more: Any) -> bytes:
    return json.dumps({"VMs": items, **more}).encode()


@pytest.mark.parametrize(
    "body",
    [
        _big([{"id": f"vm-{i}", "n": [i, {"k": "},{"}]} for i in range(60_000)], nextPageToken="t"),
        _big([{"s": "},{" * 40, "t": '"},{"'} for _ in range(20_000)]),  # cuts that fall inside strings
        json.dumps([{"a": i} for i in range(150_000)], indent=2).encode(),  # an array at the top, whitespace
        json.dumps({"a": [1, 2.5, None, True, "x" * (2 << 20)], "b": {"c": [{}]}}).encode(),
        b"\xef\xbb\xbf" + _big([{"x": 1}] * 200_000),  # a byte-order mark
        b'{"a": NaN, "b": [Infinity, -Infinity]}' + b" " * (2 << 20),
    ],
)
def test_large_answers_are_parsed_in_pieces_exactly_as_json_loads_would(body: bytes) -> None:
    assert len(body) >= _json.PIECES_FROM
    expected = json.loads(body)
    assert _json.parse_json(body) == expected or (
        json.dumps(_json.parse_json(body)) == json.dumps(expected)  # NaN != NaN
    )


@pytest.mark.parametrize(
    "body",
    [
        b'{"a": 1} trailing' + b" " * (2 << 20),
        b'{"a": [' + b"{}," * (1 << 20) + b"]}",
        b'{"a": [' + b'{"b": 1},' * (1 << 18) + b"{",
        b"\xff\xfe" + b"{" * (2 << 20),
    ],
)
def test_large_unreadable_answers_fail_as_json_loads_does(body: bytes) -> None:
    with pytest.raises(ValueError) as expected:
        json.loads(body)
    with pytest.raises(type(expected.value)) as got:
        _json.parse_json(body)
    assert str(got.value) == str(expected.value)


def test_no_piece_of_a_large_answer_is_parsed_in_one_long_call(monkeypatch: pytest.MonkeyPatch) -> None:
    sizes: list[int] = []

    class Spy:
        JSONDecodeError = json.JSONDecodeError
        detect_encoding = staticmethod(json.detect_encoding)

        @staticmethod
        def loads(text: Any) -> Any:
            sizes.append(len(text))
            return json.loads(text)

    monkeypatch.setattr(_json, "json", Spy)
    body = _big([{"id": f"vm-{i}", "memory": "4096", "nics": [{"networkId": "n"}]} for i in range(100_000)])
    assert _json.parse_json(body) == json.loads(body)
    assert len(sizes) > 5 and max(sizes) < 2 * _json.PIECE


def test_importing_the_package_loads_nothing_until_a_name_is_used() -> None:
    import subprocess

    code = (
        "import sys; import cudo_async; "
        "assert not {'attr', 'cudo_async._client', 'cudo_async.errors', 'cudo_async_api'} & set(sys.modules); "
        "from cudo_async import AsyncCudo, errors; "
        "assert errors.CudoError and AsyncCudo; "
        "assert not {'cudo_async_api.models.vm', 'cudo_async._details', 'asyncio'} & set(sys.modules); "
        "assert errors.ErrorInfo.__name__ == 'ErrorInfo'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_field_an_answer_left_out_reads_as_its_zero_value_and_keeps_what_is_put_in_it() -> None:
    import copy
    import pickle

    vm = models.VM.from_dict({"id": "a"})
    assert vm == models.VM(id="a") and vm.nics == [] and vm.boot_disk is None and vm.vcpus == 0
    vm.nics.append(models.VMNIC(network_id="n"))
    vm.metadata["team"] = "ml"
    assert vm.to_dict() == {"id": "a", "nics": [{"networkId": "n"}], "metadata": {"team": "ml"}}
    assert pickle.loads(pickle.dumps(vm)) == vm == copy.deepcopy(vm)
    assert "nics=[VMNIC(" in repr(vm)
    with pytest.raises(AttributeError, match="projectid"):
        vm.projectid  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(vm, "keys")


RICH_ANSWER = {
    "VMs": [
        {
            **VM,
            "state": "HIBERNATING",
            "memory": "4096",
            "createTime": "2026-01-02T03:04:05.123456789Z",
            "nics": [{"networkId": "n", "securityGroupIds": ["a"], "future": {"x": [1]}}],
            "securityGroupIds": ["a", "b"],
            "storageDisks": [{"id": "d", "sizeGib": "3"}],
            "metadata": {"team": "ml"},
            "price": {"totalPriceHr": {"value": "0.0210"}},
            "unheardOf": [{"deep": True}],
        },
        {"id": "vm-2", "nics": None, "securityGroupIds": None},
    ],
    "nextPageToken": "t",
}


def test_the_sdks_decoder_reading_its_own_parse_gives_what_from_dict_gives() -> None:
    from cudo_async_api.api.virtual_machines import list_vms

    body = json.dumps(RICH_ANSWER)
    reused = list_vms._decode(json.loads(body))  # what a call does: the parsed lists become the model's
    copied = list_vms._decode(json.loads(body), reuse=False)
    assert reused == copied == models.ListVMsResponse.from_dict(json.loads(body))
    assert reused.to_dict() == copied.to_dict()
    assert all(isinstance(nic, models.VMNIC) for vm in reused.vms for nic in vm.nics)
    assert reused.vms[0].additional_properties == {"unheardOf": [{"deep": True}]}
    assert reused.vms[1].nics == [] and reused.vms[1].security_group_ids == []


def test_from_dict_leaves_the_callers_dict_as_it_was_and_shares_no_list_with_it() -> None:
    data = json.loads(json.dumps(RICH_ANSWER))
    before = json.loads(json.dumps(RICH_ANSWER))
    answer = models.ListVMsResponse.from_dict(data)
    assert data == before  # nothing converted in place
    answer.vms[0].security_group_ids.append("c")
    answer.vms[0].nics.clear()
    assert data == before

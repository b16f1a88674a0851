"""Every generated model in pydantic: validated, serialized to the wire form, documented.

Each model gets a sample with every field at a non-zero value (built from its annotations), so a
field the pydantic schema forgets or mistypes fails here; named schemas are also checked against
openapi.yaml's fields and required lists.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import inspect
import json
import subprocess
import sys
import types
import typing
from collections.abc import Mapping, MutableMapping
from typing import Any

import attrs
import pydantic
import pytest
from cudo_async_api import models as generated

from cudo_async import models
from tests.conftest import ROOT
from tests.emulator_support import spec_document

SCHEMAS: dict[str, Any] = spec_document()["components"]["schemas"]
MODELS = {
    name: cls
    for name in generated.__all__
    if inspect.isclass(cls := getattr(generated, name)) and hasattr(cls, "from_dict")
}


def _class_names() -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "generator"))
    try:
        import naming
    finally:
        sys.path.pop(0)
    return {naming.pascal(name): name for name in SCHEMAS}


#: Models named after a schema of the spec (the others are inline bodies and maps).
CLASS_SCHEMAS = _class_names()


def sample(hint: Any, path: tuple[type, ...] = ()) -> Any:
    """A value of a model field's type with nothing at its zero value (a model met again inside
    itself, which only an optional field can hold, is left out)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        return sample(next(a for a in args if a is not type(None)), path)
    if origin is list:
        item = sample(args[0], path)
        return [] if item is None else [item]
    if hint is typing.Any:
        return {"free": ["form", 1]}
    if hint is datetime.datetime:
        return datetime.datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=datetime.timezone.utc)
    if inspect.isclass(hint) and issubclass(hint, enum.Enum):
        return list(hint)[-1]
    if hint is decimal.Decimal:
        return decimal.Decimal("0.0210")
    if hint in (str, int, float, bool):
        return {str: "text", int: 7, float: 2.5, bool: True}[hint]
    if hint in path:
        return None
    if issubclass(hint, MutableMapping):
        value = hint()
        value["key"] = sample(typing.get_args(typing.get_type_hints(hint)["additional_properties"])[1], path)
        return value
    hints = typing.get_type_hints(hint)
    return hint(**{f.name: sample(hints[f.name], (*path, hint)) for f in attrs.fields(hint) if f.init})


def test_every_model_is_covered() -> None:
    named = {name for name in MODELS if name in CLASS_SCHEMAS}
    assert len(MODELS) > 140 and len(named) > 100


@pytest.mark.parametrize("name", sorted(MODELS))
def test_type_adapter_round_trips_every_model(name: str) -> None:
    cls = MODELS[name]
    value = sample(cls)
    adapter = pydantic.TypeAdapter(cls)

    dumped = adapter.dump_python(value, mode="json")
    assert dumped == value.to_dict()
    assert json.loads(adapter.dump_json(value)) == dumped
    assert adapter.validate_json(adapter.dump_json(value)) == value
    assert adapter.validate_python(dumped) == value
    assert adapter.validate_python(value) is value
    assert cls.from_dict(json.loads(adapter.dump_json(value))) == value

    documented = adapter.json_schema(mode="serialization")
    assert documented == adapter.json_schema(mode="validation")
    body = documented["$defs"][name] if "$ref" in documented else documented
    assert body["title"] == name and body["description"]
    if name in CLASS_SCHEMAS and "properties" in SCHEMAS[CLASS_SCHEMAS[name]]:
        spec = SCHEMAS[CLASS_SCHEMAS[name]]
        assert set(body["properties"]) == set(spec["properties"]) <= set(dumped)
        assert set(body.get("required", [])) == set(spec.get("required", []))


def test_models_are_read_by_attribute_and_keep_their_field_names() -> None:
    vm = models.VM(id="web-1", project_id="p", vcpus=0, metadata=models.VMMetadata.from_dict({"team": "a"}))
    vm.additional_properties["newField"] = 1
    assert vm.to_dict() == {"id": "web-1", "projectId": "p", "metadata": {"team": "a"}, "newField": 1}
    assert not isinstance(vm, Mapping) and not hasattr(vm, "__getitem__") and not hasattr(vm, "__len__")
    assert bool(models.VM())  # a message with every field at zero is still there
    user = models.ObjectStorageUser.from_dict({"id": "u", "keys": [{"accessKey": "a"}]})
    assert user.keys[0].access_key == "a" and user.to_dict()["keys"] == [{"accessKey": "a"}]
    # No field is renamed for a mapping method's sake.
    renamed = {f.name for cls in MODELS.values() for f in attrs.fields(cls)} & {"items_", "keys_", "values_", "get_"}
    assert not renamed


def test_pydantic_is_imported_only_when_pydantic_asks() -> None:
    code = (
        "import sys; import cudo_async; from cudo_async import models; "
        "vm = models.VM.from_dict({'id': 'a'}); dict(vm); vm.to_dict(); "
        "assert 'pydantic' not in sys.modules and 'pydantic_core' not in sys.modules, 'pydantic imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_user_pydantic_model_holds_sdk_models() -> None:
    class Inventory(pydantic.BaseModel):
        owner: str
        vms: list[models.VM]
        by_name: dict[str, models.Disk] = {}

    inventory = Inventory.model_validate_json(
        json.dumps(
            {"owner": "ops", "vms": [{"id": "a", "projectId": "p", "vcpus": "4"}], "by_name": {"d": {"id": "d"}}}
        )
    )
    assert inventory.vms[0].vcpus == 4 and isinstance(inventory.by_name["d"], models.Disk)
    assert json.loads(inventory.model_dump_json())["vms"] == [{"id": "a", "projectId": "p", "vcpus": 4}]
    with pytest.raises(pydantic.ValidationError) as info:
        Inventory.model_validate({"owner": "ops", "vms": [{"id": "a", "vcpus": "many"}]})
    assert info.value.errors()[0]["loc"] == ("vms", 0, "vcpus")


def test_a_message_is_true_even_with_every_field_at_zero() -> None:
    assert models.BootDisk.from_dict({}) and models.BootDisk.from_dict({}).to_dict() == {"sizeGib": 0}  # required
    assert models.VM() and models.VM().to_dict() == {}

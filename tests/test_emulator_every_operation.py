"""Every operation of openapi.yaml answers a success for a valid request in the emulator: counted
from the spec, with requests built from the spec's schemas (a regenerated spec's new operations
included). The emulator's answers also conform to the spec (the ``emu`` fixture checks them).

The driver builds one world first: each create, parents before children (its answer's id is
the one later paths, and fields naming that kind of item, use; a create naming an item a later
one makes is tried again), then every other operation on it, then the deletes, children first.
An action the item's state refuses (FAILED_PRECONDITION: starting a running VM) is tried again
after each other action on the same item, as a user would change the state first.
"""

from __future__ import annotations

import re
from typing import Any

import httpx2
import pytest

from cudo_async.testing import Emulator
from cudo_async.testing._emulator import Wire
from cudo_async.testing._generic import Family, Shape, _noun, _prefix
from cudo_async.testing._store import DATA_CENTERS, MACHINE_TYPES
from tests.emulator_support import check_conforms, zero_fields_sent
from tests.operation_args import SPEC, sample

#: Values the hand-written handlers check against the emulator's catalogue or a format (fields the
#: spec does not name are simply never used).
FIELDS: dict[str, Any] = {
    "dataCenterId": DATA_CENTERS[0][0],
    "machineType": MACHINE_TYPES[0][0],
    "publicKey": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAnEmulatorTestKey user@host",
    "ipRange": "10.0.0.0/24",
    "gpus": 0,
    "validateOnly": False,
}
OPERATIONS = {op["operationId"]: (method.upper(), path, op) for path, item in SPEC["paths"].items()
              for method, op in item.items()}  # fmt: skip


def _body(op: dict[str, Any]) -> Any:
    schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return None
    value = sample(schema)
    if isinstance(value, dict):
        value.update({k: v for k, v in FIELDS.items() if k in value})
    return value


class World:
    def __init__(self, emu: Emulator) -> None:
        self.emu = emu
        self.plan = emu.generic.plan
        self.ids: dict[Family, str] = {}
        self.http = httpx2.Client(base_url=emu.base_url, headers={"Authorization": f"Bearer {emu.api_key}"})

    def shape(self, name: str) -> Shape:
        return self.plan.shapes[name]

    def call(self, name: str) -> httpx2.Response:
        method, path, op = OPERATIONS[name]
        shape = self.shape(name)
        for k, param in enumerate(p for p in op.get("parameters", []) if p["in"] == "path"):
            value = self.ids.get(_prefix(shape.family, k + 1), "sample-1")
            path = path.replace("{" + param["name"] + "}", value)
        query = {}
        for param in op.get("parameters", []):
            if param["in"] == "query" and (param.get("required") or param["name"].endswith("Id")):
                query[param["name"]] = str(FIELDS.get(param["name"], sample(param["schema"]))).lower()
                if isinstance(sample(param["schema"]), str):
                    query[param["name"]] = str(FIELDS.get(param["name"], sample(param["schema"])))
        body = _body(op)
        return self.http.request(method, path, params=self.refer(query), json=self.refer(body))

    def refer(self, value: Any) -> Any:
        """``value`` with every ``<noun>Id`` (``<noun>Ids``) naming the item of that noun made so far,
        as a user's request names things that exist."""
        if isinstance(value, list):
            return [self.refer(v) for v in value]
        if not isinstance(value, dict):
            return value
        out = {}
        for name, member in value.items():
            stem = re.match(r"^([a-z][A-Za-z0-9]*?)Ids?$", name)
            made = [i for fam, i in self.ids.items() if stem and _noun(fam).replace("-", "") == stem[1].lower()]
            if made and isinstance(member, str):
                out[name] = made[0]
            elif made and isinstance(member, list):
                out[name] = [made[0]]
            else:
                out[name] = self.refer(member)
        return out

    def remember(self, name: str, answer: httpx2.Response) -> None:
        data = answer.json()
        item = data if "id" in data else next((v for v in data.values() if isinstance(v, dict) and "id" in v), {})
        if item.get("id"):
            self.ids[self.shape(name).family] = str(item["id"])


@pytest.mark.parametrize("wire", ["gateway", "aip193"])
def test_every_operation_of_the_spec_answers_a_success(wire: Wire) -> None:
    with Emulator(rate_limit=None, boot_seconds=0, transition_seconds=0, wire=wire) as emu:
        world = World(emu)
        names = sorted(OPERATIONS)
        creates = sorted(
            (n for n in names if world.shape(n).kind == "create"), key=lambda n: len(world.shape(n).family)
        )
        deletes = sorted(
            (n for n in names if world.shape(n).kind == "delete"), key=lambda n: -len(world.shape(n).family)
        )
        others = [n for n in names if n not in creates and n not in deletes]
        answered: dict[str, int] = {}
        for name in creates + creates:  # again, for a create naming what a later one made (an image's VM)
            if answered.get(name) == 200:
                continue
            answer = world.call(name)
            answered[name] = answer.status_code
            if answer.is_success:
                world.remember(name, answer)
        for name in others:
            answer = world.call(name)
            if answer.status_code == 400 and 9 in (
                answer.json().get("code"),
                {"FAILED_PRECONDITION": 9}.get(answer.json().get("status")),
            ):
                siblings = [n for n in others if n != name and world.shape(n).family == world.shape(name).family
                            and world.shape(n).kind == "action"]  # fmt: skip
                for sibling in siblings:
                    world.call(sibling)
                    answer = world.call(name)
                    if answer.is_success:
                        break
            answered[name] = answer.status_code
        for name in deletes:
            answered[name] = world.call(name).status_code
        failed = {name: status for name, status in answered.items() if not 200 <= status < 300}
        assert failed == {}
        assert len(answered) == len(OPERATIONS) == sum(len(item) for item in SPEC["paths"].values())
        assert check_conforms(emu.exchanges) >= len(OPERATIONS)
        if emu.wire == "gateway":
            assert zero_fields_sent(emu.exchanges) == []

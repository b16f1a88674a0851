"""The emulator's generic rules (operations without a hand-written handler, served from the spec's
shapes) and its proto3/gateway fidelity: integer ranges, AIP-158 page sizes, zero values, ``Z``
timestamps, required fields. The rules are also run on a spec of our own, so they hold for paths
and names today's spec does not have."""

from __future__ import annotations

import base64
import datetime
import json
import logging
import re
import uuid
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest

from cudo_async import errors, models
from cudo_async._status import NAME_BY_NUMBER
from cudo_async.testing import ApiFailure, Emulator
from cudo_async.testing._generic import Generic, _names_new_id, make_plan
from cudo_async.testing._schema import INT_RANGES, Violations, check_request, check_value, parse_body
from cudo_async.testing._spec import build
from cudo_async.testing._wire import made_up, timestamp, write
from tests.emulator_support import check_conforms, emu, zero_fields_sent
from tests.helpers import vm_body

__all__ = ["emu"]

CLUSTER = {"id": "c-1", "dataCenterId": "gb-bournemouth-1", "machineTypeId": "m-1", "machineCount": 2}


@pytest.fixture
def http() -> Iterator[tuple[Emulator, httpx2.Client]]:
    with Emulator(rate_limit=None, boot_seconds=0, transition_seconds=0) as emulator:
        headers = {"Authorization": f"Bearer {emulator.api_key}"}
        with httpx2.Client(base_url=emulator.base_url, headers=headers) as client:
            yield emulator, client
        if emulator.wire == "gateway":
            assert zero_fields_sent(emulator.exchanges) == []
        check_conforms(emulator.exchanges)


def _status(answer: httpx2.Response) -> str:
    """The canonical code of an error answer, in either wire form."""
    body = answer.json()
    return str(body.get("status") or NAME_BY_NUMBER[body["code"]])


def _violations(answer: httpx2.Response) -> dict[str, str]:
    body = answer.json()
    return {v["field"]: v["description"] for d in body.get("details", []) for v in d.get("fieldViolations", [])}


# ---------------------------------------------------------------------------------------- resources


def test_a_strict_family_creates_gets_lists_updates_and_deletes(http: tuple[Emulator, httpx2.Client]) -> None:
    emu, client = http
    base = f"/v1/projects/{emu.project_id}/clusters"
    made = client.post(base, json=CLUSTER)
    assert made.status_code == 200, made.text
    assert made.json()["id"] == "c-1" and made.json()["createTime"].endswith("Z")
    assert _status(client.post(base, json=CLUSTER)) == "ALREADY_EXISTS"
    got = client.get(f"{base}/c-1").json()
    assert (got["machineCount"], got["projectId"]) == (2, emu.project_id)
    changed = client.patch(f"{base}/c-1", json={**CLUSTER, "id": "ignored", "machineCount": 5}).json()
    assert (changed["id"], changed["machineCount"]) == ("c-1", 5)
    assert [c["id"] for c in client.get(base).json()["clusters"]] == ["c-1"]
    assert client.delete(f"{base}/c-1").status_code == 200
    gone = client.get(f"{base}/c-1")
    assert gone.status_code == 404 and _status(gone) == "NOT_FOUND"
    assert client.delete(f"{base}/c-1").status_code == 404
    assert client.get("/v1/projects/no-such-project/clusters").status_code == 404  # the parent must exist
    assert client.post("/v1/projects/no-such-project/clusters", json=CLUSTER).status_code == 404


def test_an_update_mask_names_what_changes(http: tuple[Emulator, httpx2.Client]) -> None:
    _emu, client = http
    account = client.post("/v1/billing-accounts", json={"displayName": "a", "email": "a@example.com"}).json()
    path = f"/v1/billing-accounts/{account['id']}"
    changed = {"displayName": "b", "stripeRef": "s-1"}
    answer = client.patch(path, json={"updateMask": "display_name", "billingAccount": changed})
    assert answer.status_code == 200 and answer.json()["displayName"] == "b"
    after = client.get(path).json()
    assert after["displayName"] == "b" and "stripeRef" not in after  # the mask names only displayName
    client.patch(path, json={"updateMask": "displayName,stripe_ref", "billingAccount": {**changed, "displayName": "c"}})
    assert {k: client.get(path).json().get(k) for k in changed} == {"displayName": "c", "stripeRef": "s-1"}


def test_an_open_family_has_any_id_until_it_is_deleted(http: tuple[Emulator, httpx2.Client]) -> None:
    emu, client = http
    path = f"/v1/projects/{emu.project_id}/cluster-machines/any-machine"
    client.post(f"/v1/projects/{emu.project_id}/volumes", json={"id": "v-1", "dataCenterId": "d", "sizeGib": 1})
    first = client.patch(path, json={"volumeIds": ["v-1"]})
    assert first.status_code == 200 and first.json()["id"] == "any-machine"
    assert first.json()["volumeIds"] == ["v-1"]
    assert client.post(f"{path}:reboot").status_code == 200
    assert client.delete(path).status_code == 200
    assert client.delete(path).status_code == 404
    methods = client.get("/v1/billing-accounts/demo-billing/payment-methods").json()["paymentMethods"]
    assert len(methods) >= 1 and all(m.get("id") for m in methods)


def test_a_verb_on_a_hand_written_item_checks_it_and_applies_the_fields_it_names(
    http: tuple[Emulator, httpx2.Client],
) -> None:
    emu, client = http
    p = emu.project_id
    assert client.post(f"/v1/projects/{p}/vm/nope/metadata", json={"metadata": {"a": "b"}}).status_code == 404
    assert client.post(f"/v1/projects/{p}/vm", json=vm_body("vm-1").to_dict()).status_code == 200
    answer = client.post(f"/v1/projects/{p}/vm/vm-1/metadata", json={"metadata": {"team": "blue"}})
    assert answer.json() == {"metadata": {"team": "blue"}}
    assert client.get(f"/v1/projects/{p}/vms/vm-1").json()["VM"]["metadata"] == {"team": "blue"}
    expire = client.post(f"/v1/projects/{p}/vm/vm-1/expire-time", json={"expireTime": "2030-01-02T03:04:05+02:00"})
    assert expire.json() == {"expireTime": "2030-01-02T01:04:05Z"}  # protojson's form of the same instant


def test_hand_written_handlers_take_precedence(http: tuple[Emulator, httpx2.Client]) -> None:
    emu, client = http
    bad = client.post(f"/v1/projects/{emu.project_id}/vm", json=vm_body("vm-2", machine_type="nope").to_dict())
    assert bad.status_code == 400 and set(_violations(bad)) == {"machineType"}  # the catalogue's rule, not the spec's


def test_an_action_nobody_can_guess_is_logged_once(
    http: tuple[Emulator, httpx2.Client], caplog: pytest.LogCaptureFixture
) -> None:
    emu, client = http
    caplog.set_level(logging.INFO, logger="cudo_async.testing")
    for _ in range(3):
        assert client.post(f"/v1/projects/{emu.project_id}/cluster-machines/m-1:reboot").status_code == 200
    told = [r for r in caplog.records if "reboot_cluster_machine" in r.getMessage()]
    assert len(told) == 1 and "generically" in told[0].getMessage()


@pytest.mark.anyio
async def test_the_sdk_drives_a_generic_resource(emu: Emulator) -> None:
    async with emu.client() as cudo:
        volume = models.CreateVolumeBody.from_dict({"id": "vol-1", "dataCenterId": "gb-bournemouth-1", "sizeGib": 20})
        await cudo.volumes.create_volume(emu.project_id, body=volume)
        got = await cudo.volumes.get_volume(emu.project_id, "vol-1")
        assert (got.id, got.size_gib, got.project_id) == ("vol-1", 20, emu.project_id)
        listed = [v.id async for v in cudo.paginate(cudo.volumes.list_volumes, emu.project_id, page_size=1)]
        assert listed == ["vol-1"]
        with pytest.raises(errors.AlreadyExistsError):
            await cudo.volumes.create_volume(emu.project_id, body=volume)
        await cudo.volumes.delete_volume(emu.project_id, "vol-1")
        with pytest.raises(errors.NotFoundError):
            await cudo.volumes.get_volume(emu.project_id, "vol-1")


def test_deleting_a_project_takes_everything_in_it(http: tuple[Emulator, httpx2.Client]) -> None:
    _emu, client = http
    made: dict[str, tuple[str, dict[str, Any]]] = {  # list path -> (field, body)
        "disks": ("disks", {"id": "d-1", "dataCenterId": "gb-bournemouth-1", "sizeGib": 1}),
        "networks": ("networks", {"id": "n-1", "dataCenterId": "gb-bournemouth-1", "ipRange": "10.0.0.0/24"}),
        "security-groups": ("securityGroups", {"id": "sg-1", "dataCenterId": "gb-bournemouth-1"}),
        "volumes": ("volumes", {"id": "v-1", "dataCenterId": "gb-bournemouth-1", "sizeGib": 1}),
        "clusters": ("clusters", CLUSTER),
    }
    for project in ("p-x", "p-keep"):
        assert client.post("/v1/projects", json={"id": project, "billingAccountId": "demo-billing"}).status_code == 200
        for path, (_field, body) in made.items():
            assert client.post(f"/v1/projects/{project}/{path}", json=body).status_code == 200, path
        assert client.post(f"/v1/projects/{project}/vm", json=vm_body("vm-1").to_dict()).status_code == 200
        assert client.post(f"/v1/projects/{project}/vms/vm-1/terminate").status_code == 200
        changed = client.patch(f"/v1/projects/{project}/cluster-machines/m-1", json={"volumeIds": ["v-1"]})
        assert changed.status_code == 200  # an item of an open family, changed
    assert client.delete("/v1/projects/p-x").status_code == 200
    assert client.post("/v1/projects", json={"id": "p-x", "billingAccountId": "demo-billing"}).status_code == 200
    for project, left in (("p-x", 0), ("p-keep", 1)):  # the same id starts empty; the other project keeps its own
        for path, (field, _body) in made.items():
            assert len(client.get(f"/v1/projects/{project}/{path}").json().get(field, [])) == left, (project, path)
        assert client.get(f"/v1/projects/{project}/vms/vm-1").status_code == (404 if not left else 200)
        machine = client.patch(f"/v1/projects/{project}/cluster-machines/m-1", json={}).json()
        assert (machine.get("volumeIds") == ["v-1"]) == bool(left)


#: Writes that name, outside their path, an item that does not exist: (method, path, query, body),
#: and what the same write names when it names items that exist.
DANGLING = {
    "a project's billing account": (
        "POST", "/v1/projects", {}, {"id": "p-2", "billingAccountId": "nope"}, {"billingAccountId": "demo-billing"}),
    "a project moved to another billing account": (
        "PATCH", "/v1/projects/{p}", {}, {"id": "{p}", "billingAccountId": "nope"},
        {"billingAccountId": "demo-billing"}),
    "a security group attached (query)": (
        "PATCH", "/v1/projects/{p}/vm/vm-1/security-group/attach", {"securityGroupId": "nope"}, None,
        {"securityGroupId": "sg-1"}),
    "a disk resized (query)": (
        "PATCH", "/v1/projects/{p}/vms/vm-1/disks", {"diskId": "nope", "sizeGib": "50"}, None, {"diskId": "d-1"}),
    "a VM's security groups (a list)": (
        "POST", "/v1/projects/{p}/vm", {}, {**vm_body("vm-2").to_dict(), "securityGroupIds": ["sg-1", "nope"]},
        {"securityGroupIds": ["sg-1"]}),
    "a VM's network (nested)": (
        "POST", "/v1/projects/{p}/vm", {}, {**vm_body("vm-3").to_dict(), "nics": [{"networkId": "nope"}]},
        {"nics": [{"networkId": "n-1"}]}),
    "an image's VM (generic)": (
        "POST", "/v1/projects/{p}/images", {"vmId": "nope", "id": "img-1"}, None, {"vmId": "vm-1"}),
    "a cluster machine's volumes (open family)": (
        "PATCH", "/v1/projects/{p}/cluster-machines/m-1", {}, {"volumeIds": ["nope"]}, {"volumeIds": ["v-1"]}),
}  # fmt: skip


#: Where each case's dangling name is, as the answer names it.
WHERE = {
    "a project's billing account": "billingAccountId",
    "a project moved to another billing account": "billingAccountId",
    "a security group attached (query)": "securityGroupId",
    "a disk resized (query)": "diskId",
    "a VM's security groups (a list)": "securityGroupIds[1]",
    "a VM's network (nested)": "nics[0].networkId",
    "an image's VM (generic)": "vmId",
    "a cluster machine's volumes (open family)": "volumeIds[0]",
}


def test_a_final_newline_is_no_part_of_an_id_a_token_or_a_pattern(http: tuple[Emulator, httpx2.Client]) -> None:
    # A regular expression's $ matches before a final newline; what the gateway reads does not.
    _, client = http
    made = client.post("/v1/projects", json={"id": "p-nl\n", "billingAccountId": "demo-billing"})
    assert made.status_code == 400 and _status(made) == "INVALID_ARGUMENT", made.text
    assert client.get("/v1/projects/p-nl%0A").status_code == 404
    client.post("/v1/projects", json={"id": "p-nl", "billingAccountId": "demo-billing"})
    token = client.get("/v1/projects", params={"pageSize": "1"}).json()["pageToken"]  # (CUDO's name for the next)
    assert client.get("/v1/projects", params={"pageSize": "1", "pageToken": token + "\n"}).status_code == 400
    out: Violations = []
    for value in ("abc", "abc\n", "a$"):
        check_value(build(OWN_SPEC), value, {"type": "string", "pattern": "^[a-z]+$|^a[$]$"}, "name", out)
    assert [where for where, _ in out] == ["name"]  # only "abc\n"


@pytest.mark.parametrize("case", list(DANGLING))
def test_a_write_naming_an_item_that_does_not_exist_is_invalid_argument_naming_the_field(
    http: tuple[Emulator, httpx2.Client], case: str
) -> None:
    emu, client = http
    p = emu.project_id
    assert client.post(f"/v1/projects/{p}/vm", json=vm_body("vm-1").to_dict()).status_code == 200
    for path, body in (
        ("security-groups", {"id": "sg-1"}),
        ("disks", {"id": "d-1", "sizeGib": 1}),
        ("networks", {"id": "n-1", "ipRange": "10.0.0.0/24"}),
        ("volumes", {"id": "v-1", "sizeGib": 1}),
    ):
        made = client.post(f"/v1/projects/{p}/{path}", json={**body, "dataCenterId": "gb-bournemouth-1"})
        assert made.status_code == 200, made.text
    method, path, query, body, fix = DANGLING[case]
    path = path.format(p=p)
    body = json.loads(json.dumps(body).replace("{p}", p)) if body is not None else None
    answer = client.request(method, path, params=query, json=body)
    assert answer.status_code == 400 and _status(answer) == "INVALID_ARGUMENT", answer.text
    (violation,) = answer.json()["details"][0]["fieldViolations"]
    assert violation["field"] == WHERE[case] and "'nope', which does not exist" in violation["description"]
    # The same write, naming items that exist, goes through.
    if body is not None:
        body = {**body, **{k: v for k, v in fix.items() if k in body}}
    query = {**query, **{k: v for k, v in fix.items() if k in query}}
    again = client.request(method, path, params=query, json=body)
    assert again.status_code == 200, again.text


def test_what_names_no_kind_of_item_or_is_the_new_items_own_id_is_not_a_reference(
    http: tuple[Emulator, httpx2.Client],
) -> None:
    emu, client = http
    p = emu.project_id
    # vmId is the new VM's own id, dataCenterId and bootDiskImageId name nothing the emulator keeps.
    assert client.post(f"/v1/projects/{p}/vm", json=vm_body("vm-new").to_dict()).status_code == 200
    assert client.post("/v1/projects", json={"id": "p-new", "billingAccountId": "demo-billing"}).status_code == 200
    listed = client.get(f"/v1/projects/{p}/vms", params={"networkId": "nope"})  # a read: a filter, never a 404
    assert listed.status_code == 200


def test_references_follow_the_rule_on_a_spec_of_our_own() -> None:
    spec = build(OWN_SPEC)
    generic = Generic(make_plan(spec, lambda _op: False), lambda _op, _key: None, lambda _op: False)
    shop = generic.serve(spec.operations["open_shop"], {}, {}, {"name": "corner"})["id"]
    polish, where = spec.operations["polish_widget"], {"shopId": shop, "widgetId": "w-1"}
    with pytest.raises(ApiFailure) as missing:
        generic.check_references(polish, where, {}, {"from": {"shopId": "nope"}})  # nested: a reference
    assert missing.value.status == "INVALID_ARGUMENT" and "from.shopId" in missing.value.message
    for body in ({"from": {"shopId": shop}}, {"shopId": "nope"}, {"shineId": "x"}, {"widgetId": "any"}):
        generic.check_references(polish, where, {}, body)  # exists; the path's own; no such family; open
    with pytest.raises(ApiFailure):
        generic.check_references(spec.operations["open_shop"], {}, {}, {"name": "n", "shopIds": [shop, "nope"]})
    generic.check_references(spec.operations["open_shop"], {}, {}, {"name": "n", "shopId": "new"})  # its own id


def test_a_deleted_billing_account_can_be_undeleted_as_aip_164_says(http: tuple[Emulator, httpx2.Client]) -> None:
    _emu, client = http
    made = client.post("/v1/billing-accounts", json={"displayName": "soft", "email": "s@example.com"}).json()
    path = f"/v1/billing-accounts/{made['id']}"
    assert client.delete(path).status_code == 200
    assert client.get(path).status_code == 404 and client.delete(path).status_code == 404
    assert made["id"] not in [b["id"] for b in client.get("/v1/billing-accounts").json()["billingAccounts"]]
    back = client.post(f"{path}:undelete")
    assert back.status_code == 200 and back.json()["displayName"] == "soft"
    assert client.get(path).json()["displayName"] == "soft"
    assert client.post(f"{path}:undelete").status_code == 200  # a live account: answered as it is
    assert client.post("/v1/billing-accounts/never-made:undelete").status_code == 404


def test_the_filters_a_list_declares_hold_for_hand_written_lists_too(http: tuple[Emulator, httpx2.Client]) -> None:
    emu, client = http
    p, gb, no = emu.project_id, "gb-bournemouth-1", "no-kristiansand-1"
    for i in range(7):
        for dc in (gb, no):
            body = {"id": f"{dc[:2]}-{i}", "dataCenterId": dc}
            assert client.post(f"/v1/projects/{p}/security-groups", json=body).status_code == 200
            assert client.post(f"/v1/projects/{p}/disks", json={**body, "sizeGib": 1}).status_code == 200
    groups = client.get(f"/v1/projects/{p}/security-groups", params={"dataCenterId": no, "pageSize": 100}).json()
    assert sorted(g["id"] for g in groups["securityGroups"]) == [f"no-{i}" for i in range(7)]
    # Filtered before paged: the pages and the count are the filtered list's.
    disks = client.get(f"/v1/projects/{p}/disks", params={"dataCenterId": gb, "pageSize": 3, "pageNumber": 3}).json()
    assert (disks["totalCount"], [d["id"] for d in disks["disks"]]) == (7, ["gb-6"])
    # A field of the items' members: a VM's network interfaces.
    client.post(f"/v1/projects/{p}/networks", json={"id": "n-1", "dataCenterId": gb, "ipRange": "10.0.0.0/24"})
    client.post(f"/v1/projects/{p}/vm", json={**vm_body("on-net").to_dict(), "nics": [{"networkId": "n-1"}]})
    client.post(f"/v1/projects/{p}/vm", json=vm_body("off-net").to_dict())
    on = client.get(f"/v1/projects/{p}/vms", params={"networkId": "n-1"}).json()
    assert [v["id"] for v in on["VMs"]] == ["on-net"]
    assert client.get(f"/v1/projects/{p}/vms", params={"networkId": "nope"}).json().get("VMs", []) == []
    assert len(client.get(f"/v1/projects/{p}/vms").json()["VMs"]) == 2
    # A field of the items, where the list's id parameter names its parent (the billing account).
    paid = client.get("/v1/invoices", params={"id": "demo-billing", "status": "paid", "pageSize": 100}).json()
    assert len(paid["invoices"]) == 25
    assert client.get("/v1/invoices", params={"id": "demo-billing", "status": "void"}).json().get("invoices", []) == []
    # A parameter naming no field of the items is no filter.
    types = client.get("/v1/vms/machine-types", params={"projectId": p}).json()["machineTypes"]
    assert types == client.get("/v1/vms/machine-types").json()["machineTypes"] and types


# ---------------------------------------------------------------------------------------- pages


@pytest.mark.parametrize(
    ("path", "field", "make"),
    [
        ("/v1/projects/{p}/clusters", "clusters", lambda i: {**CLUSTER, "id": f"c-{i:02d}"}),  # pageNumber
        ("/v1/billing-accounts", "billingAccounts", lambda i: {"displayName": f"b{i}", "email": "b@example.com"}),
        ("/v1/projects/{p}/volumes", "volumes", lambda i: {"id": f"v-{i:02d}", "dataCenterId": "d", "sizeGib": 1}),
    ],
)
def test_page_sizes_follow_aip_158_in_every_style(
    http: tuple[Emulator, httpx2.Client], path: str, field: str, make: Any
) -> None:
    emu, client = http
    path = path.format(p=emu.project_id)
    for i in range(13):
        assert client.post(path, json=make(i)).status_code == 200
    total = len(client.get(path, params={"pageSize": 1000}).json()[field])
    assert 13 <= total <= 100  # above the maximum: clamped, never refused
    assert len(client.get(path, params={"pageSize": 0}).json()[field]) == min(total, 10)  # 0: the default
    negative = client.get(path, params={"pageSize": -1})
    assert negative.status_code == 400 and "pageSize" in _violations(negative)
    for size in (1, 4, 13, 20):  # walking the pages: every item once, and no empty page that claims more
        seen: list[str] = []
        params: dict[str, Any] = {"pageSize": size}
        for _ in range(40):
            page = client.get(path, params=params).json()
            items = page.get(field, [])
            seen += [i["id"] for i in items]
            more = page.get("pageToken") or page.get("nextPageToken") or page.get("hasMore")
            if "pageNumber" in page or "totalCount" in page:
                more = (page.get("pageNumber", 1)) * size < page.get("totalCount", 0)
            assert items or not more, page
            if not more:
                break
            if "pageNumber" in page or "totalCount" in page:
                params = {"pageSize": size, "pageNumber": page.get("pageNumber", 1) + 1}
            elif page.get("pageToken"):
                params = {"pageSize": size, "pageToken": page["pageToken"]}
        assert len(seen) == len(set(seen)) == total, (size, seen)


#: The lists paged by token, what makes one more item, and the item that exists from the start.
TOKEN_LISTS = {
    "projects": ("/v1/projects", lambda i: {"id": f"p-{i:02d}", "billingAccountId": "demo-billing"}, "demo-project"),
    "billingAccounts": (
        "/v1/billing-accounts",
        lambda i: {"displayName": f"b{i:02d}", "email": "b@example.com"},
        "demo-billing",
    ),
}


def _walk(client: httpx2.Client, path: str, field: str, size: int, delete: bool = False) -> list[str]:
    """Every id a walk through the pages sees (deleting each item once seen, when asked)."""
    seen: list[str] = []
    params: dict[str, Any] = {"pageSize": size}
    for _ in range(100):
        page = client.get(path, params=params)
        assert page.status_code == 200, page.text
        for item in page.json().get(field, []):
            seen.append(item["id"])
            if delete and item["id"] not in ("demo-project", "demo-billing"):
                assert client.delete(f"{path}/{item['id']}").status_code == 200
        token = page.json().get("pageToken") or page.json().get("nextPageToken")
        if not token:
            return seen
        params = {"pageSize": size, "pageToken": token}
    raise AssertionError("the pages never end")


@pytest.mark.parametrize("size", [1, 3, 5, 10])
@pytest.mark.parametrize("field", list(TOKEN_LISTS))
def test_paging_by_token_while_deleting_sees_every_item_once(
    http: tuple[Emulator, httpx2.Client], field: str, size: int
) -> None:
    # A teardown deletes what each page shows, the item the next token names included.
    _emu, client = http
    path, make, first = TOKEN_LISTS[field]
    made = [client.post(path, json=make(i)).json()["id"] for i in range(14)]
    seen = _walk(client, path, field, size, delete=True)
    assert sorted(seen) == sorted([first, *made])
    assert [i["id"] for i in client.get(path, params={"pageSize": 100}).json()[field]] == [first]


@pytest.mark.parametrize("field", list(TOKEN_LISTS))
def test_a_page_token_survives_deletions_insertions_and_a_new_page_size(
    http: tuple[Emulator, httpx2.Client], field: str
) -> None:
    _emu, client = http
    path, make, first = TOKEN_LISTS[field]
    for i in range(9):
        client.post(path, json=make(i))
    everything = _walk(client, path, field, 100)
    page = client.get(path, params={"pageSize": 4}).json()
    shown = [i["id"] for i in page[field]]
    for gone in [*shown[1:], everything[5]]:  # the item the token names, and one not yet shown
        if gone != first:
            client.delete(f"{path}/{gone}")
    client.post(path, json=make(50))  # made after the token was issued
    rest = client.get(path, params={"pageSize": 2, "pageToken": page.get("pageToken") or page["nextPageToken"]})
    assert rest.status_code == 200, rest.text
    following = [i for i in everything[4:] if i != everything[5]]
    assert [i["id"] for i in rest.json()[field]] == following[:2]  # where the first page stopped


def _forgeries(token: str) -> list[str]:
    def b64(text: str) -> str:
        return base64.urlsafe_b64encode(text.encode()).decode()

    flipped = token[:5] + ("A" if token[5] != "A" else "B") + token[6:]
    padded = token + "=" * (-len(token) % 4 or 4)
    last = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".index(token[-1])
    bits = token[:-1] + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[last ^ 1]
    forged = [b64("3"), b64("1_0"), b64(" 7 "), b64("+4"), b64("\u0663"), "garbage!!", "3", flipped, padded, bits]
    return [f for f in forged if f != token]


@pytest.mark.parametrize("field", list(TOKEN_LISTS))
def test_a_page_token_the_list_did_not_issue_is_invalid_argument(
    http: tuple[Emulator, httpx2.Client], field: str
) -> None:
    _emu, client = http
    path, make, _first = TOKEN_LISTS[field]
    for i in range(12):
        client.post(path, json=make(i))
    page = client.get(path, params={"pageSize": 5}).json()
    token = page.get("pageToken") or page["nextPageToken"]
    other_path, other_make, _ = TOKEN_LISTS["projects" if field != "projects" else "billingAccounts"]
    for i in range(12):
        client.post(other_path, json=other_make(i))
    for forged in [*_forgeries(token), token + "x"]:
        for where in (path, other_path):
            answer = client.get(where, params={"pageSize": 5, "pageToken": forged})
            assert answer.status_code == 400 and "pageToken" in _violations(answer), (where, forged, answer.text)
    foreign = client.get(other_path, params={"pageSize": 5, "pageToken": token})  # another list's token
    assert foreign.status_code == 400 and "pageToken" in _violations(foreign)
    assert client.get(path, params={"pageSize": 5, "pageToken": token}).status_code == 200  # its own list's


def test_a_page_token_is_bound_to_the_parent_and_the_filters_of_its_list() -> None:
    spec = build(OWN_SPEC)
    generic = Generic(make_plan(spec, lambda _op: False), lambda _op, _key: None, lambda _op: False)
    shops = [generic.serve(spec.operations["open_shop"], {}, {}, {"name": n})["id"] for n in ("a", "b")]
    widgets = spec.operations["list_widgets"]
    for query in ({}, {"shine": "1"}):
        first = generic.serve(widgets, {"shopId": shops[0]}, {"pageSize": "1", **query}, {})
        token = first["nextPageToken"]
        assert generic.serve(widgets, {"shopId": shops[0]}, {"pageSize": "1", "pageToken": token, **query}, {})
        for params, other in (
            ({"shopId": shops[1]}, query),  # another parent
            ({"shopId": shops[0]}, {"shine": "2"}),  # another filter
            ({"shopId": shops[0]}, {} if query else {"shine": "1"}),  # a filter added or left out
        ):
            with pytest.raises(ApiFailure) as refused:
                generic.serve(widgets, params, {"pageSize": "1", "pageToken": token, **other}, {})
            assert refused.value.status == "INVALID_ARGUMENT" and "pageToken" in refused.value.message


def test_the_starting_after_style_never_claims_more_on_an_empty_page(http: tuple[Emulator, httpx2.Client]) -> None:
    _emu, client = http
    path = "/v1/billing-accounts/demo-billing/transactions"
    first = client.get(path, params={"pageSize": 2}).json()
    ids = [t["id"] for t in first["transactions"]]
    rest = client.get(path, params={"pageSize": 100, "startingAfter": ids[-1]}).json()
    assert not rest.get("hasMore") and len(ids) + len(rest.get("transactions", [])) >= 2


# ---------------------------------------------------------------------------------------- proto3


@pytest.mark.parametrize("fmt", sorted(INT_RANGES))
def test_every_integer_format_is_checked_against_its_range(fmt: str) -> None:
    low, high = INT_RANGES[fmt]
    spec = build({"paths": {}, "components": {"schemas": {}}})
    for kind, wrap in (("integer", lambda v: v), ("string", str)):
        schema = {"type": kind, "format": fmt}
        for fits in (low, high, 0 if low == 0 else -1):
            out: Violations = []
            check_value(spec, wrap(fits), schema, "n", out)
            assert out == [], (fmt, fits)
        for past in (low - 1, high + 1, 10**30):
            out = []
            check_value(spec, wrap(past), schema, "n", out)
            assert out and "out of range" in out[0][1], (fmt, past)


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("POST", "/v1/projects/{p}/clusters", {**CLUSTER, "machineCount": 2**31}, "machineCount"),  # int32
        ("POST", "/v1/projects/{p}/clusters", b'{"id": "c-1", "machineCount": ' + b"9" * 5000 + b"}", "machineCount"),
        ("POST", "/v1/projects/{p}/vm", {**vm_body("vm-9").to_dict(), "vcpus": -(2**31) - 1}, "vcpus"),
        ("GET", "/v1/projects/{p}/clusters?pageSize=" + "9" * 5000, None, "pageSize"),
        ("GET", "/v1/projects/{p}/clusters?pageNumber=2147483648", None, "pageNumber"),
        ("POST", "/v1/projects/{p}/vms/vm-9/resize?vcpus=9223372036854775808", None, "vcpus"),  # int64
    ],
)
def test_an_integer_past_its_format_is_invalid_argument_and_never_stored(
    http: tuple[Emulator, httpx2.Client], method: str, path: str, body: Any, field: str
) -> None:
    emu, client = http
    raw = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    answer = client.request(method, path.format(p=emu.project_id), content=raw)
    assert answer.status_code == 400 and _status(answer) == "INVALID_ARGUMENT", answer.text
    assert field in _violations(answer)
    assert client.get(f"/v1/projects/{emu.project_id}/clusters").json().get("clusters", []) == []
    assert client.get("/v1/vms/data-centers").status_code == 200  # the server goes on


@pytest.mark.parametrize(
    "query",
    ["pageSize=1&pageSize=2", "pageSize=3&pageNumber=1&pageNumber=1", "dataCenterId=a&dataCenterId=b",
     "pageSize=2&pageSize=2"],
)  # fmt: skip
def test_a_query_parameter_of_one_value_given_twice_is_invalid_argument(
    http: tuple[Emulator, httpx2.Client], query: str
) -> None:
    # grpc-gateway's query parser: "too many values" for a field that is not repeated.
    emu, client = http
    name = query.rsplit("&", 1)[1].split("=", maxsplit=1)[0]
    for path in (f"/v1/projects/{emu.project_id}/disks", f"/v1/projects/{emu.project_id}/clusters"):
        answer = client.get(f"{path}?{query}")
        if name == "dataCenterId" and "clusters" in path:
            continue  # not a parameter list_clusters has: ignored, as the gateway does
        assert answer.status_code == 400 and "it takes one value" in _violations(answer)[name], (path, answer.text)
    attach = client.patch(f"/v1/projects/{emu.project_id}/disk/d-1/attach?vmId=a&vmId=b")
    assert attach.status_code == 400 and "vmId" in _violations(attach)


def test_a_repeated_query_parameter_takes_each_value_and_checks_each() -> None:
    spec = build(OWN_SPEC)
    op = spec.operations["list_widgets"]
    assert check_request(spec, op, {}, {"tag": "2"}, {"shopId": "s"}, {"tag": ("1", "2")}) == []
    out = check_request(spec, op, {}, {"tag": "2"}, {"shopId": "s"}, {"tag": ("1", "x", "2")})
    assert out == [("tag[1]", "must be an integer")]
    out = check_request(spec, op, {}, {"shine": "2"}, {"shopId": "s"}, {"shine": ("1", "2")})
    assert out == [("shine", "is given 2 times; it takes one value")]


@pytest.mark.parametrize("text", [" 5 ", "5 ", " 5", "\t5", "5\n", "5_0", "0x5", ""])
def test_an_integer_with_anything_around_its_digits_is_refused_as_go_and_protojson_refuse_it(
    http: tuple[Emulator, httpx2.Client], text: str
) -> None:
    emu, client = http
    answer = client.get(f"/v1/projects/{emu.project_id}/clusters", params={"pageSize": text})
    assert answer.status_code == 400 and "pageSize" in _violations(answer), answer.text
    out: Violations = []
    check_value(build({"paths": {}}), text, {"type": "string", "format": "int64"}, "n", out)
    assert out == [("n", "must be an integer")]
    assert client.get(f"/v1/projects/{emu.project_id}/clusters", params={"pageSize": "+5"}).status_code == 200


def test_required_fields_and_parameters_are_enforced(http: tuple[Emulator, httpx2.Client]) -> None:
    emu, client = http
    missing = client.post(f"/v1/projects/{emu.project_id}/clusters", json={"id": "c-2"})
    assert missing.status_code == 400
    assert set(_violations(missing)) == {"dataCenterId", "machineTypeId", "machineCount"}
    no_body = client.patch(f"/v1/projects/{emu.project_id}/cluster-machines/m-1")  # the spec requires a body
    assert no_body.status_code == 400 and "body" in _violations(no_body)
    assert client.patch(f"/v1/projects/{emu.project_id}/cluster-machines/m-1", json={}).status_code == 200
    query = client.post(f"/v1/projects/{emu.project_id}/images")  # vmId and id are required query parameters
    assert query.status_code == 400 and {"vmId", "id"} <= set(_violations(query))


def test_answers_write_timestamps_with_z_and_leave_zero_values_out(http: tuple[Emulator, httpx2.Client]) -> None:
    emu, client = http
    client.post(f"/v1/projects/{emu.project_id}/vm", json=vm_body("vm-3").to_dict())
    client.post(f"/v1/projects/{emu.project_id}/clusters", json=CLUSTER)
    client.get(f"/v1/projects/{emu.project_id}/vms/vm-3")
    missing = client.get(f"/v1/projects/{emu.project_id}/vms/nope").json()
    assert missing["details"][0]["resourceName"] == "nope"
    if emu.wire == "gateway":  # zero values left out, in error details too
        assert "owner" not in missing["details"][0] and "description" not in missing["details"][0]
    stamps = [
        s
        for ex in emu.exchanges
        for s in re.findall(r'"(\d{4}-\d\d-\d\dT[^"]+)"', ex.reply.body.decode())
        if ex.reply.status == 200
    ]
    assert stamps and all(s.endswith("Z") for s in stamps), stamps


def test_timestamps_are_written_as_protojson_writes_them() -> None:
    import datetime

    utc = datetime.timezone.utc
    assert timestamp(datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=utc)) == "2026-01-02T03:04:05Z"
    assert timestamp(datetime.datetime(2026, 1, 2, 3, 4, 5, 120000, tzinfo=utc)) == "2026-01-02T03:04:05.120Z"
    assert timestamp(datetime.datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=utc)) == "2026-01-02T03:04:05.123456Z"
    assert timestamp(datetime.datetime(437, 8, 5, tzinfo=utc)) == "0437-08-05T00:00:00Z"
    assert timestamp(datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=utc), 7) == "2026-01-02T03:04:05.000000007Z"
    east = datetime.timezone(datetime.timedelta(hours=2))
    assert timestamp(datetime.datetime(2026, 1, 2, 3, 0, tzinfo=east)) == "2026-01-02T01:00:00Z"


#: RFC 3339 timestamps that lie outside google.protobuf.Timestamp's range once in UTC (or name no day).
OUT_OF_RANGE = (
    "9999-12-31T23:59:59-01:00",
    "0001-01-01T00:00:00+00:01",
    "0001-01-01T00:59:59.999999999+01:00",
    "9999-12-31T23:30:00-00:31",
    "0000-06-01T00:00:00Z",
    "2030-02-30T00:00:00Z",
    # In range, but not what Go's time.Parse (protojson's reader) takes: T and Z in lower case.
    "2030-01-02t03:04:05Z",
    "2030-01-02T03:04:05z",
    "2030-01-02T03:04:05Z\n",  # (a regular expression's $ would let a final newline through)
)
#: At the edges of the range, and with every precision: accepted, and written back in protojson's form.
IN_RANGE = {
    "0001-01-01T00:00:00Z": "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999999Z": "9999-12-31T23:59:59.999999999Z",
    "9999-12-31T22:59:59-01:00": "9999-12-31T23:59:59Z",
    "0001-01-01T01:00:00+01:00": "0001-01-01T00:00:00Z",
    "2030-01-02T03:04:05.123456789Z": "2030-01-02T03:04:05.123456789Z",
    "2030-01-02T03:04:05.1234567+02:00": "2030-01-02T01:04:05.123456700Z",
    "2030-01-02T03:04:05.5Z": "2030-01-02T03:04:05.500Z",
    "2030-01-02T03:04:05.000000Z": "2030-01-02T03:04:05Z",
}


def _timestamp_places(emu: Emulator, client: httpx2.Client, value: str) -> dict[str, httpx2.Response]:
    """``value`` sent in a generic create's body, a verb's body on a hand-written VM, and a query."""
    p = emu.project_id
    client.post(f"/v1/projects/{p}/vm", json=vm_body("vm-t").to_dict())
    return {
        "create_volume": client.post(
            f"/v1/projects/{p}/volumes",
            json={"id": "v-t", "dataCenterId": "gb-bournemouth-1", "sizeGib": 1, "commitmentEndTime": value},
        ),
        "update_vm_expire_time": client.post(f"/v1/projects/{p}/vm/vm-t/expire-time", json={"expireTime": value}),
        "create_vm": client.post(f"/v1/projects/{p}/vm", json={**vm_body("vm-u").to_dict(), "expireTime": value}),
        "spend details": client.get(
            "/v1/billing-accounts/demo-billing/spend/details", params={"startTime": value, "endTime": value}
        ),
    }


@pytest.mark.parametrize("value", OUT_OF_RANGE)
def test_a_timestamp_protojson_refuses_is_invalid_argument_and_never_stored(
    http: tuple[Emulator, httpx2.Client], value: str
) -> None:
    emu, client = http
    for where, answer in _timestamp_places(emu, client, value).items():
        assert answer.status_code == 400 and _status(answer) == "INVALID_ARGUMENT", (where, answer.text)
        assert "9999-12-31T23:59:59Z" in " ".join(_violations(answer).values()), where
    p = emu.project_id
    assert client.get(f"/v1/projects/{p}/volumes/v-t").status_code == 404  # never stored
    assert client.get(f"/v1/projects/{p}/volumes").status_code == 200
    assert client.get(f"/v1/projects/{p}/vms/vm-t").status_code == 200


@pytest.mark.parametrize("value", list(IN_RANGE))
def test_a_timestamp_in_range_is_kept_to_the_nanosecond_and_written_as_protojson_does(
    http: tuple[Emulator, httpx2.Client], value: str
) -> None:
    emu, client = http
    answers = _timestamp_places(emu, client, value)
    assert all(a.status_code == 200 for a in answers.values()), {w: a.text for w, a in answers.items()}
    assert answers["update_vm_expire_time"].json() == {"expireTime": IN_RANGE[value]}
    volume = client.get(f"/v1/projects/{emu.project_id}/volumes/v-t").json()
    assert volume["commitmentEndTime"] == IN_RANGE[value]


def test_the_writer_never_raises_on_a_stored_value_no_timestamp_holds() -> None:
    import datetime

    spec = build({"paths": {}, "components": {"schemas": {}}})
    schema = {"type": "object", "properties": {"t": {"type": "string", "format": "date-time"}}}
    late = datetime.datetime(9999, 12, 31, 23, tzinfo=datetime.timezone(datetime.timedelta(hours=-2)))
    for stored in (late, "9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00+00:01", "not a time"):
        written = write(spec, {"t": stored}, schema)["t"]
        assert isinstance(written, str) and written  # as it was stored, rather than a 500


@pytest.mark.parametrize("wire", ["gateway", "aip193"])
def test_every_map_entry_is_written_whatever_its_value(wire: Any) -> None:
    # proto3 JSON leaves out fields at their zero value, never a map's entries.
    with Emulator(rate_limit=None, boot_seconds=0, wire=wire) as emu:
        p, http = (
            emu.project_id,
            httpx2.Client(base_url=emu.base_url, headers={"Authorization": f"Bearer {emu.api_key}"}),
        )
        metadata = {"env": "", "team": "blue", "zero": "0"}
        made = http.post(f"/v1/projects/{p}/vm", json={**vm_body("vm-1").to_dict(), "metadata": metadata})
        assert made.json()["vm"]["metadata"] == metadata
        assert http.get(f"/v1/projects/{p}/vms/vm-1").json()["VM"]["metadata"] == metadata
        assert http.get(f"/v1/projects/{p}/vms").json()["VMs"][0]["metadata"] == metadata
        changed = http.post(f"/v1/projects/{p}/vm/vm-1/metadata", json={"metadata": {"a": "", "b": "x"}})
        assert changed.json() == {"metadata": {"a": "", "b": "x"}}
        assert http.get(f"/v1/projects/{p}/vms/vm-1").json()["VM"]["metadata"] == {"a": "", "b": "x"}
        if wire == "gateway":
            assert zero_fields_sent(emu.exchanges) == []  # the VMs' zero fields are still left out


def test_map_entries_of_any_value_type_are_written_and_message_fields_still_drop_zeros() -> None:
    spec = build(OWN_SPEC)
    shop = {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "stock": {"type": "object", "additionalProperties": {"type": "integer", "format": "int32"}},
            "flags": {"type": "object", "additionalProperties": {"type": "boolean"}},
            "widgets": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Widget"}},
            "anything": {"type": "object"},
        },
    }
    stored = {
        "name": "",
        "stock": {"a": 0, "b": 2},
        "flags": {"off": False},
        "widgets": {"w": {"id": "", "shine": 0}, "v": {"id": "v", "shine": 3}},
        "anything": {"empty": "", "none": []},
    }
    assert write(spec, stored, shop) == {
        "stock": {"a": 0, "b": 2},
        "flags": {"off": False},
        "widgets": {"w": {}, "v": {"id": "v", "shine": 3}},  # each entry kept; its message drops its zeros
        "anything": {"empty": "", "none": []},
    }
    assert write(spec, {"stock": {}}, shop) == {}  # a map with no entries is a field at its zero value


def test_error_info_metadata_keeps_every_entry_in_the_gateway_form(monkeypatch: pytest.MonkeyPatch) -> None:
    from cudo_async.testing._store import HANDLERS, _error_info, _not_found

    def refuse(*_: Any, **__: Any) -> Any:
        missing = _not_found("thing", "t-1")
        raise ApiFailure("FAILED_PRECONDITION", "no", _error_info("WHY", empty="", zone="a"), *missing.details)

    monkeypatch.setitem(HANDLERS, "list_vm_machine_types", refuse)
    for wire in ("gateway", "aip193"):
        with Emulator(rate_limit=None, wire=wire) as emu:  # type: ignore[arg-type]
            answer = httpx2.get(
                f"{emu.base_url}/v1/vms/machine-types", headers={"Authorization": f"Bearer {emu.api_key}"}
            )
            info, resource = answer.json()["details"]
            assert info["metadata"] == {"empty": "", "zone": "a"}
            if wire == "gateway":  # the detail's own fields at their zero value are left out
                assert "owner" not in resource and "description" not in resource


def test_a_body_number_too_long_for_any_integer_is_never_parsed_as_one() -> None:
    body = parse_body(b'{"n": ' + b"7" * 5000 + b', "x": [1, {"y": ' + b"8" * 5000 + b"}]}")
    spec = build({"paths": {}, "components": {"schemas": {}}})
    free = {"type": "object", "properties": {"x": {"type": "array", "items": {}}}}
    out: Violations = []
    check_value(spec, body, free, "", out)
    assert out == [("x[1]", "holds a number out of range")]  # n is no field of the message: discarded
    out = []
    check_value(spec, {"m": body["x"][1]}, {"type": "object", "additionalProperties": True}, "", out)
    assert out == [("m", "holds a number out of range")]


def test_made_up_values_take_the_form_their_format_asks_for() -> None:
    # What a regenerated spec's new fields hold when nobody stored them: each reads as its type says.
    spec = build({"paths": {}, "components": {"schemas": {}}})

    def made(schema: dict[str, Any]) -> Any:
        return made_up(spec, schema, "since", {"id": "item-1"})

    datetime.date.fromisoformat(made({"type": "string", "format": "date"}))
    uuid.UUID(made({"type": "string", "format": "uuid"}))
    assert base64.b64decode(made({"type": "string", "format": "byte"}), validate=True)
    assert (
        int(made({"type": "string", "format": "int64"})) and made({"type": "string", "enum": ["A_UNSET", "B"]}) == "B"
    )
    assert made({"type": "array", "items": {"type": "string", "format": "date"}})[0].count("-") == 2
    for fmt in ("date", "uuid", "byte", "int64"):
        out: Violations = []
        check_value(spec, made({"type": "string", "format": fmt}), {"type": "string", "format": fmt}, "f", out)
        assert out == [], (fmt, out)


def test_a_float_takes_and_answers_proto3_jsons_nan_and_infinities() -> None:
    spec = build({"paths": {}, "components": {"schemas": {}}})
    number = {"type": "number", "format": "double"}
    for text in ("NaN", "Infinity", "-Infinity"):
        out: Violations = []
        check_value(spec, text, number, "ratio", out)
        assert out == [] and write(spec, text, number) == text
    out = []
    check_value(spec, "many", number, "ratio", out)
    assert out and out[0][0] == "ratio"


@pytest.mark.parametrize(
    ("name", "noun", "names_it"),
    [("id", "zeph-lantern", True), ("lanternId", "zeph-lantern", True), ("zephLanternId", "zeph-lantern", True),
     ("apikeyId", "api-key", True), ("ternId", "zeph-lantern", False), ("projectId", "zeph-lantern", False),
     ("lantern", "zeph-lantern", False)],
)  # fmt: skip
def test_a_create_takes_its_id_from_id_or_the_resources_name_with_id(name: str, noun: str, names_it: bool) -> None:
    assert _names_new_id(name, noun) is names_it


# ---------------------------------------------------------------------------------------- own spec

OWN_SPEC: dict[str, Any] = {
    "paths": {
        "/v9/shops": {"post": {"operationId": "open_shop", "requestBody": {"content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Shop"}}}}, "responses": {"200": {"content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/Shop"}}}}}}},
        "/v9/shops/{shopId}": {"get": {"operationId": "get_shop", "parameters": [
            {"in": "path", "name": "shopId", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"content": {"application/json": {"schema": {
                "$ref": "#/components/schemas/Shop"}}}}}}},
        "/v9/shops/{shopId}/widgets": {"get": {"operationId": "list_widgets", "parameters": [
            {"in": "path", "name": "shopId", "required": True, "schema": {"type": "string"}},
            {"in": "query", "name": "pageToken", "schema": {"type": "string"}},
            {"in": "query", "name": "pageSize", "schema": {"type": "integer", "format": "int32"}},
            {"in": "query", "name": "shine", "schema": {"type": "integer", "format": "uint32"}},
            {"in": "query", "name": "tag", "schema": {"type": "array", "items": {"type": "integer"}}}],
            "responses": {"200": {"content": {"application/json": {"schema": {"type": "object", "properties": {
                "widgets": {"type": "array", "items": {"$ref": "#/components/schemas/Widget"}},
                "nextPageToken": {"type": "string"}}}}}}}}},
        "/v9/shops/{shopId}/logo": {"get": {"operationId": "get_logo", "parameters": [
            {"in": "path", "name": "shopId", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"content": {"image/png": {"schema": {"type": "string", "format": "binary"}}}}}}},
        "/v9/shops/{shopId}/widgets/{widgetId}:polish": {"post": {"operationId": "polish_widget", "parameters": [
            {"in": "path", "name": "shopId", "required": True, "schema": {"type": "string"}},
            {"in": "path", "name": "widgetId", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": {"content": {"application/json": {"schema": {"type": "object"}}}}}}},
    },
    "components": {"schemas": {
        "Shop": {"type": "object", "required": ["name"], "properties": {
            "id": {"type": "string", "readOnly": True}, "name": {"type": "string"},
            "openedAt": {"type": "string", "format": "date-time", "readOnly": True},
            "stock": {"type": "string", "format": "uint64", "readOnly": True}}},
        "Widget": {"type": "object", "properties": {"id": {"type": "string"}, "shopId": {"type": "string"},
                                                    "shine": {"type": "integer", "format": "uint32"}}},
    }},
}  # fmt: skip


def test_the_rules_read_a_spec_of_our_own() -> None:
    spec = build(OWN_SPEC)
    plan = make_plan(spec, lambda _op: False)
    kinds = {op: (shape.kind, shape.family) for op, shape in plan.shapes.items()}
    assert kinds == {
        "open_shop": ("create", ("v9", "shop", "*")),
        "get_shop": ("get", ("v9", "shop", "*")),
        "list_widgets": ("list", ("v9", "shop", "*", "widget", "*")),
        "polish_widget": ("action", ("v9", "shop", "*", "widget", "*")),
        "get_logo": ("read", ("v9", "shop", "*")),
    }
    generic = Generic(plan, lambda _op, _key: None, lambda _op: False)
    shop = generic.serve(spec.operations["open_shop"], {}, {}, {"name": "corner", "id": "ignored"})
    assert shop["name"] == "corner" and shop["id"].startswith("shop-") and shop["openedAt"].endswith("Z")
    assert shop["stock"] == "1"  # a read-only field made up, in its wire form
    with pytest.raises(Exception, match="not found"):
        generic.serve(spec.operations["get_shop"], {"shopId": "elsewhere"}, {}, {})
    widgets = generic.serve(spec.operations["list_widgets"], {"shopId": shop["id"]}, {"pageSize": "2"}, {})
    assert len(widgets["widgets"]) == 2 and widgets["nextPageToken"]  # an open family shows a few
    assert all(w["shopId"] == shop["id"] for w in widgets["widgets"])
    polished = generic.serve(spec.operations["polish_widget"], {"shopId": shop["id"], "widgetId": "w-9"}, {}, {})
    assert polished == {}
    with pytest.raises(ApiFailure) as logo:  # a success that is not JSON: the one thing it does not make up
        generic.serve(spec.operations["get_logo"], {"shopId": shop["id"]}, {}, {})
    assert logo.value.status == "UNIMPLEMENTED"


def test_fields_a_message_does_not_have_are_discarded_at_any_depth(http: tuple[Emulator, httpx2.Client]) -> None:
    _emu, client = http
    huge = "9" * 5000
    raw = '{"displayName": "d", "email": "e@x", "nope": %s, "billingAddress": {"city": "c", "nope": [%s]}}'
    made = client.post("/v1/billing-accounts", content=(raw % (huge, huge)).encode())
    assert made.status_code == 200, made.text
    account = client.get(f"/v1/billing-accounts/{made.json()['id']}").json()
    assert "nope" not in account and account.get("billingAddress", {}).get("city") == "c"
    assert "nope" not in account.get("billingAddress", {})

"""Errors travel (pickle, deepcopy) whatever the body held, and carry no secret from it:
redaction works on the decoded structure, not on the text."""

from __future__ import annotations

import copy
import json
import pickle

import pytest

from cudo_async import errors, models
from tests.helpers import CANARY
from tests.test_hostile import Canned, reply, serving

pytestmark = pytest.mark.anyio


def everything_shown(error: BaseException) -> str:
    """What a user can reach from an error: str, repr, its attributes, and along its chain the
    locals of every SDK frame its tracebacks hold (the test's own frames hold the answer it sent)."""
    shown = [str(error), repr(error), repr(getattr(error, "details", ()))]
    seen: set[int] = set()
    link: BaseException | None = error
    while link is not None and id(link) not in seen:
        seen.add(id(link))
        shown.append(repr(link))
        tb = link.__traceback__
        while tb is not None:
            if "/tests/" not in tb.tb_frame.f_code.co_filename:
                shown.extend(f"{name}={value!r}" for name, value in tb.tb_frame.f_locals.items())
            tb = tb.tb_next
        link = link.__cause__ or link.__context__
    return "".join(shown)


def spaced_out(text: str) -> str:
    """``text`` with separators gone, as a secret read in the wrong encoding would show up."""
    return "".join(ch for ch in text if ch.isalnum() or ch == "-")


async def test_a_500_deep_nested_detail_pickles_and_copies_and_says_it_was_cut() -> None:
    deep: object = "bottom"
    for _ in range(500):
        deep = [deep]
    body = {"code": 3, "message": "bad", "details": [{"@type": "type.example.com/x.Odd", "value": deep}]}
    assert len(json.dumps(body)) < 1200  # about 1 KB of valid JSON
    async with serving(Canned(reply(400, body))) as cudo:
        with pytest.raises(errors.InvalidArgumentError) as info:
            await cudo.virtual_machines.get_vm("p", "vm-1")
    error = info.value
    for travelled in (pickle.loads(pickle.dumps(error)), copy.deepcopy(error)):
        assert type(travelled) is type(error) and str(travelled) == str(error)
        assert travelled.details == error.details
    assert "nested deeper than 32 levels were cut" in str(error)
    assert error.details[0].cut and error.to_dict()["details"]  # what was kept is still there


ESCAPED_NAME = b'{"id": "k1", "ke\\u0079": "' + CANARY.encode() + b'", "createTime": 12'  # cut short
OBJECT_VALUE = json.dumps({"id": "k1", "key": {"v": CANARY}, "createTime": {"bad": 1}}).encode()
LIST_VALUE = json.dumps({"id": "k1", "apiToken": [CANARY, {"x": CANARY}], "createTime": [1]}).encode()
UTF16 = json.dumps({"id": "k1", "password": CANARY, "createTime": [1]}).encode("utf-16")


@pytest.mark.parametrize(
    "answer", [ESCAPED_NAME, OBJECT_VALUE, LIST_VALUE, UTF16], ids=["escaped-name", "object", "list", "utf-16"]
)
async def test_a_secret_in_an_undecodable_answer_is_kept_out_of_the_error(answer: bytes) -> None:
    async with serving(Canned(reply(200, answer))) as cudo:
        with pytest.raises(errors.InvalidResponseError) as info:
            await cudo.api_keys.generate_api_key(body=models.GenerateAPIKeyRequest(apikey_id="k1"))
    shown = everything_shown(info.value)
    assert CANARY not in spaced_out(shown)
    assert "k1" in info.value.excerpt  # the rest still shows


@pytest.mark.parametrize(
    "answer",
    [
        json.dumps([{"password": CANARY}]).encode("utf-16"),
        b'[{"secre\\u0074": {"v": "' + CANARY.encode() + b'"}}]',
        b"<html>session_token=" + CANARY.encode() + b"</html>",
    ],
    ids=["utf-16", "escaped-object", "text"],
)
async def test_a_secret_in_an_error_body_that_is_not_aip_193_is_kept_out_of_the_message(answer: bytes) -> None:
    async with serving(Canned(reply(502, answer))) as cudo:
        with pytest.raises(errors.APIError) as info:
            await cudo.virtual_machines.get_vm("p", "vm-1")
    assert CANARY not in spaced_out(everything_shown(info.value))
    assert "non-AIP-193 body" in str(info.value)


async def test_secret_looking_members_the_spec_does_not_list_stay_out_of_reprs() -> None:
    vm = {"id": "vm-1", "state": "ACTIVE", "rootPasswordV2": CANARY, "extra": {"accessToken": [CANARY]}, "zone": "a"}
    detail = {"@type": "type.example.com/x.Odd", "clientSecret": CANARY}
    async with serving(
        Canned(reply(200, {"VM": vm}), reply(400, {"code": 3, "message": "m", "details": [detail]}))
    ) as cudo:
        got = await cudo.virtual_machines.get_vm("p", "vm-1")
        with pytest.raises(errors.InvalidArgumentError) as info:
            await cudo.virtual_machines.get_vm("p", "vm-1")
    assert got.vm.additional_properties["rootPasswordV2"] == CANARY  # still there for code that reads it
    assert CANARY not in repr(got) and "'zone': 'a'" in repr(got.vm)
    shown = everything_shown(info.value)
    assert CANARY not in shown, shown[max(0, shown.find(CANARY) - 300) : shown.find(CANARY) + 50]


async def test_a_wait_error_holding_a_vm_with_a_500_deep_unknown_member_pickles_and_copies() -> None:
    deep: object = "bottom"
    for _ in range(500):
        deep = [deep]
    answer = {"VM": {"id": "vm-1", "state": "FAILED", "odd": deep}}
    async with serving(Canned(reply(200, answer))) as cudo:
        with pytest.raises(errors.WaitError) as info:
            await cudo.wait_for_vm("p", "vm-1", timeout=5)
    for travelled in (pickle.loads(pickle.dumps(info.value)), copy.deepcopy(info.value)):
        assert travelled.state == "FAILED" and travelled.resource.id == "vm-1"
    assert "nested deeper than 32 levels" in json.dumps(info.value.resource.additional_properties)

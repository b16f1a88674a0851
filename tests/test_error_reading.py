"""Reading what an error answer means: the canonical code from ``status`` in every spelling a
server uses (AIP-193's ``NOT_FOUND``, Go's ``NotFound``), never overriding a valid gRPC ``code``
with text that names no code; and a ``google.rpc.Status`` under a 2xx is the error it says,
whichever members proto3 left out, while a real answer is never misread as one."""

from __future__ import annotations

import importlib
import json
import sys
import types
from typing import Any

import pytest
from cudo_async_api.api import ROUTES

from cudo_async import RetryPolicy, errors
from cudo_async._decode import canonical_status, decode_error
from cudo_async._request import _status_in_success, answer_members
from cudo_async._status import CODES
from cudo_async.fastapi import CALLER_ERRORS, service_failure
from tests.setups import canned
from tests.test_hostile import reply

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend(client_setup: tuple[str, str, str]) -> str:
    return client_setup[0]


def camel(name: str) -> str:
    return "".join(word.capitalize() for word in name.split("_"))


@pytest.mark.parametrize("name", [name for name in CODES if name != "OK"])
@pytest.mark.parametrize("spelling", [str.upper, str.lower, camel, lambda n: n.replace("_", " ").title()])
def test_every_spelling_of_a_canonical_name_reads_as_that_code(name: str, spelling: Any) -> None:
    # The HTTP status says something else: the body's name wins.
    assert canonical_status(418, {"status": spelling(name)}) == name
    assert canonical_status(200, {"status": f"  {spelling(name)} ", "code": CODES[name][0]}) == name


def test_gos_us_spelling_of_cancelled_reads_as_cancelled() -> None:
    assert canonical_status(499, {"status": "Canceled"}) == "CANCELLED"


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        ("Service Unavailable", 14, "UNAVAILABLE"),  # an HTTP reason phrase where the name goes
        ("\x1b[31mUNAUTH", 16, "UNAUTHENTICATED"),  # garbage
        ("Forbidden", 7, "PERMISSION_DENIED"),
        ("OK", 5, "NOT_FOUND"),  # OK is no error: the number decides
        ("", 8, "RESOURCE_EXHAUSTED"),
        ("NotFound", 3, "NOT_FOUND"),  # a name that is canonical wins over the number
        ("QUOTA_BLOWN", 0, "QUOTA_BLOWN"),  # a code this SDK does not know, and no number: kept as sent
        ("Teapot", 99, "TEAPOT"),
        ("", "5", "NOT_FOUND"),  # proto3 JSON may write the number as text
    ],
)
def test_text_that_names_no_code_never_overrides_a_valid_number(status: str, code: Any, expected: str) -> None:
    assert canonical_status(500, {"status": status, "code": code}) == expected


@pytest.mark.parametrize(
    ("status", "code", "http", "error", "retried"),
    [
        ("NotFound", 5, 404, errors.NotFoundError, False),
        ("PermissionDenied", 7, 403, errors.PermissionDeniedError, False),
        ("ResourceExhausted", 8, 429, errors.ResourceExhaustedError, True),
        ("Service Unavailable", 14, 503, errors.UnavailableError, True),
        ("InvalidArgument", 3, 400, errors.InvalidArgumentError, False),
        ("Unauthenticated", 16, 401, errors.UnauthenticatedError, False),
    ],
)
async def test_a_go_gateways_error_is_raised_and_retried_as_its_code(
    client_setup: tuple[str, str, str], status: str, code: int, http: int, error: type[Exception], retried: bool
) -> None:
    answer = reply(http, {"code": code, "status": status, "message": "m"}, retry_after="0")
    policy = {"retry": RetryPolicy(max_retries=1, initial_delay=0.001)}
    async with canned(client_setup, answer, **policy) as (cudo, server):
        with pytest.raises(error) as info:
            await cudo.virtual_machines.get_vm("p", "vm-1")
    assert len(server.requests) == (2 if retried else 1)
    # The FastAPI handlers judge by the same code.
    assert isinstance(info.value, CALLER_ERRORS) or service_failure(info.value)[0] == 503


# ----------------------------------------------------------------------------- a Status under a 2xx

ERROR_INFO = {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "KEY_REVOKED", "domain": "cudo"}


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"code": 7}, errors.PermissionDeniedError),  # proto3 leaves an empty message out
        ({"code": 7, "details": []}, errors.PermissionDeniedError),
        ({"code": 16, "details": [ERROR_INFO]}, errors.UnauthenticatedError),
        ({"code": "5"}, errors.NotFoundError),  # the number as text
        ({"code": 5, "message": ""}, errors.NotFoundError),
        ({"code": 9, "status": "FailedPrecondition"}, errors.FailedPreconditionError),
        ({"code": 403, "status": "PERMISSION_DENIED"}, errors.PermissionDeniedError),  # AIP-193: code is HTTP's
        ({"code": 99}, errors.UnknownError),  # a code this SDK does not know is an error all the same
    ],
)
async def test_a_status_under_a_2xx_is_the_error_it_says_whatever_proto3_left_out(
    client_setup: tuple[str, str, str], body: dict[str, Any], error: type[Exception]
) -> None:
    async with canned(client_setup, reply(200, body)) as (cudo, server):
        with pytest.raises(error):
            await cudo.virtual_machines.get_vm("p", "vm-1")
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "body",
    [
        {"code": 7, "VM": {"id": "vm-1"}},  # a member no Status has: an answer
        {"code": 0},  # OK
        {"code": "0"},
        {"code": True},
        {"code": "seven"},
        {"code": 7, "message": 5},  # a member of the wrong type: not a Status
        {"code": 7, "details": {}},
        {},
    ],
)
async def test_a_body_that_is_no_status_reads_as_the_answer(
    client_setup: tuple[str, str, str], body: dict[str, Any]
) -> None:
    async with canned(client_setup, reply(200, body)) as (cudo, _):
        answer = await cudo.virtual_machines.get_vm("p", "vm-1")
    assert answer.vm is not None


def _decoder_of(members: frozenset[str]) -> Any:
    """A decoder whose answer model lists ``members`` (as a generated model's module does)."""
    module = types.ModuleType("tests.answer_with_a_code")
    module._WIRE_NAMES = members  # type: ignore[attr-defined]

    class Answer:
        pass

    Answer.__module__ = module.__name__
    sys.modules[module.__name__] = module

    def decode(data: Any) -> Any:
        return Answer()

    decode.__annotations__["return"] = Answer
    return decode


@pytest.mark.parametrize("body", [{"code": 5}, {"code": 5, "message": "done"}, {"code": 3, "status": "x"}])
def test_an_answer_whose_model_lists_code_is_never_read_as_an_error(body: dict[str, Any]) -> None:
    try:
        assert not _status_in_success(body, _decoder_of(frozenset({"code", "message", "status"})))
        assert _status_in_success(body, _decoder_of(frozenset({"id", "name"})))
    finally:
        sys.modules.pop("tests.answer_with_a_code", None)


def test_the_answer_model_of_every_operation_is_found() -> None:
    # The check above needs each operation's answer model: every generated decoder names it.
    for tag, operation, _, _ in ROUTES:
        decode = importlib.import_module(f"cudo_async_api.api.{tag}.{operation}")._decode
        model = decode.__annotations__["return"]
        assert set(model.from_dict({}).to_dict()) <= answer_members(decode), operation


def test_an_error_envelope_and_a_status_read_alike() -> None:
    bare = decode_error(200, {}, json.dumps({"code": 7}).encode())
    wrapped = decode_error(200, {}, json.dumps({"error": {"code": 7}}).encode())
    assert bare.status == wrapped.status == "PERMISSION_DENIED"

"""Query parameters are checked against their spec type before anything is sent, as path
parameters are: a wrong type is a ConfigurationError naming the parameter, never its str()."""

from __future__ import annotations

import datetime
import importlib
import inspect
from typing import Any

import pytest
from cudo_async_api.api import ROUTES

from cudo_async import errors
from cudo_async.testing import Emulator
from tests.emulator_support import emu
from tests.operation_args import arguments
from tests.test_hostile import Canned, reply, serving

pytestmark = pytest.mark.anyio
__all__ = ["emu"]

#: Wrong values for each spec kind (every kind also refuses a plain object).
WRONG = {
    "str": [5, b"x", None],
    "int": ["abc", "3", True, 1.5, None],
    "float": ["1.5", float("nan"), True],
    "bool": ["true", 1],
    "datetime": ["2026-01-02T03:04:05Z", 5, None],
    "enum": [5, None],
}


def query_parameters() -> list[tuple[str, str, str, str]]:
    """(tag, operation, Python name, kind) of every query parameter of every operation, from the generated builders."""
    found = []
    for tag, operation, _method, _path in ROUTES:
        module = importlib.import_module(f"cudo_async_api.api.{tag}.{operation}")
        for name, kind in getattr(module, "QUERY_TYPES", {}).values():
            found.append((tag, operation, name, kind))
    return found


QUERY_PARAMETERS = query_parameters()


def test_every_query_parameter_of_every_builder_has_a_spec_type() -> None:
    for tag, operation, _method, path in ROUTES:
        module = importlib.import_module(f"cudo_async_api.api.{tag}.{operation}")
        names = set(inspect.signature(module._request).parameters) - {"body"}
        in_path = {name for name in names if f"{{{name}}}" in path}
        typed = {name for name, _ in getattr(module, "QUERY_TYPES", {}).values()}
        assert names - in_path == typed, operation
    assert QUERY_PARAMETERS  # the spec has query parameters at all
    assert {kind for *_, kind in QUERY_PARAMETERS} <= set(WRONG) | {"any"} | {f"list:{k}" for k in WRONG}


@pytest.mark.filterwarnings("ignore:.*is deprecated by the API:DeprecationWarning")
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.parametrize(
    ("tag", "operation", "parameter", "kind"), QUERY_PARAMETERS, ids=[f"{o}.{p}" for _, o, p, _ in QUERY_PARAMETERS]
)
async def test_a_query_parameter_of_the_wrong_type_is_refused_before_sending(
    tag: str, operation: str, parameter: str, kind: str
) -> None:
    server = Canned(reply(200, {}))
    async with serving(server) as cudo:
        call = getattr(getattr(cudo, tag), operation)
        args = arguments(call, operation)
        for bad in [object(), *WRONG.get(kind.removeprefix("list:"), [])]:
            if bad is None and inspect.signature(call).parameters[parameter].default is None:
                continue  # an optional parameter left out
            with pytest.raises(errors.ConfigurationError, match=parameter) as info:
                await call(**{**args, parameter: bad})
            assert "object at 0x" not in str(info.value)
    assert server.requests == []  # nothing was sent


async def test_list_invoices_with_a_page_size_of_abc_sends_nothing(emu: Emulator) -> None:
    async with emu.client() as cudo:
        before = emu.answered
        with pytest.raises(errors.ConfigurationError, match="page_size must be an int, got str"):
            await cudo.billing.list_invoices(id="demo-billing", page_size="abc")  # type: ignore[arg-type]
        assert emu.answered == before
        # Right types go through, encoded as the spec says.
        page = await cudo.billing.list_invoices(id="demo-billing", page_size=3)
    assert len(page.invoices) == 3
    assert [ex.request.query.get("pageSize") for ex in emu.exchanges if ex.operation == "list_invoices"] == ["3"]


async def test_a_datetime_query_parameter_is_sent_in_rfc_3339() -> None:
    server = Canned(reply(200, {}))
    when = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    async with serving(server) as cudo:
        await cudo.billing.get_billing_account_spend_details("b", start_time=when, end_time=when)
    assert b"startTime=2026-01-02T03%3A04%3A05%2B00%3A00" in server.requests[0]


def test_extra_query_and_a_parameter_of_a_type_the_sdk_does_not_know_take_the_same_values() -> None:
    from cudo_async._call_options import check_extra_query
    from cudo_async._request import check_query

    def accepted(check: Any, value: object) -> bool:
        try:
            check(value)
        except errors.ConfigurationError:
            return False
        return True

    values: list[object] = ["s", "", 0, -7, True, False, 1.5, float("nan"), float("inf"), None, object(), b"x", {}]
    extra = [accepted(lambda v: check_extra_query({"p": v}), v) for v in values]
    unknown = [accepted(lambda v: check_query({"p": v}, {}), v) for v in values]
    assert extra == unknown and any(extra) and not all(extra)


async def test_booleans_in_the_query_are_written_true_and_false() -> None:
    server = Canned(reply(200, {}))
    async with serving(server) as cudo:
        await cudo.projects.get_project("p", extra_query={"flag": True, "flags": [False, True]})
    assert b"flag=true&flags=false&flags=true" in server.requests[0]
    # A parameter the spec types boolean is written the same way.
    from cudo_async._request import Call

    request: Any = {"method": "GET", "path": "/v1/x", "path_params": {}, "params": {"on": False}}
    request["query_types"] = {"on": ("on", "bool")}
    assert Call.build("x", request, lambda d: d, "http://127.0.0.1").target.endswith("/v1/x?on=false")

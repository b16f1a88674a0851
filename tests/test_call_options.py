"""Per-call options: every operation takes timeout=, retry=, extra_headers=, extra_query=, and
with_options() the same; what the SDK owns cannot be replaced; bad values are refused unsent."""

from __future__ import annotations

import inspect
from typing import Any

import anyio
import httpx2
import pytest
from cudo_async_api.api import ROUTES

from cudo_async import AsyncCudo, RetryPolicy, errors
from tests.helpers import CANARY, aip, client, ok

pytestmark = pytest.mark.anyio

OPTIONS = ("timeout", "retry", "extra_headers", "extra_query")


def test_every_operation_takes_the_per_call_options_by_keyword() -> None:
    cudo = AsyncCudo(api_key="k")
    for tag, operation, _, _ in ROUTES:
        parameters = inspect.signature(getattr(getattr(cudo, tag), operation)).parameters
        for name in OPTIONS:
            assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY, (operation, name)
            assert parameters[name].default is None, (operation, name)
    assert set(OPTIONS) <= set(inspect.signature(cudo.with_options).parameters)


async def test_extra_headers_and_query_reach_the_request_and_add_to_the_views() -> None:
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return ok({})

    async with client(handler) as cudo:
        view = cudo.with_options(extra_headers={"X-Team": "ml"}, extra_query={"trace": "1"})
        await view.virtual_machines.list_vms(
            "p", network_id="net", extra_headers={"x-call": "7", "User-Agent": "fleet-bot/2"}, extra_query={"n": 3}
        )
        await cudo.virtual_machines.list_vms("p")  # the root client is unchanged
    sent = seen[0]
    assert sent.headers["x-team"] == "ml" and sent.headers["x-call"] == "7"
    assert sent.url.params["networkId"] == "net" and sent.url.params["trace"] == "1" and sent.url.params["n"] == "3"
    # A caller's User-Agent follows the SDK's own part, which stays first.
    assert sent.headers["user-agent"].startswith("cudo-async/") and sent.headers["user-agent"].endswith(" fleet-bot/2")
    assert sent.headers["authorization"] == f"Bearer {CANARY}"
    assert "x-team" not in seen[1].headers and "trace" not in seen[1].url.params


async def test_a_header_given_again_replaces_the_earlier_one_whatever_its_case() -> None:
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return ok({})

    async with client(handler) as cudo:
        view = cudo.with_options(extra_headers={"X-Team": "ml"})
        await view.projects.list_projects(extra_headers={"x-team": "ops", "Accept": "application/json"})
    assert seen[0].headers.get_list("x-team") == ["ops"]
    assert seen[0].headers.get_list("accept") == ["application/json"]


@pytest.mark.parametrize("name", ["Authorization", "authorization", "Content-Type", "Host", "Content-Length"])
async def test_extra_headers_cannot_replace_what_the_sdk_owns(name: str) -> None:
    seen: list[httpx2.Request] = []
    async with client(lambda r: seen.append(r) or ok({})) as cudo:
        with pytest.raises(errors.ConfigurationError, match=name):
            await cudo.projects.list_projects(extra_headers={name: "Bearer other-key"})
        with pytest.raises(errors.ConfigurationError, match=name):
            cudo.with_options(extra_headers={name: "x"})
    assert seen == []


@pytest.mark.parametrize(
    ("option", "value", "match"),
    [
        ("extra_headers", ["X-A", "b"], "mapping"),
        ("extra_headers", {"X A": "b"}, "header name"),
        ("extra_headers", {"X-A": 1}, "must be a str"),
        ("extra_headers", {"X-A": "line\r\nInjected: yes"}, "line break"),
        ("extra_query", "a=b", "mapping"),
        ("extra_query", {"a": float("nan")}, "finite"),
        ("extra_query", {"a": object()}, "str, int"),
        ("extra_query", {"": "x"}, "parameter name"),
        ("extra_query", {"a": "\udc80"}, "cannot be sent"),
        ("timeout", 0, "timeout"),
        ("timeout", float("inf"), "timeout"),
        ("timeout", "5", "timeout"),
        ("retry", 3, "RetryPolicy"),
    ],
)
async def test_bad_per_call_options_are_configuration_errors_sent_nowhere(option: str, value: Any, match: str) -> None:
    seen: list[httpx2.Request] = []
    async with client(lambda r: seen.append(r) or ok({})) as cudo:
        with pytest.raises(errors.ConfigurationError, match=match):
            await cudo.projects.list_projects(**{option: value})
        with pytest.raises(errors.ConfigurationError, match=match):
            cudo.with_options(**{option: value})
    assert seen == []


async def test_a_header_value_never_shows_in_the_error() -> None:
    async with client(lambda r: ok({})) as cudo:
        with pytest.raises(errors.ConfigurationError) as caught:
            await cudo.projects.list_projects(extra_headers={"X-Token": f"{CANARY}\n"})
    assert CANARY not in str(caught.value)


async def test_extra_query_cannot_override_a_parameter_of_the_operation() -> None:
    async with client(lambda r: ok({})) as cudo:
        with pytest.raises(errors.ConfigurationError, match="pageToken"):
            await cudo.projects.list_projects(page_token="t", extra_query={"pageToken": "other"})


async def test_a_per_call_retry_policy_and_timeout_apply_to_that_call_only() -> None:
    attempts = 0

    def handler(request: httpx2.Request) -> httpx2.Response:
        nonlocal attempts
        attempts += 1
        return aip("UNAVAILABLE", 14, 503)

    fast = RetryPolicy(max_retries=4, initial_delay=0.001, max_delay=0.002)
    async with client(handler, retry=fast) as cudo:
        with pytest.raises(errors.UnavailableError) as once:
            await cudo.projects.list_projects(retry=RetryPolicy(max_retries=0))
        assert attempts == 1 and once.value.attempts == 1
        with pytest.raises(errors.UnavailableError) as default:
            await cudo.projects.list_projects()
        assert attempts == 6 and default.value.attempts == 5


async def test_a_per_call_timeout_bounds_that_call() -> None:
    async def slow(request: httpx2.Request) -> httpx2.Response:
        await anyio.sleep(5)
        return ok({})

    async with client(slow, retry=RetryPolicy(max_retries=0), timeout=30) as cudo:
        # Ended by this call's 0.2 s (the message names it), not the client's 30 s nor the server's 5 s.
        with pytest.raises(errors.APITimeoutError, match=r"timeout=0\.2"):
            await cudo.projects.list_projects(timeout=0.2)


async def test_extra_query_is_escaped_onto_a_call_without_a_query_of_its_own_and_bounded() -> None:
    seen: list[httpx2.Request] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return ok({})

    async with client(handler) as cudo:
        await cudo.virtual_machines.get_vm("p", "vm-1", extra_query={"view": "full", "tag": ["a b", "c&d=e"]})
        with pytest.raises(errors.ConfigurationError, match="URL would be"):
            await cudo.virtual_machines.get_vm("p", "vm-1", extra_query={"pad": "x" * 70_000})
    assert len(seen) == 1  # the one past the URL's bound was never sent
    assert seen[0].url.path == "/v1/projects/p/vms/vm-1"
    assert seen[0].url.params.multi_items() == [("view", "full"), ("tag", "a b"), ("tag", "c&d=e")]

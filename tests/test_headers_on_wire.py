"""The header lines a request carries, as the server reads them off the socket: each name once,
the SDK's values for what the SDK sets (Accept, Accept-Encoding, User-Agent, Authorization),
whatever an ``http_client``'s defaults, a caller's extra headers or an OpenTelemetry propagator
add. All header sets go through one merge, by name whatever its case."""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx2
import pytest
from opentelemetry import propagate
from opentelemetry.propagators.textmap import TextMapPropagator

from cudo_async import NO_KEY, AsyncCudo, Cudo, RetryPolicy
from cudo_async._call_options import request_headers
from tests.helpers import CANARY
from tests.servers import tcp_server
from tests.setups import any_client
from tests.test_hostile import Canned, reply
from tests.test_sync_hostile import OnThreads

pytestmark = pytest.mark.anyio

SDK_OWN = ("accept", "accept-encoding", "user-agent")


@pytest.fixture
def anyio_backend(client_setup: tuple[str, str, str]) -> str:
    return client_setup[0]


def header_lines(raw: bytes) -> list[tuple[str, str]]:
    head = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    return [
        (name.strip(), value.strip()) for name, _, value in (line.partition(":") for line in head.split("\r\n")[1:])
    ]


def check_each_name_once(lines: list[tuple[str, str]]) -> dict[str, str]:
    counts = Counter(name.lower() for name, _ in lines)
    assert all(count == 1 for count in counts.values()), lines
    return {name.lower(): value for name, value in lines}


def sdk_user_agent() -> str:
    from cudo_async._request import user_agent

    return user_agent()


async def test_each_header_goes_out_once_with_the_sdks_values(client_setup: tuple[str, str, str]) -> None:
    server = Canned(reply(200, {}))
    async with tcp_server(server) as port, any_client(client_setup, f"http://127.0.0.1:{port}") as cudo:
        await cudo.projects.list_projects()
        await cudo.projects.list_projects(extra_headers={"user-agent": "fleet-bot/2", "X-Team": "ml"})
        await cudo.virtual_machines.create_vm("p", body={"vmId": "v"} | BODY)
    plain, extra, posted = (check_each_name_once(header_lines(raw)) for raw in server.requests)
    for headers in (plain, extra, posted):
        assert headers["accept"] == "application/json" and headers["accept-encoding"] == "gzip, deflate"
        assert headers["authorization"] == f"Bearer {CANARY}"
    assert plain["user-agent"] == sdk_user_agent()
    assert extra["user-agent"] == f"{sdk_user_agent()} fleet-bot/2" and extra["x-team"] == "ml"
    assert posted["content-type"] == "application/json"


BODY = {"dataCenterId": "dc", "machineType": "m", "bootDiskImageId": "i", "vcpus": 1, "memoryGib": 1, "gpus": 0}

#: An http_client's default headers, in any case: what the SDK owns among them never goes out.
CLIENT_DEFAULTS = [
    {"Authorization": "Bearer from-the-http-client", "X-Team": "a"},
    {"authorization": "Bearer from-the-http-client", "user-agent": "my-tool/1", "x-team": "a"},
    {"AUTHORIZATION": "Bearer from-the-http-client", "ACCEPT": "text/html", "X-TEAM": "a"},
    {"Accept-Encoding": "br", "Content-Type": "text/plain", "X-Team": "a"},
]


@pytest.mark.parametrize("defaults", CLIENT_DEFAULTS)
@pytest.mark.parametrize("key", ["a key", "NO_KEY"])
async def test_an_http_clients_defaults_add_headers_but_never_what_the_sdk_sets(
    client_setup: tuple[str, str, str], defaults: dict[str, str], key: str
) -> None:
    _, _, kind = client_setup
    server = Canned(reply(200, {}))
    async with tcp_server(server) as port:
        # (no connection kept: the sync client's loop uses it, this test's loop closes it)
        http_client = httpx2.AsyncClient(headers=defaults, limits=httpx2.Limits(max_keepalive_connections=0))
        options: dict[str, Any] = {
            "api_key": CANARY if key == "a key" else NO_KEY,
            "base_url": f"http://127.0.0.1:{port}",
            "http_client": http_client,
            "retry": RetryPolicy(max_retries=0),
        }
        if kind == "sync":
            sync = Cudo(**options)
            try:
                await OnThreads(sync).projects.list_projects()
            finally:
                sync.close()
        else:
            async with AsyncCudo(**options) as cudo:
                await cudo.projects.list_projects()
        await http_client.aclose()
    headers = check_each_name_once(header_lines(server.requests[0]))
    assert headers["x-team"] == "a"  # the http_client's own header goes out
    assert headers["accept"] == "application/json" and headers["accept-encoding"] == "gzip, deflate"
    assert headers["user-agent"] == sdk_user_agent()
    assert "content-type" not in headers
    # The key is the SDK's to send: the http_client's Authorization never goes out, not even with NO_KEY.
    assert headers.get("authorization") == (f"Bearer {CANARY}" if key == "a key" else None)


class Writing(TextMapPropagator):
    """A propagator that writes what it likes, in the case it likes."""

    def __init__(self, written: dict[str, str]) -> None:
        self.written = written

    def inject(self, carrier: Any, context: Any = None, setter: Any = None) -> None:
        carrier.update(self.written)

    def extract(self, carrier: Any, context: Any = None, getter: Any = None) -> Any:
        return context

    @property
    def fields(self) -> set[str]:
        return set(self.written)


PROPAGATED = [
    {"User-Agent": "evil-agent/1", "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"},
    {"user-agent": "evil-agent/1", "accept": "text/html", "tracestate": "k=v"},
    {"Accept-Encoding": "br", "ACCEPT": "*/*", "baggage": "a=1"},
    {"X-Team": "from-the-propagator", "b3": "1-2-1"},  # the caller's own extra header stays the caller's
]


@pytest.mark.parametrize("written", PROPAGATED)
async def test_a_propagator_adds_its_headers_but_never_replaces_one_the_request_carries(
    client_setup: tuple[str, str, str], written: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider

    from cudo_async import _logging

    monkeypatch.setattr(_logging, "_reported", set())
    provider = TracerProvider()
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: provider)
    monkeypatch.setattr(propagate, "get_global_textmap", lambda: Writing(written))
    server = Canned(reply(200, {}))
    async with tcp_server(server) as port, any_client(client_setup, f"http://127.0.0.1:{port}") as cudo:
        await cudo.projects.list_projects(extra_headers={"X-Team": "ml"})
    headers = check_each_name_once(header_lines(server.requests[0]))
    assert headers["user-agent"] == sdk_user_agent()
    assert headers["accept"] == "application/json" and headers["accept-encoding"] == "gzip, deflate"
    assert headers["x-team"] == "ml" and headers["authorization"] == f"Bearer {CANARY}"
    added = {name.lower(): value for name, value in written.items() if name.lower() not in (*SDK_OWN, "x-team")}
    assert added and all(headers[name] == value for name, value in added.items())


@pytest.mark.parametrize(
    ("base", "extra", "add_only", "expected"),
    [
        ({"User-Agent": "sdk/1"}, (("user-agent", "bot/2"),), False, {"user-agent": "sdk/1 bot/2"}),
        ({"User-Agent": "sdk/1"}, (("USER-AGENT", "bot/2"),), True, {"User-Agent": "sdk/1"}),
        ({"Accept": "application/json"}, (("accept", "text/html"),), False, {"accept": "text/html"}),
        (
            {"Accept": "application/json"},
            (("ACCEPT", "text/html"), ("x-a", "1")),
            True,
            {"Accept": "application/json", "x-a": "1"},
        ),
        ({"x-a": "1", "X-A": "2"}, (("x-A", "3"),), False, {"x-A": "3"}),
    ],
)
def test_the_one_merge_of_header_sets_is_by_name_whatever_its_case(
    base: dict[str, str], extra: tuple[tuple[str, str], ...], add_only: bool, expected: dict[str, str]
) -> None:
    assert request_headers(base, extra, add_only=add_only) == expected

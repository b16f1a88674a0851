"""A server (or a proxy) that echoes the request in its answer hands the SDK's own secrets back:
the key it sent, a proxy's password and its Basic credentials. The decoder takes every one of
them out of what an error keeps (message, details, excerpt, the answer's body and headers), in
every form a server writes them (as sent, JSON-escaped, percent-encoded), on both transports,
both loops and the sync client; text without them is kept as sent."""

from __future__ import annotations

import base64
import json
from typing import Any

import anyio
import pytest

from cudo_async import RetryPolicy, errors
from cudo_async._redact import scrubbed
from cudo_async._transport import MAX_ERROR_BODY, credentials_of
from tests.servers import read_request, response_head, tcp_server
from tests.setups import any_client
from tests.test_transports import everything_reachable

pytestmark = pytest.mark.anyio

KEY = "cudo-live/7e1b2c9d4f+kq"  # a slash and a plus: JSON and URLs may escape them
T = "type.googleapis.com/google.rpc."


@pytest.fixture
def anyio_backend(client_setup: tuple[str, str, str]) -> str:
    return client_setup[0]


def echoing(status: int, body: bytes, content_type: str = "application/json", **headers: str) -> Any:
    async def serve(stream: anyio.abc.SocketStream) -> None:
        while True:
            await read_request(stream)
            head = response_head(status, content_type=content_type, content_length=len(body), **headers)
            await stream.send(head + body)

    return serve


def key_forms() -> dict[str, str]:
    return {
        "as sent": KEY,
        "JSON-escaped": KEY.replace("/", "\\/"),
        "percent-encoded": KEY.replace("/", "%2F").replace("+", "%2B"),
    }


#: Answers echoing the key, each as (status, body, content type, extra headers); {key} is the key's form.
ECHOES: dict[str, tuple[int, str, str, dict[str, str]]] = {
    "in an AIP-193 message": (401, '{{"code": 16, "message": "key {key} is revoked"}}', "application/json", {}),
    "in ErrorInfo metadata": (
        403,
        '{{"code": 7, "message": "no", "details": [{{"@type": "' + T + 'ErrorInfo", "reason": "R",'
        ' "metadata": {{"sent": "Bearer {key}"}}}}]}}',
        "application/json",
        {},
    ),
    "in a field violation": (
        400,
        '{{"code": 3, "message": "bad", "details": [{{"@type": "' + T + 'BadRequest", "fieldViolations":'
        ' [{{"field": "vm_id", "description": "got {key}"}}]}}]}}',
        "application/json",
        {},
    ),
    "in a text body": (502, "proxy error; your request was: GET / Authorization: Bearer {key}", "text/plain", {}),
    "in a header": (503, '{{"code": 14, "message": "later"}}', "application/json", {"x-echo": "Bearer {key}"}),
    "in a Status under a 200": (200, '{{"code": 16, "message": "bad key {key}"}}', "application/json", {}),
    "in a 200 that cannot be read": (200, '{{"VM": "Authorization: Bearer {key}"', "application/json", {}),
    "in a redirect": (302, "", "text/plain", {"location": "https://elsewhere.example/?key={key}"}),
}


def echo_server(echo: str, form: str) -> Any:
    """The server of ``ECHOES[echo]`` with the key written in ``form`` (built here: no frame of the
    test holds the key, whose traceback runs through it)."""
    status, template, content_type, headers = ECHOES[echo]
    written = key_forms()[form]
    extra = {name: value.format(key=written) for name, value in headers.items()}
    return echoing(status, template.format(key=written).encode(), content_type, **extra)


@pytest.mark.parametrize("echo", list(ECHOES))
@pytest.mark.parametrize("form", list(key_forms()))
async def test_the_key_a_server_echoes_is_in_nothing_an_error_keeps(
    client_setup: tuple[str, str, str], echo: str, form: str
) -> None:
    async with tcp_server(echo_server(echo, form)) as port:
        async with any_client(client_setup, f"http://127.0.0.1:{port}", api_key=KEY) as cudo:
            with pytest.raises(errors.CudoError) as info:
                await cudo.virtual_machines.get_vm("p", "vm-1")
    error = info.value
    texts = everything_reachable(error)
    response = getattr(error, "response", None)
    if response is not None:
        texts += [response.content.decode("latin-1"), repr(dict(response.headers))]
    if isinstance(error, errors.APIError):
        texts += [error.message, repr(error.to_dict()), repr(error.details)]
    assert [t[:200] for t in texts if key_forms()[form] in t or KEY in t] == []
    assert "***" in " ".join(texts)  # where the key was, the text says something was taken out


async def test_text_without_the_key_is_kept_as_sent(client_setup: tuple[str, str, str]) -> None:
    message = "cudo-live is not a key; Bearer tokens go in the header"
    async with tcp_server(echoing(401, json.dumps({"code": 16, "message": message}).encode())) as port:
        async with any_client(client_setup, f"http://127.0.0.1:{port}", api_key=KEY) as cudo:
            with pytest.raises(errors.UnauthenticatedError) as info:
                await cudo.virtual_machines.get_vm("p", "vm-1")
    assert info.value.message == message


async def test_a_key_from_a_provider_is_taken_out_too(client_setup: tuple[str, str, str]) -> None:
    keys = iter(["cudo-rotating-key-aaaa1111", "cudo-rotating-key-bbbb2222"])

    def provider() -> str:
        return next(keys)

    async def serve(stream: anyio.abc.SocketStream) -> None:
        while True:
            request = await read_request(stream)
            sent = next(line for line in request.split(b"\r\n") if line.lower().startswith(b"authorization:"))
            body = json.dumps({"code": 14, "message": f"echo: {sent.decode()}"}).encode()
            await stream.send(response_head(503, content_type="application/json", content_length=len(body)) + body)

    policy = RetryPolicy(max_retries=1, initial_delay=0.001)
    async with tcp_server(serve) as port:
        async with any_client(client_setup, f"http://127.0.0.1:{port}", api_key=provider, retry=policy) as cudo:
            with pytest.raises(errors.UnavailableError) as info:
                await cudo.virtual_machines.get_vm("p", "vm-1")
    assert info.value.attempts == 2 and "echo: authorization: bearer ***" in str(info.value).lower()
    assert not any("cudo-rotating-key" in t for t in everything_reachable(info.value))


async def test_a_key_cut_by_the_error_bodys_bound_leaves_no_start_of_it(client_setup: tuple[str, str, str]) -> None:
    body = b"x" * (MAX_ERROR_BODY - 8) + KEY.encode() + b" and more"
    async with tcp_server(echoing(500, body, "text/plain")) as port:
        async with any_client(client_setup, f"http://127.0.0.1:{port}", api_key=KEY) as cudo:
            with pytest.raises(errors.InternalError) as info:
                await cudo.virtual_machines.get_vm("p", "vm-1")
    content = info.value.response.content if info.value.response is not None else b""
    assert len(content) <= MAX_ERROR_BODY + 3 and content.endswith(b"***") and KEY[:4].encode() not in content


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://proxy-user:pr0xy-pa55@h:1", ("pr0xy-pa55", "proxy-user:pr0xy-pa55")),
        ("http://proxy-user:pr%40ss-99@h:1", ("pr@ss-99", "proxy-user:pr@ss-99")),
        ("http://only-a-token-1234@h:1", ("only-a-token-1234", "only-a-token-1234:")),
        ("proxy-user:pr0xy-pa55@h:1", ("pr0xy-pa55", "proxy-user:pr0xy-pa55")),
        ("http://h:1", ()),
    ],
)
def test_the_credentials_of_a_proxy_url_are_what_is_scrubbed(url: str, expected: tuple[str, ...]) -> None:
    found = credentials_of(url)
    assert found[: len(expected)] == expected
    if expected:
        assert found[-1] == base64.b64encode(expected[1].encode()).decode()


def test_scrubbing_leaves_short_secrets_and_clean_text_alone() -> None:
    assert scrubbed(b"a key is a key", ["key"]) == b"a key is a key"  # too short to tell from a word
    text = b"nothing to see"
    assert scrubbed(text, [KEY]) is text
    assert scrubbed(b'{"m": "' + KEY.replace("/", "\\/").encode() + b'"}', [KEY]) == b'{"m": "***"}'

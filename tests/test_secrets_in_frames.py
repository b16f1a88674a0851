"""No secret in any frame of an error's traceback: where an error leaves the SDK (a constructor,
an operation, a helper), the SDK's frames below keep their place in the traceback but none of
their locals, and the entry's own frame drops the caller's arguments. So a key refused by its
check (from any source), a body's secret field, a header value and a key given as ``revoke`` are
reachable from no error, on both transports, both loops and the sync client, while the
traceback still shows where the call went, and the caller's own frames keep their locals."""

from __future__ import annotations

import traceback
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import pytest

from cudo_async import AsyncCudo, Cudo, RetryPolicy, errors
from tests.helpers import vm_body
from tests.servers import tcp_server
from tests.test_hostile import Canned, reply
from tests.test_transports import everything_reachable
from tests.test_wire import GOOD_BODY

pytestmark = pytest.mark.anyio

#: The secrets of these tests; a function builds each, so that no frame of a test holds one.
SECRETS = {
    "key": "cudo-live-7e1b2c9d4f",
    "password": "vm-root-pa55w0rd-91ce",
    "header": "vault-t0ken-88f1c2",
}


def secret(name: str, suffix: str = "") -> str:
    return SECRETS[name] + suffix


def leaks(error: BaseException) -> list[str]:
    return [text[:300] for text in everything_reachable(error) for value in SECRETS.values() if value in text]


@pytest.fixture
def anyio_backend(client_setup: tuple[str, str, str]) -> str:
    return client_setup[0]


@asynccontextmanager
async def refusing_server(setup: tuple[str, str, str]) -> AsyncIterator[Any]:
    """A client of the setup (the sync one itself, not wrapped) on a server answering 400 to all."""
    _, transport, kind = setup
    server = Canned(reply(400, {"code": 3, "message": "no"}))
    async with tcp_server(server) as port:
        base = f"http://127.0.0.1:{port}"
        policy = RetryPolicy(max_retries=0)
        if kind == "sync":
            cudo = Cudo(api_key=secret("key"), base_url=base, transport=transport, retry=policy)  # type: ignore[arg-type]
            try:
                yield cudo
            finally:
                await anyio.to_thread.run_sync(cudo.close)
        else:
            async with AsyncCudo(api_key=secret("key"), base_url=base, transport=transport, retry=policy) as client:  # type: ignore[arg-type]
                yield client


async def caught(cudo: Any, call: Callable[[Any], Any]) -> BaseException:
    """What ``call(cudo)`` raises: awaited for an AsyncCudo, run in a worker thread for a Cudo."""
    if isinstance(cudo, Cudo):

        def in_thread() -> BaseException:
            try:
                call(cudo)
            except errors.CudoError as exc:
                return exc
            raise AssertionError("the call did not fail")

        return await anyio.to_thread.run_sync(in_thread)
    try:
        await call(cudo)
    except errors.CudoError as exc:
        return exc
    raise AssertionError("the call did not fail")


async def paged(cudo: Any) -> None:
    async for _ in cudo.paginate(cudo.disks.list_disks, "p", extra_headers={"X-Upstream-Token": secret("header")}):
        pass


def paged_sync(cudo: Cudo) -> None:
    for _ in cudo.paginate(cudo.disks.list_disks, "p", extra_headers={"X-Upstream-Token": secret("header")}):
        pass


#: Calls that fail carrying a secret, each as the caller writes it.
CALLS: dict[str, Callable[[Any], Any]] = {
    "a model body's secret field": lambda c: c.virtual_machines.create_vm(
        "p", body=vm_body(password=secret("password"))
    ),
    "a wire-form body's secret field": lambda c: c.virtual_machines.create_vm(
        "p", body={**GOOD_BODY, "password": secret("password")}
    ),
    "a per-call header": lambda c: c.virtual_machines.get_vm("p", "v", extra_headers={"X-Token": secret("header")}),
    "a view's header": lambda c: c.with_options(extra_headers={"X-Token": secret("header")}).projects.list_projects(),
    "a view refusing another header": lambda c: c.with_options(
        extra_headers={"X-Token": secret("header"), "X-Bad": "a\nb"}
    ),
    "a per-call header refused with another": lambda c: c.projects.list_projects(
        extra_headers={"X-Token": secret("header"), "X-Bad": " b"}
    ),
    "raw() with a header": lambda c: c.raw(c.virtual_machines.get_vm, "p", "v", extra_headers={"X": secret("header")}),
    "paginate with a header": lambda c: paged_sync(c) if isinstance(c, Cudo) else paged(c),
    "a body given by position": lambda c: c.virtual_machines.create_vm(
        "p", {**GOOD_BODY, "password": secret("password")}
    ),
    "a misspelt keyword": lambda c: c.virtual_machines.get_vm("p", "v", extra_header={"X": secret("header")}),
    "a delete with a header": lambda c: c.disks.delete_storage_disk("p", "d", extra_headers={"X": secret("header")}),
}


@pytest.mark.parametrize("call", list(CALLS))
async def test_no_secret_of_a_call_is_in_any_frame_of_its_error(client_setup: tuple[str, str, str], call: str) -> None:
    async with refusing_server(client_setup) as cudo:
        error = await caught(cudo, CALLS[call])
    assert leaks(error) == []
    # The traceback still shows where the call went, down to the SDK's request path.
    frames = [frame.name for frame in traceback.extract_tb(error.__traceback__)]
    assert any(name in ("_send", "with_options", "check_headers", "call", "call_async") for name in frames), frames


# ----------------------------------------------------------------------------- a key its check refuses

BAD_FORMS = {"inner space": " x", "control character": "\x07", "non-ASCII": "é", "line break": "\nX-A: b"}


def cudoctl_config(directory: Path, suffix: str) -> Path:
    """A cudoctl file whose current context's key ends in ``suffix`` (written in YAML's escapes)."""
    config = directory / "cudo.yml"
    written = secret("key", suffix).encode("unicode_escape").decode("ascii").replace('"', '\\"')
    config.write_text(
        f'current-context: c\ncontexts: [{{name: c, key: k}}]\nkeys: [{{name: k, key: "{written}"}}]\n',
        encoding="utf-8",
    )
    return config


@pytest.mark.parametrize("form", list(BAD_FORMS))
@pytest.mark.parametrize("source", ["api_key=", "$CUDO_API_KEY", "cudoctl", "sync provider", "async provider"])
async def test_a_key_its_check_refuses_is_in_no_frame_of_the_error(
    client_setup: tuple[str, str, str], form: str, source: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _, transport, kind = client_setup
    monkeypatch.delenv("CUDO_API_KEY", raising=False)
    monkeypatch.setenv("CUDO_CONFIG", str(tmp_path / "none.yml"))
    if source == "$CUDO_API_KEY":
        monkeypatch.setenv("CUDO_API_KEY", secret("key", BAD_FORMS[form]))
    elif source == "cudoctl":
        monkeypatch.setenv("CUDO_CONFIG", str(cudoctl_config(tmp_path, BAD_FORMS[form])))
    options: dict[str, Any] = {"base_url": "http://127.0.0.1:9", "transport": transport}

    def given() -> Any:
        if source == "api_key=":
            return secret("key", BAD_FORMS[form])
        if source == "sync provider":
            return lambda: secret("key", BAD_FORMS[form])
        if source == "async provider":

            async def provider() -> str:
                return secret("key", BAD_FORMS[form])

            return provider
        return None

    cls: Any = Cudo if kind == "sync" else AsyncCudo

    def build() -> Any:
        return cls(given(), **options) if source != "api_key=" else cls(api_key=given(), **options)

    if source.endswith("provider"):  # refused when a call asks for it
        cudo = await anyio.to_thread.run_sync(build) if kind == "sync" else build()
        try:
            error = await caught(cudo, lambda c: c.projects.list_projects())
        finally:
            await anyio.to_thread.run_sync(cudo.close) if kind == "sync" else await cudo.aclose()
    else:  # refused by the constructor
        with pytest.raises(errors.ConfigurationError) as info:
            await anyio.to_thread.run_sync(build) if kind == "sync" else build()
        error = info.value
    assert isinstance(error, errors.ConfigurationError) and "API key" in str(error)
    assert leaks(error) == []


# ----------------------------------------------------------------------------- what stays


async def test_the_callers_own_frames_keep_their_locals(client_setup: tuple[str, str, str]) -> None:
    async with refusing_server(client_setup) as cudo:

        def mine(c: Any) -> Any:
            marker = "the-callers-own-local"  # noqa: F841 (what the traceback must still show)
            return c.virtual_machines.get_vm("p", "vm-1")

        if isinstance(cudo, Cudo):
            error = await caught(cudo, mine)
        else:

            async def awaited(c: Any) -> Any:
                marker = "the-callers-own-local-too"  # noqa: F841
                return await c.virtual_machines.get_vm("p", "vm-1")

            error = await caught(cudo, awaited)
    shown = "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
    assert "the-callers-own-local" in shown and "get_vm" in shown


def test_a_half_built_client_has_a_repr() -> None:
    assert repr(AsyncCudo.__new__(AsyncCudo)) == "<AsyncCudo (not built)>"
    assert repr(Cudo.__new__(Cudo)) == "<Cudo (not built)>"


CONSTRUCTOR_MISTAKES: dict[str, dict[str, Any]] = {
    "a base_url with credentials": {"base_url": "https://user:pw-5ecret@rest.compute.cudo.org"},
    "no scheme": {"base_url": "rest.compute.cudo.org"},
    "a key with a space": {"api_key": "abc def"},
    "tracing not a bool": {"tracing": "yes"},
    "max_concurrency 0": {"max_concurrency": 0},
    "an unknown transport": {"transport": "requests"},
}


@pytest.mark.parametrize("mistake", list(CONSTRUCTOR_MISTAKES))
@pytest.mark.parametrize("cls", [AsyncCudo, Cudo])
def test_every_constructor_refusal_formats_with_every_frames_locals(cls: type[Any], mistake: str) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        cls(**{"api_key": "k", "base_url": "http://127.0.0.1:9", **CONSTRUCTOR_MISTAKES[mistake]})
    shown = "".join(traceback.TracebackException.from_exception(info.value, capture_locals=True).format())
    assert "ConfigurationError" in shown and "pw-5ecret" not in shown


def test_the_entries_keep_their_signatures_and_kind() -> None:
    import inspect

    for name in ("raw", "wait_for_vm", "wait_for_vms", "rotate_api_key"):
        assert inspect.iscoroutinefunction(getattr(AsyncCudo, name)), name
    assert "api_key" in inspect.signature(AsyncCudo).parameters and "api_key" in inspect.signature(Cudo).parameters

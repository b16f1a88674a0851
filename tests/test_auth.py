"""Key sources, key checks, base URL rules, default project."""

from __future__ import annotations

from pathlib import Path

import httpx2
import pytest

from cudo_async import AsyncCudo, RetryPolicy, errors
from tests.helpers import BASE, CANARY, client, free_port, ok

CUDOCTL = """\
configVersion: v0
current-context: work
contexts:
  - name: home
    key: homekey
    project: home-proj
  - name: work
    key: workkey
    project: work-proj
keys:
  - name: homekey
    key: home-secret-key
  - name: workkey
    key: "  work-secret-key\\n"
"""


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("CUDO_API_KEY", raising=False)
    monkeypatch.delenv("CUDO_PROJECT_ID", raising=False)
    monkeypatch.delenv("CUDO_BASE_URL", raising=False)
    config = tmp_path / "cudo.yml"
    monkeypatch.setenv("CUDO_CONFIG", str(config))
    return config


def sent_key(cudo: AsyncCudo) -> str:
    import anyio

    seen: list[str] = []

    async def go() -> None:
        seen.append(await cudo._shared.keys.get())

    anyio.run(go)
    return seen[0]


def test_argument_wins_over_env_and_file(monkeypatch: pytest.MonkeyPatch, clean_env: Path) -> None:
    clean_env.write_text(CUDOCTL)
    monkeypatch.setenv("CUDO_API_KEY", "env-key")
    assert sent_key(AsyncCudo(api_key="arg-key", base_url=BASE)) == "arg-key"
    assert sent_key(AsyncCudo(base_url=BASE)) == "env-key"
    monkeypatch.delenv("CUDO_API_KEY")
    cudo = AsyncCudo(base_url=BASE)
    assert sent_key(cudo) == "work-secret-key"  # current-context -> key name -> keys entry, stripped
    assert cudo.project_id == "work-proj"


def test_the_cudoctl_file_is_parsed_once_for_key_and_project(monkeypatch: pytest.MonkeyPatch, clean_env: Path) -> None:
    import yaml

    clean_env.write_text(CUDOCTL)
    parsed: list[str] = []
    real = yaml.safe_load
    monkeypatch.setattr(yaml, "safe_load", lambda text: parsed.append(text) or real(text))
    cudo = AsyncCudo(base_url=BASE)
    assert cudo.project_id == "work-proj" and sent_key(cudo) == "work-secret-key"
    assert len(parsed) == 1
    clean_env.write_text(CUDOCTL.replace("work-proj", "other-proj"))  # a changed file is read again
    assert AsyncCudo(base_url=BASE).project_id == "other-proj" and len(parsed) == 2


def test_project_id_sources(monkeypatch: pytest.MonkeyPatch, clean_env: Path) -> None:
    clean_env.write_text(CUDOCTL)
    assert AsyncCudo(api_key="k", base_url=BASE, project_id="arg").project_id == "arg"
    monkeypatch.setenv("CUDO_PROJECT_ID", "env")
    assert AsyncCudo(api_key="k", base_url=BASE).project_id == "env"


def test_no_default_project_is_a_clear_error_when_it_is_read(clean_env: Path) -> None:
    cudo = AsyncCudo(api_key="k", base_url=BASE)  # a client needs no project until one is asked for
    with pytest.raises(errors.ConfigurationError, match=r"no default project: pass AsyncCudo\(project_id=\.\.\.\)"):
        cudo.project_id  # noqa: B018
    assert cudo.with_options(project_id="p2").project_id == "p2"


def test_no_key_says_where_it_looked(clean_env: Path) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        AsyncCudo(base_url=BASE)
    text = str(info.value)
    assert "api_key" in text and "CUDO_API_KEY" in text and str(clean_env) in text


@pytest.mark.parametrize("bad", ["two words", "tab\tinside", "nul\x00", "", "   ", "line\nbreak"])
def test_malformed_keys_are_refused_without_echoing_them(bad: str) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        AsyncCudo(api_key=bad, base_url=BASE)
    if bad.strip():
        assert bad.strip() not in str(info.value)


def test_surrounding_whitespace_is_stripped() -> None:
    assert sent_key(AsyncCudo(api_key="  k-123\n", base_url=BASE)) == "k-123"


@pytest.mark.parametrize(
    "url",
    ["http://rest.compute.cudo.org", "http://10.0.0.1:8080", "ftp://127.0.0.1", "https://user:pw@host.example", "nope"],
)
def test_insecure_or_odd_base_urls_are_refused(url: str) -> None:
    with pytest.raises(errors.ConfigurationError):
        AsyncCudo(api_key="k", base_url=url)


@pytest.mark.parametrize(
    "url", ["https://rest.compute.cudo.org", "http://127.0.0.1:8787", "http://localhost", "http://[::1]:1"]
)
def test_https_and_loopback_http_are_accepted(url: str) -> None:
    assert AsyncCudo(api_key="k", base_url=url).base_url.startswith(url.split(":", 1)[0])


@pytest.mark.anyio
async def test_rotating_key_callable_sync_and_async() -> None:
    seen: list[str] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.headers["authorization"])
        return ok({})

    keys = iter(["first", "second"])
    async with client(handler, api_key=lambda: next(keys)) as cudo:
        await cudo.virtual_machines.list_vms("p")
        await cudo.virtual_machines.list_vms("p")

    async def async_key() -> str:
        return f" {CANARY} "

    async with client(handler, api_key=async_key) as cudo:
        await cudo.virtual_machines.list_vms("p")
    assert seen == ["Bearer first", "Bearer second", f"Bearer {CANARY}"]


@pytest.mark.anyio
async def test_a_failing_or_bad_key_callable_is_a_configuration_error() -> None:
    calls: list[httpx2.Request] = []

    def boom() -> str:
        raise RuntimeError("the vault is unreachable")

    async with client(calls.append, api_key=boom) as cudo:
        with pytest.raises(errors.ConfigurationError) as info:
            await cudo.virtual_machines.list_vms("p")
    # The provider's own exception stays the cause, for the caller to debug.
    assert str(info.value) == "the api_key callable failed: RuntimeError"
    assert isinstance(info.value.__cause__, RuntimeError) and "vault" in str(info.value.__cause__)
    async with client(calls.append, api_key=lambda: "has space") as cudo:
        with pytest.raises(errors.ConfigurationError):
            await cudo.virtual_machines.list_vms("p")
    assert calls == []  # nothing was sent


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("localhost:8787", "has no scheme; write 'https://localhost:8787' (or 'http://localhost:8787'"),
        ("127.0.0.1:8787", "has no scheme; write 'https://127.0.0.1:8787'"),
        (" https://rest.compute.cudo.org", "has spaces around it; write 'https://rest.compute.cudo.org'"),
        ("", "base_url is empty; write e.g. 'https://rest.compute.cudo.org'"),
        (
            "https://rest.compute.cudo.org/v1",
            "ends in /v1, which every operation adds itself; write 'https://rest.compute.cudo.org'",
        ),
        ("http://example.com", "only sent over https"),
    ],
)
def test_base_url_mistakes_say_what_to_write(url: str, says: str) -> None:
    with pytest.raises(errors.ConfigurationError) as info:
        AsyncCudo(api_key="k", base_url=url)
    assert says in str(info.value)


@pytest.mark.anyio
async def test_a_connection_error_names_the_host_and_port_it_tried() -> None:
    port = free_port()
    async with AsyncCudo(api_key="k", base_url=f"http://127.0.0.1:{port}", retry=RetryPolicy(max_retries=0)) as cudo:
        with pytest.raises(errors.APIConnectionError) as info:
            await cudo.projects.list_projects()
    assert f"127.0.0.1:{port}" in str(info.value)

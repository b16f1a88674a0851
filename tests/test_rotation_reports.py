"""rotate_api_key says exactly what is left: failing at any step, its error names what was created
and not yet used, what was revoked, and which key the client is on; cancelled at any step, a log
line says the same; a revoke= naming no key says so and names the real old key as still valid.
On both transports and loops, and the sync client."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import anyio
import anyio.abc
import pytest

from cudo_async import AsyncCudo, Cudo, RetryPolicy, errors
from cudo_async._limits import key_fingerprint
from cudo_async.testing import Emulator
from tests.helpers import CANARY
from tests.servers import read_request, tcp_server
from tests.test_hostile import reply

pytestmark = pytest.mark.anyio

OLD = "sha256:" + key_fingerprint(CANARY)[:16]
ONCE = RetryPolicy(max_retries=0)


@pytest.fixture
def anyio_backend(combination: tuple[str, str]) -> str:
    return combination[0]


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    async with Emulator(rate_limit=None, api_key=CANARY) as emulator:
        yield emulator


async def rotation_error(cudo: AsyncCudo, **kwargs: Any) -> errors.KeyRotationError:
    with pytest.raises(errors.KeyRotationError) as caught:
        await cudo.rotate_api_key("next", **kwargs)
    return caught.value


#: (faults injected, revoke=, the step, words the error must hold, words it must not)
STEPS: list[tuple[list[dict[str, Any]], str | None, str, list[str], list[str]]] = [
    (
        [{"operation": "generate_api_key", "status": 400}],
        "emulator",
        "generate",
        ["nothing was created", "nothing was revoked", f"the client is on its old key ({OLD})"],
        ["may have been created"],
    ),
    (
        [{"operation": "generate_api_key", "status": 503}],
        "emulator",
        "generate",
        ["'next' may have been created and is not in use", "delete_api_key('next')", "nothing was revoked", OLD],
        ["nothing was created"],
    ),
    (
        [{"operation": "generate_api_key", "status": 200, "body": {"id": "next"}, "applied": True}],
        None,
        "generate",
        ["'next' was created and is not in use", "delete_api_key('next')", "none was asked", OLD],
        [],
    ),
    (
        [{"operation": "list_api_keys", "status": 401}],
        "emulator",
        "verify",
        ["'next' (sha256:", "was created and deleted again", "nothing was revoked", f"its old key ({OLD})"],
        ["not in use"],
    ),
    (
        [{"operation": "list_api_keys", "status": 401}, {"operation": "delete_api_key", "status": 500}],
        None,
        "verify",
        ["'next' (sha256:", "was created and is not in use: cudo.api_keys.delete_api_key('next')", OLD],
        ["deleted again"],
    ),
    (
        [{"operation": "delete_api_key", "status": 403}],
        "emulator",
        "revoke",
        ["nothing was revoked", "the client is on the new key 'next' (sha256:", "'emulator' is still valid"],
        [OLD, "not in use"],
    ),
    (
        [{"operation": "delete_api_key", "status": 503}],
        "emulator",
        "revoke",
        ["'emulator' may have been revoked", "the client is on the new key 'next' (sha256:"],
        ["not in use", "nothing was revoked"],
    ),
]


@pytest.mark.parametrize(
    ("faults", "revoke", "step", "says", "never"), STEPS, ids=[f"{s[2]}-{i}" for i, s in enumerate(STEPS)]
)
async def test_every_failing_step_says_what_was_created_what_was_revoked_and_which_key_the_client_is_on(
    emu: Emulator, transport: str, faults: list[dict[str, Any]], revoke: str | None, step: str, says: list[str],
    never: list[str],
) -> None:  # fmt: skip
    for fault in faults:
        emu.inject(**fault)
    async with emu.client(transport=transport, retry=ONCE) as cudo:
        error = await rotation_error(cudo, revoke=revoke)
        await cudo.projects.list_projects()  # a working key, as the error says
    text = str(error)
    assert error.step == step
    assert [words for words in says if words not in text] == [], text
    assert "await " not in text  # (the hints serve Cudo too, where nothing is awaited)
    assert [words for words in never if words in text] == [], text
    on_new_key = step == "revoke"
    assert (error.new_key is not None) is on_new_key
    used = emu.exchanges[-1].request.headers["authorization"].removeprefix("Bearer ")
    assert (used != CANARY) is on_new_key and (f"'next' ({error.new_key.fingerprint})" in text if on_new_key else True)


@pytest.mark.parametrize("others", [[], ["ci-2026-10"], ["ci-2026-10", "ci-2026-11"]], ids=["alone", "one", "two"])
async def test_a_revoke_naming_no_key_says_so_and_names_the_real_old_key_as_still_valid(
    emu: Emulator, transport: str, others: list[str]
) -> None:
    async with emu.client(transport=transport, retry=ONCE) as cudo:
        for key_id in others:  # keys of the account other than the one in use
            await cudo.api_keys.generate_api_key(body={"apikeyId": key_id})
        error = await rotation_error(cudo, revoke="ci-2026-9")
    text = str(error)
    assert error.step == "revoke" and "revoke='ci-2026-9' names no API key" in text
    assert f"the old key ({OLD})" in error.cleanup and "still valid" in error.cleanup and "nothing was revoked" in text
    if not others:  # the account's only other key is the one in use: named, with the call that revokes it
        assert "'emulator' (the account's only other key), is still valid" in error.cleanup
        assert "delete_api_key('emulator')" in error.cleanup
    else:
        assert all(repr(key_id) in error.cleanup for key_id in ["emulator", *others])
    async with emu.client() as old:  # and it is: nothing was revoked
        ids = {k.id for k in (await old.api_keys.list_api_keys()).api_keys}
    assert ids == {"emulator", "next", *others}


def test_the_sync_client_says_the_same() -> None:
    with Emulator(rate_limit=None, api_key=CANARY) as emu, Cudo(api_key=CANARY, base_url=emu.base_url) as cudo:
        with pytest.raises(errors.KeyRotationError) as caught:
            cudo.rotate_api_key("next", revoke="ci-2026-9")
        emu.inject("list_api_keys", status=401)
        with pytest.raises(errors.KeyRotationError) as verify:
            cudo.with_options(retry=ONCE).rotate_api_key("after")
    assert "names no API key" in str(caught.value) and "'emulator' (the account's only other key)" in str(caught.value)
    # the client went on with 'next' (verified, then the revoke failed): that is now the key it keeps
    assert "'after' (sha256:" in str(verify.value) and "deleted again" in str(verify.value)
    assert "the client is on its old key (sha256:" in str(verify.value)


# ----------------------------------------------------------------------------- cancelled at any step

KEY_ANSWER = {"id": "next", "key": "cudo-new-secret-8d21", "createTime": "2026-01-01T00:00:00Z"}


class Scripted:
    """A CUDO on loopback that answers the rotation's calls and holds the one of step ``stall``
    until the client gives up on it."""

    def __init__(self, stall: str) -> None:
        self.stall = stall
        self.reached = anyio.Event()

    async def __call__(self, stream: anyio.abc.SocketStream) -> None:
        while True:
            try:
                request = await read_request(stream)
            except (anyio.EndOfStream, anyio.BrokenResourceError):
                return
            step = {b"POST": "generate", b"GET": "verify", b"DELETE": "revoke"}[request.split(b" ", 1)[0]]
            if step == self.stall:
                self.reached.set()
                await anyio.sleep_forever()
            await stream.send(reply(200, KEY_ANSWER if step == "generate" else {}))


#: (the step that hangs, what the log line must say)
CANCELLED = [
    ("generate", ["stopped at generate", "'next' may have been created", "nothing was revoked", f"old key ({OLD})"]),
    ("verify", ["stopped at verify", "'next' (sha256:", "was created and is not in use", f"old key ({OLD})"]),
    ("revoke", ["stopped at revoke", "'old-key' may have been revoked", "the client is on the new key 'next'"]),
]


@pytest.mark.parametrize(("stall", "says"), CANCELLED, ids=[c[0] for c in CANCELLED])
async def test_a_rotation_cancelled_at_any_step_logs_what_is_left(
    transport: str, stall: str, says: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    server = Scripted(stall)
    caplog.set_level(logging.WARNING, logger="cudo_async")
    async with tcp_server(server) as port, anyio.create_task_group() as tg:
        base = f"http://127.0.0.1:{port}"
        cudo = AsyncCudo(api_key=CANARY, base_url=base, transport=transport)  # type: ignore[arg-type]
        tg.start_soon(lambda: cudo.rotate_api_key("next", revoke="old-key"))
        with anyio.fail_after(30):
            await server.reached.wait()
        tg.cancel_scope.cancel()
    await cudo.aclose()
    (line,) = [r.getMessage() for r in caplog.records if "rotate_api_key" in r.getMessage()]
    assert [words for words in says if words not in line] == [], line
    assert KEY_ANSWER["key"] not in line and CANARY not in line

"""rotate_api_key against the emulator: generate, verify, switch, revoke; every failing step leaves
the client on a working key and says what is left; the new secret never prints itself."""

from __future__ import annotations

import logging
import pickle
import traceback
from collections.abc import AsyncIterator

import pytest

from cudo_async import AsyncCudo, Cudo, NewAPIKey, RetryPolicy, errors
from cudo_async.testing import Emulator
from tests.helpers import CANARY
from tests.test_transports import everything_reachable

pytestmark = pytest.mark.anyio


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    async with Emulator(rate_limit=None, api_key=CANARY) as emulator:
        yield emulator


def keys_used(emu: Emulator) -> list[str]:
    return [e.request.headers["authorization"].removeprefix("Bearer ") for e in emu.exchanges]


def shown_anywhere(exc: BaseException) -> str:
    return "".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format()) + repr(exc)


async def test_a_rotation_switches_the_client_and_its_views_then_revokes_the_old_key(
    emu: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    async with emu.client() as cudo:
        view = cudo.with_options(timeout=5)
        with caplog.at_level(logging.DEBUG, logger="cudo_async"):
            new_key = await cudo.rotate_api_key("ci-2026-12", revoke="emulator")
        secret = new_key.reveal()
        assert isinstance(new_key, NewAPIKey) and new_key.id == "ci-2026-12" and secret != CANARY
        assert secret not in repr(new_key) and secret not in str(new_key) and new_key.fingerprint in repr(new_key)
        assert secret not in caplog.text
        # generate with the old key, verify with the new one, revoke with the new one
        assert keys_used(emu) == [CANARY, secret, secret]
        await cudo.projects.list_projects()
        await view.projects.list_projects()
        assert keys_used(emu)[-2:] == [secret, secret]
    async with emu.client() as old:
        with pytest.raises(errors.UnauthenticatedError):
            await old.projects.list_projects(retry=RetryPolicy(max_retries=0))
    async with emu.client(api_key=secret) as fresh:
        assert [k.id for k in (await fresh.api_keys.list_api_keys()).api_keys] == ["ci-2026-12"]


async def test_without_revoke_the_old_key_keeps_working(emu: Emulator) -> None:
    async with emu.client() as cudo:
        await cudo.rotate_api_key("second")
    async with emu.client() as old:
        ids = {k.id for k in (await old.api_keys.list_api_keys()).api_keys}
    assert ids == {"emulator", "second"}


async def test_a_failing_verify_keeps_the_old_key_and_deletes_the_unused_new_one(emu: Emulator) -> None:
    async with emu.client() as cudo:
        emu.inject("list_api_keys", status=401)
        with pytest.raises(errors.KeyRotationError) as caught:
            await cudo.rotate_api_key("next")
        assert caught.value.step == "verify" and caught.value.cleanup == "" and caught.value.new_key is None
        assert isinstance(caught.value.__cause__, errors.UnauthenticatedError)
        await cudo.projects.list_projects()
        assert keys_used(emu)[-1] == CANARY  # still on the old key
        assert [k.id for k in (await cudo.api_keys.list_api_keys()).api_keys] == ["emulator"]
    text = shown_anywhere(caught.value)
    assert CANARY not in text and "emu-" not in text.replace("emu-0", "")  # neither secret is shown


async def test_a_failing_verify_whose_cleanup_fails_says_what_is_left(emu: Emulator) -> None:
    async def every_service_works(trial: AsyncCudo) -> None:
        raise RuntimeError("the billing service refused the new key")

    async with emu.client() as cudo:
        emu.inject("delete_api_key", status=500)
        with pytest.raises(errors.KeyRotationError) as caught:
            await cudo.rotate_api_key("next", verify=every_service_works)
        assert caught.value.step == "verify"
        assert "delete_api_key('next')" in caught.value.cleanup and "delete_api_key('next')" in str(caught.value)
        await cudo.projects.list_projects()
        assert keys_used(emu)[-1] == CANARY


async def test_a_failing_revoke_leaves_the_client_on_the_new_key_and_hands_its_secret_over(emu: Emulator) -> None:
    async with emu.client() as cudo:
        with pytest.raises(errors.KeyRotationError) as caught:
            await cudo.rotate_api_key("next", revoke="no-such-key")
        error = caught.value
        text = shown_anywhere(error)  # before the test's own frame holds the secret
        assert error.step == "revoke" and "no-such-key" in str(error) and "'emulator'" in error.cleanup
        assert isinstance(error.new_key, NewAPIKey) and isinstance(error.__cause__, errors.NotFoundError)
        await cudo.projects.list_projects()
        assert keys_used(emu)[-1] == error.new_key.reveal()  # verified, switched: a working key
    assert error.new_key.reveal() not in text and CANARY not in text and error.new_key.fingerprint in text
    restored = pickle.loads(pickle.dumps(error))  # an error crossing processes leaves the secret behind
    assert restored.step == "revoke" and restored.new_key is None


@pytest.mark.parametrize(("status", "left"), [(400, False), (503, True)])
async def test_a_failing_generate_keeps_the_old_key(emu: Emulator, status: int, left: bool) -> None:
    async with emu.client(retry=RetryPolicy(max_retries=1, initial_delay=0.01)) as cudo:
        emu.inject("generate_api_key", status=status, times=2)
        with pytest.raises(errors.KeyRotationError) as caught:
            await cudo.rotate_api_key("next")
        assert caught.value.step == "generate"
        assert ("may have been created" in caught.value.cleanup) is left  # a 503 on a create is ambiguous
        await cudo.projects.list_projects()
        assert keys_used(emu)[-1] == CANARY


async def test_bad_arguments_are_refused_before_anything_is_sent(emu: Emulator) -> None:
    async with emu.client() as cudo:
        for args, kwargs in ((("",), {}), ((None,), {}), (("next",), {"revoke": "next"}), (("n",), {"verify": 3})):
            with pytest.raises(errors.ConfigurationError):
                await cudo.rotate_api_key(*args, **kwargs)  # type: ignore[arg-type]
    assert emu.exchanges == []


def test_a_new_key_is_neither_pickled_nor_copied() -> None:
    import copy

    key = NewAPIKey("k", CANARY)
    for attempt in (lambda: pickle.dumps(key), lambda: copy.copy(key)):
        with pytest.raises(errors.ConfigurationError):
            attempt()


def test_the_sync_client_rotates_too() -> None:
    with Emulator(rate_limit=None) as emu, Cudo(api_key=emu.api_key, base_url=emu.base_url) as cudo:
        new_key = cudo.rotate_api_key("sync-next", revoke="emulator")
        view = cudo.with_options(timeout=3)
        view.projects.list_projects()
        assert keys_used(emu)[-1] == new_key.reveal()


async def key_in_use() -> str:
    return CANARY


@pytest.mark.parametrize("argument", ["revoke", "new_key_id"])
@pytest.mark.parametrize("given", ["as is", "with spaces around it"])
@pytest.mark.parametrize("source", ["api_key=", "an async key provider", "the sync client"])
async def test_the_secret_of_the_key_in_use_given_for_an_id_is_refused_before_anything_is_sent(
    emu: Emulator, argument: str, given: str, source: str
) -> None:
    def arguments() -> dict[str, str]:  # built here: no frame of the test holds the secret
        secret = CANARY if given == "as is" else f" {CANARY}\n"
        return {"new_key_id": "next", "revoke": secret} if argument == "revoke" else {"new_key_id": secret}

    if source == "the sync client":
        import anyio

        def script() -> BaseException:
            with Cudo(api_key=CANARY, base_url=emu.base_url) as sync, pytest.raises(errors.ConfigurationError) as info:
                sync.rotate_api_key(**arguments())
            return info.value

        error = await anyio.to_thread.run_sync(script)
    else:
        async with emu.client(api_key=CANARY if source == "api_key=" else key_in_use) as cudo:
            with pytest.raises(errors.ConfigurationError) as caught:
                await cudo.rotate_api_key(**arguments())
            error = caught.value
    assert emu.exchanges == []  # nothing was sent: the secret never travelled in a URL
    assert f"{argument} takes an API key's id" in str(error)
    assert CANARY not in shown_anywhere(error)
    assert all(CANARY not in text for text in everything_reachable(error))


async def test_an_id_that_merely_resembles_the_key_is_sent_as_an_id(emu: Emulator) -> None:
    async with emu.client() as cudo:
        with pytest.raises(errors.KeyRotationError) as caught:
            await cudo.rotate_api_key("next", revoke=CANARY[:-1])  # not the key: an id that names no key
    assert caught.value.step == "revoke" and "names no API key" in str(caught.value)

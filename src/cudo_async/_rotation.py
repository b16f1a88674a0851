"""Key rotation as CUDO's authentication page describes it: create a new key, verify it works,
switch to it, and only then (and only when asked) revoke the old one. Every step that fails
leaves the client on a key that works and says what is left to clean up."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import attrs

from . import errors
from ._auth import KeySource
from ._limits import key_fingerprint
from ._logging import log
from ._needs import DELETE_API_KEY, GENERATE_API_KEY, LIST_API_KEYS, operation, require
from ._retry import REFUSED

if TYPE_CHECKING:
    from ._client import AsyncCudo

Verify = Callable[["AsyncCudo"], Awaitable[object]]


class NewAPIKey:
    """A new API key. Its secret is shown only by :meth:`reveal` (store it in your secret store:
    CUDO shows it only once); ``repr``, ``str`` and logs show its id and a fingerprint.

    Attributes:
        id: The key's id (its name), as ``api_keys.delete_api_key`` takes it.
        fingerprint: A stable, non-reversible name for the key (``sha256:`` and 16 hex digits):
            safe to log and compare.
    """

    __slots__ = ("_secret", "fingerprint", "id")

    def __init__(self, key_id: str, secret: str) -> None:
        self.id = key_id
        self._secret = secret
        self.fingerprint = "sha256:" + key_fingerprint(secret)[:16]

    def reveal(self) -> str:
        """The secret, to store it or hand it to ``AsyncCudo(api_key=...)``."""
        return self._secret

    def __repr__(self) -> str:
        return f"<NewAPIKey id={self.id!r} {self.fingerprint}>"

    __str__ = __repr__

    def __reduce__(self) -> Any:
        raise errors.ConfigurationError("a NewAPIKey is not pickled or copied: store new_key.reveal() instead")


def _check_id(name: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise errors.ConfigurationError(f"{name} must be a non-empty str (an API key's id), got {value!r}")
    return value


def _with_key(client: AsyncCudo, key: NewAPIKey) -> AsyncCudo:
    """A view of ``client`` on another key: the same pool, limits and lifecycle (closing the client
    ends its calls too), its own key source."""
    view = client.with_options()
    view._options = attrs.evolve(view._options, keys=KeySource(key.reveal()))
    return view


def _delete_hint(key_id: str) -> str:
    # For AsyncCudo and Cudo alike (rotation serves both): the call, without an await only one has.
    return f"cudo.api_keys.delete_api_key({key_id!r})"


def _refused(exc: BaseException) -> bool:
    """The server refused the request as it stood: it did nothing."""
    return isinstance(exc, errors.APIError) and exc.status in REFUSED


async def _fingerprint_in_use(client: AsyncCudo) -> str:
    """The fingerprint of the key the client uses now (the secret never becomes a local of rotate())."""
    key = await client._shared.keys.get()
    return "sha256:" + key_fingerprint(key)[:16] if key else "none: api_key=NO_KEY"


async def _holds_the_key_in_use(client: AsyncCudo, **given: str | None) -> str | None:
    """The name of the argument that holds the secret of the key the client uses, if one does (the
    secret stays in this frame, which no error's traceback holds)."""
    key = await client._shared.keys.get()
    if not key:
        return None
    return next((name for name, value in given.items() if isinstance(value, str) and value.strip() == key), None)


@attrs.define
class _Progress:
    """What a rotation has done so far: what its error, or the log line of its cancellation, says."""

    new_key_id: str
    revoke: str | None
    #: The fingerprint of the key the client used when the rotation began.
    old_key: str
    step: str = "generate"
    new_key: NewAPIKey | None = None
    #: What became of the new key when it is not in use: "created", "may exist", "deleted".
    created: str = "may exist"
    switched: bool = False
    #: What became of ``revoke``: "", "revoked", "may be revoked", "not revoked".
    revoked: str = ""

    def situation(self) -> str:
        """Created and not in use, revoked, and which key the client is on: one sentence."""
        key = self.new_key
        new = f"the new key {self.new_key_id!r}" + (f" ({key.fingerprint})" if key is not None else "")
        if self.switched:
            created = ""
        elif self.created == "deleted":
            created = f"{new} was created and deleted again; "
        elif self.created == "created":
            created = f"{new} was created and is not in use: {_delete_hint(self.new_key_id)}; "
        elif self.created == "may exist":
            created = (
                f"{new} may have been created and is not in use: if list_api_keys shows it, "
                f"{_delete_hint(self.new_key_id)}; "
            )
        else:
            created = "nothing was created; "
        if self.revoke is None:
            revoked = "nothing was revoked (none was asked)"
        elif self.revoked == "revoked":
            revoked = f"{self.revoke!r} was revoked"
        elif self.revoked == "may be revoked":
            revoked = (
                f"{self.revoke!r} may have been revoked: if list_api_keys still shows it, {_delete_hint(self.revoke)}"
            )
        else:
            revoked = "nothing was revoked"
        if self.switched and key is not None:
            on = f"the client is on {new}"
        else:
            on = f"the client is on its old key ({self.old_key})"
        return f"{created}{revoked}; {on}"


async def _old_key_candidates(client: AsyncCudo, new_key_id: str) -> list[str] | None:
    """The ids of the account's keys other than the new one (the old key is one of them), or None
    when they cannot be listed."""
    found: list[str] = []
    try:
        async for key in client.paginate(operation(client, "rotate_api_key", LIST_API_KEYS)):
            if key.id and key.id != new_key_id and key.id not in found:
                found.append(key.id)
            if len(found) > 20:
                break
    except errors.CudoError:
        return None
    return found


async def _old_key_still_valid(client: AsyncCudo, progress: _Progress) -> str:
    """What is left when ``revoke`` names no key: the old key, still valid, by its id when the
    account's keys tell which one it is."""
    others = await _old_key_candidates(client, progress.new_key_id)
    head = f"the old key ({progress.old_key})"
    if others is not None and len(others) == 1:
        return f"{head}, {others[0]!r} (the account's only other key), is still valid: {_delete_hint(others[0])}"
    listed = f" (one of {', '.join(map(repr, others))})" if others else ""
    return f"{head}{listed} is still valid: revoke it by its id, {_delete_hint('<its id>')}"


async def rotate(client: AsyncCudo, new_key_id: str, revoke: str | None, verify: Verify | None) -> NewAPIKey:
    from cudo_async_api.needs import GenerateAPIKeyRequest

    require("rotate_api_key")  # before anything is sent: a spec without what rotation needs says so
    _check_id("new_key_id", new_key_id)
    if revoke is not None and _check_id("revoke", revoke) == new_key_id:
        raise errors.ConfigurationError("revoke names the new key itself: pass the id of the key being replaced")
    if verify is not None and not callable(verify):
        raise errors.ConfigurationError(f"verify must be an async callable taking a client, got {verify!r}")
    secret_given = await _holds_the_key_in_use(client, new_key_id=new_key_id, revoke=revoke)
    if secret_given is not None:  # never sent (it would travel in a URL) nor shown
        raise errors.ConfigurationError(
            f"{secret_given} takes an API key's id (as list_api_keys shows it), not its secret: the secret of the "
            "key in use was given (not shown); nothing was sent"
        )
    progress = _Progress(new_key_id, revoke, await _fingerprint_in_use(client))
    try:
        return await _rotate(client, progress, verify, GenerateAPIKeyRequest)
    except errors.CudoError:
        raise  # a KeyRotationError (or a refusal before anything was sent) says it all
    except BaseException:
        # Cancelled (or interrupted) part way: nothing can be raised with it, so it is logged.
        text = "rotate_api_key stopped at %s (cancelled or interrupted): %s"
        log(logging.WARNING, text, progress.step, progress.situation())
        raise


async def _rotate(client: AsyncCudo, progress: _Progress, verify: Verify | None, request: Any) -> NewAPIKey:
    new_key_id, revoke = progress.new_key_id, progress.revoke

    # 1. generate, with the key in use now.
    try:
        answer = await operation(client, "rotate_api_key", GENERATE_API_KEY)(body=request(apikey_id=new_key_id))
    except errors.CudoError as exc:
        progress.created = "nothing" if _refused(exc) else "may exist"
        cleanup = (
            ""
            if _refused(exc)
            else (
                f"the key {new_key_id!r} may have been created: if list_api_keys shows it, {_delete_hint(new_key_id)}"
            )
        )
        raise errors.KeyRotationError(
            f"rotate_api_key: generating {new_key_id!r} failed ({type(exc).__name__}); {progress.situation()}",
            step="generate",
            cleanup=cleanup,
        ) from exc
    progress.created = "created"
    if not answer.key:
        cleanup = f"the key {new_key_id!r} was created but its secret did not come back: {_delete_hint(new_key_id)}"
        raise errors.KeyRotationError(
            f"rotate_api_key: the answer to generate_api_key holds no key (its secret is lost); {progress.situation()}",
            step="generate",
            cleanup=cleanup,
        )
    new_key = progress.new_key = NewAPIKey(answer.id or new_key_id, answer.key)
    progress.new_key_id = new_key.id
    del answer  # the model holds the secret: only new_key does from here

    # 2. verify: a call made with the new key must succeed before anything switches.
    progress.step = "verify"
    trial = _with_key(client, new_key)
    try:
        if verify is None:
            await operation(trial, "rotate_api_key", LIST_API_KEYS)(page_size=1)
        else:
            await verify(trial)
    except Exception as exc:
        cleanup = ""
        try:  # the unused new key is removed with the key that still works
            await operation(client, "rotate_api_key", DELETE_API_KEY)(new_key.id)
            progress.created = "deleted"
        except errors.CudoError:
            cleanup = f"the new key {new_key.id!r} ({new_key.fingerprint}) exists, unused: {_delete_hint(new_key.id)}"
        raise errors.KeyRotationError(
            f"rotate_api_key: a call with the new key {new_key.id!r} failed ({type(exc).__name__}); "
            f"{progress.situation()}",
            step="verify",
            cleanup=cleanup,
        ) from exc

    # 3. switch this client and every view of it (they share one key source).
    client._shared.keys = KeySource(new_key.reveal())
    progress.switched = True

    # 4. revoke the old key, only when asked, with the new key.
    if revoke is not None:
        progress.step, progress.revoked = "revoke", "may be revoked"
        try:
            await operation(client, "rotate_api_key", DELETE_API_KEY)(revoke)
        except errors.CudoError as exc:
            what = f"revoking {revoke!r} failed ({type(exc).__name__})"
            if isinstance(exc, errors.NotFoundError):
                progress.revoked = "not revoked"
                what = f"revoke={revoke!r} names no API key ({type(exc).__name__})"
                cleanup = await _old_key_still_valid(client, progress)
            elif _refused(exc):
                progress.revoked = "not revoked"
                cleanup = f"the old key {revoke!r} is still valid: {_delete_hint(revoke)}"
            else:
                cleanup = (
                    f"the old key {revoke!r} may still be valid: if list_api_keys shows it, {_delete_hint(revoke)}"
                )
            left = f"; left to clean up: {cleanup}" if progress.revoked == "not revoked" else ""  # (else: said)
            raise errors.KeyRotationError(
                f"rotate_api_key: {what}; {progress.situation()} (its secret is this error's new_key.reveal()){left}",
                step="revoke",
                cleanup=cleanup,
                new_key=new_key,
            ) from exc
        progress.revoked = "revoked"
    return new_key

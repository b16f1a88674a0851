"""Key rotation as CUDO's authentication page describes it: create a new key, verify it works,
switch to it, and only then (and only when asked) revoke the old one. Every step that fails
leaves the client on a key that works and says what is left to clean up."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import attrs

from . import errors
from ._auth import KeySource
from ._limits import key_fingerprint
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
    return f"await cudo.api_keys.delete_api_key({key_id!r})"


async def rotate(client: AsyncCudo, new_key_id: str, revoke: str | None, verify: Verify | None) -> NewAPIKey:
    from cudo_async_api.needs import GenerateAPIKeyRequest

    from ._needs import DELETE_API_KEY, GENERATE_API_KEY, LIST_API_KEYS, operation

    generate_api_key = operation(client, "rotate_api_key", GENERATE_API_KEY)
    delete_api_key = operation(client, "rotate_api_key", DELETE_API_KEY)
    _check_id("new_key_id", new_key_id)
    if revoke is not None and _check_id("revoke", revoke) == new_key_id:
        raise errors.ConfigurationError("revoke names the new key itself: pass the id of the key being replaced")
    if verify is not None and not callable(verify):
        raise errors.ConfigurationError(f"verify must be an async callable taking a client, got {verify!r}")

    # 1. generate, with the key in use now.
    try:
        answer = await generate_api_key(body=GenerateAPIKeyRequest(apikey_id=new_key_id))
    except errors.CudoError as exc:
        refused = isinstance(exc, errors.APIError) and exc.status in REFUSED
        cleanup = "" if refused else f"the key {new_key_id!r} may have been created: if list_api_keys shows it, "
        cleanup += "" if refused else _delete_hint(new_key_id)
        raise errors.KeyRotationError(
            f"rotate_api_key: generating {new_key_id!r} failed ({type(exc).__name__}); the client keeps its key"
            + (f"; left to clean up: {cleanup}" if cleanup else ""),
            step="generate",
            cleanup=cleanup,
        ) from exc
    if not answer.key:
        cleanup = f"the key {new_key_id!r} was created but its secret did not come back: {_delete_hint(new_key_id)}"
        raise errors.KeyRotationError(
            f"rotate_api_key: the answer to generate_api_key holds no key; left to clean up: {cleanup}",
            step="generate",
            cleanup=cleanup,
        )
    new_key = NewAPIKey(answer.id or new_key_id, answer.key)
    del answer  # the model holds the secret: only new_key does from here

    # 2. verify: a call made with the new key must succeed before anything switches.
    trial = _with_key(client, new_key)
    try:
        if verify is None:
            await operation(trial, "rotate_api_key", LIST_API_KEYS)(page_size=1)
        else:
            await verify(trial)
    except Exception as exc:
        cleanup = ""
        try:  # the unused new key is removed with the key that still works
            await delete_api_key(new_key.id)
        except errors.CudoError:
            cleanup = f"the new key {new_key.id!r} ({new_key.fingerprint}) exists, unused: {_delete_hint(new_key.id)}"
        raise errors.KeyRotationError(
            f"rotate_api_key: a call with the new key {new_key.id!r} failed ({type(exc).__name__}); the client "
            "keeps its key; " + (f"left to clean up: {cleanup}" if cleanup else "the new key was deleted again"),
            step="verify",
            cleanup=cleanup,
        ) from exc

    # 3. switch this client and every view of it (they share one key source).
    client._shared.keys = KeySource(new_key.reveal())

    # 4. revoke the old key, only when asked, with the new key.
    if revoke is not None:
        try:
            await delete_api_key(revoke)
        except errors.CudoError as exc:
            cleanup = f"the old key {revoke!r} is still valid: {_delete_hint(revoke)}"
            raise errors.KeyRotationError(
                f"rotate_api_key: revoking {revoke!r} failed ({type(exc).__name__}); the client already uses the "
                f"new key {new_key} (its secret is this error's new_key.reveal()); left to clean up: {cleanup}",
                step="revoke",
                cleanup=cleanup,
                new_key=new_key,
            ) from exc
    return new_key

"""The hostile-server promises again, on the sync client: test_hostile.py's tests, each run with
its ``serving()`` handing out a ``Cudo`` instead of an ``AsyncCudo``. The test's server stays on
the test's event loop; every call of the client runs in a worker thread, as sync code calls it."""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
import pytest

import tests.test_hostile as hostile
from cudo_async import Cudo
from tests.helpers import CANARY
from tests.servers import tcp_server

pytestmark = pytest.mark.anyio

#: The tests that go through serving() and the client's public surface only.
SUBSET = [
    "test_an_action_answered_with_a_failure_is_sent_once",
    "test_an_action_throttled_with_429_is_retried",
    "test_retry_non_idempotent_opts_in",
    "test_a_create_naming_its_vm_is_repeated_and_a_lost_success_reads_as_already_exists",
    "test_a_page_token_that_cannot_be_encoded_is_refused",
    "test_an_error_body_under_a_2xx_status_raises_the_error",
    "test_an_undecodable_answer_carrying_a_new_key_does_not_show_it",
    "test_the_deadline_bounds_the_rate_limiter",
    "test_a_huge_retry_info_is_honoured_like_the_same_retry_after",
    "test_wait_for_vm_takes_one_state_and_refuses_bad_intervals",
    "test_paginate_refuses_what_is_not_a_list_operation",
]


def cases() -> list[Any]:
    """Each test of the subset with each of its parametrized arguments (one level)."""
    out = []
    for name in SUBSET:
        test = getattr(hostile, name)
        marks = [m for m in getattr(test, "pytestmark", []) if m.name == "parametrize"]
        if not marks:
            out.append(pytest.param(name, {}, id=name))
            continue
        (mark,) = marks
        names = [n.strip() for n in mark.args[0].split(",")] if isinstance(mark.args[0], str) else list(mark.args[0])
        ids = mark.kwargs.get("ids")
        for index, given in enumerate(mark.args[1]):
            values = given if len(names) > 1 else (given,)
            label = ids[index] if isinstance(ids, list) else str(index)
            out.append(pytest.param(name, dict(zip(names, values, strict=True)), id=f"{name}[{label}]"))
    return out


class OnThreads:
    """A Cudo seen from async test code: each call runs in a worker thread and is awaited."""

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if type(value).__name__.endswith("SyncAPI"):
            return OnThreads(value)
        if name == "paginate":  # sync: it only builds the iterator
            return lambda operation, *a, **k: value(getattr(operation, "_sync_method", operation), *a, **k)
        if callable(value) and not name.startswith("_"):
            return self._threaded(value)
        return value

    @staticmethod
    def _threaded(method: Callable[..., Any]) -> Callable[..., Any]:
        async def run(*args: Any, **kwargs: Any) -> Any:
            args = tuple(a._target if isinstance(a, OnThreads) else a for a in args)
            unwrapped = [getattr(a, "_sync_method", a) for a in args]
            return await anyio.to_thread.run_sync(functools.partial(method, *unwrapped, **kwargs))

        run._sync_method = method  # type: ignore[attr-defined]  # so cudo.raw(cudo.x.y) gets the sync one
        run.__name__ = getattr(method, "__name__", "run")
        return run


@asynccontextmanager
async def serving_sync(handler: Any, **options: object) -> AsyncIterator[Any]:
    options.setdefault("retry", hostile.QUICK)
    async with tcp_server(handler) as port:
        cudo = Cudo(api_key=CANARY, base_url=f"http://127.0.0.1:{port}", **options)  # type: ignore[arg-type]
        try:
            yield OnThreads(cudo)
        finally:
            await anyio.to_thread.run_sync(cudo.close)


def test_the_subset_names_tests_that_exist_and_use_serving() -> None:
    for name in SUBSET:
        assert "serving(" in inspect.getsource(getattr(hostile, name)), name


@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
@pytest.mark.parametrize(("name", "arguments"), cases())
async def test_a_hostile_server_promise_holds_on_the_sync_client(
    name: str, arguments: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hostile, "serving", serving_sync)
    await getattr(hostile, name)(**arguments)

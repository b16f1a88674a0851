"""cudo.paginate over the three styles: several pages, stops, no duplicates."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import anyio
import anyio.abc
import httpx2
import pytest

from cudo_async import AsyncCudo, errors, models
from cudo_async.testing import Emulator
from tests.emulator_support import emu
from tests.helpers import client, ok
from tests.servers import read_request, response_head, tcp_server

pytestmark = pytest.mark.anyio
__all__ = ["emu"]


async def collect(aiter: object) -> list[str]:
    return [item.id async for item in aiter]  # type: ignore[attr-defined]


async def test_page_number_style_one_based(emu: Emulator) -> None:
    async with emu.client() as cudo:
        for i in range(23):
            await cudo.disks.create_storage_disk(
                emu.project_id,
                body=models.CreateStorageDiskBody(id=f"d-{i:02d}", data_center_id="gb-bournemouth-1", size_gib=1),
            )
        ids = await collect(cudo.paginate(cudo.disks.list_disks, emu.project_id, page_size=5))
    assert ids == [f"d-{i:02d}" for i in range(23)]
    pages = [ex.request.query.get("pageNumber") for ex in emu.exchanges if ex.operation == "list_disks"]
    assert pages == [None, "2", "3", "4", "5"]


async def test_page_token_style(emu: Emulator) -> None:
    async with emu.client() as cudo:
        for i in range(11):
            await cudo.projects.create_project(body=models.Project(id=f"p-{i:02d}", billing_account_id="demo-billing"))
        ids = await collect(cudo.paginate(cudo.projects.list_projects, page_size=4))
    assert ids == [emu.project_id] + [f"p-{i:02d}" for i in range(11)]
    assert len([ex for ex in emu.exchanges if ex.operation == "list_projects"]) == 3


async def test_paginating_by_token_while_deleting_each_item_leaves_none(emu: Emulator) -> None:
    # The usual teardown: the emulator's token names the last item shown, so deleting it skips nothing.
    async with emu.client() as cudo:
        made = [f"p-{i:02d}" for i in range(13)]
        for project_id in made:
            await cudo.projects.create_project(body=models.Project(id=project_id, billing_account_id="demo-billing"))
        seen = []
        async for project in cudo.paginate(cudo.projects.list_projects, page_size=4):
            seen.append(project.id)
            if project.id != emu.project_id:
                await cudo.projects.delete_project(project.id)
        left = (await cudo.projects.list_projects(page_size=100)).projects
    assert sorted(seen) == sorted([emu.project_id, *made])
    assert [p.id for p in left] == [emu.project_id]


async def test_starting_after_style(emu: Emulator) -> None:
    async with emu.client() as cudo:
        ids = await collect(cudo.paginate(cudo.billing.list_invoices, id="demo-billing", page_size=10))
    assert ids == [f"in_{n:04d}" for n in range(1, 26)]
    assert [ex.request.query.get("startingAfter") for ex in emu.exchanges if ex.operation == "list_invoices"] == [
        None,
        "in_0010",
        "in_0020",
    ]


def paged(pages: dict[str, dict[str, object]], key: str, param: str) -> tuple[object, list[str | None]]:
    asked: list[str | None] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        value = request.url.params.get(param)
        asked.append(value)
        return ok(pages.get(value or "", {key: []}))

    return handler, asked


async def test_zero_based_page_numbers_and_a_server_ignoring_the_page() -> None:
    pages = {
        "": {"disks": [{"id": "a"}, {"id": "b"}], "totalCount": 3, "pageNumber": 0, "pageSize": 2},
        "1": {"disks": [{"id": "c"}], "totalCount": 3, "pageNumber": 1, "pageSize": 2},
    }
    handler, asked = paged(pages, "disks", "pageNumber")
    async with client(handler) as cudo:  # type: ignore[arg-type]
        assert await collect(cudo.paginate(cudo.disks.list_disks, "p", page_size=2)) == ["a", "b", "c"]
    assert asked == [None, "1"]

    same = {"disks": [{"id": "a"}, {"id": "b"}], "totalCount": 10, "pageNumber": 1, "pageSize": 2}
    async with client(lambda r: ok(same)) as cudo:
        assert await collect(cudo.paginate(cudo.disks.list_disks, "p")) == ["a", "b"]  # stops: nothing new


async def test_repeated_token_and_empty_page_stop() -> None:
    pages = {
        "": {"projects": [{"id": "a", "billingAccountId": "b"}], "pageToken": "t1", "pageSize": 1},
        "t1": {"projects": [{"id": "b", "billingAccountId": "b"}], "pageToken": "t1", "pageSize": 1},
    }
    handler, asked = paged(pages, "projects", "pageToken")
    async with client(handler) as cudo:  # type: ignore[arg-type]
        assert await collect(cudo.paginate(cudo.projects.list_projects)) == ["a", "b"]
    assert asked == [None, "t1"]

    endless = {"invoices": [], "hasMore": True}
    async with client(lambda r: ok(endless)) as cudo:
        assert await collect(cudo.paginate(cudo.billing.list_invoices, id="x")) == []


async def test_duplicates_across_pages_are_yielded_once() -> None:
    pages = {
        "": {"invoices": [{"id": "1"}, {"id": "2"}], "hasMore": True},
        "2": {"invoices": [{"id": "2"}, {"id": "3"}], "hasMore": False},
    }
    handler, _ = paged(pages, "invoices", "startingAfter")
    async with client(handler) as cudo:  # type: ignore[arg-type]
        assert await collect(cudo.paginate(cudo.billing.list_invoices, id="x")) == ["1", "2", "3"]


async def test_not_a_paginated_operation() -> None:
    async with client(lambda r: ok({})) as cudo:
        with pytest.raises(errors.ConfigurationError):
            cudo.paginate(cudo.virtual_machines.list_vms, "p")


async def test_one_based_server_that_leaves_its_page_number_out() -> None:
    # proto3 JSON omits pageNumber: 0, so a 1-based server that never reports it repeats page 1 once.
    pages = {
        "": {"disks": [{"id": "a"}], "totalCount": 3},
        "1": {"disks": [{"id": "a"}], "totalCount": 3},
        "2": {"disks": [{"id": "b"}], "totalCount": 3},
        "3": {"disks": [{"id": "c"}], "totalCount": 3},
    }
    handler, asked = paged(pages, "disks", "pageNumber")
    async with client(handler) as cudo:  # type: ignore[arg-type]
        assert await collect(cudo.paginate(cudo.disks.list_disks, "p")) == ["a", "b", "c"]
    assert asked == [None, "1", "2", "3"]


# --------------------------------------------------------------------------- servers that never say "last page"


def endless_server(page: Callable[[int], dict[str, Any]], asked: list[str]) -> Any:
    """A loopback API answering every request with ``page(n)`` (n counts requests), whatever it asks."""

    async def serve(stream: anyio.abc.SocketStream) -> None:
        while True:
            asked.append((await read_request(stream)).split(b"\r\n", 1)[0].decode())
            body = json.dumps(page(len(asked))).encode()
            await stream.send(response_head(200, content_length=len(body), content_type="application/json") + body)

    return tcp_server(serve)


PRICE = {"dataCenterId": "gb-bournemouth-1", "gibPriceHr": {"value": "0.01"}}
IGNORING = {
    "list_volume_prices (no ids)": (
        "list_volume_prices",
        (),
        lambda n: {"prices": [PRICE, PRICE], "totalCount": 10**6},
    ),
    "list_disks (empty ids)": ("list_disks", ("p",), lambda n: {"disks": [{"id": ""}], "totalCount": 10**6}),
    "list_projects (fresh tokens)": (
        "list_projects",
        (),
        lambda n: {"projects": [{"id": "", "billingAccountId": "b"}], "pageToken": f"t{n}"},
    ),
}


@pytest.mark.parametrize("case", list(IGNORING))
async def test_a_server_that_ignores_the_page_parameter_is_read_once(case: str) -> None:
    operation, args, page = IGNORING[case]
    asked: list[str] = []
    async with endless_server(page, asked) as port, AsyncCudo(api_key="k", base_url=f"http://127.0.0.1:{port}") as cudo:
        namespace = {"list_volume_prices": cudo.volumes, "list_disks": cudo.disks, "list_projects": cudo.projects}
        with anyio.fail_after(60):  # an endless listing would never end
            items = [item async for item in cudo.paginate(getattr(namespace[operation], operation), *args)]
    first = page(1)
    print(f"\n{case}: {len(asked)} requests, {len(items)} items (a page holds {len(next(iter(first.values())))})")
    assert len(items) == len(next(iter(first.values())))  # the first page's items, then nothing new
    assert len(asked) <= 3  # the first page, and a look one page further for numbered pages


async def test_a_bound_on_pages_ends_a_listing_that_never_ends_with_an_error_saying_why() -> None:
    asked: list[str] = []
    page = lambda n: {"projects": [{"id": f"p-{n}", "billingAccountId": "b"}], "pageToken": f"t{n}"}  # noqa: E731
    async with endless_server(page, asked) as port, AsyncCudo(api_key="k", base_url=f"http://127.0.0.1:{port}") as cudo:
        view = cudo.with_options(max_pages=50)
        items: list[str] = []
        with anyio.fail_after(60), pytest.raises(errors.InvalidResponseError, match="after 50 pages") as info:
            async for project in view.paginate(view.projects.list_projects):
                items.append(project.id)
    print(f"\na listing that never ends: stopped after {len(asked)} requests, {len(items)} items")
    assert len(asked) == 50 and len(items) == 50 and "max_pages" in str(info.value)
    with pytest.raises(errors.ConfigurationError, match="max_pages"):
        cudo.with_options(max_pages=0)

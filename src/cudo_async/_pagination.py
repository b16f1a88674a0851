"""One iterator over the spec's three pagination styles.

- ``pageNumber`` + ``totalCount``: ask the first page without a number, then count on from the
  number the server reports or the one asked, whichever is higher (so a 0- or 1-based server
  both work); stop once ``totalCount`` items have arrived. A page that brings nothing new is
  skipped once (a 1-based server that leaves its page number out repeats page 1).
- ``pageToken``: follow the answer's token (``pageToken``, or AIP-158's ``nextPageToken``) until it
  is empty or comes back again.
- ``startingAfter`` + ``hasMore``: continue after the last item's id while ``hasMore``.

Every style also stops on an empty page or a page that brings nothing new (judged by id, or by
the whole item when it has no id), and no item with an ``id`` is yielded twice, so a server that
ignores the page parameter cannot loop us forever. A bound on pages (``max_pages``) ends
whatever else does not stop, with ``InvalidResponseError`` saying why.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, Protocol, TypeVar

from cudo_async_api.api import PAGE_ITEMS, PAGE_STYLES, PAGE_TOKENS, ROUTES, UNPAGED

from ._boundary import leaving
from .errors import ConfigurationError, InvalidResponseError

#: The default bound on the pages one ``paginate`` asks for: far above any real listing.
DEFAULT_MAX_PAGES = 10_000

T_co = TypeVar("T_co", covariant=True)


class Page(Protocol[T_co]):
    """A page of a list operation: the answer of every paginated operation (``ListDisksResponse``,
    ...) is one; ``paginate`` yields the items of each page in turn."""

    def page_items(self) -> Sequence[T_co]:
        """The items this page carries (the answer's list field, such as ``disks``)."""
        ...


def _operation_returning(result: object) -> str:
    """``cudo.<tag>.<operation>`` of the one operation whose answer is of ``result``'s type ("" when
    none or several are)."""
    from cudo_async_api.api import Namespaces

    namespaces = Namespaces()
    found = [
        f"cudo.{tag}.{name}"
        for tag, name, _, _ in ROUTES
        if inspect.signature(getattr(getattr(namespaces, tag), name)).return_annotation is type(result)
    ]
    return found[0] if len(found) == 1 else ""


def not_an_operation(value: object, helper: str) -> ConfigurationError:
    """The error for ``paginate``/``raw`` given what a call of an operation gave instead of the
    operation: a coroutine, not awaited (closed here, so that nothing is sent and Python does not
    warn that it never ran), or the sync client's result."""
    if inspect.iscoroutine(value):
        value.close()
        name = str(getattr(value, "__qualname__", "")).rpartition(".")[2]
        operation = next((f"cudo.{tag}.{op}" for tag, op, _, _ in ROUTES if op == name), "")
        what = f"a call of {name}() (it was not sent)" if operation else "a coroutine (it was not sent)"
    else:
        operation = _operation_returning(value)
        returned = f", what {operation.rpartition('.')[2]}() returns" if operation else ""
        what = f"a value of type {type(value).__name__}{returned}"
    shown = operation or "cudo.<namespace>.<operation>"
    return ConfigurationError(
        f"{helper}() takes the operation itself and its arguments, not {what}: "
        f"write cudo.{helper}({shown}, <its arguments>)"
    )


def page_style(operation: Callable[..., Any]) -> str:
    """How an operation asks for its next page (from the spec, via the generated table)."""
    if not callable(operation):
        raise not_an_operation(operation, "paginate")
    name = getattr(operation, "__name__", "")
    style = PAGE_STYLES.get(name)
    if style is None and name in UNPAGED:
        raise ConfigurationError(
            f"paginate cannot page {name}: {UNPAGED[name]}; call it page by page with its page arguments"
        )
    if style is None:
        shown = name or repr(operation)
        raise ConfigurationError(
            f"{shown} is not a paginated operation; the paginated ones are: {', '.join(sorted(PAGE_STYLES))}"
        )
    return style


def _identity(item: Any) -> Any:
    """What tells an item apart: its id when it has a non-empty one, else the whole item."""
    item_id = getattr(item, "id", None)
    if isinstance(item_id, str) and item_id:
        return ("id", item_id)
    to_dict = getattr(item, "to_dict", None)
    try:
        whole = to_dict() if callable(to_dict) else item
        return ("item", json.dumps(whole, sort_keys=True, default=repr))
    except (TypeError, ValueError, RecursionError):
        return ("item", repr(item))


async def iterate(
    operation: Callable[..., Awaitable[Page[T_co]]],
    style: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> AsyncIterator[T_co]:
    kwargs = dict(kwargs)
    seen: set[Any] = set()
    seen_tokens: set[str] = set()
    received = 0
    retried_page = False
    # The operation's own list: two operations may answer with one model and page different lists.
    items_field = PAGE_ITEMS.get(getattr(operation, "__name__", ""))
    for _ in range(max_pages):
        try:
            page = await operation(*args, **kwargs)
        except BaseException as exc:  # this frame is a public entry's (see _boundary)
            del args, kwargs
            leaving(exc)
            raise
        items = getattr(page, items_field) if items_field else page.page_items()
        if not items:
            return
        identities = [_identity(item) for item in items]
        fresh = [(key, item) for key, item in zip(identities, items, strict=True) if key not in seen]
        # Items without an id that repeat within one new page are all kept: only ids are unique.
        seen.update(key for key, _ in fresh)
        ids: set[Any] = set()
        for key, item in fresh:
            if key[0] == "id":
                if key in ids:
                    continue
                ids.add(key)
            received += 1
            yield item
        if not fresh:
            # A page of items already seen. With numbered pages that may be a 1-based server that
            # does not report its page number (proto3 leaves a 0 out): look one page further, once.
            if style != "page_number" or retried_page:
                return
            retried_page = True
        if style == "page_token":
            # CUDO's answers carry ``pageToken``, AIP-158 ones ``nextPageToken`` (from the spec).
            token = getattr(page, PAGE_TOKENS.get(getattr(operation, "__name__", ""), "page_token"), "")
            if not isinstance(token, str) or not token or token in seen_tokens:
                return
            seen_tokens.add(token)
            kwargs["page_token"] = token
        elif style == "starting_after":
            last = getattr(items[-1], "id", None)
            if not getattr(page, "has_more", False) or not isinstance(last, str) or not last:
                return
            kwargs["starting_after"] = last
        else:
            total = getattr(page, "total_count", 0)
            if not isinstance(total, int) or received >= total:
                return
            # The number the server reports; 0 may also mean "not reported": count on from what we asked.
            current = getattr(page, "page_number", 0)
            asked = kwargs.get("page_number") or 0
            kwargs["page_number"] = max(current if isinstance(current, int) else 0, asked) + 1
    name = getattr(operation, "__name__", "the operation")
    del args, kwargs
    raise InvalidResponseError(
        f"paginate stopped after {max_pages} pages, each bringing new items: the server may ignore the page"
        " parameter; if the listing really is that long, raise the bound with"
        " cudo.with_options(max_pages=...)",
        operation=name,
    )

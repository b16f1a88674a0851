"""One iterator over the spec's three pagination styles.

- ``pageNumber`` + ``totalCount``: ask the first page without a number, then count on from the
  number the server reports or the one asked, whichever is higher (so a 0- or 1-based server
  both work); stop once ``totalCount`` items have arrived. A page that brings nothing new is
  skipped once (a 1-based server that leaves its page number out repeats page 1).
- ``pageToken``: follow the answer's token (``pageToken``, or AIP-158's ``nextPageToken``) until it
  is empty or comes back again.
- ``startingAfter`` + ``hasMore``: continue after the last item's id while ``hasMore``.

Every style also stops on an empty page or a page that brings nothing new, and no item with an
``id`` is yielded twice, so a server that ignores the page parameter cannot loop us forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any, Protocol, TypeVar

from cudo_async_api.api import PAGE_STYLES, PAGE_TOKENS

from .errors import ConfigurationError

T_co = TypeVar("T_co", covariant=True)


class Page(Protocol[T_co]):
    """A page of a list operation: the generated list answers have ``page_items()``."""

    def page_items(self) -> Sequence[T_co]: ...


def page_style(operation: Callable[..., Any]) -> str:
    """How an operation asks for its next page (from the spec, via the generated table)."""
    name = getattr(operation, "__name__", "")
    style = PAGE_STYLES.get(name)
    if style is None:
        shown = name or repr(operation)
        raise ConfigurationError(
            f"{shown} is not a paginated operation; the paginated ones are: {', '.join(sorted(PAGE_STYLES))}"
        )
    return style


async def iterate(
    operation: Callable[..., Awaitable[Page[T_co]]], style: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> AsyncIterator[T_co]:
    kwargs = dict(kwargs)
    seen_ids: set[Any] = set()
    seen_tokens: set[str] = set()
    received = 0
    retried_page = False
    while True:
        page = await operation(*args, **kwargs)
        items = page.page_items()
        fresh = 0
        for item in items:
            item_id = getattr(item, "id", None)
            if isinstance(item_id, str) and item_id:
                if item_id in seen_ids:
                    continue
                seen_ids.add(item_id)
            fresh += 1
            yield item
        received += fresh
        if not items:
            return
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

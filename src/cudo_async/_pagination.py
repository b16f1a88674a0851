"""One iterator over the spec's three pagination styles.

- ``pageNumber`` + ``totalCount``: ask the first page without a number, then count on from the
  number the server reports (so a 0- or 1-based server both work); stop once ``totalCount``
  items have arrived.
- ``pageToken``: follow the token until it is empty or comes back again.
- ``startingAfter`` + ``hasMore``: continue after the last item's id while ``hasMore``.

Every style also stops on an empty page or a page that brings nothing new, and no item with an
``id`` is yielded twice, so a server that ignores the page parameter cannot loop us forever.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import attrs

from .errors import ConfigurationError

_STYLES = ("page_token", "starting_after", "page_number")


def page_style(operation: Callable[..., Any]) -> str:
    """Which pagination parameter an operation takes."""
    params = inspect.signature(operation).parameters
    for style in _STYLES:
        if style in params:
            return style
    name = getattr(operation, "__name__", repr(operation))
    raise ConfigurationError(f"{name} is not a paginated operation (no page_token, starting_after or page_number)")


def items_of(page: Any) -> list[Any]:
    """The list of items a page carries: its one list-valued field."""
    if attrs.has(type(page)):
        for field in attrs.fields(type(page)):
            value = getattr(page, field.name)
            if field.name != "additional_properties" and isinstance(value, list):
                return value
    return []


def _unset_to(value: Any, default: Any) -> Any:
    return value if isinstance(value, int | str) else default


async def iterate(
    operation: Callable[..., Awaitable[Any]], style: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> AsyncIterator[Any]:
    kwargs = dict(kwargs)
    seen_ids: set[Any] = set()
    seen_tokens: set[str] = set()
    received = 0
    while True:
        page = await operation(*args, **kwargs)
        items = items_of(page)
        received += len(items)
        fresh = 0
        for item in items:
            item_id = getattr(item, "id", None)
            if isinstance(item_id, str) and item_id:
                if item_id in seen_ids:
                    continue
                seen_ids.add(item_id)
            fresh += 1
            yield item
        if not items or not fresh:
            return
        if style == "page_token":
            token = _unset_to(getattr(page, "page_token", None), "")
            if not token or token in seen_tokens:
                return
            seen_tokens.add(token)
            kwargs["page_token"] = token
        elif style == "starting_after":
            last = getattr(items[-1], "id", None)
            if not _unset_to(getattr(page, "has_more", None), False) or not isinstance(last, str) or not last:
                return
            kwargs["starting_after"] = last
        else:
            total = _unset_to(getattr(page, "total_count", None), 0)
            if received >= total:
                return
            current = _unset_to(getattr(page, "page_number", None), None)
            if current is None:
                current = _unset_to(kwargs.get("page_number"), 1)
            kwargs["page_number"] = current + 1

"""Per-call options (``timeout=``, ``retry=``, ``extra_headers=``, ``extra_query=``, and
``missing_ok=`` on operations that delete): their checks and how they merge over a client's
settings. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from . import _wire
from ._observe import Observer
from .errors import ConfigurationError

if TYPE_CHECKING:
    from cudo_async_api.types import CallOptions, OperationRequest

    from ._request import Call
    from ._shared import Options, Shared

Headers = tuple[tuple[str, str], ...]
Query = tuple[tuple[str, Any], ...]

#: Headers the SDK owns: the key, the body's framing and type, what it can decode, the target.
#: (User-Agent is not here: a given one is added after the SDK's own part.)
OWNED_HEADERS = frozenset(
    {"authorization", "content-type", "content-length", "transfer-encoding", "host", "accept-encoding"}
)


def check_headers(value: Any) -> Headers:
    """``extra_headers`` as (name, value) pairs, each through the wire encoder. Values are never
    shown in an error: they may be secrets."""
    if not isinstance(value, Mapping):
        raise ConfigurationError(
            f"extra_headers must be a mapping of header names to str values, got {type(value).__name__}"
        )
    out: dict[str, tuple[str, str]] = {}
    for given, text in value.items():
        name = _wire.header_name("extra_headers", given)
        lower = name.lower()
        if lower in OWNED_HEADERS:
            hint = " (give the key as api_key=)" if lower == "authorization" else ""
            raise ConfigurationError(f"extra_headers cannot set {name}: the SDK sets it for every request{hint}")
        out[lower] = (name, _wire.header_value(f"extra_headers[{name!r}]", text))
    return tuple(out.values())


def check_extra_query(value: Any) -> Query:
    """``extra_query`` as (name, value) pairs: a value is any scalar the wire encoder takes (str,
    int, finite float, bool, enum member, UUID, date, datetime, Decimal) or a list of them."""
    if not isinstance(value, Mapping):
        raise ConfigurationError(
            f"extra_query must be a mapping of parameter names to values, got {type(value).__name__}"
        )
    out: list[tuple[str, Any]] = []
    for given, item in value.items():
        name = _wire.python(given, "str")
        if name is _wire.MISFIT or not name:
            raise ConfigurationError(f"extra_query: {given!r} is not a parameter name (a non-empty str)")
        kind = "list:any" if isinstance(item, list | tuple) else "any"
        where = f"extra_query[{name!r}]"
        try:
            encoded = _wire.query_value(where, kind, item)
        except ConfigurationError:
            raise ConfigurationError(
                f"extra_query[{name!r}] must be a str, int, finite float or bool (or an enum member, UUID, date, "
                f"timezone-aware datetime, Decimal, or a list of them), got {_wire.got(item, where)}"
            ) from None
        for one in encoded if isinstance(encoded, list) else [encoded]:
            if isinstance(one, str):
                _wire.escaped(where, one)  # a lone surrogate cannot be sent
        out.append((name, encoded))
    return tuple(out)


def merge_headers(base: Headers, extra: Headers) -> Headers:
    """``extra`` over ``base``, by name whatever its case."""
    if not base:
        return extra
    names = {name.lower() for name, _ in extra}
    return tuple(pair for pair in base if pair[0].lower() not in names) + extra


def merge_query(base: Query, extra: Query) -> Query:
    if not base:
        return extra
    names = {name for name, _ in extra}
    return tuple(pair for pair in base if pair[0] not in names) + extra


def apply(options: Options, per_call: CallOptions) -> Options:
    """The settings of one call: its own options over the client's (each one checked)."""
    timeout, retry, extra_headers, extra_query, _ = per_call
    if timeout is None and retry is None and extra_headers is None and extra_query is None:
        return options
    return changed(options, timeout=timeout, retry=retry, extra_headers=extra_headers, extra_query=extra_query)


def changed(options: Options, **given: Any) -> Options:
    """``options`` with the given (non-None) settings; extra headers and query add to the ones set."""
    changes = {name: value for name, value in given.items() if value is not None}
    if "extra_headers" in changes:
        changes["extra_headers"] = merge_headers(options.extra_headers, check_headers(changes["extra_headers"]))
    if "extra_query" in changes:
        changes["extra_query"] = merge_query(options.extra_query, check_extra_query(changes["extra_query"]))
    return attrs.evolve(options, **changes) if changes else options


def request_headers(base: Mapping[str, str], extra: Headers, *, add_only: bool = False) -> dict[str, str]:
    """The one merge of header sets, by name whatever its case, so that no name goes out twice:
    ``extra`` over ``base`` (a given User-Agent follows the SDK's own), or with ``add_only`` only
    the names ``base`` does not carry yet (what a propagator, or an ``http_client``'s defaults,
    may add: never in place of the SDK's own)."""
    headers = dict(base)
    for name, given in extra:
        lower, value = name.lower(), given
        known = [k for k in headers if k.lower() == lower]
        if known and add_only:
            continue
        for k in known:
            if lower == "user-agent":
                value = f"{headers[k]} {given}"
            del headers[k]
        headers[name] = value
    return headers


def carried(base: Mapping[str, str], name: str) -> bool:
    """True when ``base`` has a header ``name`` (whatever its case)."""
    lower = name.lower()
    return any(k.lower() == lower for k in base)


def own_headers_kept(own: frozenset[str], extra: Headers) -> Headers:
    """The extra headers of a call; one that is a header parameter of the operation is refused (pass
    it as the operation's argument), as ``extra_query`` is for the query."""
    clash = sorted(name for name, _ in extra if name.lower() in own)
    if clash:
        raise ConfigurationError(
            f"extra_headers sets {', '.join(clash)}, which this call already sends: pass it as the operation's argument"
        )
    return extra


def query_for(own: Mapping[str, Any] | None, extra: Query) -> dict[str, Any]:
    """The extra query parameters of a call; one that the operation itself takes is refused (pass it
    as the operation's argument), so a page token or a filter is never overridden by accident."""
    clash = sorted(name for name, _ in extra if own and name in own)
    if clash:
        raise ConfigurationError(
            f"extra_query sets {', '.join(clash)}, which this call already sends: pass it as the operation's argument"
        )
    return dict(extra)


@attrs.define(slots=True)
class CallContext:
    """What one call carries down to its attempts: its settings, its headers, its target."""

    options: Options
    headers: Mapping[str, str]
    call: Call[Any]
    #: The call's logs and spans.
    observer: Observer
    #: NOT_FOUND counts as done (``missing_ok=True`` of an operation that deletes).
    missing_ok: bool = False

    @classmethod
    def of(
        cls,
        options: Options,
        per_call: CallOptions,
        shared: Shared,
        call: Call[Any],
        request: OperationRequest,
        tracing: bool,
    ) -> CallContext:
        options = apply(options, per_call)
        headers: Mapping[str, str] = shared.json_headers if call.content is not None else shared.headers
        if call.headers:
            headers = request_headers(headers, call.headers)
        if options.extra_headers:
            headers = request_headers(headers, own_headers_kept(call.header_names, options.extra_headers))
        if options.extra_query:
            call = call.with_query(query_for(request.get("params"), options.extra_query))
        missing_ok = per_call[4]
        if missing_ok is not False and missing_ok is not True:
            raise ConfigurationError(f"missing_ok must be True or False, got {type(missing_ok).__name__}")
        return cls(options, headers, call, Observer(call, tracing), missing_ok)

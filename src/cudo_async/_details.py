"""The standard AIP-193 detail types (``google.rpc.*``), as frozen value classes, and one reader
that fills any of them from its proto3 JSON: each field's wire name is its name in lowerCamelCase,
and its metadata says how to read the value."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

import attrs
from cudo_async_api.types import repr_without_secrets

from ._status import DETAIL_TYPE_PREFIX
from .errors import _bounded

T = TypeVar("T")
_DURATION = re.compile(r"^\s*(-?[0-9]+(?:\.[0-9]{0,9})?)s\s*$")


def _object(value: Any) -> Mapping[str, Any]:
    if isinstance(value, Mapping):
        return value
    raise TypeError("expected an object")


#: Longest text kept from one string of a detail (a description, a reason, a stack entry, ...).
MAX_DETAIL_TEXT = 1000


def clean(value: Any, limit: int = MAX_DETAIL_TEXT) -> str:
    """A string from an answer as every detail keeps it: control characters out, bounded."""
    return _bounded(value if isinstance(value, str) else str(value), limit)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return clean(value)
    raise TypeError("expected a string")


def _whole(value: Any) -> int:
    if isinstance(value, bool):
        raise TypeError("expected an integer")
    return int(value)


def _texts(value: Any) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(clean(v) for v in value)
    raise TypeError("expected a list")


def _string_map(value: Any) -> Mapping[str, str]:
    return {clean(k, 200): clean(v) for k, v in _object(value).items()}


def _metadata(value: Any) -> Mapping[str, str | tuple[str, ...]]:
    """Strings in the standard; CUDO also sends lists, kept as tuples."""
    entries = _object(value).items()
    return {clean(k, 200): tuple(clean(x) for x in v) if isinstance(v, list) else clean(v) for k, v in entries}


def parse_duration(value: Any) -> datetime.timedelta | None:
    """A protobuf Duration in JSON (``"1.5s"``), as an object, or plain seconds; None if unreadable."""
    seconds: float
    if isinstance(value, str):
        match = _DURATION.match(value)
        if not match:
            return None
        seconds = float(match.group(1))
    elif isinstance(value, Mapping):
        try:
            seconds = float(value.get("seconds", 0) or 0) + float(value.get("nanos", 0) or 0) / 1e9
        except (TypeError, ValueError):
            return None
    elif isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    else:
        return None
    if not seconds >= 0:  # negative, or NaN
        return None
    # Any larger ask is kept as a very long one, like the same Retry-After: never dropped.
    return datetime.timedelta(seconds=min(seconds, 1e9))


def _one(cls: type[T]) -> Callable[[Any], T]:
    return lambda value: read(cls, value)


def _each(cls: type[T]) -> Callable[[Any], tuple[T, ...]]:
    def items(value: Any) -> tuple[T, ...]:
        if not isinstance(value, list):
            raise TypeError("expected a list")
        return tuple(read(cls, v) for v in value)

    return items


def _field(
    reader: Callable[[Any], Any] | None = None,
    default: Any = attrs.NOTHING,
    *,
    factory: Any = None,
    each: type[Any] | None = None,
    one: type[Any] | None = None,
) -> Any:
    """A field and how to read it: ``reader``, or a list of ``each``, or one nested ``one``."""
    if each is not None:
        reader = _each(each)
    elif one is not None:
        reader = _one(one)
    if factory is not None:
        return attrs.field(factory=factory, metadata={"read": reader})
    return attrs.field(default=default, metadata={"read": reader})


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(word.title() for word in rest)


def read(cls: type[T], value: Any) -> T:
    """``cls`` from its proto3 JSON object. Absent and null fields keep their defaults; a value
    of the wrong shape raises TypeError or ValueError."""
    obj = _object(value)
    kwargs: dict[str, Any] = {}
    for field in attrs.fields(cast(Any, cls)):
        raw = obj.get(_camel(field.name))
        if raw is not None:
            kwargs[field.name] = field.metadata["read"](raw)
    return cls(**kwargs)


@attrs.frozen
class ErrorInfo:
    """Why the error happened: a machine-readable ``reason`` within a ``domain``, and metadata.

    Attributes:
        reason: A constant (UPPER_SNAKE_CASE) naming the cause ("" when not sent).
        domain: Who defines ``reason``: the service's name ("" when not sent).
        metadata: More about the cause, by name (values are strings in the standard; CUDO also
            sends lists, kept as tuples).
    """

    reason: str = _field(_text, "")
    domain: str = _field(_text, "")
    metadata: Mapping[str, str | tuple[str, ...]] = _field(_metadata, factory=dict)


@attrs.frozen
class RetryInfo:
    """How long the server asks the client to wait before retrying.

    Attributes:
        retry_delay: The wait the server asks for; None when it sent none.
    """

    retry_delay: datetime.timedelta | None = _field(parse_duration, None)  # noqa: RUF009 (an attrs field)


@attrs.frozen
class DebugInfo:
    """Server-side debugging data: a stack trace and a detail text.

    Attributes:
        stack_entries: The lines of the server's stack trace.
        detail: Any other debugging text the server sent.
    """

    stack_entries: tuple[str, ...] = _field(_texts, ())
    detail: str = _field(_text, "")


@attrs.frozen
class QuotaViolation:
    """One quota that was exceeded.

    Attributes:
        subject: Whose quota it is (a project, a user, ...).
        description: What was exceeded and how to get more, in words.
        api_service: The service the quota belongs to.
        quota_metric: What the quota counts.
        quota_id: The quota's id.
        quota_dimensions: What the quota is scoped to (a region, ...), by name.
        quota_value: The limit that was exceeded; None when not sent.
        future_quota_value: The limit a pending change will set; None when none is pending.
    """

    subject: str = _field(_text, "")
    description: str = _field(_text, "")
    api_service: str = _field(_text, "")
    quota_metric: str = _field(_text, "")
    quota_id: str = _field(_text, "")
    quota_dimensions: Mapping[str, str] = _field(_string_map, factory=dict)
    quota_value: int | None = _field(_whole, None)
    future_quota_value: int | None = _field(_whole, None)


@attrs.frozen
class QuotaFailure:
    """The quotas that were exceeded.

    Attributes:
        violations: Each exceeded quota, as a ``QuotaViolation``.
    """

    violations: tuple[QuotaViolation, ...] = _field(each=QuotaViolation, default=())


@attrs.frozen
class PreconditionViolation:
    """One precondition that did not hold (``type`` names its kind, such as a VM's state).

    Attributes:
        type: The kind of precondition: a constant the service defines.
        subject: What the precondition is about, such as the VM's id.
        description: What did not hold, and how to make it hold, in words.
    """

    type: str = _field(_text, "")
    subject: str = _field(_text, "")
    description: str = _field(_text, "")


@attrs.frozen
class PreconditionFailure:
    """The preconditions that did not hold.

    Attributes:
        violations: Each failed precondition, as a ``PreconditionViolation``.
    """

    violations: tuple[PreconditionViolation, ...] = _field(each=PreconditionViolation, default=())


@attrs.frozen
class LocalizedMessage:
    """A message for people, in a locale.

    Attributes:
        locale: The message's locale, such as ``"en-US"``.
        message: The message in that locale.
    """

    locale: str = _field(_text, "")
    message: str = _field(_text, "")


@attrs.frozen
class FieldViolation:
    """One invalid field of the request (``field`` is a path such as ``body.vmId``).

    Attributes:
        field: The path of the invalid field, such as ``body.vmId``.
        description: Why it is invalid, in words.
        reason: A constant naming why it is invalid ("" when not sent).
        localized_message: ``description`` in the caller's language; None when not sent.
    """

    field: str = _field(_text, "")
    description: str = _field(_text, "")
    reason: str = _field(_text, "")
    localized_message: LocalizedMessage | None = _field(one=LocalizedMessage, default=None)  # noqa: RUF009 (an attrs field)


@attrs.frozen
class BadRequest:
    """The fields of the request that were invalid.

    Attributes:
        field_violations: Each invalid field, as a ``FieldViolation``.
    """

    field_violations: tuple[FieldViolation, ...] = _field(each=FieldViolation, default=())


@attrs.frozen
class RequestInfo:
    """The server's id for the request (quote it to CUDO's support).

    Attributes:
        request_id: The request's id on the server.
        serving_data: Any other data the server keeps about serving it (for its support).
    """

    request_id: str = _field(_text, "")
    serving_data: str = _field(_text, "")


@attrs.frozen
class ResourceInfo:
    """The resource the error is about.

    Attributes:
        resource_type: Its kind, as the service names it.
        resource_name: Its name or id.
        owner: Who owns it ("" when not sent).
        description: What about it caused the error, in words.
    """

    resource_type: str = _field(_text, "")
    resource_name: str = _field(_text, "")
    owner: str = _field(_text, "")
    description: str = _field(_text, "")


@attrs.frozen
class HelpLink:
    """A link to documentation about the error.

    Attributes:
        description: What the link explains.
        url: Where it is.
    """

    description: str = _field(_text, "")
    url: str = _field(_text, "")


@attrs.frozen
class Help:
    """Links to documentation about the error.

    Attributes:
        links: Each link, as a ``HelpLink``.
    """

    links: tuple[HelpLink, ...] = _field(each=HelpLink, default=())


#: How deep a detail kept as sent may nest; deeper parts are replaced by ``CUT``, so that an error
#: pickles and copies whatever the body held.
DEPTH_KEPT = 32
CUT = f"<cut: nested deeper than {DEPTH_KEPT} levels>"


def bounded_depth(value: Any, depth: int = 0) -> Any:
    """``value`` (parsed JSON) with everything nested deeper than ``DEPTH_KEPT`` replaced by ``CUT``,
    and every string (member names too) cleaned and bounded as the details' own are."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, Mapping):
        if depth >= DEPTH_KEPT:
            return CUT
        return {clean(k, 200): bounded_depth(v, depth + 1) for k, v in value.items()}
    if isinstance(value, list | tuple):
        if depth >= DEPTH_KEPT:
            return CUT
        return [bounded_depth(v, depth + 1) for v in value]
    return value


def holds_cut(value: Any, depth: int = 0) -> bool:
    """True when ``value`` (bounded by :func:`bounded_depth`) had a part cut."""
    if value == CUT:
        return True
    if depth > DEPTH_KEPT:
        return False
    if isinstance(value, Mapping):
        return any(holds_cut(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return any(holds_cut(v, depth + 1) for v in value)
    return False


def _type_url(url: Any) -> str:
    return clean(url, 200)


def _kept(raw: Any) -> Mapping[str, Any]:
    kept = bounded_depth(raw)
    return kept if isinstance(kept, Mapping) else {"value": kept}


@attrs.frozen
class UnknownDetail:
    """A detail of a type this SDK does not know (or could not read): kept as sent, down to
    ``DEPTH_KEPT`` levels (deeper parts read ``CUT``); its repr hides secret-looking members.

    Attributes:
        type_url: The detail's ``@type``, as sent.
        raw: Its other members, as sent.
    """

    type_url: str = attrs.field(converter=_type_url)
    raw: Mapping[str, Any] = attrs.field(converter=_kept, repr=repr_without_secrets)

    @property
    def cut(self) -> bool:
        """True when part of the detail was nested too deep to keep."""
        return holds_cut(self.raw)


Detail = (
    ErrorInfo
    | RetryInfo
    | DebugInfo
    | QuotaFailure
    | PreconditionFailure
    | BadRequest
    | RequestInfo
    | ResourceInfo
    | Help
    | LocalizedMessage
    | UnknownDetail
)

# Keyed by the name after the last "/" of ``@type`` (any host before it is accepted).
_TYPES: dict[str, type[Any]] = {
    DETAIL_TYPE_PREFIX.rsplit("/", 1)[-1] + cls.__name__: cls
    for cls in (
        ErrorInfo, RetryInfo, DebugInfo, QuotaFailure, PreconditionFailure,
        BadRequest, RequestInfo, ResourceInfo, Help, LocalizedMessage,
    )
}  # fmt: skip


def decode_detail(raw: Any) -> Detail:
    """One entry of ``details``; anything unknown or malformed is kept as :class:`UnknownDetail`."""
    if not isinstance(raw, Mapping):
        return UnknownDetail(type_url="", raw={"value": raw})
    type_url = raw.get("@type")
    type_url = type_url if isinstance(type_url, str) else ""
    cls = _TYPES.get(type_url.rsplit("/", 1)[-1])
    if cls is not None:
        try:
            detail: Detail = read(cls, raw)
        except (TypeError, ValueError, OverflowError):
            pass
        else:
            return detail
    return UnknownDetail(type_url=type_url, raw=dict(raw))

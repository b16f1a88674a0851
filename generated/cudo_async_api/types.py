"""Types shared by the generated models and operations."""

# proto3 JSON tolerant decoding, and the hook through which every operation reaches the facade.
import datetime
import math as _math
import re as _re
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypedDict, TypeVar

R = TypeVar("R")


class _RequiredRequest(TypedDict):
    method: str
    path: str
    path_params: dict[str, str]


class OperationRequest(_RequiredRequest, total=False):
    """One call of an operation, as its request builder describes it to the facade.

    ``path`` is the template from ``openapi.yaml``; ``path_params`` fill it (the facade checks
    and escapes them); ``params`` is the query and ``json`` the body, each only when there is one.
    """

    params: dict[str, Any]
    json: Any
    #: The operation cannot apply twice (a create carrying the new resource's id): safe to retry.
    safe_to_repeat: bool


class Send(Protocol):
    """What a resource namespace calls to run one operation (the facade supplies it)."""

    def __call__(self, operation: str, request: OperationRequest, decode: Callable[[Any], R], /) -> Awaitable[R]: ...


def parse_int(value: Any) -> int:
    """An integer in any form proto3 JSON allows: a number or a decimal string."""
    if type(value) is int:
        return value
    if isinstance(value, bool):
        raise TypeError(f"expected an integer, got {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            value = float(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise TypeError(f"expected an integer, got {value!r}"[:200])


_RFC3339 = _re.compile(r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:([Zz])|([+-])(\d\d):(\d\d))?")


def parse_datetime(value: Any) -> "datetime.datetime":
    """An RFC 3339 timestamp (any fraction length, ``Z``, ``z`` or an offset), on every Python."""
    if not isinstance(value, str):
        raise TypeError(f"expected an RFC 3339 timestamp, got {value!r}"[:200])
    try:
        return datetime.datetime.fromisoformat(value.upper())  # fast, and complete from Python 3.11
    except ValueError:
        match = _RFC3339.fullmatch(value.strip())
        if match is None:
            raise
    year, month, day, hour, minute, second, fraction, zulu, sign, off_h, off_m = match.groups()
    tz: "datetime.tzinfo | None" = None
    if zulu:
        tz = datetime.timezone.utc
    elif sign:
        offset = datetime.timedelta(hours=int(off_h), minutes=int(off_m))
        tz = datetime.timezone(-offset if sign == "-" else offset)
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    return datetime.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second), micro, tzinfo=tz)


_SPECIAL_FLOATS = {"NaN": _math.nan, "Infinity": _math.inf, "-Infinity": -_math.inf}


def parse_float(value: Any) -> float:
    """A number in any form proto3 JSON allows: a number, a decimal string, NaN or +-Infinity."""
    if isinstance(value, bool):
        raise TypeError(f"expected a number, got {value!r}")
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        special = _SPECIAL_FLOATS.get(value)
        return special if special is not None else float(value)
    raise TypeError(f"expected a number, got {value!r}"[:200])


__all__ = ["OperationRequest", "Send", "parse_datetime", "parse_float", "parse_int"]

"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# --- cudo-async additions: proto3 JSON tolerant decoding and the facade hook ---

import datetime
import math as _math
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

R = TypeVar("R")


class Send(Protocol):
    """What a resource namespace calls to run one operation (the facade supplies it)."""

    def __call__(self, operation: str, request: dict[str, Any], decode: Callable[[Any], R], /) -> Awaitable[R]: ...


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


def parse_datetime(value: Any) -> "datetime.datetime":
    """An RFC 3339 timestamp (any fraction length, ``Z``, ``z`` or an offset)."""
    if not isinstance(value, str):
        raise TypeError(f"expected an RFC 3339 timestamp, got {value!r}"[:200])
    return datetime.datetime.fromisoformat(value.upper())


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


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Send",
    "Unset",
    "parse_datetime",
    "parse_float",
    "parse_int",
]

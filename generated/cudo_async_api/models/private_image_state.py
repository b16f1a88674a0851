from enum import Enum
from typing import Any


class PrivateImageState(str, Enum):
    """Open enum: a value the API adds later decodes to a member whose ``name`` and
    ``value`` are that string (``is_known`` tells it apart), instead of failing. A number
    (proto3 JSON may send an enum's number instead of its name) decodes the same way, its
    ``value`` the number as it came (so that it is sent back as such)."""

    UNKNOWN = "UNKNOWN"
    ATTACHED = "ATTACHED"
    CLONING = "CLONING"
    CREATING = "CREATING"
    DELETING = "DELETING"
    DISABLED = "DISABLED"
    FAILED = "FAILED"
    READY = "READY"
    UPDATING = "UPDATING"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:  # (Enum's own repr breaks on a number's value)
        return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

    @property
    def is_known(self) -> bool:
        """False for a value this client's spec does not list."""
        return self._name_ in type(self).__members__

    @classmethod
    def from_wire(cls, value: Any) -> "PrivateImageState":
        """The member for a wire value (a known one without Enum's slower lookup)."""
        try:
            return cls._value2member_map_[value]  # type: ignore[return-value]
        except (KeyError, TypeError):  # a value this spec does not list, or not a string at all
            return cls(value)

    @classmethod
    def _missing_(cls, value: Any) -> "PrivateImageState":
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}"[:200])
        member = str.__new__(cls, str(value))
        member._name_ = str(value)
        member._value_ = value  # type: ignore[assignment]  # a number stays a number
        return member

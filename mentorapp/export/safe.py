"""Export-safe views: domain objects turned into plain data with every private field removed.

The privacy class of a field is its name: ``private_...`` is the mentor's own text. The
conversion is generic and recursive, so a private field added later is stripped too.
"""

from __future__ import annotations

import dataclasses
import enum
from datetime import date, datetime
from typing import Any

PRIVATE_PREFIX = "private_"


def is_private(name: str) -> bool:
    return name.startswith(PRIVATE_PREFIX)


def to_plain(value: Any, *, include_private: bool = False) -> Any:
    """JSON-ready data from domain objects; private fields only when asked for."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_plain(getattr(value, f.name), include_private=include_private)
            for f in dataclasses.fields(value)
            if include_private or not is_private(f.name)
        }
    if isinstance(value, dict):
        return {
            str(k): to_plain(v, include_private=include_private)
            for k, v in value.items()
            if include_private or not is_private(str(k))
        }
    if isinstance(value, list | tuple):
        return [to_plain(v, include_private=include_private) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def shared_only(value: Any) -> Any:
    """The export-safe form: what may be handed to the employee."""
    return to_plain(value, include_private=False)

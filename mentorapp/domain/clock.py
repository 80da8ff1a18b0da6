"""The one clock for stored timestamps: local wall-clock time, naive, to the second.

A coach's records are appointments and deadlines in the coach's own time ("Tuesday at
10:00"), shown and typed as such, so every ``DateTime`` column holds naive local time and
nothing converts on the way in or out. Only the key file's ``created`` field, which is
read by no rule, is written in UTC with an explicit offset.
"""

from __future__ import annotations

from datetime import datetime


def now() -> datetime:
    """The current local time without microseconds: what the store writes."""
    return datetime.now().replace(microsecond=0)

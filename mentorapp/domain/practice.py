"""Rules of the coach's practice: how much of an engagement is used, when it needs the
coach's attention, and how a client is named in a report that leaves the vault."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from mentorapp.domain.ids import MenteeId

NEARLY_USED = 0.8
"""From this share of the contracted sessions or hours on, an engagement is nearly used up."""

ENDING_WITHIN_DAYS = 30
"""An engagement that ends within this many days asks for the coach's attention."""


class NameStyle(StrEnum):
    """How a report names a client: the full name, initials, or only a number."""

    FULL = "full"
    INITIALS = "initials"
    NUMBER = "number"


@dataclass(frozen=True)
class Usage:
    """What an engagement contracted and how much of it the billable sessions used."""

    sessions_used: int
    hours_used: float
    contracted_sessions: int | None = None
    contracted_hours: float | None = None

    @property
    def nearly_used(self) -> bool:
        """True from ``NEARLY_USED`` of the contracted sessions or hours on."""
        return _share(self.sessions_used, self.contracted_sessions) or _share(
            self.hours_used, self.contracted_hours
        )


def _share(used: float, contracted: float | None) -> bool:
    if contracted is None:
        return False
    if contracted <= 0:
        return True  # nothing (left) was contracted
    return used >= NEARLY_USED * contracted - 1e-9  # 0.8 * 12 is 9.600000000000001


def ending_soon(end_date: date | None, today: date) -> bool:
    """True when the engagement ends within ``ENDING_WITHIN_DAYS`` (or ended already)."""
    return end_date is not None and end_date <= today + timedelta(days=ENDING_WITHIN_DAYS)


def hours(minutes: int) -> float:
    """Minutes as hours, to the hundredth (a report's figures add up as printed)."""
    return round(minutes / 60, 2)


def initials(full_name: str) -> str:
    """ "Jan van den Berg" -> "J.v.d.B.": each word's first letter, particles kept small."""
    return "".join(f"{word[0]}." for word in full_name.split() if word[0].isalnum())


def client_name(style: NameStyle, full_name: str, mentee_id: MenteeId) -> str:
    """The client as a report names them. A number is the mentee's id: the same client
    keeps it from one report (and coaching log) to the next, and it says nothing else."""
    if style is NameStyle.FULL:
        return full_name
    if style is NameStyle.INITIALS:
        return initials(full_name)
    return f"{mentee_id:04d}"

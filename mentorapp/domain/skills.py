"""A mentee's skills in the order that matters for a plan: the largest gap first."""

from __future__ import annotations

from collections.abc import Iterable

from mentorapp.domain.model import SkillEntry


def largest_gap_first(skills: Iterable[SkillEntry]) -> list[SkillEntry]:
    """By gap (target minus current), largest first; skills without a known gap last;
    then by name (case folded) and the order they were stored in."""

    def key(skill: SkillEntry) -> tuple[int, str, int]:
        gap = skill.gap
        return (-gap if gap is not None else 1, skill.name.casefold(), skill.id or 0)

    return sorted(skills, key=key)


def gaps(skills: Iterable[SkillEntry]) -> list[SkillEntry]:
    """The skills still to grow (target above current), largest gap first."""
    return [s for s in largest_gap_first(skills) if (s.gap or 0) > 0]

"""The random draws behind one demo mentee: texts with placeholders filled, days, times.

Dates stay integer day offsets from ``today`` until a domain object is made, so the random
draws never depend on the calendar; weekends only nudge session dates. Every draw comes
from the one generator that ``demo_mentees`` seeds, in a fixed order, so the same content
and the same ``today`` give the same demo.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from mentorapp.demo.content import DemoContent, Person
from mentorapp.domain.ids import MenteeId

# Every demo record carries this mentee id; whoever stores it fills in the real one.
PLACEHOLDER_ID = MenteeId(0)
SLOTS = (time(9, 0), time(10, 30), time(13, 30), time(15, 0), time(16, 30))


class Deck:
    """Draws from a shuffled pool, repeating only once the whole pool has been used."""

    def __init__(self, pool: tuple[str, ...], rng: random.Random) -> None:
        self._items = rng.sample(pool, len(pool))
        self._drawn = 0

    def draw(self) -> str:
        self._drawn += 1
        return self._items[(self._drawn - 1) % len(self._items)]


class Draws:
    """One person's draws: the shared generator, the content and the text placeholders."""

    def __init__(
        self, person: Person, content: DemoContent, today: date, rng: random.Random
    ) -> None:
        self.p, self.content, self.today, self.rng = person, content, today, rng
        self.ctx = {
            "name": person.preferred_name or person.name.split()[0],
            "org": person.organisation.name,
            "role": person.role,
            "dept": person.department,
            "host": person.safari.host_department if person.safari else "",
        }

    def fill(self, text: str) -> str:
        return text.format(**self.ctx)

    def pick(self, pool: str, theme: bool = False) -> str:
        """A random text from a general pool, or from the person's theme."""
        pools = self.p.theme.texts if theme else self.content.pools
        return self.fill(self.rng.choice(pools[pool]))

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def at(self, offset: int, *, forward: bool = False) -> datetime:
        """A session time on a weekday: past weekends move to Friday, future ones to Monday."""
        d = self.day(offset)
        if d.weekday() >= 5:
            d += timedelta(days=(7 if forward else 4) - d.weekday())
        return datetime.combine(d, self.rng.choice(SLOTS))

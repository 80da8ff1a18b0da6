"""The demo mentees: about 25 realistic Dutch sample files, each with its whole trajectory.

Built from the domain dataclasses and the package data only (no store, no GUI),
deterministically from a fixed seed, with every date relative to ``today`` so a demo vault
always looks current: recent sessions, next sessions in the coming days, overdue actions,
plan reviews due soon and a couple of closed files past their retention date. All people
and organisations are fictional. Ids stay ``None`` and every ``mentee_id`` is the
placeholder ``MenteeId(0)``; whoever stores a ``DemoMentee`` fills in the real id.
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from mentorapp.demo.answers import DemoAnswers, demo_answers
from mentorapp.demo.content import packaged_content
from mentorapp.demo.draws import PLACEHOLDER_ID, Deck, Draws
from mentorapp.demo.plans import demo_plan
from mentorapp.demo.practice import DemoLinks, apply_practice
from mentorapp.domain.enums import (
    MenteeStatus,
    MoveKind,
    SafariStatus,
    SessionKind,
    SessionMode,
)
from mentorapp.domain.model import (
    CareerSafari,
    CoachingSession,
    DevelopmentPlan,
    JobCraftingCanvas,
    Mentee,
    Move,
    SkillEntry,
)

SEED = 20261124
_INT, _ACT, _PAU, _CLO = MenteeStatus  # in declaration order
_S = SafariStatus


@dataclass
class DemoMentee:
    """One sample mentee with everything recorded about the trajectory (ids not yet set)."""

    mentee: Mentee
    sessions: list[CoachingSession]
    plan: DevelopmentPlan | None
    safaris: list[CareerSafari]
    skills: list[SkillEntry]
    moves: list[Move]
    answers: list[DemoAnswers] = field(default_factory=list)  # oldest first
    canvas: JobCraftingCanvas | None = None
    links: DemoLinks = field(default_factory=DemoLinks)


def demo_mentees(today: date) -> list[DemoMentee]:
    """The demo mentees, identical for the same ``today``; all dates are relative to it."""
    content = packaged_content()
    rng = random.Random(SEED)
    return [_build(Draws(person, content, today, rng)) for person in content.people]


def _build(d: Draws) -> DemoMentee:
    p = d.p
    offsets, upcoming = _timeline(d)
    debrief_at = _debrief_index(d, len(offsets))
    safaris, safari_span = _safaris(d, offsets, debrief_at)
    sessions = _sessions(d, offsets, upcoming, debrief_at)
    start = sessions[0].started_at.date()
    close = sessions[-1].started_at.date() if p.status is _CLO else None
    plan = None if "no_plan" in p.flags else demo_plan(d, offsets[0], safari_span)
    skills = _skills(d)
    mentee = Mentee(
        full_name=p.name,
        preferred_name=p.preferred_name,
        email=_email(d),
        phone=_phone(d),
        organisation=d.ctx["org"],
        department=p.department,
        current_role=p.role,
        referral=p.referral,
        status=p.status,
        start_date=start,
        close_date=close,
        consent_given=True,
        consent_date=start,
        consent_scope=d.pick("consent"),
        retention_until=close + timedelta(days=365) if close else None,
        export_language=p.language,
        trajectory_goal=d.pick("trajectory", theme=True),
        private_background=p.background or d.pick("background", theme=True),
        tags=[p.theme.tag, *([d.content.fixed_texts["safari_tag"]] if p.safari else [])],
    )
    answers = demo_answers(p, d.content, d.today, sessions)
    moves = _moves(d, safaris)
    practice = apply_practice(p, d.content, d.today, mentee, safaris, moves, skills, plan)
    return DemoMentee(
        mentee, sessions, plan, safaris, skills, moves, answers, practice.canvas, practice.links
    )


def _timeline(d: Draws) -> tuple[list[int], int | None]:
    """Day offsets of the (past) sessions and of the next planned session, if any."""
    p, rng = d.p, d.rng
    soon, later, count = rng.randint(1, 6), rng.randint(8, 35), rng.randint(3, 6)
    if p.status is _INT:
        return [-rng.randint(9, 21), -rng.randint(1, 4)], soon
    if p.status is _CLO:
        last = -p.closed_days_ago
        first = last - rng.randint(200, 360)
    elif p.status is _PAU:
        last, count = -rng.randint(45, 100), count - 1
        first = last - rng.randint(100, 200)
    else:
        last = -rng.randint(2, 25)
        first = last - rng.randint(60, 300)
    step = (last - first) / (count - 1)
    middle = [round(first + i * step) + rng.randint(-2, 2) for i in range(1, count - 1)]
    upcoming = (soon if rng.random() < 0.6 else later) if p.status is _ACT else None
    return [first, *middle, last], upcoming


def _debrief_index(d: Draws, count: int) -> int | None:
    if d.p.safari is None or d.p.safari.status is not _S.COMPLETED:
        return None
    return count - 2 if d.p.status is _CLO or count >= 4 else count - 1


def _sessions(
    d: Draws, offsets: list[int], upcoming: int | None, debrief_at: int | None
) -> list[CoachingSession]:
    p, rng, texts = d.p, d.rng, d.p.theme.texts
    private, shared = Deck(texts["private"], rng), Deck(texts["shared"], rng)
    agreements = Deck(texts["agreement"], rng)
    sessions: list[CoachingSession] = []
    for i, offset in enumerate(offsets):
        last = i == len(offsets) - 1
        energy = rng.randint(*p.theme.energy)
        modes = (SessionMode.IN_PERSON, SessionMode.VIDEO, SessionMode.PHONE)
        mode = rng.choices(modes, (5, 4, 1))[0]
        minutes, extra = rng.choice((45, 60, 60, 75)), rng.random() < 0.4
        mood = d.pick(
            "energy_low" if energy <= 4 else "energy_mid" if energy <= 6 else "energy_high"
        )
        if i == 0:
            kind, mode, minutes = SessionKind.INTAKE, SessionMode.IN_PERSON, 90
            notes = f"{d.pick('intake_private')} {d.fill(private.draw())}"
            summary, agreed = d.pick("intake_shared"), d.pick("intake_agreement")
        elif last and p.status is _CLO:
            kind, notes = SessionKind.CLOSING, d.pick("closing_private")
            summary, agreed = d.pick("closing_shared"), d.pick("closing_agreement")
        elif i == debrief_at:
            kind, notes = SessionKind.SAFARI_DEBRIEF, f"{d.pick('debrief_private')} {mood}"
            summary, agreed = d.pick("debrief_shared"), d.pick("debrief_agreement")
        elif last and p.status is _PAU:
            kind, notes = SessionKind.FOLLOW_UP, f"{d.pick('pause_private')} {mood}"
            summary, agreed = f"{d.fill(shared.draw())} {d.pick('pause_shared')}", ""
        else:
            kind = SessionKind.CAREER_CONVERSATION if i == 1 or extra else SessionKind.FOLLOW_UP
            second = f" {d.fill(private.draw())}" if extra else ""
            notes = f"{d.fill(private.draw())}{second} {mood}"
            summary = d.fill(shared.draw())
            if extra:
                summary += f" {d.fill(shared.draw())}"
            agreed = d.fill(agreements.draw())
            if kind is SessionKind.FOLLOW_UP:
                summary = f"{d.pick('follow_up_shared')} {summary}"
        sessions.append(
            CoachingSession(
                PLACEHOLDER_ID,
                d.at(offset),
                min(minutes, 45) if mode is SessionMode.PHONE else minutes,
                kind,
                mode,
                private_notes=notes,
                shared_summary=summary,
                energy=energy,
                agreements=agreed,
            )
        )
    for before, after in itertools.pairwise(sessions):
        before.next_session_at = after.started_at
    if upcoming is not None:
        sessions[-1].next_session_at = d.at(upcoming, forward=True)
    return sessions


def _safaris(
    d: Draws, offsets: list[int], debrief_at: int | None
) -> tuple[list[CareerSafari], tuple[int, int] | None]:
    spec, rng = d.p.safari, d.rng
    if spec is None:
        return [], None
    length, lead, gap = rng.randint(3, 10), rng.randint(10, 30), rng.randint(2, 8)
    if debrief_at is not None:  # completed a few days before the debrief session
        start = offsets[debrief_at] - gap - length
    else:
        start = {_S.ONGOING: -2, _S.PLANNED: lead}.get(spec.status, -lead)
    done = spec.status is _S.COMPLETED
    pools = {_S.COMPLETED: "safari_private", _S.CANCELLED: "safari_cancelled"}
    notes = d.pick(pools.get(spec.status, "safari_upcoming"))
    safari = CareerSafari(
        PLACEHOLDER_ID,
        spec.host_department,
        spec.host_role,
        spec.host_contact,
        d.day(start),
        d.day(start + length),
        spec.status,
        spec.learning_goals,
        d.pick("safari_reflection") if done else "",
        notes,
    )
    span = None if spec.status is _S.CANCELLED else (start, start + length)
    return [safari], span


def _skills(d: Draws) -> list[SkillEntry]:
    rng = d.rng
    skills: list[SkillEntry] = []
    for s in rng.sample(d.content.skills, rng.randint(2, 4)):
        target = min(5, s.level + rng.randint(1, 2))
        skills.append(SkillEntry(PLACEHOLDER_ID, s.name, s.level, target, d.fill(s.evidence)))
    return skills


def _moves(d: Draws, safaris: list[CareerSafari]) -> list[Move]:
    p, rng, fixed = d.p, d.rng, d.content.fixed_texts
    moves = [
        Move(PLACEHOLDER_ID, MoveKind.SAFARI, d.fill(fixed["safari_move"]),
             p.role, s.host_role, s.start_date)
        for s in safaris
        if s.status in (_S.COMPLETED, _S.ONGOING)
    ]  # fmt: skip
    if p.status is _INT:
        kind, text, to_role = MoveKind.NONE_YET, fixed["undecided_move"], ""
    else:
        spec = p.theme.moves[0] if p.status is _CLO else rng.choice(p.theme.moves)
        kind, text, to_role = spec.kind, spec.description, spec.to_role
    happened = d.day(-p.closed_days_ago - rng.randint(0, 45)) if p.status is _CLO else None
    move = Move(PLACEHOLDER_ID, kind, d.fill(text), p.role, d.fill(to_role), happened)
    return [*moves, move]


def _email(d: Draws) -> str:
    handle = d.p.email_handle
    if not handle:
        plain = unicodedata.normalize("NFKD", d.p.name)
        plain = "".join(c for c in plain if c.isascii()).lower()
        handle = ".".join(plain.replace("-", " ").split())
    domain = d.p.organisation.email_domain
    return f"{handle}@mail.{domain}" if d.rng.random() < 0.3 else f"{handle}@{domain}"


def _phone(d: Draws) -> str:
    a, b, c, e = (d.rng.randint(10, 99) for _ in range(4))
    if d.p.organisation.country == "NL":
        return f"+31 6 {a}{b} {c}{e}"
    return f"+32 4{70 + a % 30} {b} {c} {e}"

"""The demo's questionnaire answers: a preparation before the first career conversation,
and two or three career checks months apart whose scores tell the theme's story.

Drawn from a generator of their own, seeded with the person's name, so adding answers
changed none of the demo's other draws. Dates follow the sessions (and so ``today``);
everything else is the same on any day. The preparation texts are Dutch: a mentee who
gets English PDFs answers the (language-free) career check in English and has no
preparation on file.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from mentorapp.demo.content import DemoContent, Person
from mentorapp.demo.draws import Draws
from mentorapp.domain.builtin_questionnaires import builtin_template
from mentorapp.domain.enums import Language, MenteeStatus, SessionKind, TemplateKind
from mentorapp.domain.model import CoachingSession, QuestionnaireTemplate

SEED = "mentorapp-demo-answers"
CHECK_SPAN_DAYS = 150  # from the intake to the last session: room for two checks
THIRD_CHECK_SPAN_DAYS = 240
DUE_AGO_DAYS = 200  # a "check_due" mentee's last check: past the six months
_CHECK_STATUSES = (MenteeStatus.ACTIVE, MenteeStatus.PAUSED)


@dataclass
class DemoAnswers:
    """A mentee's answers to a built-in questionnaire (found by kind and language when
    the demo is stored)."""

    kind: TemplateKind
    language: Language
    answered_on: date
    answers: dict[str, str]
    private_interpretation: str = ""


def demo_answers(
    person: Person, content: DemoContent, today: date, sessions: list[CoachingSession]
) -> list[DemoAnswers]:
    """The person's preparation and career checks, oldest first."""
    d = Draws(person, content, today, random.Random(f"{SEED}-{person.name}"))
    found = _preparation(d, sessions) + _career_checks(d, sessions)
    return sorted(found, key=lambda a: a.answered_on)


def _preparation(d: Draws, sessions: list[CoachingSession]) -> list[DemoAnswers]:
    conversation = next((s for s in sessions if s.kind is SessionKind.CAREER_CONVERSATION), None)
    if conversation is None or d.p.language is not Language.NL:
        return []
    spec = d.content.answers[d.p.theme.tag]
    answers = {key: d.fill(d.rng.choice(texts)) for key, texts in spec.preparation.items()}
    if d.rng.random() < 0.25:  # not every question gets an answer
        answers["organisation"] = ""
    day = conversation.started_at.date() - timedelta(days=d.rng.randint(2, 6))
    private = _private(d, "preparation_private", 0.5)
    return [DemoAnswers(TemplateKind.PREPARATION, Language.NL, day, answers, private)]


def _career_checks(d: Draws, sessions: list[CoachingSession]) -> list[DemoAnswers]:
    first, end = sessions[0].started_at.date(), sessions[-1].started_at.date()
    if "check_due" in d.p.flags:
        end = min(end, d.today - timedelta(days=DUE_AGO_DAYS))
    span = (end - first).days
    if d.p.status not in _CHECK_STATUSES or (
        span < CHECK_SPAN_DAYS and "check_due" not in d.p.flags
    ):
        return []
    count = 3 if span >= THIRD_CHECK_SPAN_DAYS else 2
    gap = span // (count - 1)
    check = builtin_template(TemplateKind.CAREER_CHECK, d.p.language)
    spec = d.content.answers[d.p.theme.tag]
    pace = d.rng.uniform(0.7, 1.3)
    start = {k: v + d.rng.uniform(-0.3, 0.3) for k, v in spec.check_start.items()}
    checks = []
    for i in range(count):
        scores = {k: start[k] + i * pace * spec.check_trend[k] for k in start}
        day = first + timedelta(days=i * gap + (d.rng.randint(0, 3) if i == 0 else 0))
        private = _private(d, "check_private", 0.5) if i == count - 1 else ""
        checks.append(
            DemoAnswers(
                TemplateKind.CAREER_CHECK, d.p.language, day, _items(d, check, scores), private
            )
        )
    return checks


def _items(d: Draws, check: QuestionnaireTemplate, scores: dict[str, float]) -> dict[str, str]:
    """Answers near each dimension's score; a reversed item answered the other way."""
    answers = {}
    for item in check.questions:
        value = round(scores[item.section] + d.rng.uniform(-0.6, 0.6))
        value = min(item.high, max(item.low, value))
        answers[item.key] = str(item.low + item.high - value if item.reversed else value)
    return answers


def _private(d: Draws, pool: str, chance: float) -> str:
    return d.fill(d.rng.choice(d.content.answer_pools[pool])) if d.rng.random() < chance else ""

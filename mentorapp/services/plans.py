"""Development plans: the draft's autosave, lifecycle steps, new versions and templates.

Version numbers are given here, inside the transaction that stores the new version, so
two windows can never hand out the same number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from mentorapp.domain import clock
from mentorapp.domain import plan_lifecycle as lifecycle
from mentorapp.domain.ids import MenteeId, PlanId, PlanTemplateId
from mentorapp.domain.model import DevelopmentPlan, PlanTemplate
from mentorapp.services.changes import Area, Changes, Outcome
from mentorapp.store.repositories import PlanRepository, PlanTemplateRepository
from mentorapp.store.vault import Vault

PLAN_PERIOD_DAYS = 365


class Step(StrEnum):
    """A lifecycle step the coach can take on a version."""

    SHARE = "share"
    AGREE = "agree"
    ARCHIVE = "archive"


@dataclass(frozen=True)
class PlanVersions:
    """A mentee's plan versions (oldest first) and the one to show."""

    versions: list[DevelopmentPlan]
    shown: DevelopmentPlan | None


def _changes(mentee_id: MenteeId) -> Changes:
    return Changes.of(Area.PLANS, mentee_id=mentee_id)


def plan_versions(vault: Vault, mentee_id: MenteeId) -> list[DevelopmentPlan]:
    """Every version of the mentee's plan, oldest first."""
    with vault.reading() as db:
        return PlanRepository(db).versions(mentee_id)


def current_plan(vault: Vault, mentee_id: MenteeId) -> DevelopmentPlan | None:
    with vault.reading() as db:
        return PlanRepository(db).current(mentee_id)


def save_draft(vault: Vault, plan: DevelopmentPlan) -> Outcome[DevelopmentPlan]:
    """Write an editable version as edited; returns it as stored (with new child ids).

    ``PlanFrozen`` when the version *as stored* is no longer a draft: an edit made in
    an older snapshot can never thaw a shared or agreed version.
    """
    return _store(vault, plan, must_be_draft=True)


def _store(
    vault: Vault, plan: DevelopmentPlan, *, must_be_draft: bool = False
) -> Outcome[DevelopmentPlan]:
    assert plan.id is not None
    with vault.transaction() as db:
        repo = PlanRepository(db)
        if must_be_draft:
            lifecycle.ensure_editable(plan)
            lifecycle.ensure_editable(repo.get(PlanId(plan.id)))
        repo.update(plan)
        stored = repo.get(PlanId(plan.id))
    return Outcome(stored, _changes(plan.mentee_id))


def take_step(vault: Vault, plan: DevelopmentPlan, step: Step) -> Outcome[DevelopmentPlan]:
    """Share, agree or archive ``plan`` as given (the draft's edits included).

    Raises ``InvalidTransition`` or ``PlanFrozen`` when the step is not possible.
    """
    moves: dict[Step, Callable[[DevelopmentPlan], DevelopmentPlan]] = {
        Step.SHARE: lambda p: lifecycle.share(p, clock.now()),
        Step.AGREE: lambda p: lifecycle.agree(p, clock.now()),
        Step.ARCHIVE: lifecycle.archive,
    }
    return _store(vault, moves[step](plan))


def _add_version(
    vault: Vault, mentee_id: MenteeId, make: Callable[[int], DevelopmentPlan]
) -> Outcome[PlanVersions]:
    with vault.transaction() as db:
        repo = PlanRepository(db)
        number = max((p.version for p in repo.versions(mentee_id)), default=0) + 1
        stored = repo.add(make(number))
        versions = repo.versions(mentee_id)
    shown = next(p for p in versions if p.version == stored.version)
    return Outcome(PlanVersions(versions, shown), _changes(mentee_id))


def new_plan(vault: Vault, mentee_id: MenteeId, title: str, today: date) -> Outcome[PlanVersions]:
    """An empty draft running a year from ``today``."""
    return _add_version(
        vault,
        mentee_id,
        lambda number: DevelopmentPlan(
            mentee_id=mentee_id,
            version=number,
            title=title,
            period_start=today,
            period_end=today + timedelta(days=PLAN_PERIOD_DAYS),
        ),
    )


def new_draft(vault: Vault, plan: DevelopmentPlan) -> Outcome[PlanVersions]:
    """A new editable version that starts as a copy of ``plan``."""
    return _add_version(vault, plan.mentee_id, lambda n: lifecycle.new_draft(plan, n))


def duplicate(vault: Vault, plan: DevelopmentPlan) -> Outcome[PlanVersions]:
    """A fresh draft with ``plan``'s content and no history."""
    return _add_version(
        vault, plan.mentee_id, lambda n: lifecycle.duplicate(plan, plan.mentee_id, n)
    )


def plan_from_template(
    vault: Vault, template: PlanTemplate, mentee_id: MenteeId
) -> Outcome[PlanVersions]:
    """A new draft built from a template (``ValueError`` when it cannot be read)."""
    return _add_version(
        vault, mentee_id, lambda n: lifecycle.from_template(template.content, mentee_id, n)
    )


def templates(vault: Vault) -> list[PlanTemplate]:
    with vault.reading() as db:
        return PlanTemplateRepository(db).all()


def save_template(vault: Vault, name: str, plan: DevelopmentPlan) -> Outcome[PlanTemplate]:
    """The plan's structure as a named template: never names, dates or private text."""
    with vault.transaction() as db:
        stored = PlanTemplateRepository(db).add(PlanTemplate(name, lifecycle.to_template(plan)))
    return Outcome(stored, Changes.of(Area.PLAN_TEMPLATES))


def delete_template(vault: Vault, template_id: PlanTemplateId) -> Outcome[None]:
    with vault.transaction() as db:
        PlanTemplateRepository(db).delete(template_id)
    return Outcome(None, Changes.of(Area.PLAN_TEMPLATES))

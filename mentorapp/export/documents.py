"""Export-safe documents: what a PDF may show, copied field by field from the domain.

The builders name every field they copy, so a private field (``private_...``, the
mentor's own text) can never ride along, not even one added to the domain later. The
renderers in ``export.pdf`` receive only these objects, never a ``Mentee``, a
``DevelopmentPlan``, a ``CoachingSession`` or a questionnaire response.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityKind,
    Feasibility,
    GoalKind,
    Language,
    MoveKind,
    ObstacleKind,
    PlanStatus,
    QuestionKind,
    SafariStatus,
    SessionKind,
    SessionMode,
    TemplateKind,
)
from mentorapp.domain.model import (
    Action,
    CareerSafari,
    CareerStory,
    CoachingSession,
    DevelopmentActivity,
    DevelopmentPlan,
    Goal,
    JobCraftingCanvas,
    Mentee,
    Obstacle,
    Question,
    QuestionnaireTemplate,
)
from mentorapp.domain.questionnaires import CheckPoint
from mentorapp.domain.smart import SmartCriterion, check_action

SMART_LETTERS = (
    (SmartCriterion.SPECIFIC.value, "S"),
    (SmartCriterion.MEASURABLE.value, "M"),
    (SmartCriterion.ACHIEVABLE.value, "A"),
    (SmartCriterion.RELEVANT.value, "R"),
    (SmartCriterion.TIME_BOUND.value, "T"),
)


@dataclass(frozen=True)
class CoachInfo:
    """Who hands the document over: printed in the page header."""

    name: str
    organisation: str = ""
    logo_path: Path | None = None


@dataclass(frozen=True)
class ActionView:
    """One action of a goal, with its SMART judgement already made."""

    description: str
    measure: str
    deadline: date | None
    owner: ActionOwner
    resources: str
    status: ActionStatus
    smart_ok: bool
    smart_missing: tuple[str, ...]

    @property
    def smart(self) -> str:
        """The SMART state in letters, a missing criterion as "-": e.g. "S - A R -"."""
        return " ".join("-" if name in self.smart_missing else ch for name, ch in SMART_LETTERS)


@dataclass(frozen=True)
class GoalView:
    """A goal; a wish that is not feasible now carries the honest note and a date."""

    kind: GoalKind
    description: str
    feasible: bool
    feasibility_note: str
    revisit_on: date | None
    actions: tuple[ActionView, ...]


@dataclass(frozen=True)
class ObstacleView:
    kind: ObstacleKind
    description: str
    mitigation: str


@dataclass(frozen=True)
class ActivityView:
    kind: ActivityKind
    description: str
    provider: str
    hours: float | None
    cost_cents: int | None
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class DimensionView:
    """One dimension of the career check: its title and its score at each check."""

    title: str
    scores: tuple[float | None, ...]  # one per check date; None: not scored that time


@dataclass(frozen=True)
class CareerCheckView:
    """The last career checks, for the small chart in the plan: dates oldest first."""

    dates: tuple[date, ...]
    dimensions: tuple[DimensionView, ...]


@dataclass(frozen=True)
class SafariView:
    """A career safari as the plan shows it: where, when, the learning questions, and the
    shared reflection once it is done (empty before)."""

    host_department: str
    host_role: str
    host_contact: str
    start_date: date | None
    end_date: date | None
    learning_questions: str
    reflection: str


@dataclass(frozen=True)
class ExperimentView:
    """A small job crafting experiment: what, by when, with whom, and whether it is done."""

    what: str
    by_when: date | None
    with_whom: str
    done: bool


@dataclass(frozen=True)
class CraftingView:
    """The job crafting canvas as the plan shows it: each block now and crafted, and the
    experiments."""

    tasks_now: str
    tasks_crafted: str
    relationships_now: str
    relationships_crafted: str
    perception_now: str
    perception_crafted: str
    experiments: tuple[ExperimentView, ...]

    @property
    def blocks(self) -> tuple[tuple[str, str, str], ...]:
        """(block key, now, crafted) of each block, in the canvas' order."""
        return (
            ("tasks", self.tasks_now, self.tasks_crafted),
            ("relationships", self.relationships_now, self.relationships_crafted),
            ("perception", self.perception_now, self.perception_crafted),
        )


@dataclass(frozen=True)
class PlanDocument:
    """A development plan as the employee receives it."""

    employee_name: str
    organisation: str
    department: str
    mentor_name: str
    mentor_organisation: str
    logo_path: Path | None
    language: Language
    title: str
    version: int
    status: PlanStatus
    made_on: date
    period_start: date | None
    period_end: date | None
    current_situation: str
    desired_direction: str
    goals: tuple[GoalView, ...]
    obstacles: tuple[ObstacleView, ...]
    activities: tuple[ActivityView, ...]
    resources: str
    organisation_commitments: str
    employee_commitments: str
    review_date: date | None
    manager_signature: bool = False
    career_checks: CareerCheckView | None = None  # the chart: chosen per export, off by default
    safaris: tuple[SafariView, ...] = ()  # chosen per export, off by default
    crafting: CraftingView | None = None  # chosen per export, off by default

    @property
    def smart(self) -> tuple[str, ...]:
        """The SMART state of every action, goal by goal, e.g. ("S M A R T", "S - A R -")."""
        return tuple(action.smart for goal in self.goals for action in goal.actions)


@dataclass(frozen=True)
class StoryDocument:
    """A career story to hand to an employee: no mentee, no name, only the coach's text."""

    title: str
    text: str
    move_kinds: tuple[MoveKind, ...]
    language: Language
    mentor_name: str
    mentor_organisation: str
    logo_path: Path | None


@dataclass(frozen=True)
class SessionSummaryDocument:
    """The shareable side of one session: the summary and agreements, never the notes."""

    employee_name: str
    mentor_name: str
    mentor_organisation: str
    logo_path: Path | None
    language: Language
    session_date: datetime
    kind: SessionKind
    mode: SessionMode
    summary: str
    agreements: str
    next_session: datetime | None


@dataclass(frozen=True)
class FormItemView:
    """One item of a blank form as it is printed: the question, never an answer.

    A reversed scale item prints as any other: which way it counts is for the score.
    """

    text: str
    kind: QuestionKind
    hint: str
    low: int
    high: int
    low_label: str
    high_label: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class FormSectionView:
    """A section (or a dimension) of a form with its items; untitled for loose items."""

    title: str
    intro: str
    items: tuple[FormItemView, ...]


@dataclass(frozen=True)
class FormDocument:
    """A questionnaire template as a blank form to fill in by hand, in its own language."""

    title: str
    intro: str
    kind: TemplateKind
    version: int
    language: Language
    sections: tuple[FormSectionView, ...]
    mentor_name: str
    mentor_organisation: str
    logo_path: Path | None


@dataclass(frozen=True)
class RecoveryKitDocument:
    """The printable recovery key of a vault; the key stays out of ``repr`` (and logs).

    ``location`` (the vault's folder) and ``computer`` (where it was made) tell a coach
    with several vaults, or a new computer, which vault this key opens.
    """

    vault_name: str
    recovery_key: str = field(repr=False)
    made_on: date
    language: Language
    location: str = ""
    computer: str = ""


def action_view(action: Action, period_start: date | None, period_end: date | None) -> ActionView:
    check = check_action(action, period_start, period_end)
    missing = tuple(str(criterion.value) for criterion in check.missing)
    return ActionView(
        description=action.description,
        measure=action.measure,
        deadline=action.deadline,
        owner=action.owner,
        resources=action.resources,
        status=action.status,
        smart_ok=check.ok,
        smart_missing=missing,
    )


def goal_view(goal: Goal, period_start: date | None, period_end: date | None) -> GoalView:
    return GoalView(
        kind=goal.kind,
        description=goal.description,
        feasible=goal.feasibility is Feasibility.FEASIBLE,
        feasibility_note=goal.feasibility_note,
        revisit_on=goal.revisit_on,
        actions=tuple(action_view(a, period_start, period_end) for a in goal.actions),
    )


def obstacle_view(obstacle: Obstacle) -> ObstacleView:
    return ObstacleView(
        kind=obstacle.kind, description=obstacle.description, mitigation=obstacle.mitigation
    )


def activity_view(activity: DevelopmentActivity) -> ActivityView:
    return ActivityView(
        kind=activity.kind,
        description=activity.description,
        provider=activity.provider,
        hours=activity.hours,
        cost_cents=activity.cost_cents,
        start_date=activity.start_date,
        end_date=activity.end_date,
    )


# The plan's chart shows at most this many checks: the last ones, so it stays small.
CHART_CHECKS = 5


def career_check_view(
    checks: list[CheckPoint], dimension_titles: dict[str, str]
) -> CareerCheckView | None:
    """The last ``CHART_CHECKS`` career checks (``checks`` oldest first) for the plan's
    chart; None when there is none.

    Dimensions come in the order of ``dimension_titles`` (the template's), then any
    other dimension a check scored, under its key.
    """
    shown = checks[-CHART_CHECKS:]
    if not shown:
        return None
    keys = [key for key in dimension_titles if any(key in c.scores for c in shown)]
    for check in shown:
        keys += [key for key in check.scores if key not in keys]
    return CareerCheckView(
        dates=tuple(check.answered_on for check in shown),
        dimensions=tuple(
            DimensionView(
                title=dimension_titles.get(key) or key,
                scores=tuple(check.scores.get(key) for check in shown),
            )
            for key in keys
        ),
    )


def safari_views(safaris: list[CareerSafari]) -> tuple[SafariView, ...]:
    """The safaris for the plan, by start date (undated last); a cancelled one is left
    out, and the reflection shows only once a safari is done. The coach's notes never."""
    kept = [s for s in safaris if s.status is not SafariStatus.CANCELLED]
    kept.sort(key=lambda s: (s.start_date is None, s.start_date or date.min))
    return tuple(
        SafariView(
            host_department=s.host_department,
            host_role=s.host_role,
            host_contact=s.host_contact,
            start_date=s.start_date,
            end_date=s.end_date,
            learning_questions=s.learning_goals,
            reflection=s.shared_reflection if s.status is SafariStatus.COMPLETED else "",
        )
        for s in kept
    )


def crafting_view(canvas: JobCraftingCanvas) -> CraftingView | None:
    """The canvas for the plan, without the coach's notes; None when nothing is written."""
    view = CraftingView(
        tasks_now=canvas.tasks_now,
        tasks_crafted=canvas.tasks_crafted,
        relationships_now=canvas.relationships_now,
        relationships_crafted=canvas.relationships_crafted,
        perception_now=canvas.perception_now,
        perception_crafted=canvas.perception_crafted,
        experiments=tuple(
            ExperimentView(what=e.what, by_when=e.by_when, with_whom=e.with_whom, done=e.done)
            for e in canvas.experiments
            if e.what.strip()
        ),
    )
    written = any(now.strip() or crafted.strip() for _, now, crafted in view.blocks)
    return view if written or view.experiments else None


def plan_document(
    mentee: Mentee,
    plan: DevelopmentPlan,
    coach: CoachInfo,
    language: Language,
    made_on: date,
    manager_signature: bool = False,
    career_checks: CareerCheckView | None = None,
    *,
    safaris: tuple[SafariView, ...] = (),
    crafting: CraftingView | None = None,
) -> PlanDocument:
    """The shareable plan: mentee, plan and coach fields named one by one."""
    start, end = plan.period_start, plan.period_end
    return PlanDocument(
        employee_name=mentee.full_name,
        organisation=mentee.organisation,
        department=mentee.department,
        mentor_name=coach.name,
        mentor_organisation=coach.organisation,
        logo_path=coach.logo_path,
        language=Language(language),
        title=plan.title,
        version=plan.version,
        status=plan.status,
        made_on=made_on,
        period_start=start,
        period_end=end,
        current_situation=plan.current_situation,
        desired_direction=plan.desired_direction,
        goals=tuple(goal_view(g, start, end) for g in plan.goals),
        obstacles=tuple(obstacle_view(o) for o in plan.obstacles),
        activities=tuple(activity_view(a) for a in plan.activities),
        resources=plan.resources,
        organisation_commitments=plan.organisation_commitments,
        employee_commitments=plan.employee_commitments,
        review_date=plan.review_date,
        manager_signature=manager_signature,
        career_checks=career_checks,
        safaris=safaris,
        crafting=crafting,
    )


def session_summary_document(
    mentee: Mentee, session: CoachingSession, coach: CoachInfo, language: Language
) -> SessionSummaryDocument:
    """The shareable side of a session: the summary and agreements, never the notes."""
    return SessionSummaryDocument(
        employee_name=mentee.full_name,
        mentor_name=coach.name,
        mentor_organisation=coach.organisation,
        logo_path=coach.logo_path,
        language=Language(language),
        session_date=session.started_at,
        kind=session.kind,
        mode=session.mode,
        summary=session.shared_summary,
        agreements=session.agreements,
        next_session=session.next_session_at,
    )


def story_document(story: CareerStory, coach: CoachInfo) -> StoryDocument:
    """A career story as printed, in its own language."""
    return StoryDocument(
        title=story.title,
        text=story.text,
        move_kinds=tuple(story.move_kinds),
        language=Language(story.language),
        mentor_name=coach.name,
        mentor_organisation=coach.organisation,
        logo_path=coach.logo_path,
    )


def form_item_view(question: Question) -> FormItemView:
    return FormItemView(
        text=question.text,
        kind=question.kind,
        hint=question.hint,
        low=question.low,
        high=question.high,
        low_label=question.low_label,
        high_label=question.high_label,
        choices=tuple(question.choices),
    )


def form_document(template: QuestionnaireTemplate, coach: CoachInfo) -> FormDocument:
    """A template as a blank form: its sections in order, each with its items.

    Items whose section the template does not name come first, without a heading, so
    no item of the template is left off the paper.
    """
    known = {section.key for section in template.sections}
    loose = [q for q in template.questions if q.section not in known]
    sections = [FormSectionView("", "", tuple(form_item_view(q) for q in loose))] if loose else []
    sections += [
        FormSectionView(
            title=section.title,
            intro=section.intro,
            items=tuple(form_item_view(q) for q in template.questions if q.section == section.key),
        )
        for section in template.sections
    ]
    return FormDocument(
        title=template.name,
        intro=template.intro,
        kind=template.kind,
        version=template.version,
        language=Language(template.language),
        sections=tuple(sections),
        mentor_name=coach.name,
        mentor_organisation=coach.organisation,
        logo_path=coach.logo_path,
    )

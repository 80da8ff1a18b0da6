"""The development plan (POP) as the employee receives it: goals, actions, commitments.

Sections without content are left out rather than printed empty; wishes that are not
feasible now are shown honestly with the reason and the date to look again. A plan that
is not agreed yet (a draft, or shared for discussion) says so on every page and has no
signature block: nobody should sign a proposal by mistake.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from mentorapp.domain.enums import PlanStatus
from mentorapp.export.documents import ActionView, GoalView, PlanDocument
from mentorapp.export.pdf.base import (
    INK,
    MONO_BOLD,
    MUTED,
    OK,
    RULE,
    WARN,
    WARN_TINT,
    PdfRenderer,
)
from mentorapp.export.pdf.blocks import (
    callout,
    data_table,
    keep_heading,
    key_value_table,
    list_flowables,
    markup,
    paragraph,
    table_style,
    text_flowables,
    with_table_start,
)
from mentorapp.export.pdf.chart import career_check_chart, score_table
from mentorapp.export.pdf.moves import crafting_section, safari_section

# Column shares of the frame width, measured so "28 september 2026", "Leidinggevende",
# "Persoonlijke grenzen", "Vrijwilligerswerk", "€ 12.500,00" and "S M A R T" fit on one line.
ACTION_COLUMNS = (0.31, 0.225, 0.195, 0.16, 0.11)
OBSTACLE_COLUMNS = (0.205, 0.3975, 0.3975)
ACTIVITY_COLUMNS = (0.165, 0.40, 0.08, 0.135, 0.22)

# Not agreed yet: marked as a draft, no signatures.
NOT_AGREED = (PlanStatus.DRAFT, PlanStatus.SHARED)


class DevelopmentPlanPdf(PdfRenderer):
    """A ``PlanDocument`` as a PDF: cover block, sections, goal tables, signatures."""

    def __init__(self, doc: PlanDocument, created: datetime | None = None) -> None:
        self.doc = doc
        super().__init__(
            doc.language, doc.mentor_name, doc.mentor_organisation, doc.logo_path, created
        )

    @property
    def agreed(self) -> bool:
        return self.doc.status not in NOT_AGREED

    def styles(self) -> dict[str, ParagraphStyle]:
        styles = super().styles()
        styles["smart_ok"] = ParagraphStyle(
            "smart_ok", parent=styles["cell"], fontName=MONO_BOLD, fontSize=8, textColor=OK
        )
        styles["smart_missing"] = ParagraphStyle(
            "smart_missing", parent=styles["smart_ok"], textColor=WARN
        )
        styles["goal_text"] = ParagraphStyle(
            "goal_text", parent=styles["body"], keepWithNext=1, spaceAfter=6
        )
        return styles

    def document_title(self) -> str:
        return f"{self.labels['plan.document']} - {self.doc.employee_name}"

    def subject(self) -> str:
        w, doc = self.labels, self.doc
        parts = [w["plan.document"], f"{w['version']} {doc.version}", w.long_date(doc.made_on)]
        if not self.agreed:
            parts.insert(1, w["draft.mark"])
        return ", ".join(parts)

    def footer_text(self) -> str:
        version = f"{self.labels['version']} {self.doc.version}".lower()
        return f"{self.labels['plan.document']}, {version} - {self.doc.employee_name}"

    def header_mark(self) -> str:
        return "" if self.agreed else self.labels["draft.mark"]

    # --- story ---------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        doc = self.doc
        story: list[Flowable] = self.cover()
        story += self.text_section("current_situation", doc.current_situation)
        story += self.text_section("desired_direction", doc.desired_direction)
        story += self.career_check_section()
        story += self.goals_section()
        story += self.not_feasible_section()
        story += self.obstacles_section()
        story += self.activities_section()
        story += safari_section(self, doc.safaris)
        story += crafting_section(self, doc.crafting)
        story += self.text_section("resources", doc.resources, one_per_line=True)
        story += self.text_section(
            "organisation_commitments", doc.organisation_commitments, one_per_line=True
        )
        story += self.text_section(
            "employee_commitments", doc.employee_commitments, one_per_line=True
        )
        story += self.closing()
        return story

    def cover(self) -> list[Flowable]:
        doc, w, s = self.doc, self.labels, self.style
        flowables: list[Flowable] = [paragraph(w["plan.document"], s["title"])]
        flowables.append(paragraph(doc.title or doc.employee_name, s["subtitle"]))
        organisation = ", ".join(p for p in (doc.organisation, doc.department) if p.strip())
        mentor = doc.mentor_name
        if doc.mentor_organisation.strip():
            mentor = f"{mentor} ({doc.mentor_organisation})" if mentor else doc.mentor_organisation
        pairs = [
            (w["employee"], doc.employee_name),
            (w["organisation"], organisation),
            (w["mentor"], mentor),
            (w["period"], w.period(doc.period_start, doc.period_end)),
            (w["version"], str(doc.version)),
            (w["made_on"], w.long_date(doc.made_on)),
            (w["status"], w.enum(doc.status)),
        ]
        shown = [(k, v) for k, v in pairs if v.strip()]
        flowables.append(key_value_table(shown, self.frame_width, s["label"], s["value"]))
        flowables.append(Spacer(1, 4))
        if not self.agreed:
            note = paragraph(w["draft.note"], s["body"])
            flowables += [Spacer(1, 6), callout([note], self.frame_width, WARN, WARN_TINT)]
        return flowables

    def text_section(self, key: str, text: str, one_per_line: bool = False) -> list[Flowable]:
        """A titled section of the coach's text; ``one_per_line`` for lists of commitments."""
        if not text.strip():
            return []
        s = self.style
        content = (list_flowables if one_per_line else text_flowables)(text, s["body"], s["bullet"])
        heading = Paragraph(markup(self.labels[key]), s["h2"])
        return keep_heading([heading], content, self.frame_width, self.short_block)

    def career_check_section(self) -> list[Flowable]:
        """The small chart of the last career checks, with its numbers (only when chosen)."""
        view = self.doc.career_checks
        if view is None or not view.dimensions:
            return []
        w, s = self.labels, self.style
        return [
            KeepTogether(
                [
                    Paragraph(markup(w["check.title"]), s["h2"]),
                    paragraph(w["check.intro"], s["body"]),
                    career_check_chart(view, w, self.frame_width),
                    Spacer(1, 6),
                    score_table(view, w, self.frame_width, s),
                ]
            )
        ]

    def goals_section(self) -> list[Flowable]:
        goals = [g for g in self.doc.goals if g.feasible]
        if not goals:
            return []
        w, s = self.labels, self.style
        flowables: list[Flowable] = []
        for number, goal in enumerate(goals, start=1):
            flowables += self.goal_block(number, goal, first=number == 1)
        if any(goal.actions for goal in goals):
            flowables.append(Spacer(1, 2))
            flowables.append(paragraph(w["smart.legend"], s["small"]))
        return flowables

    def goal_block(self, number: int, goal: GoalView, first: bool = False) -> list[Flowable]:
        """Goal heading and text, kept on one page with the start of its action table."""
        w, s = self.labels, self.style
        heading = w.text("goal.numbered", number=number, kind=w.enum(goal.kind, in_text=True))
        before: list[Flowable] = [
            paragraph(heading, s["h3"]),
            paragraph(goal.description, s["goal_text"]),
        ]
        if first:
            before.insert(0, Paragraph(markup(w["goals"]), s["h2"]))
        if not goal.actions:
            return [*before, paragraph(w["goal.no_actions"], s["small"]), Spacer(1, 6)]
        table = self.action_table(goal.actions)
        return [*self.with_table_start(before, table), Spacer(1, 6)]

    def with_table_start(self, before: list[Flowable], table: Flowable) -> list[Flowable]:
        return with_table_start(before, table, self.frame_width, 0.6 * self.frame_height)

    def action_table(self, actions: tuple[ActionView, ...]) -> Flowable:
        w, s = self.labels, self.style
        header = [
            w["col.action"],
            w["col.measure"],
            w["col.deadline"],
            w["col.owner"],
            w["col.smart"],
        ]
        rows = [self.action_row(action) for action in actions]
        widths = [share * self.frame_width for share in ACTION_COLUMNS]
        return data_table(header, rows, widths, s["cell_head"])

    def action_row(self, action: ActionView) -> list[Any]:
        w, s = self.labels, self.style
        details = [f"{w['action.status']}: {w.enum(action.status)}"]
        if action.resources.strip():
            details.insert(0, f"{w['action.resources']}: {action.resources.strip()}")
        description = [
            *text_flowables(action.description, s["cell"]),
            paragraph(" · ".join(details), s["cell_small"]),
        ]
        smart_style = s["smart_ok"] if action.smart_ok else s["smart_missing"]
        return [
            description,
            text_flowables(action.measure, s["cell"]) or [paragraph("-", s["cell"])],
            [paragraph(w.long_date(action.deadline) or "-", s["cell"])],
            [paragraph(w.enum(action.owner), s["cell"])],
            [paragraph(action.smart, smart_style)],
        ]

    @staticmethod
    def _with_gaps(cells: list[Any], gap: Any = "") -> list[Any]:
        out: list[Any] = []
        for index, cell in enumerate(cells):
            if index:
                out.append(gap)
            out.append(cell)
        return out

    def not_feasible_section(self) -> list[Flowable]:
        wishes = [g for g in self.doc.goals if not g.feasible]
        if not wishes:
            return []
        w, s = self.labels, self.style
        heading: list[Flowable] = [
            Paragraph(markup(w["not_feasible"]), s["h2"]),
            paragraph(w["not_feasible.intro"], s["body"]),
        ]
        flowables: list[Flowable] = []
        for goal in wishes:
            content: list[Flowable] = [
                paragraph(goal.description, s["h3"] if len(goal.description) < 200 else s["body"]),
            ]
            if goal.feasibility_note.strip():
                content.append(
                    Paragraph(
                        f"<b>{markup(w['not_feasible.why'])}:</b> {markup(goal.feasibility_note)}",
                        s["body"],
                    )
                )
            if goal.revisit_on is not None:
                content.append(
                    Paragraph(
                        f"<b>{markup(w['not_feasible.revisit'])}:</b> "
                        f"{markup(w.long_date(goal.revisit_on))}",
                        s["body"],
                    )
                )
            for action in goal.actions:
                content.append(paragraph(action.description, s["bullet"], bulletText="•"))
            flowables.append(callout(content, self.frame_width, RULE))
            flowables.append(Spacer(1, 6))
        return keep_heading(heading, flowables, self.frame_width, self.short_block)

    def obstacles_section(self) -> list[Flowable]:
        if not self.doc.obstacles:
            return []
        w, s = self.labels, self.style
        rows = [
            [
                [paragraph(w.enum(o.kind), s["cell"])],
                text_flowables(o.description, s["cell"]),
                text_flowables(o.mitigation, s["cell"]) or [paragraph("-", s["cell"])],
            ]
            for o in self.doc.obstacles
        ]
        widths = [share * self.frame_width for share in OBSTACLE_COLUMNS]
        header = [w["col.kind"], w["col.obstacle"], w["col.mitigation"]]
        table = data_table(header, rows, widths, s["cell_head"])
        return self.with_table_start([Paragraph(markup(w["obstacles"]), s["h2"])], table)

    def activities_section(self) -> list[Flowable]:
        if not self.doc.activities:
            return []
        w, s = self.labels, self.style
        rows = []
        for a in self.doc.activities:
            what = text_flowables(a.description, s["cell"])
            if a.provider.strip():
                what.append(paragraph(f"{w['activity.provider']}: {a.provider}", s["cell_small"]))
            start, end = w.long_date(a.start_date), w.long_date(a.end_date)
            dates = f"{start}\n– {end}" if start and end else start or end
            rows.append(
                [
                    [paragraph(w.enum(a.kind), s["cell"])],
                    what,
                    [paragraph(w.hours(a.hours), s["cell_right"])],
                    [paragraph(w.money(a.cost_cents), s["cell_right"])],
                    [paragraph(dates, s["cell"])],
                ]
            )
        widths = [share * self.frame_width for share in ACTIVITY_COLUMNS]
        header = [w["col.kind"], w["col.activity"], w["col.hours"], w["col.cost"], w["col.dates"]]
        table = data_table(
            header,
            rows,
            widths,
            s["cell_head"],
            extra_style=[("LEFTPADDING", (4, 0), (4, -1), 10)],  # air after the amounts
            head_right=(s["cell_head_right"], (2, 3)),
        )
        return self.with_table_start([Paragraph(markup(w["activities"]), s["h2"])], table)

    def signatures(self) -> list[Flowable]:
        doc, w, s = self.doc, self.labels, self.style
        # A mentor without a name is signed for by the organisation, if there is one; the
        # manager's name is not known, so there a name is written in by hand.
        write_in = f"{w['signature.name']}:"
        people = [
            (w["signature.employee"], doc.employee_name),
            (w["signature.mentor"], doc.mentor_name or doc.mentor_organisation),
        ]
        if doc.manager_signature:
            people.append((w["signature.manager"], write_in))
        gap = 12.0
        width = (self.frame_width - gap * (len(people) - 1)) / len(people)
        name_style = ParagraphStyle("sig_name", parent=s["value"], textColor=INK)
        rows: list[list[Any]] = [
            [paragraph(role, s["label"]) for role, _ in people],
            [paragraph(name, name_style) for _, name in people],
            ["" for _ in people],
            [paragraph(f"{w['signature.date']}:", s["small"]) for _ in people],
        ]
        # Empty gap columns between the people keep their signature lines apart.
        data = [self._with_gaps(row) for row in rows]
        widths = self._with_gaps([width] * len(people), gap)
        table = Table(data, colWidths=widths, rowHeights=[None, None, 46, None], hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 3), (-1, 3), 4),
        ]
        for column in range(0, len(widths), 2):
            commands.append(("LINEBELOW", (column, 2), (column, 2), 0.6, MUTED))
        table.setStyle(table_style(commands))
        return [Paragraph(markup(w["signature"]), s["h2"]), Spacer(1, 2), table]

    def closing(self) -> list[Flowable]:
        """The review date and the signatures, on one page: a signature never stands alone.

        A plan not agreed yet is not signed: it ends with the review date.
        """
        w, s, review = self.labels, self.style, self.doc.review_date
        flowables: list[Flowable] = []
        if review is not None:
            sentence = w.text("review_date.sentence", date=w.long_date(review))
            flowables += [
                Paragraph(markup(w["review_date"]), s["h2"]),
                paragraph(sentence, s["body"]),
            ]
        if not self.agreed:
            return [KeepTogether(flowables)] if flowables else []
        return [KeepTogether([*flowables, *self.signatures()])]

"""The career-centre report as a PDF: period, grouping, a table per section, two charts.

It is made from a ``Published`` report only (``domain.report.publish``): suppressed
cells are None there and print as "–" with the footnote; the charts draw only the
published values of everyone (a suppressed bar is left out and its value shown as "–").
No name, note or date of one person is in a ``Published`` report to begin with.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.platypus import Flowable, KeepTogether, Spacer

from mentorapp.domain.enums import Language, MoveKind, SessionKind
from mentorapp.domain.report import (
    CHECK_METRICS,
    DIMENSIONS,
    ENGAGEMENT_METRICS,
    MENTEE_METRICS,
    MOVE_METRICS,
    OTHER_LABEL,
    PLAN_METRICS,
    SESSION_KINDS,
    SESSION_METRICS,
    Published,
    published_metric,
)
from mentorapp.export.pdf.base import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    SANS,
    SANS_BOLD,
    PdfRenderer,
    fit_text,
)
from mentorapp.export.pdf.blocks import data_table, key_value_table, paragraph

SUPPRESSED = "–"
GROUPS_PER_TABLE = 4  # value columns beside the metric's name (the all column first)

# The report's own words (labels.py holds those shared by several documents).
WORDS = {
    Language.NL: {
        "document": "Rapport voor het loopbaancentrum",
        "by": "Per",
        "by.none": "Alle mentees samen",
        "by.organisation": "organisatie",
        "by.department": "afdeling",
        "sources": "Bestanden van coaches",
        "threshold": "Drempel",
        "threshold.value": "{n} mentees",
        "all": "Alle mentees",
        "other": "Andere groepen",
        "not_recorded": "Niet ingevuld",
        "metric": "Cijfer",
        "footnote": ("– : niet getoond: minder dan {n} mentees, of het zou zo'n cel verraden."),
        "intro": "Alleen aantallen en gemiddelden: geen namen, notities of data van één persoon.",
        "intro.groups": "Kleine groepen staan samen onder 'Andere groepen'.",
        "section.mentees": "Mentees",
        "section.sessions": "Gesprekken",
        "section.plans": "Plannen, acties en safari's",
        "section.moves": "Loopbaanbewegingen bij afsluiting",
        "section.check": "Loopbaancheck (gemiddelde per dimensie)",
        "section.engagements": "Opdrachten en uren",
        "chart.sessions": "Gesprekken per soort (alle mentees)",
        "chart.moves": "Bewegingen per soort (alle mentees)",
        "mentees.active": "Begeleide mentees",
        "mentees.started": "Gestart",
        "mentees.closed": "Afgesloten",
        "sessions.total": "Gesprekken samen",
        "sessions.hours": "Uren gesprek",
        "plans.agreed": "Plannen afgesproken",
        "actions.done": "Acties gedaan",
        "safaris.held": "Safari's gehouden",
        "moves.crafting": "Job crafting",
        "moves.not_recorded": "Uitkomst niet ingevuld",
        "dimension": "Dimensie",
        "mean": "gemiddelde",
        "change": "verschil",
        "check.note": (
            "Gemiddelde: de laatste loopbaancheck in de periode van elke mentee die er een "
            "invulde (1 tot 5). Verschil: gemiddeld verschil met de eerste check van "
            "dezelfde mentee, bij wie minstens twee checks heeft."
        ),
        "engagements.count": "Opdrachten",
        "engagements.hours": "Factureerbare uren",
    },
    Language.EN: {
        "document": "Career-centre report",
        "by": "By",
        "by.none": "All mentees together",
        "by.organisation": "organisation",
        "by.department": "department",
        "sources": "Coaches' files",
        "threshold": "Threshold",
        "threshold.value": "{n} mentees",
        "all": "All mentees",
        "other": "Other groups",
        "not_recorded": "Not recorded",
        "metric": "Figure",
        "footnote": "– : not shown: fewer than {n} mentees, or would reveal such a cell.",
        "intro": "Counts and means only: no names, notes or dates of one person.",
        "intro.groups": "Small groups are counted together under 'Other groups'.",
        "section.mentees": "Mentees",
        "section.sessions": "Conversations",
        "section.plans": "Plans, actions and safaris",
        "section.moves": "Career moves at closing",
        "section.check": "Career check (mean per dimension)",
        "section.engagements": "Engagements and hours",
        "chart.sessions": "Conversations by kind (all mentees)",
        "chart.moves": "Moves by kind (all mentees)",
        "mentees.active": "Mentees coached",
        "mentees.started": "Started",
        "mentees.closed": "Closed",
        "sessions.total": "Conversations in all",
        "sessions.hours": "Hours of conversation",
        "plans.agreed": "Plans agreed",
        "actions.done": "Actions done",
        "safaris.held": "Safaris held",
        "moves.crafting": "Job crafting",
        "moves.not_recorded": "Outcome not recorded",
        "dimension": "Dimension",
        "mean": "mean",
        "change": "change",
        "check.note": (
            "Mean: the latest career check in the period of every mentee who filled one in "
            "(1 to 5). Change: the mean difference from the same mentee's first check, "
            "among those with at least two checks."
        ),
        "engagements.count": "Engagements",
        "engagements.hours": "Billable hours",
    },
}
DIMENSION_WORDS = {
    Language.NL: {
        "energy": "Energie en vitaliteit",
        "meaning": "Motivatie en zingeving",
        "learning": "Leren en groeien",
        "fit": "Aansluiting bij je job",
        "balance": "Balans werk en privé",
        "future": "Vaardigheden voor de toekomst",
        "support": "Steun van de organisatie",
    },
    Language.EN: {
        "energy": "Energy and vitality",
        "meaning": "Motivation and meaning",
        "learning": "Learning and growth",
        "fit": "Fit with the job",
        "balance": "Work-life balance",
        "future": "Future-proof skills",
        "support": "Support from the organisation",
    },
}
MOVE_ENUMS = {
    "lateral": MoveKind.LATERAL,
    "vertical": MoveKind.VERTICAL,
    "diagonal": MoveKind.DIAGONAL,
    "external": MoveKind.EXTERNAL,
    "none_yet": MoveKind.NONE_YET,
}
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("section.mentees", MENTEE_METRICS),
    ("section.sessions", SESSION_METRICS),
    ("section.plans", PLAN_METRICS),
    ("section.moves", MOVE_METRICS),
    ("section.check", tuple(published_metric(m) for m in CHECK_METRICS)),
    ("section.engagements", ENGAGEMENT_METRICS),
)
DECIMALS = {"sessions.hours", "engagements.hours"}
BAR_HEIGHT = 11.0


class CareerCentreReportPdf(PdfRenderer):
    """A ``Published`` career-centre report as a PDF in ``language``."""

    def __init__(
        self, report: Published, language: Language, created: datetime | None = None
    ) -> None:
        self.report = report
        self.words = WORDS[Language(language)]
        self.dimensions = DIMENSION_WORDS[Language(language)]
        self.values = {(r.group, r.metric): r.value for r in report.rows}
        super().__init__(language, "", "", None, created)

    def document_title(self) -> str:
        return self.words["document"]

    def footer_mark(self) -> str:
        return ""  # it names nobody

    def footer_text(self) -> str:
        return self.labels.period(self.report.start, self.report.end)

    # --- words ---------------------------------------------------------------------

    def metric_name(self, metric: str) -> str:
        w = self.words
        if metric in w:
            return w[metric]
        family, _, rest = metric.partition(".")
        if family == "sessions":
            return self.labels.enum(SessionKind(rest))
        if family == "moves":
            return self.labels.enum(MOVE_ENUMS[rest])
        if family == "check":
            dimension, _, part = rest.partition(".")
            return f"{self.dimensions[dimension]}: {w[part]}"
        return metric

    def group_name(self, label: str) -> str:
        if label == "":
            return self.words["all"]
        return self.words["other"] if label == OTHER_LABEL else label

    def shown(self, metric: str, value: float | None) -> str:
        if value is None:
            return SUPPRESSED
        if metric.endswith(".mean"):
            return self.labels.score(value)
        if metric.endswith(".change"):
            return self.labels.change(0.0, value)
        if metric in DECIMALS:
            return self.labels.number(round(value, 1))
        return str(int(value))

    # --- the story -----------------------------------------------------------------

    def story(self) -> list[Flowable]:
        report, w, s = self.report, self.words, self.style
        by = w["by.none"] if report.by is None else w[f"by.{report.by}"]
        flowables: list[Flowable] = [
            paragraph(w["document"], s["title"]),
            key_value_table(
                [
                    (self.labels["period"], self.labels.period(report.start, report.end)),
                    (w["by"], by),
                    (w["sources"], str(report.sources)),
                    (w["threshold"], w["threshold.value"].format(n=report.threshold)),
                ],
                self.frame_width,
                s["label"],
                s["value"],
            ),
            Spacer(1, 6),
            paragraph(
                w["intro"] if report.by is None else f"{w['intro']} {w['intro.groups']}",
                s["small"],
            ),
        ]
        for title, metrics in SECTIONS:
            flowables.append(paragraph(w[title], s["h2"]))
            flowables += self.check_tables() if title == "section.check" else self.tables(metrics)
            if title == "section.sessions":
                kinds = SESSION_METRICS[: len(SESSION_KINDS)]  # not the total, nor the hours
                flowables.append(self.chart("chart.sessions", kinds))
            if title == "section.moves":
                flowables.append(self.chart("chart.moves", MOVE_METRICS))
        flowables += [
            Spacer(1, 10),
            paragraph(w["footnote"].format(n=report.threshold), s["small"]),
        ]
        return flowables

    def tables(self, metrics: tuple[str, ...]) -> list[Flowable]:
        """The section's metrics down, the groups across (a few per table)."""
        s, width = self.style, self.frame_width
        groups = self.report.groups
        value_width = 0.6 * width / GROUPS_PER_TABLE
        made: list[Flowable] = []
        for first in range(0, len(groups), GROUPS_PER_TABLE):
            chunk = groups[first : first + GROUPS_PER_TABLE]
            rows = [
                [
                    [paragraph(self.metric_name(m), s["cell"])],
                    *[
                        [paragraph(self.shown(m, self.values[(g, m)]), s["cell_right"])]
                        for g in chunk
                    ],
                ]
                for m in metrics
            ]
            header = [self.words["metric"], *[self.group_name(g) for g in chunk]]
            made += [self._table(header, rows, value_width), Spacer(1, 6)]
        return made

    def check_tables(self) -> list[Flowable]:
        """The career check: a dimension per row, per group its mean and its change."""
        s, width, w = self.style, self.frame_width, self.words
        groups = self.report.groups
        per_table = GROUPS_PER_TABLE // 2
        value_width = 0.6 * width / GROUPS_PER_TABLE
        made: list[Flowable] = []
        for first in range(0, len(groups), per_table):
            chunk = groups[first : first + per_table]
            rows = []
            for dimension in DIMENSIONS:
                row: list[list[Flowable]] = [[paragraph(self.dimensions[dimension], s["cell"])]]
                for g in chunk:
                    for part in ("mean", "change"):
                        metric = f"check.{dimension}.{part}"
                        value = self.shown(metric, self.values[(g, metric)])
                        row.append([paragraph(value, s["cell_right"])])
                rows.append(row)
            header = [w["dimension"]]
            for g in chunk:
                header += [
                    f"{self.group_name(g)}: {w['mean']}",
                    f"{self.group_name(g)}: {w['change']}",
                ]
            made += [self._table(header, rows, value_width), Spacer(1, 6)]
        made.append(paragraph(w["check.note"], s["small"]))
        return made

    def _table(self, header: list[str], rows: list[list[list[Flowable]]], value: float) -> Flowable:
        s = self.style
        columns = len(header) - 1
        widths = [self.frame_width - columns * value, *[value] * columns]
        return data_table(
            header,
            rows,
            widths,
            s["cell_head"],
            head_right=(s["cell_head_right"], tuple(range(1, len(header)))),
        )

    def chart(self, title: str, metrics: tuple[str, ...]) -> Flowable:
        """A horizontal bar per kind for all mentees: only published values are drawn."""
        width = self.frame_width
        names_width = 0.38 * width
        bars_width = width - names_width - 40
        values = [self.values[("", m)] for m in metrics]
        top = max([v for v in values if v is not None] or [1.0]) or 1.0
        height = BAR_HEIGHT * 1.5 * len(metrics) + 18
        drawing = Drawing(width, height, initialFontName=SANS)
        drawing.add(
            String(0, height - 10, self.words[title], fontName=SANS_BOLD, fontSize=8.5,
                   fillColor=ACCENT)
        )  # fmt: skip
        for index, (metric, value) in enumerate(zip(metrics, values, strict=True)):
            y = height - 26 - index * BAR_HEIGHT * 1.5
            name = fit_text(self.metric_name(metric), SANS, 7.5, names_width - 6)
            drawing.add(String(0, y + 2, name, fontName=SANS, fontSize=7.5, fillColor=INK))
            drawing.add(Rect(names_width, y, 0.4, BAR_HEIGHT, strokeColor=RULE, fillColor=RULE))
            length = 0.0 if value is None else bars_width * float(value) / float(top)
            if length > 0:
                drawing.add(
                    Rect(names_width, y, length, BAR_HEIGHT, strokeColor=None, fillColor=ACCENT)
                )
            drawing.add(
                String(
                    names_width + length + 4,
                    y + 2,
                    self.shown(metric, value),
                    fontName=SANS,
                    fontSize=7.5,
                    fillColor=MUTED if value is None else INK,
                )
            )
        return KeepTogether([Spacer(1, 4), drawing])

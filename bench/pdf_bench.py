"""How long a 4-page development-plan PDF takes (DESIGN.md budget: median <= 300 ms).

The plan is realistic demo content: the demo mentee with the most actions, with the goals
and obstacles of three more demo plans added, which lays out to exactly four A4 pages
(checked with pypdf on every run, so a layout change cannot quietly shrink the job).
"""

from __future__ import annotations

import io
import statistics
import time
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from bench.stats import Budget, Figure, percentile
from mentorapp.demo import demo_mentees
from mentorapp.domain.enums import Language
from mentorapp.domain.model import DevelopmentPlan, Mentee
from mentorapp.export.documents import CoachInfo, plan_document
from mentorapp.export.pdf import DevelopmentPlanPdf

PLAN_PDF_MEDIAN = Budget("median <= 300 ms", 300.0)
PAGES = 4
EXTRA_PLANS = 2  # tuned so the plan fills four pages
TODAY = date(2026, 11, 24)
COACH = CoachInfo("Marleen Claes", "Loopbaanpunt Vlaanderen", None)


def four_page_plan() -> tuple[Mentee, DevelopmentPlan]:
    """A demo plan grown to four pages with the goals of a few other demo plans."""
    plans = [(d.mentee, d.plan) for d in demo_mentees(TODAY) if d.plan is not None]
    mentee, base = max(plans, key=lambda pair: sum(len(g.actions) for g in pair[1].goals))
    others = [plan for _, plan in plans if plan is not base][:EXTRA_PLANS]
    goals = [*base.goals, *(g for p in others for g in p.goals if g.actions)]
    obstacles = [*base.obstacles, *(o for p in others for o in p.obstacles)][:4]
    return mentee, replace(base, goals=goals, obstacles=obstacles)


def render_plan(mentee: Mentee, plan: DevelopmentPlan) -> bytes:
    """What an export does: the export-safe document, then the PDF bytes."""
    return DevelopmentPlanPdf(plan_document(mentee, plan, COACH, Language.NL, TODAY)).generate()


def _timed_renders(repeats: int) -> tuple[list[float], dict[str, float]]:
    """``repeats`` warm timings (ms) and what the first, cold run showed."""
    mentee, plan = four_page_plan()
    started = time.perf_counter()
    data = render_plan(mentee, plan)
    first_ms = (time.perf_counter() - started) * 1000
    pages = len(PdfReader(io.BytesIO(data)).pages)
    if pages != PAGES:
        raise RuntimeError(f"the bench plan lays out to {pages} pages, not {PAGES}: retune it")
    samples: list[float] = []
    for _ in range(repeats):
        started = time.perf_counter()
        render_plan(mentee, plan)
        samples.append((time.perf_counter() - started) * 1000)
    return samples, {"first_ms": first_ms, "pages": float(pages), "bytes": float(len(data))}


def measure_plan_pdf(repeats: int = 15) -> dict[str, float]:
    """Median and p95 (ms) of rendering the 4-page plan; the first (cold) run apart."""
    samples, extra = _timed_renders(repeats)
    return {"median_ms": statistics.median(samples), "p95_ms": percentile(samples, 95), **extra}


def plan_pdf_figure(repeats: int = 15) -> Figure:
    """The same measurement as a bench ``Figure`` with its DESIGN.md budget."""
    samples, extra = _timed_renders(repeats)
    return Figure(
        "plan_pdf",
        "development-plan PDF (4 pages)",
        "ms",
        samples,
        PLAN_PDF_MEDIAN,
        note=f"first (cold) run {extra['first_ms']:.0f} ms",
        extra=extra,
    )


if __name__ == "__main__":
    for key, value in measure_plan_pdf().items():
        print(f"{key:>10}: {value:,.1f}")

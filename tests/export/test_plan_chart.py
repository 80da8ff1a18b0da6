"""The plan can carry a small chart of the last career checks (chosen per export).

Off by default. With it, the plan shows each dimension's line over the check dates,
named beside its last point and told apart by marker and dash, not colour alone, and a
table of the same numbers with the change since the check before.
"""

from __future__ import annotations

import itertools
import shutil
from datetime import date

import pytest

from mentorapp.domain.enums import Language
from mentorapp.domain.ids import ResponseId, TemplateId
from mentorapp.domain.questionnaires import CheckPoint
from mentorapp.export.documents import CHART_CHECKS, career_check_view, plan_document
from mentorapp.export.labels import Labels
from mentorapp.export.pdf import DevelopmentPlanPdf
from mentorapp.export.pdf.chart import spread, style_of
from mentorapp.services.exports import render_plan
from tests.export.test_pdf_review import WHEN, layout_pages, pdffonts
from tests.export.test_pdfs import COACH, TODAY, all_text, full_plan, mentee

TITLES = {
    Language.NL: {"energy": "Energie en vitaliteit", "balance": "Balans werk en privé"},
    Language.EN: {"energy": "Energy and vitality", "balance": "Work-life balance"},
}
HEADING = {Language.NL: "Je loopbaancheck", Language.EN: "Your career check"}


def check(day: date, number: int, **scores: float) -> CheckPoint:
    return CheckPoint(day, ResponseId(number), TemplateId(3), scores)


CHECKS = [
    check(date(2026, 3, 2), 1, energy=2.5, balance=3.25),
    check(date(2026, 9, 28), 2, energy=3.75, balance=3.0),
]


def chart_plan(language: Language, checks: list[CheckPoint] | None = CHECKS) -> bytes:
    view = career_check_view(checks, TITLES[language]) if checks is not None else None
    doc = plan_document(mentee(), full_plan(), COACH, language, TODAY, career_checks=view)
    return DevelopmentPlanPdf(doc, WHEN).generate()


@pytest.mark.parametrize("language", list(Language))
def test_the_chart_is_off_by_default(language: Language) -> None:
    doc = plan_document(mentee(), full_plan(), COACH, language, TODAY)
    assert doc.career_checks is None
    text = all_text(DevelopmentPlanPdf(doc, WHEN).generate())
    assert HEADING[language] not in text
    assert not any(title in text for title in TITLES[language].values())


@pytest.mark.parametrize(
    ("language", "numbers"),
    [
        (
            Language.NL,
            ["2,5", "3,8", "↑ +1,3", "3,3", "3,0", "↓ −0,3", "2 mrt 2026", "28 sep 2026"],
        ),
        (
            Language.EN,
            ["2.5", "3.8", "↑ +1.3", "3.3", "3.0", "↓ −0.3", "2 Mar 2026", "28 Sep 2026"],
        ),
    ],
)
def test_with_the_chart_the_plan_names_the_dimensions_and_their_scores(
    language: Language, numbers: list[str]
) -> None:
    text = all_text(chart_plan(language))
    assert HEADING[language] in text
    for words in [*TITLES[language].values(), *numbers]:
        assert words in text, words


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_each_dimension_has_its_row_of_numbers() -> None:
    lines = [line for page in layout_pages(chart_plan(Language.NL)) for line in page]
    rows = [line.split() for line in lines if line.startswith(("Energie en", "Balans werk"))]
    assert ["Energie", "en", "vitaliteit", "2,5", "3,8", "↑", "+1,3"] in rows
    assert ["Balans", "werk", "en", "privé", "3,3", "3,0", "↓", "−0,3"] in rows


def test_one_check_has_no_change_column() -> None:
    text = all_text(chart_plan(Language.EN, CHECKS[:1]))
    assert "Energy and vitality" in text and "2.5" in text
    assert "Change" not in text


def test_the_chart_keeps_to_the_bundled_fonts() -> None:
    data = chart_plan(Language.NL)
    if shutil.which("pdffonts"):
        fonts = pdffonts(data)
        assert fonts and all("DejaVu" in line and " yes " in line for line in fonts), fonts
    assert b"Helvetica" not in data


# --- the view: the last checks, every dimension, in the template's order ---------------------


def test_the_view_keeps_the_last_checks_in_the_templates_order() -> None:
    checks = [check(date(2026, 1, n + 1), n, balance=2.0 + n / 10, extra=3.0) for n in range(7)]
    checks[-1] = check(date(2026, 1, 7), 7, energy=4.0, balance=3.0)
    view = career_check_view(checks, TITLES[Language.NL])
    assert view is not None
    assert len(view.dates) == CHART_CHECKS == 5
    assert view.dates[0] == date(2026, 1, 3) and view.dates[-1] == date(2026, 1, 7)
    assert [d.title for d in view.dimensions] == [
        "Energie en vitaliteit",
        "Balans werk en privé",
        "extra",  # a dimension the titles do not know keeps its key
    ]
    assert view.dimensions[0].scores == (None, None, None, None, 4.0)
    assert view.dimensions[2].scores[-1] is None
    assert career_check_view([], TITLES[Language.NL]) is None


# --- numbers, lines and names ----------------------------------------------------------------


def test_scores_round_halves_up_and_changes_add_up_on_paper() -> None:
    nl, en = Labels(Language.NL), Labels(Language.EN)
    assert [nl.score(v) for v in (3.25, 2.45, 10 / 3, 4.0, 3.75)] == [
        *("3,3", "2,5", "3,3", "4,0", "3,8")
    ]
    assert en.score(3.25) == "3.3"
    # 3.75 -> 4.0 prints as 3,8 -> 4,0: the change is what the reader sees, +0,2
    assert nl.change(3.75, 4.0) == "↑ +0,2"
    assert en.change(3.0, 2.75) == "↓ −0.2"
    assert nl.change(3.34, 3.31) == "= 0,0"


def test_no_two_lines_look_alike_without_colour() -> None:
    shapes = {style_of(i)[1:] for i in range(7)}
    assert len(shapes) == 7


def test_names_beside_the_chart_never_overlap() -> None:
    wanted = [50.0, 50.5, 51.0, 120.0, 119.0, 10.0, 10.2]
    placed = spread(wanted, 0.0, 125.0, 9.0)
    ordered = sorted(placed)
    assert all(b - a >= 9.0 - 1e-9 for a, b in itertools.pairwise(ordered))
    assert min(placed) >= 0.0 and max(placed) <= 125.0
    # each keeps its place in the order of the scores
    assert sorted(range(7), key=lambda i: placed[i]) == sorted(range(7), key=lambda i: wanted[i])


def test_the_service_renders_the_chart_only_when_given_checks() -> None:
    without = render_plan(mentee(), full_plan(), COACH, Language.EN, TODAY, now=WHEN)
    assert "Your career check" not in all_text(without)
    with_chart = render_plan(
        mentee(),
        full_plan(),
        COACH,
        Language.EN,
        TODAY,
        career_checks=CHECKS,
        dimension_titles=TITLES[Language.EN],
        now=WHEN,
    )
    text = all_text(with_chart)
    assert "Your career check" in text and "Work-life balance" in text

"""The PDFs as the employee reads them on paper, checked with poppler's own tools.

The story of the review: agreements typed one per line print as a list; a draft plan
says it is a draft and cannot be signed; a heading never ends a page, wherever the text
before it happens to stop; every footer says "confidential"; a free activity costs
nothing rather than "€ 0,00"; the only fonts are the bundled, embedded ones; and the
creation date is the moment of the export. ``pdftotext -layout`` keeps lines as they are
on paper, so "one per line" and "the last line of a page" can be checked as such.
"""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from mentorapp.domain.builtin_questionnaires import builtin_template
from mentorapp.domain.enums import ActivityKind, Language, PlanStatus, TemplateKind
from mentorapp.domain.ids import ResponseId, TemplateId
from mentorapp.domain.model import Action, DevelopmentActivity, Goal
from mentorapp.domain.questionnaires import CheckPoint
from mentorapp.export.documents import (
    CoachInfo,
    RecoveryKitDocument,
    plan_document,
    session_summary_document,
)
from mentorapp.export.labels import WORDS
from mentorapp.export.pdf import (
    DevelopmentPlanPdf,
    RecoveryKitPdf,
    SessionSummaryPdf,
)
from mentorapp.services.exports import (
    render_builtin_form,
    render_plan,
    render_preparation_form,
    render_recovery_kit,
)
from tests.export.test_moves_pdfs import moves_plan_pdf, story_pdf
from tests.export.test_pdfs import COACH, RECOVERY_KEY, TODAY, full_plan, mentee, session

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="needs poppler-utils (pdftotext, pdffonts)",
)

WHEN = datetime(2026, 11, 24, 10, 30, 15, tzinfo=timezone(timedelta(hours=1)))
AGREEMENTS = (
    "Je vraagt feedback aan twee collega's.\n"
    "- Je leest de vacature voor projectleider.\n"
    "\n"
    "Je plant een koffie met HR."
)
AGREEMENT_ITEMS = (
    "Je vraagt feedback aan twee collega's.",
    "Je leest de vacature voor projectleider.",
    "Je plant een koffie met HR.",
)
CONFIDENTIAL = {Language.NL: "Vertrouwelijk", Language.EN: "Confidential"}


# --- reading PDFs the way poppler lays them out --------------------------------------------


def layout_pages(data: bytes) -> list[list[str]]:
    """Each page as its lines, stripped, empty lines left out (``pdftotext -layout``)."""
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"],
        input=data,
        capture_output=True,
        check=True,
    ).stdout.decode()
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]


Word = tuple[float, float, float, float, str]  # x min, x max, y min, y max, text


def word_boxes(data: bytes) -> list[list[Word]]:
    """Every word of every page with its box in points, from the top (``-bbox``)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", "-", "-"],
        input=data,
        capture_output=True,
        check=True,
    ).stdout
    xhtml = "{http://www.w3.org/1999/xhtml}"
    return [
        [
            (float(w.get("xMin", 0)), float(w.get("xMax", 0)), float(w.get("yMin", 0)),
             float(w.get("yMax", 0)), w.text or "")
            for w in page.iter(f"{xhtml}word")
        ]
        for page in ET.fromstring(out).iter(f"{xhtml}page")
    ]  # fmt: skip


def pdffonts(data: bytes) -> list[str]:
    """The font lines of ``pdffonts`` (after its two header lines)."""
    out = subprocess.run(
        ["pdffonts", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()
    return out.splitlines()[2:]


def plan_pdf(
    language: Language = Language.NL,
    coach: CoachInfo = COACH,
    created: datetime = WHEN,
    **changes: object,
) -> bytes:
    doc = plan_document(mentee(), full_plan(**changes), coach, language, TODAY)
    return DevelopmentPlanPdf(doc, created).generate()


def summary_pdf(language: Language = Language.NL, **changes: object) -> bytes:
    doc = session_summary_document(mentee(), session(**changes), COACH, language)
    return SessionSummaryPdf(doc, WHEN).generate()


def preparation_pdf(language: Language = Language.NL) -> bytes:
    return render_preparation_form(language, COACH, now=WHEN)


def recovery_pdf(language: Language = Language.NL) -> bytes:
    doc = RecoveryKitDocument("Praktijk Marleen", RECOVERY_KEY, TODAY, language)
    return RecoveryKitPdf(doc, WHEN).generate()


def form_pdf(kind: TemplateKind) -> Callable[[Language], bytes]:
    return lambda language: render_builtin_form(kind, language, COACH, now=WHEN)


def plan_with_chart_pdf(language: Language) -> bytes:
    """The plan with the chart of three career checks, every dimension scored."""
    check = builtin_template(TemplateKind.CAREER_CHECK, language)
    keys = [section.key for section in check.sections]
    checks = [
        CheckPoint(TODAY - timedelta(days=180 * (2 - n)), ResponseId(n + 1), TemplateId(3),
                   {key: 2.0 + (n + i) / 4 for i, key in enumerate(keys)})
        for n in range(3)
    ]  # fmt: skip
    titles = {section.key: section.title for section in check.sections}
    return render_plan(
        mentee(), full_plan(), COACH, language, TODAY,
        career_checks=checks, dimension_titles=titles, now=WHEN,
    )  # fmt: skip


KINDS: dict[str, Callable[[Language], bytes]] = {
    "plan (agreed)": lambda language: plan_pdf(language),
    "plan (draft)": lambda language: plan_pdf(language, status=PlanStatus.DRAFT),
    "plan (long)": lambda language: plan_pdf(
        language, current_situation="\n\n".join(["Een alinea over de loopbaan."] * 90)
    ),
    "plan (career check)": plan_with_chart_pdf,
    "plan (safaris, crafting)": lambda language: moves_plan_pdf(language, now=WHEN),
    "summary": summary_pdf,
    "preparation": preparation_pdf,
    "career check form": form_pdf(TemplateKind.CAREER_CHECK),
    "job crafting form": form_pdf(TemplateKind.JOB_CRAFTING),
    "recovery": recovery_pdf,
}


# --- agreements, one per line ----------------------------------------------------------------


def assert_listed(lines: list[str], items: tuple[str, ...]) -> None:
    """Each item on a line of its own, after a list mark, in the order typed."""
    found = [
        next((i for i, line in enumerate(lines) if re.fullmatch(rf"• {re.escape(item)}", line)), -1)
        for item in items
    ]
    assert -1 not in found, (items, lines)
    assert found == sorted(found)


@pytest.mark.parametrize("language", list(Language))
def test_agreements_typed_one_per_line_print_as_a_list(language: Language) -> None:
    (page,) = layout_pages(summary_pdf(language, agreements=AGREEMENTS))
    assert_listed(page, AGREEMENT_ITEMS)


def test_a_single_agreement_prints_as_a_sentence() -> None:
    (page,) = layout_pages(summary_pdf(agreements="Je vraagt feedback aan twee collega's."))
    assert "Je vraagt feedback aan twee collega's." in page


def test_numbered_agreements_keep_their_numbers() -> None:
    (page,) = layout_pages(summary_pdf(agreements="1. Eerst dit\n2) Dan dat"))
    assert "1. Eerst dit" in page and "2. Dan dat" in page


@pytest.mark.parametrize(
    "section", ["resources", "organisation_commitments", "employee_commitments"]
)
def test_plan_commitments_typed_one_per_line_print_as_a_list(section: str) -> None:
    lines = [line for page in layout_pages(plan_pdf(**{section: AGREEMENTS})) for line in page]
    assert_listed(lines, AGREEMENT_ITEMS)


def test_line_breaks_in_the_plan_text_are_kept() -> None:
    text = "Werkt zes jaar als kredietanalist.\nWil meer afwisseling.\n- Sterk in cijfers"
    lines = [line for page in layout_pages(plan_pdf(current_situation=text)) for line in page]
    start = lines.index("Werkt zes jaar als kredietanalist.")
    assert lines[start + 1 : start + 3] == ["Wil meer afwisseling.", "• Sterk in cijfers"]


# --- drafts are not signed ---------------------------------------------------------------------


@pytest.mark.parametrize("status", [PlanStatus.DRAFT, PlanStatus.SHARED])
@pytest.mark.parametrize(
    ("language", "mark", "signatures"),
    [(Language.NL, "CONCEPT", "Handtekeningen"), (Language.EN, "DRAFT", "Signatures")],
)
def test_a_plan_not_agreed_is_marked_on_every_page_and_has_no_signatures(
    status: PlanStatus, language: Language, mark: str, signatures: str
) -> None:
    pages = layout_pages(plan_pdf(language, status=status))
    assert len(pages) >= 2
    for page in pages:
        assert any(mark in line.split() for line in page[:3]), page[:3]  # in the header
    text = "\n".join(line for page in pages for line in page)
    assert signatures not in text
    assert not re.search(r"^(Datum|Date):", text, re.MULTILINE)
    note = WORDS[language]["draft.note"].split(".")[0]
    assert note in text  # the cover says why: not agreed yet


@pytest.mark.parametrize("status", [PlanStatus.AGREED, PlanStatus.ARCHIVED])
@pytest.mark.parametrize(
    ("language", "mark", "signatures"),
    [(Language.NL, "Concept", "Handtekeningen"), (Language.EN, "Draft", "Signatures")],
)
def test_an_agreed_plan_is_signed_and_not_marked(
    status: PlanStatus, language: Language, mark: str, signatures: str
) -> None:
    pages = layout_pages(plan_pdf(language, status=status))
    text = "\n".join(line for page in pages for line in page)
    assert signatures in text
    assert mark.lower() not in text.lower()


# --- a heading never ends a page -----------------------------------------------------------------

PLAN_HEADINGS = [
    WORDS[Language.NL][key]
    for key in (
        "current_situation",
        "desired_direction",
        "goals",
        "not_feasible",
        "obstacles",
        "activities",
        "resources",
        "organisation_commitments",
        "employee_commitments",
        "review_date",
        "signature",
    )
]
GOAL_HEADING = re.compile(r"Doel \d+ \((persoonlijk|professioneel)\)")
# What belongs to a heading: the intro under "Wensen die nu niet haalbaar zijn", and the
# header row of a table (a table that starts with its header alone has not started).
INTRO = re.sub(r"\s+", " ", WORDS[Language.NL]["not_feasible.intro"])
TABLE_HEADS = [
    [WORDS[Language.NL][key] for key in keys]
    for keys in (
        ("col.action", "col.measure", "col.deadline", "col.owner", "col.smart"),
        ("col.kind", "col.obstacle", "col.mitigation"),
        ("col.kind", "col.activity", "col.hours", "col.cost", "col.dates"),
    )
]


def heads_something(line: str) -> bool:
    """Whether ``line`` is a heading, or a part of one, rather than content."""
    return (
        line in PLAN_HEADINGS
        or bool(GOAL_HEADING.fullmatch(line))
        or line in INTRO
        or re.split(r"\s{2,}", line) in TABLE_HEADS
    )


def last_content_line(page: list[str]) -> str:
    """The last line above the footer (the footer is the page's last line)."""
    assert CONFIDENTIAL[Language.NL] in page[-1]
    return page[-2]


def headings_plan(lines_before: int) -> bytes:
    """The full plan with ``lines_before`` lines of situation pushing everything down."""
    situation = "\n".join(
        f"Regel {i} over wat er tot nu toe gebeurde." for i in range(lines_before)
    )
    plan = full_plan(current_situation=situation)
    plan.goals.insert(
        1,
        Goal(
            "Een tweede doel om de koppen te verschuiven",
            actions=[Action("Een korte actie", "Een maatstaf", TODAY + timedelta(days=30))],
        ),
    )
    plan.organisation_commitments = "Eerste engagement.\nTweede engagement."
    return DevelopmentPlanPdf(plan_document(mentee(), plan, COACH, Language.NL, TODAY)).generate()


def test_no_plan_heading_ends_a_page_wherever_the_text_before_it_stops() -> None:
    seen_at_foot: set[str] = set()
    for lines_before in range(1, 56):  # one line further each time: over a whole page
        pages = layout_pages(headings_plan(lines_before))
        for number, page in enumerate(pages, start=1):
            last = last_content_line(page)
            assert not heads_something(last), f"{lines_before} lines before, page {number}: {last}"
            seen_at_foot.add(last)
    assert len(seen_at_foot) > 10  # the pages really did end in many different places


MOVES_HEADINGS = [
    WORDS[Language.NL][key]
    for key in ("safari.title", "safari.questions", "safari.reflection", "crafting.title",
                "crafting.experiments")
] + ["Klantendienst – Teamcoach", "Data & Analyse"]  # fmt: skip
MOVES_INTROS = [
    re.sub(r"\s+", " ", WORDS[Language.NL][key]) for key in ("safari.intro", "crafting.intro")
]
MOVES_TABLE_HEADS = [
    [WORDS[Language.NL][key] for key in keys]
    for keys in (
        ("crafting.part", "crafting.now", "crafting.crafted"),
        ("crafting.experiment", "crafting.with_whom", "crafting.by_when"),
    )
]


def test_no_safari_or_crafting_heading_ends_a_page() -> None:
    seen_at_foot: set[str] = set()
    for lines_before in range(1, 56):
        situation = "\n".join(
            f"Regel {i} over wat er tot nu toe gebeurde." for i in range(lines_before)
        )
        pages = layout_pages(moves_plan_pdf(plan={"current_situation": situation}))
        for number, page in enumerate(pages, start=1):
            last = last_content_line(page)
            assert not (
                last in MOVES_HEADINGS
                or any(last in intro for intro in MOVES_INTROS)
                or re.split(r"\s{2,}", last) in MOVES_TABLE_HEADS
                or heads_something(last)
            ), f"{lines_before} lines before, page {number}: {last}"
            seen_at_foot.add(last)
    assert len(seen_at_foot) > 10


def test_a_story_has_only_embedded_bundled_fonts_and_its_footer_on_the_last_line() -> None:
    for language in Language:
        data = story_pdf(language, now=WHEN)
        fonts = pdffonts(data)
        assert fonts and not any("Helvetica" in line for line in fonts), fonts
        assert all("DejaVu" in line.split()[0] and line.split()[-5] == "yes" for line in fonts)
        (page,) = layout_pages(data)
        assert page[-1].startswith(WORDS[language]["story.document"]), page[-1]
        assert CONFIDENTIAL[language] not in " ".join(page)


def test_no_summary_heading_ends_a_page() -> None:
    headings = [WORDS[Language.NL][key] for key in ("summary", "agreements", "next_session")]
    for paragraphs in range(14, 40):
        summary = "\n\n".join(
            f"Alinea {i}: we bespraken wat je energie geeft en wat niet, en waarom."
            for i in range(paragraphs)
        )
        pages = layout_pages(summary_pdf(shared_summary=summary, agreements=AGREEMENTS))
        for page in pages:
            assert last_content_line(page) not in headings, paragraphs


def test_a_short_list_of_agreements_is_never_split_over_two_pages() -> None:
    for paragraphs in range(24, 44):
        summary = "\n\n".join(f"Alinea {i}: wat je energie geeft." for i in range(paragraphs))
        pages = layout_pages(summary_pdf(shared_summary=summary, agreements=AGREEMENTS))
        holding = [n for n, page in enumerate(pages) if any(line.startswith("• ") for line in page)]
        assert len(holding) == 1, paragraphs


def test_the_info_box_gives_long_values_room_without_breaking_short_ones() -> None:
    person = mentee(
        organisation="Openbaar Centrum voor Maatschappelijk Welzijn Oost-Vlaanderen",
        department="Dienst Personeel en Organisatieontwikkeling",
    )
    coach = CoachInfo("Marleen Claes-Vandenbussche", "Loopbaanpunt Vlaanderen vzw, Gent", None)
    doc = plan_document(person, full_plan(), coach, Language.NL, TODAY)
    lines = layout_pages(DevelopmentPlanPdf(doc, WHEN).generate())[0]
    assert any(re.search(r"Geëxporteerd op\s+24 november 2026$", line) for line in lines)
    assert any(re.search(r"Status\s+Akkoord$", line) for line in lines)
    # The organisation takes the room the date does not need (half the box would wrap it
    # after "voor").
    assert any("Openbaar Centrum voor Maatschappelijk" in line for line in lines)


# --- footers, money, dates, the coach ------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_page_footer_says_confidential(kind: str, language: Language) -> None:
    pages = layout_pages(KINDS[kind](language))
    if kind == "plan (long)":
        assert len(pages) >= 3
    for page in pages:
        assert page[-1].startswith(CONFIDENTIAL[language]), page[-1]


@pytest.mark.parametrize(("language", "free"), [(Language.NL, "Gratis"), (Language.EN, "Free")])
def test_a_free_activity_costs_nothing_rather_than_zero(language: Language, free: str) -> None:
    activity = DevelopmentActivity(
        ActivityKind.CAREER_SAFARI, "Een week meelopen bij de dienst aankoop", "", 30.0, 0
    )
    pages = layout_pages(plan_pdf(language, activities=[activity]))
    text = "\n".join(line for page in pages for line in page)
    assert "0,00" not in text and "0.00" not in text
    row = next(line for line in text.splitlines() if "Een week meelopen" in line)
    assert free in row.split()


def test_a_dutch_plan_names_activities_in_dutch_as_on_screen() -> None:
    activity = DevelopmentActivity(ActivityKind.CAREER_SAFARI, "Een week meelopen", "", None, None)
    text = "\n".join(
        line for page in layout_pages(plan_pdf(activities=[activity])) for line in page
    )
    assert "Loopbaansafari" in text and "safari" not in text.replace("Loopbaansafari", "")


@pytest.mark.parametrize("language", list(Language))
def test_dates_have_one_style_per_language(language: Language) -> None:
    text = "\n".join(line for page in layout_pages(plan_pdf(language)) for line in page)
    deadline = TODAY + timedelta(days=40)  # the first action's
    month = {Language.NL: "januari", Language.EN: "January"}[language]
    assert f"{deadline.day} {month} {deadline.year}" in text
    assert not re.search(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{4}\b", text)  # no 03-01-2027
    assert not re.search(r"\b\d{1,2} [A-Z][a-z]{2} \d{4}\b", text)  # no 3 Jan 2027
    exported = {Language.NL: "Geëxporteerd op", Language.EN: "Exported on"}[language]
    assert exported in text


@pytest.mark.parametrize(
    ("coach", "header"),
    [
        (CoachInfo("", "", None), "Ontwikkelingsplan - Zoë Van den Bossche"),
        (CoachInfo("", "Loopbaanpunt Vlaanderen", None), "Loopbaanpunt Vlaanderen"),
        (CoachInfo("  ", " ", None), "Ontwikkelingsplan - Zoë Van den Bossche"),
    ],
)
def test_a_plan_without_a_coach_name_still_has_a_header_and_no_empty_name(
    coach: CoachInfo, header: str
) -> None:
    pages = layout_pages(plan_pdf(coach=coach))
    assert pages[0][0] == header
    text = "\n".join(line for page in pages for line in page)
    assert "Naam:" not in text
    assert not re.search(r"^Mentor\s*$", "\n".join(pages[0][:8]), re.MULTILINE)
    if coach.organisation.strip():
        assert all(header in page[0] for page in pages[1:])  # running header


MARGIN = 20 * 72 / 25.4  # the left and right margin of every page, in points
MARK_GAP = 4 * 72 / 25.4  # room the draft mark's box needs on each side


@pytest.mark.parametrize("status", [PlanStatus.DRAFT, PlanStatus.AGREED])
@pytest.mark.parametrize("language", list(Language))
def test_long_names_in_header_and_footer_are_cut_short_never_overlapping(
    status: PlanStatus, language: Language
) -> None:
    person = mentee("Anne-Marie Van den Broeck-Vercauteren de Wit en Vandenbussche-Claes")
    coach = CoachInfo(
        "Marleen Claes-Vandenbussche van Loopbaanbegeleiding Oost-Vlaanderen",
        "Loopbaanpunt Vlaanderen vzw, afdeling Gent, Eeklo en omstreken",
        None,
    )
    plan = full_plan(status=status, current_situation="\n\n".join(["Een alinea."] * 60))
    data = DevelopmentPlanPdf(plan_document(person, plan, coach, language, TODAY), WHEN).generate()
    pages = word_boxes(data)
    assert len(pages) >= 2
    for number, words in enumerate(pages, start=1):
        bands = [w for w in words if w[3] < 85 or w[2] > 841.89 - 62]  # header, footer
        lines: dict[float, list[Word]] = {}
        for word in bands:
            lines.setdefault(round(word[2]), []).append(word)
        for line in lines.values():
            line.sort()
            assert line[0][0] >= MARGIN - 0.5 and line[-1][1] <= 595.28 - MARGIN + 0.5, line
            for before, after in itertools.pairwise(line):
                marked = {"CONCEPT", "DRAFT"} & {before[4], after[4]}
                gap = MARK_GAP if marked else 0.5
                assert after[0] - before[1] >= gap, (number, before[4], after[4])
        assert any(w[4].endswith("…") for w in bands)  # something had to be cut


# --- fonts and dates of the file ---------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_only_embedded_bundled_fonts(kind: str, language: Language) -> None:
    fonts = pdffonts(KINDS[kind](language))
    assert fonts
    assert not any("Helvetica" in line for line in fonts), fonts
    for line in fonts:
        name, emb = line.split()[0], line.split()[-5]
        assert "DejaVu" in name and emb == "yes", line


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_creation_date_is_the_export_time(kind: str) -> None:
    meta = PdfReader(io.BytesIO(KINDS[kind](Language.NL))).metadata
    assert meta is not None
    assert meta.creation_date == WHEN
    assert meta.modification_date == WHEN


def test_a_naive_export_time_is_local_time() -> None:
    naive = datetime(2026, 3, 29, 9, 0)  # a clock change weekend in Belgium
    meta = PdfReader(io.BytesIO(plan_pdf(created=naive))).metadata
    assert meta is not None and meta.creation_date is not None
    assert meta.creation_date.replace(tzinfo=None) == naive
    assert meta.creation_date.utcoffset() == naive.astimezone().utcoffset()


def test_the_same_export_time_gives_the_same_bytes_and_another_time_other_bytes() -> None:
    assert plan_pdf() == plan_pdf()
    assert summary_pdf() == summary_pdf()
    later = plan_pdf(created=WHEN + timedelta(minutes=1))
    assert later != plan_pdf()
    assert len(later) == len(plan_pdf())  # only the date differs


def test_the_recovery_kit_says_which_vault_it_opens() -> None:
    data = render_recovery_kit(
        "Praktijk Marleen",
        RECOVERY_KEY,
        Language.EN,
        TODAY,
        location="/home/marleen/Documents/Praktijk Marleen.mentorvault",
        computer="laptop-marleen",
        now=WHEN,
    )
    (page,) = layout_pages(data)
    text = "\n".join(page)
    assert re.search(r"^Vault\s+Praktijk Marleen$", text, re.MULTILINE)
    folder = r"^Folder\s+/home/marleen/Documents/Praktijk Marleen\.mentorvault$"
    assert re.search(folder, text, re.MULTILINE)
    assert re.search(r"^Computer\s+laptop-marleen$", text, re.MULTILINE)
    assert re.search(r"^Made on\s+24 November 2026$", text, re.MULTILINE)
    assert "Kluis" not in text  # the language asked for, not the computer's
    bare = layout_pages(recovery_pdf(Language.NL))[0]
    assert not any(line.startswith(("Map", "Computer")) for line in bare)

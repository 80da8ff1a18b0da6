"""The PDFs an employee holds: readable in any script, in their language, never private.

The story: a coach exports a development plan and a session summary for mentees with
names in Polish, Turkish, Greek, Cyrillic and Dutch spelling, in Dutch and in English;
hands out a blank preparation form; prints the vault's recovery kit. The PDFs are read
back with pypdf the way an employee's viewer (or a search engine) would read them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import re
import typing
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from mentorapp.demo import demo_mentees
from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityKind,
    Feasibility,
    GoalKind,
    Language,
    ObstacleKind,
    PlanStatus,
    SessionKind,
    SessionMode,
)
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    Action,
    CoachingSession,
    DevelopmentActivity,
    DevelopmentPlan,
    Goal,
    Mentee,
    Obstacle,
)
from mentorapp.export import documents
from mentorapp.export.documents import (
    CoachInfo,
    PlanDocument,
    RecoveryKitDocument,
    SessionSummaryDocument,
    plan_document,
    session_summary_document,
)
from mentorapp.export.files import write_export
from mentorapp.export.labels import ENUM_WORDS, WORDS, Labels
from mentorapp.export.pdf import (
    FONT_DIR,
    DevelopmentPlanPdf,
    PdfRenderer,
    RecoveryKitPdf,
    SessionSummaryPdf,
)
from mentorapp.services.exports import render_preparation_form

TODAY = date(2026, 11, 24)
EXPORTED_AT = datetime(2026, 11, 24, 10, 30)  # fixed, so two renders can be compared
NAMES = (
    "Łukasz Wróbel",
    "Şükrü Yılmaz",
    "Ελένη Παπαδοπούλου",
    "Олена Шевченко",
    "Zoë Van den Bossche",
)
COACH = CoachInfo("Marleen Claes", "Loopbaanpunt Vlaanderen", None)
CANARY = "KANARIE-7f3a91"
RECOVERY_KEY = "-".join(f"{i:04X}" for i in range(0xA1B0, 0xA1C0))
PAGE_LABEL = {Language.NL: "Pagina {page} van {pages}", Language.EN: "Page {page} of {pages}"}


# --- reading PDFs back ---------------------------------------------------------------------


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def page_texts(data: bytes) -> list[str]:
    return [nfc(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    """Text with every run of white space as one space (lines wrap anywhere)."""
    return re.sub(r"\s+", " ", text)


def all_text(data: bytes) -> str:
    return flat(" ".join(page_texts(data)))


def uncompressed(renderer: PdfRenderer) -> bytes:
    renderer.compress = False
    return renderer.generate()


# --- the mentor's records ----------------------------------------------------------------


def mentee(name: str = "Zoë Van den Bossche", **changes: Any) -> Mentee:
    values: dict[str, Any] = {
        "organisation": "Leiestreek Bank",
        "department": "Kredieten",
        "private_background": "",
    }
    values.update(changes)
    return Mentee(name, id=MenteeId(1), **values)


def full_plan(**changes: Any) -> DevelopmentPlan:
    """A plan with every section filled in."""
    start = TODAY - timedelta(days=30)
    values: dict[str, Any] = {
        "version": 2,
        "status": PlanStatus.AGREED,
        "title": "Op weg naar een coördinerende rol",
        "current_situation": "Werkt zes jaar als kredietanalist en wil meer afwisseling.",
        "desired_direction": "Binnen twee jaar een rol als teamcoördinator.",
        "period_start": start,
        "period_end": start + timedelta(days=365),
        "resources": "Opleidingsbudget van de dienst en vier uur per maand.",
        "organisation_commitments": "De dienst plant elk kwartaal een opvolggesprek.",
        "employee_commitments": "Vraagt actief feedback na elk overleg.",
        "review_date": TODAY + timedelta(days=90),
        "goals": [
            Goal(
                "Leren delegeren en grenzen bewaken",
                GoalKind.PERSONAL,
                actions=[
                    Action(
                        "Elke week één taak bewust doorgeven",
                        "Logboek met tien gedelegeerde taken",
                        TODAY + timedelta(days=40),
                        ActionOwner.EMPLOYEE,
                        "Leerlogboek",
                        ActionStatus.IN_PROGRESS,
                        specific=True,
                        achievable=True,
                        relevant=True,
                    ),
                    Action(
                        "Een gesprek met de diensthoofd plannen",
                        "",
                        None,
                        ActionOwner.MANAGER,
                        specific=True,
                        achievable=True,
                        relevant=True,
                    ),
                ],
            ),
            Goal(
                "Een voltijdse terugkeer naar de oorspronkelijke functie",
                GoalKind.PROFESSIONAL,
                Feasibility.NOT_NOW,
                "Niet verantwoord na de lange afwezigheid.",
                TODAY + timedelta(days=200),
            ),
        ],
        "obstacles": [
            Obstacle(ObstacleKind.TIME, "Weinig tijd naast het werk.", "Vaste momenten.")
        ],
        "activities": [
            DevelopmentActivity(
                ActivityKind.TRAINING,
                "Opleiding 'Eerste stappen in leidinggeven'",
                "Intern opleidingscentrum",
                16.0,
                89500,
                TODAY + timedelta(days=10),
                TODAY + timedelta(days=60),
            )
        ],
    }
    values.update(changes)
    return DevelopmentPlan(MenteeId(1), **values)


def session(**changes: Any) -> CoachingSession:
    values: dict[str, Any] = {
        "shared_summary": "We overliepen je **talenten** en *ambities*.\n\n- eerste stap\n- tweede",
        "agreements": "Je vraagt feedback aan twee collega's.",
        "next_session_at": datetime(2026, 12, 8, 14, 0),
    }
    values.update(changes)
    return CoachingSession(MenteeId(1), datetime(2026, 11, 24, 10, 30), **values)


def plan_pdf(language: Language = Language.NL, **changes: Any) -> bytes:
    doc = plan_document(mentee(), full_plan(**changes), COACH, language, TODAY)
    return DevelopmentPlanPdf(doc, EXPORTED_AT).generate()


def summary_pdf(language: Language = Language.NL, **changes: Any) -> bytes:
    doc = session_summary_document(mentee(), session(**changes), COACH, language)
    return SessionSummaryPdf(doc, EXPORTED_AT).generate()


def recovery_pdf(language: Language = Language.NL) -> bytes:
    doc = RecoveryKitDocument("Praktijk Marleen", RECOVERY_KEY, TODAY, language)
    return RecoveryKitPdf(doc, EXPORTED_AT).generate()


def preparation_pdf(language: Language = Language.NL) -> bytes:
    return render_preparation_form(language, COACH, now=EXPORTED_AT)


KINDS: dict[str, Callable[[Language], bytes]] = {
    "plan": plan_pdf,
    "summary": summary_pdf,
    "preparation": preparation_pdf,
    "recovery": recovery_pdf,
}
TITLES = {
    "plan": {Language.NL: "Ontwikkelingsplan", Language.EN: "Development plan"},
    "summary": {Language.NL: "Sessieverslag", Language.EN: "Session summary"},
    "preparation": {
        Language.NL: "Je loopbaangesprek voorbereiden",
        Language.EN: "Preparing your career conversation",
    },
    "recovery": {Language.NL: "Herstelkit", Language.EN: "Recovery kit"},
}


# --- every kind, both languages ------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language))
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_renders_in_its_language_with_numbered_pages(
    kind: str, language: Language
) -> None:
    data = KINDS[kind](language)
    assert data.startswith(b"%PDF-")
    pages = page_texts(data)
    assert TITLES[kind][language] in pages[0]
    other = Language.EN if language is Language.NL else Language.NL
    assert TITLES[kind][other] not in " ".join(pages)
    for number, text in enumerate(pages, start=1):
        assert PAGE_LABEL[language].format(page=number, pages=len(pages)) in text


def test_a_long_plan_counts_all_its_pages_on_every_page() -> None:
    data = DevelopmentPlanPdf(long_plan_document()).generate()
    pages = page_texts(data)
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in text


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("language", list(Language))
def test_names_in_every_script_come_out_as_text(name: str, language: Language) -> None:
    person = mentee(name)
    plan = DevelopmentPlanPdf(plan_document(person, full_plan(), COACH, language, TODAY))
    summary = SessionSummaryPdf(session_summary_document(person, session(), COACH, language))
    for data in (plan.generate(), summary.generate()):
        pages = page_texts(data)
        assert name in pages[0]
        assert all(name in text for text in pages)  # the running header or footer


def test_markup_characters_in_names_and_text_print_as_written() -> None:
    awkward = 'O\'Brien & <Zoë> "Jr"'
    coach = CoachInfo("Ann & <Co>", "A&B <loopbaan>", None)
    plan = full_plan(current_situation="Kost < 5 & > 2 <b>niet vet</b>", title="R&D <team>")
    doc = plan_document(mentee(awkward), plan, coach, Language.EN, TODAY)
    text = all_text(DevelopmentPlanPdf(doc).generate())
    for expected in (awkward, "Ann & <Co>", "A&B <loopbaan>", "Kost < 5 & > 2 <b>niet vet</b>"):
        assert expected in text


def test_dutch_words_on_a_dutch_plan() -> None:
    text = all_text(plan_pdf(Language.NL))
    for words in (
        "Huidige situatie",
        "Waar wil je naartoe",
        "Doelen en acties",
        "Wensen die nu niet haalbaar zijn",
        "Obstakels",
        "Ontwikkelingsactiviteiten",
        "Middelen",
        "Engagement van de organisatie",
        "Engagement van de medewerker",
        "Evaluatiedatum",
        "Handtekeningen",
        "Maatstaf",
        "Leidinggevende",
        "Akkoord",
        "Doel 1 (persoonlijk)",
        "Opleiding",
        "24 november 2026",
        "€ 895,00",
        "S M A R T",
        "S - A R -",
    ):
        assert words in text, words


def test_english_words_on_an_english_plan() -> None:
    text = all_text(plan_pdf(Language.EN))
    for words in (
        "Current situation",
        "Where you want to go",
        "Goals and actions",
        "Wishes not feasible now",
        "Obstacles",
        "Development activities",
        "Resources",
        "The organisation's commitments",
        "The employee's commitments",
        "Review date",
        "Signatures",
        "Measure",
        "Manager",
        "Agreed",
        "Goal 1 (personal)",
        "Training",
        "24 November 2026",
        "€895.00",
    ):
        assert words in text, words
    assert "Huidige situatie" not in text


def test_a_wish_not_feasible_now_says_why_and_when_to_look_again() -> None:
    text = all_text(plan_pdf(Language.NL))
    assert "Een voltijdse terugkeer naar de oorspronkelijke functie" in text
    assert "Waarom nu niet: Niet verantwoord na de lange afwezigheid." in text
    revisit = Labels(Language.NL).long_date(TODAY + timedelta(days=200))
    assert f"Opnieuw bekijken op: {revisit}" in text


def test_manager_signature_only_when_asked() -> None:
    doc = plan_document(mentee(), full_plan(), COACH, Language.NL, TODAY)
    text = all_text(DevelopmentPlanPdf(doc).generate())
    signed = plan_document(mentee(), full_plan(), COACH, Language.NL, TODAY, True)
    signed_text = all_text(DevelopmentPlanPdf(signed).generate())
    # "Leidinggevende" also owns an action; the signature adds it once more, with a
    # line to write the manager's name on.
    assert signed_text.count("Leidinggevende") == text.count("Leidinggevende") + 1
    assert "Naam:" not in text and "Naam:" in signed_text


def test_empty_sections_are_left_out() -> None:
    bare = DevelopmentPlan(
        MenteeId(1),
        status=PlanStatus.AGREED,
        goals=[Goal("Zichtbaar worden", actions=[Action("Een gesprek voeren")])],
    )
    text = all_text(
        DevelopmentPlanPdf(plan_document(mentee(), bare, COACH, Language.NL, TODAY)).generate()
    )
    assert "Doelen en acties" in text and "Een gesprek voeren" in text
    for title in (
        "Huidige situatie",
        "Waar wil je naartoe",
        "Wensen die nu niet haalbaar zijn",
        "Obstakels",
        "Ontwikkelingsactiviteiten",
        "Middelen",
        "Engagement van de organisatie",
        "Engagement van de medewerker",
        "Evaluatiedatum",
        "Periode",
    ):
        assert title not in text, title
    assert "Handtekeningen" in text  # an agreed plan is always signed

    no_goals = DevelopmentPlan(MenteeId(1), current_situation="Alleen dit.")
    text = all_text(
        DevelopmentPlanPdf(plan_document(mentee(), no_goals, COACH, Language.NL, TODAY)).generate()
    )
    assert "Huidige situatie" in text
    assert "Doelen en acties" not in text and "SMART" not in text


def test_an_empty_summary_section_is_left_out() -> None:
    text = all_text(summary_pdf(Language.NL, agreements="  ", next_session_at=None))
    assert "Samenvatting" in text
    assert "Afspraken" not in text and "Volgend gesprek" not in text


def test_session_summary_shows_markdown_as_formatting_not_symbols() -> None:
    text = all_text(summary_pdf(Language.EN))
    assert "We overliepen je talenten en ambities." in text
    assert "*" not in text
    assert "• eerste stap" in text and "• tweede" in text  # bullets in an embedded font
    assert "Tuesday 8 December 2026 at 14:00" in text


# --- privacy: nothing private leaves ---------------------------------------------------------


def plant_canary(value: Any, planted: list[str]) -> None:
    """Put the canary in every private_ field, however deep (lists of parts included)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name.startswith("private_"):
                setattr(value, f.name, f"{CANARY} {type(value).__name__}.{f.name}")
                planted.append(f"{type(value).__name__}.{f.name}")
            else:
                plant_canary(getattr(value, f.name), planted)
    elif isinstance(value, list | tuple):
        for item in value:
            plant_canary(item, planted)


@pytest.fixture
def planted_records() -> Iterator[tuple[Mentee, DevelopmentPlan, CoachingSession]]:
    person = mentee("Олена Шевченко")
    plan = full_plan()
    conversation = session(shared_summary="GEDEELD-zichtbaar is wat gedeeld wordt.")
    planted: list[str] = []
    for record in (person, plan, conversation):
        plant_canary(record, planted)
    assert sorted(planted) == [
        "CoachingSession.private_notes",
        "DevelopmentPlan.private_remarks",
        "Mentee.private_background",
    ]
    yield person, plan, conversation


def assert_no_canary(renderer: PdfRenderer, document: object) -> None:
    assert CANARY not in repr(document)
    for data in (renderer.generate(), uncompressed(renderer)):
        assert CANARY.encode() not in data
        assert CANARY.encode("utf-16-be") not in data
        reader = PdfReader(io.BytesIO(data))
        assert all(CANARY not in str(v) for v in (reader.metadata or {}).values())
        for page in reader.pages:
            assert CANARY.encode() not in page.get_contents().get_data()
            assert CANARY not in page.extract_text()


@pytest.mark.parametrize("language", list(Language))
def test_no_private_text_in_any_pdf(
    planted_records: tuple[Mentee, DevelopmentPlan, CoachingSession], language: Language
) -> None:
    person, plan, conversation = planted_records
    plan_doc = plan_document(person, plan, COACH, language, TODAY, manager_signature=True)
    assert_no_canary(DevelopmentPlanPdf(plan_doc), plan_doc)
    summary_doc = session_summary_document(person, conversation, COACH, language)
    assert_no_canary(SessionSummaryPdf(summary_doc), summary_doc)
    # The search can see: shared text planted the same way does show up.
    assert "GEDEELD-zichtbaar" in all_text(SessionSummaryPdf(summary_doc).generate())


def test_no_private_text_from_the_demo_vault() -> None:
    """Realistic plans and sessions: each private text (not just a canary) stays out."""
    for demo in demo_mentees(TODAY)[:8]:
        assert demo.plan is not None
        secrets = [demo.mentee.private_background, demo.plan.private_remarks]
        doc = plan_document(demo.mentee, demo.plan, COACH, demo.mentee.export_language, TODAY)
        text = all_text(DevelopmentPlanPdf(doc).generate())
        assert demo.mentee.full_name in text
        for secret in secrets:
            assert secret and flat(secret) not in text
        shared = next(s for s in demo.sessions if s.shared_summary and s.private_notes)
        sdoc = session_summary_document(demo.mentee, shared, COACH, Language.NL)
        text = all_text(SessionSummaryPdf(sdoc).generate())
        assert flat(shared.private_notes) not in text


def document_types() -> list[type]:
    return [
        obj
        for name, obj in vars(documents).items()
        if isinstance(obj, type)
        and dataclasses.is_dataclass(obj)
        and name.endswith(("Document", "View", "Info"))
    ]


def test_export_documents_have_no_private_fields_at_any_depth() -> None:
    seen: set[type] = set()
    field_names: list[str] = []

    def walk(cls: Any) -> None:
        for arg in typing.get_args(cls):
            walk(arg)
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)) or cls in seen:
            return
        seen.add(cls)
        hints = typing.get_type_hints(cls)
        for f in dataclasses.fields(cls):
            field_names.append(f"{cls.__name__}.{f.name}")
            walk(hints[f.name])

    for cls in document_types():
        walk(cls)
    assert {PlanDocument, SessionSummaryDocument, RecoveryKitDocument} <= seen
    assert {"GoalView", "ActionView", "ObstacleView", "ActivityView"} <= {c.__name__ for c in seen}
    assert len(field_names) > 40
    assert [n for n in field_names if n.split(".")[1].startswith("private_")] == []


def test_documents_are_frozen() -> None:
    doc = plan_document(mentee(), full_plan(), COACH, Language.NL, TODAY)
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.employee_name = "iemand anders"  # type: ignore[misc]


def test_the_recovery_key_stays_out_of_repr() -> None:
    doc = RecoveryKitDocument("Praktijk", RECOVERY_KEY, TODAY, Language.NL)
    assert RECOVERY_KEY not in repr(doc)
    assert "Praktijk" in repr(doc)


# --- the long plan -----------------------------------------------------------------------------

LONG_TEXT = " ".join(f"Zin {i} over de loopbaan tot nu toe en wat energie gaf." for i in range(60))


def long_actions() -> list[Action]:
    return [
        Action(
            f"Actie-{n:02d}: twee collega's bevragen over hun werk en noteren wat opviel",
            f"Verslag-{n:02d} van een halve pagina",
            TODAY + timedelta(days=n),
            list(ActionOwner)[n % 4],
            "Twee uur per maand",
            specific=True,
            achievable=n % 3 > 0,
            relevant=True,
        )
        for n in range(40)
    ]


def long_plan_document() -> PlanDocument:
    text = LONG_TEXT[:3000]
    assert len(text) == 3000
    plan = full_plan(
        current_situation=text,
        desired_direction=text,
        resources=text,
        organisation_commitments=text,
        goals=[Goal("Breder inzetbaar worden in de dienst", actions=long_actions())],
    )
    return plan_document(mentee(), plan, COACH, Language.NL, TODAY)


def test_a_long_plan_breaks_cleanly_across_pages() -> None:
    pages = page_texts(DevelopmentPlanPdf(long_plan_document()).generate())
    assert len(pages) >= 4
    text = flat(" ".join(pages))
    for action in long_actions():
        assert flat(action.description) in text
        assert action.measure in text
    assert LONG_TEXT[:3000].rsplit(" ", 1)[0][-200:] in text
    # One table of 40 actions runs over pages; its header row comes back on each of them.
    with_rows = [t for t in pages if re.search(r"Actie-\d\d", t)]
    assert len(with_rows) >= 2
    assert all("Maatstaf" in t and "Deadline" in t for t in with_rows)


def test_an_action_taller_than_a_page_still_prints_whole() -> None:
    words = " ".join(f"woord{i}" for i in range(700))
    measure = " ".join(f"maat{i}" for i in range(200))
    plan = full_plan(goals=[Goal("Doel", actions=[Action(words, measure), Action("Kort")])])
    doc = plan_document(mentee(), plan, COACH, Language.NL, TODAY)
    pages = page_texts(DevelopmentPlanPdf(doc).generate())
    text = " ".join(pages)
    # The row is split over pages, each cell continuing where it stopped: nothing is lost.
    assert re.findall(r"woord\d+", text) == words.split()
    assert re.findall(r"maat\d+", text) == measure.split()
    assert "Kort" in text
    assert len([t for t in pages if "woord" in t]) >= 2
    assert all("Maatstaf" in t for t in pages if "woord" in t)


def test_a_very_long_note_on_a_wish_not_feasible_now_breaks_across_pages() -> None:
    note = " ".join(f"reden{i}" for i in range(900))
    wish = Goal("Wens", feasibility=Feasibility.NOT_NOW, feasibility_note=note, revisit_on=TODAY)
    doc = plan_document(mentee(), full_plan(goals=[wish]), COACH, Language.NL, TODAY)
    pages = page_texts(DevelopmentPlanPdf(doc).generate())
    assert re.findall(r"reden\d+", " ".join(pages)) == note.split()
    assert len([t for t in pages if "reden" in t]) >= 2


# --- metadata, fonts, logo, determinism --------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "title"),
    [
        (Language.NL, "Ontwikkelingsplan - Şükrü Yılmaz"),
        (Language.EN, "Development plan - Şükrü Yılmaz"),
    ],
)
def test_plan_metadata_names_the_plan_and_the_coach(language: Language, title: str) -> None:
    doc = plan_document(mentee("Şükrü Yılmaz"), full_plan(), COACH, language, TODAY)
    meta = PdfReader(io.BytesIO(DevelopmentPlanPdf(doc).generate())).metadata
    assert meta is not None
    assert meta.title == title
    assert meta.author == "Marleen Claes"
    assert meta.subject and "2" in meta.subject
    assert meta.creator and meta.creator.startswith("Mentorapp")


def test_summary_and_recovery_kit_metadata() -> None:
    meta = PdfReader(io.BytesIO(summary_pdf(Language.EN))).metadata
    assert meta is not None and meta.title == "Session summary - Zoë Van den Bossche"
    assert meta.author == "Marleen Claes"
    kit = PdfReader(io.BytesIO(recovery_pdf(Language.NL))).metadata
    assert kit is not None and kit.title == "Herstelkit - Praktijk Marleen"


def test_fonts_come_from_the_bundled_folder_and_are_embedded() -> None:
    from reportlab.pdfbase import pdfmetrics

    from mentorapp.export.pdf.base import FONT_FILES

    plan_pdf()
    for name, filename in FONT_FILES.items():
        assert Path(pdfmetrics.getFont(name).face.filename) == FONT_DIR / filename
    assert (FONT_DIR / "LICENSE-DejaVu.txt").read_text().count("Bitstream") > 3
    reader = PdfReader(io.BytesIO(plan_pdf()))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = [f.get_object() for f in fonts.values()]
    names = [str(f["/BaseFont"]) for f in embedded]
    assert any("DejaVuSans" in n for n in names)
    assert all(
        "/FontFile2" in f["/FontDescriptor"] for f in embedded if "DejaVu" in str(f["/BaseFont"])
    )


def test_the_same_document_gives_the_same_bytes() -> None:
    assert plan_pdf() == plan_pdf()
    assert recovery_pdf() == recovery_pdf()


def image_count(data: bytes) -> int:
    page = PdfReader(io.BytesIO(data)).pages[0]
    xobjects = page["/Resources"].get("/XObject", {})
    return sum(1 for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image")


def test_the_logo_is_shown_and_a_broken_or_missing_logo_is_skipped(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 60), (31, 85, 102)).save(logo)
    Image.effect_noise((400, 400), 60).save(tmp_path / "big.png")  # does not compress
    truncated = tmp_path / "truncated.png"  # a valid header: fails only when decoded
    truncated.write_bytes((tmp_path / "big.png").read_bytes()[:300])
    garbage = tmp_path / "garbage.png"
    garbage.write_bytes(b"not an image at all")
    results = {}
    for label, path in (
        ("ok", logo),
        ("truncated", truncated),
        ("garbage", garbage),
        ("missing", tmp_path / "nope.png"),
    ):
        coach = CoachInfo("Marleen Claes", "Loopbaanpunt", path)
        doc = plan_document(mentee(), full_plan(), coach, Language.NL, TODAY)
        results[label] = image_count(DevelopmentPlanPdf(doc).generate())
    assert results == {"ok": 1, "truncated": 0, "garbage": 0, "missing": 0}


# --- the recovery kit -----------------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language))
def test_the_recovery_kit_shows_the_key_and_how_to_use_it(language: Language) -> None:
    text = all_text(recovery_pdf(language))
    for group in RECOVERY_KEY.split("-"):
        assert group in text
    hex_key = RECOVERY_KEY.replace("-", "")
    assert f"PRAGMA key = \"x'{hex_key}'\";" in text
    assert "SQLCipher 4" in text and "vault.db" in text
    safe = (
        "veilige plek, weg van de computer" if language is Language.NL else "away from the computer"
    )
    assert safe in text


# --- labels and SMART --------------------------------------------------------------------------


def test_both_languages_have_every_word() -> None:
    assert WORDS[Language.NL].keys() == WORDS[Language.EN].keys()
    for language in Language:
        for enum_type in (
            ActionOwner,
            ActionStatus,
            PlanStatus,
            GoalKind,
            ObstacleKind,
            ActivityKind,
            SessionKind,
            SessionMode,
        ):
            assert set(ENUM_WORDS[language][enum_type]) == set(enum_type), enum_type


def test_equal_enum_values_of_different_kinds_keep_their_own_words() -> None:
    nl = Labels(Language.NL)
    assert GoalKind.PERSONAL == ObstacleKind.PERSONAL  # both are the string "personal"
    assert nl.enum(GoalKind.PERSONAL) == "Persoonlijk"
    assert nl.enum(ObstacleKind.PERSONAL) == "Persoonlijke grenzen"
    assert nl.enum(ObstacleKind.ORGANISATIONAL) == "Organisatorisch"
    assert nl.enum(GoalKind.PERSONAL, in_text=True) == "persoonlijk"
    assert [nl.enum(o) for o in ActionOwner] == [
        "Medewerker",
        "Organisatie",
        "Mentor",
        "Leidinggevende",
    ]


def test_dates_and_amounts_per_language() -> None:
    nl, en = Labels(Language.NL), Labels(Language.EN)
    assert nl.long_date(TODAY) == "24 november 2026"
    assert en.long_date(TODAY) == "24 November 2026"
    assert en.long_date(date(2026, 3, 5)) == "5 March 2026"
    assert nl.date_time(datetime(2026, 11, 24, 9, 5)) == "dinsdag 24 november 2026 om 09:05"
    assert en.date_time(datetime(2026, 11, 24, 9, 5)) == "Tuesday 24 November 2026 at 09:05"
    assert nl.money(125000) == "€ 1.250,00" and en.money(125000) == "€1,250.00"
    assert nl.money(0) == "Gratis" and en.money(0) == "Free"
    assert nl.money(None) == "" and nl.money(1) == "€ 0,01"
    assert nl.hours(7.5) == "7,5 u" and en.hours(16.0) == "16 h"
    assert nl.page_of(1, 3) == "Pagina 1 van 3" and en.page_of(2, 3) == "Page 2 of 3"


def test_smart_state_per_action_follows_the_domain_rule() -> None:
    doc = plan_document(mentee(), full_plan(), COACH, Language.NL, TODAY)
    first, second = doc.goals[0].actions
    assert (first.smart, first.smart_ok, first.smart_missing) == ("S M A R T", True, ())
    assert second.smart == "S - A R -"
    assert second.smart_missing == ("measurable", "time_bound")
    assert doc.smart == ("S M A R T", "S - A R -")
    late = full_plan(
        goals=[Goal("x", actions=[Action("y", "z", TODAY + timedelta(days=999), specific=True)])]
    )
    (action,) = plan_document(mentee(), late, COACH, Language.EN, TODAY).goals[0].actions
    assert action.smart == "S M - - -"


# --- writing the file ---------------------------------------------------------------------------


def test_write_pdf_writes_the_bytes_and_returns_their_sha256(tmp_path: Path) -> None:
    data = plan_pdf()
    target = tmp_path / "plan.pdf"
    assert write_export(target, data) == hashlib.sha256(data).hexdigest()
    assert target.read_bytes() == data
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"%PDF- the version the employee already has")
    return target


def assert_untouched(target: Path) -> None:
    assert target.read_bytes() == b"%PDF- the version the employee already has"
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_a_failed_replace_leaves_the_old_file_and_no_temp_file(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise OSError("simulated crash at the rename")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="simulated"):
        write_export(existing, plan_pdf())
    assert_untouched(existing)


def test_a_failed_fsync_leaves_the_old_file_and_no_temp_file(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(fd: int) -> None:
        raise OSError("simulated disk error")

    monkeypatch.setattr(os, "fsync", refuse)
    with pytest.raises(OSError, match="simulated"):
        write_export(existing, plan_pdf())
    assert_untouched(existing)


def test_a_failed_rendering_leaves_the_old_file(existing: Path) -> None:
    class Broken(DevelopmentPlanPdf):
        def story(self) -> list[Any]:
            raise RuntimeError("rendering failed")

    doc = plan_document(mentee(), full_plan(), COACH, Language.NL, TODAY)
    with pytest.raises(RuntimeError):
        write_export(existing, Broken(doc).generate())
    assert_untouched(existing)

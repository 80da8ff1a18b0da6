"""Moves in practice on paper: the plan's safari and crafted-job sections, and a career story.

The story: a coach exports a plan with the employee's career safaris (one done, with
its reflection; one planned; one cancelled) and the job crafting canvas with two
experiments, in Dutch and in English; the coach's notes on the safari and the canvas
carry a canary that must never reach the paper. Without asking, the plan has neither
section. Then the coach prints an anonymised career story from the library: one page,
its move kinds as tags, the footer without "Confidential" (no person is in it).
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from typing import Any

import pytest
from pypdf import PdfReader

from mentorapp.domain.enums import Language, MoveKind, SafariStatus
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    CareerSafari,
    CareerStory,
    CraftingExperiment,
    JobCraftingCanvas,
)
from mentorapp.export.documents import crafting_view, plan_document, safari_views
from mentorapp.export.labels import WORDS, Labels
from mentorapp.export.pdf import DevelopmentPlanPdf
from mentorapp.services.exports import render_plan, render_story
from tests.export.test_pdfs import (
    CANARY,
    COACH,
    EXPORTED_AT,
    TODAY,
    all_text,
    full_plan,
    mentee,
    page_texts,
    plant_canary,
    uncompressed,
)

M = MenteeId(1)
REFLECTION = "Coachen bleek vooral luisteren te zijn"
NOT_YET = "Een reflectie die nog niet mag: de safari is nog niet gedaan"


def safaris() -> list[CareerSafari]:
    """One done (with a reflection), one planned (its draft reflection stays off), one
    cancelled (left out), given newest first as the service lists them."""
    return [
        CareerSafari(
            M, "Data & Analyse", "", "", date(2026, 12, 1), date(2026, 12, 5),
            SafariStatus.PLANNED, "Wat doet een data-analist precies?", NOT_YET,
        ),
        CareerSafari(
            M, "Klantendienst", "Teamcoach", "Els Peeters", date(2026, 3, 2), date(2026, 3, 13),
            SafariStatus.COMPLETED,
            "Hoe ziet een dag van een teamcoach eruit?\nPast het ritme bij mij?",
            f"{REFLECTION}.\n\nIk wil nog een week meelopen.",
            arrangements="Vervanging door Jan",
        ),
        CareerSafari(M, "Geschrapte Dienst", status=SafariStatus.CANCELLED),
    ]  # fmt: skip


def canvas(**changes: Any) -> JobCraftingCanvas:
    values: dict[str, Any] = {
        "tasks_now": "Vooral kredietdossiers nakijken.",
        "tasks_crafted": "Eén dag per week nieuwe collega's opleiden.",
        "relationships_crafted": "Peter-meter voor nieuwkomers.",
        "experiments": [
            CraftingExperiment("Een nieuwe collega begeleiden", date(2026, 12, 15), "Sofie", True),
            CraftingExperiment("Een lunchsessie geven", date(2027, 1, 20), "het team"),
        ],
    }
    values.update(changes)
    return JobCraftingCanvas(M, **values)


def moves_plan_pdf(
    language: Language = Language.NL, now: datetime = EXPORTED_AT, **changes: Any
) -> bytes:
    """The full plan with both sections; ``changes`` to the plan, its safaris or canvas."""
    return render_plan(
        mentee(), full_plan(**changes.pop("plan", {})), COACH, language, TODAY,
        safaris=changes.pop("safaris", safaris()), canvas=changes.pop("canvas", canvas()),
        now=now,
    )  # fmt: skip


STORY_TEXT = (
    "Na tien jaar boekhouding voelde het werk als een sleur.\n\n"
    "- Eerst een safari bij HR\n- Daarna job crafting\n\n"
    "Vandaag begeleidt ze zelf collega's: <niet hogerop> & toch verder."
)


def story(language: Language = Language.NL, **changes: Any) -> CareerStory:
    values: dict[str, Any] = {
        "title": "Van boekhouder naar loopbaancoach",
        "text": STORY_TEXT,
        "move_kinds": [MoveKind.SAFARI, MoveKind.LATERAL],
        "language": language,
    }
    values.update(changes)
    return CareerStory(**values)


def story_pdf(
    language: Language = Language.NL, now: datetime = EXPORTED_AT, **changes: Any
) -> bytes:
    return render_story(story(language, **changes), COACH, now=now)


# --- the plan's sections ---------------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language))
def test_the_plan_shows_the_safaris_and_the_crafted_job_when_asked(language: Language) -> None:
    w = Labels(language)
    text = all_text(moves_plan_pdf(language))
    for key in ("safari.title", "safari.questions", "safari.reflection", "crafting.title"):
        assert w[key] in text, key
    assert "Klantendienst – Teamcoach" in text and "Els Peeters" in text
    assert w.period(date(2026, 3, 2), date(2026, 3, 13)) in text
    assert "Hoe ziet een dag van een teamcoach eruit?" in text
    assert REFLECTION in text
    # The canvas: each block now and crafted, then the experiments with whom and by when.
    for key in ("crafting.tasks", "crafting.relationships", "crafting.now", "crafting.crafted"):
        assert w[key] in text, key
    assert w["crafting.perception"] not in text  # nothing written in that block
    assert "Eén dag per week nieuwe collega's opleiden." in text
    assert "Een nieuwe collega begeleiden" in text and w.long_date(date(2026, 12, 15)) in text
    assert f"{w['crafting.done']}" in text  # the first experiment is done


def test_the_safaris_come_in_date_order_and_a_draft_reflection_or_a_cancelled_one_never() -> None:
    text = all_text(moves_plan_pdf())
    assert text.index("Klantendienst") < text.index("Data & Analyse")
    assert NOT_YET not in text  # planned: its reflection is not one yet
    assert "Geschrapte Dienst" not in text
    assert "Vervanging door Jan" not in text  # the arrangements are the coach's business


def test_without_asking_the_plan_has_neither_section() -> None:
    plain = render_plan(mentee(), full_plan(), COACH, Language.NL, TODAY, now=EXPORTED_AT)
    text = all_text(plain)
    nl = WORDS[Language.NL]
    assert nl["safari.intro"] not in text and nl["crafting.title"] not in text
    assert "Klantendienst" not in text
    # Asked, with nothing to show: no empty section either.
    empty = moves_plan_pdf(safaris=[], canvas=JobCraftingCanvas(M))
    assert nl["safari.title"] not in all_text(empty) and nl["crafting.title"] not in all_text(empty)


def test_a_canvas_with_only_experiments_prints_them_without_an_empty_table() -> None:
    only_experiments = canvas(tasks_now="", tasks_crafted="", relationships_crafted="")
    text = all_text(moves_plan_pdf(safaris=[], canvas=only_experiments))
    nl = WORDS[Language.NL]
    assert nl["crafting.title"] in text and nl["crafting.experiments"] in text
    assert nl["crafting.part"] not in text
    assert "Een lunchsessie geven" in text


@pytest.mark.parametrize("language", list(Language))
def test_no_private_note_of_a_safari_or_the_canvas_reaches_the_plan(language: Language) -> None:
    planted: list[str] = []
    records = safaris()
    crafted = canvas()
    plant_canary(records, planted)
    plant_canary(crafted, planted)
    assert sorted(set(planted)) == ["CareerSafari.private_notes", "JobCraftingCanvas.private_notes"]
    for record in records:
        record.status = SafariStatus.COMPLETED  # every reflection shows: the notes still not
    doc = plan_document(
        mentee(), full_plan(), COACH, language, TODAY,
        safaris=safari_views(records), crafting=crafting_view(crafted),
    )  # fmt: skip
    assert CANARY not in repr(doc)
    renderer = DevelopmentPlanPdf(doc, EXPORTED_AT)
    for data in (renderer.generate(), uncompressed(renderer)):
        assert CANARY.encode() not in data and CANARY.encode("utf-16-be") not in data
        assert CANARY not in all_text(data)
        reader = PdfReader(io.BytesIO(data))
        assert all(CANARY not in str(v) for v in (reader.metadata or {}).values())
    assert REFLECTION in all_text(renderer.generate())  # the shared text does show


# --- a career story --------------------------------------------------------------------------


@pytest.mark.parametrize("language", list(Language))
def test_a_story_is_one_page_with_its_title_tags_and_text(language: Language) -> None:
    pages = page_texts(story_pdf(language))
    assert len(pages) == 1
    text = re.sub(r"\s+", " ", pages[0])
    w = Labels(language)
    assert w["story.document"] in text and "Van boekhouder naar loopbaancoach" in text
    assert f"{w['story.moves']}:" in text
    assert w.enum(MoveKind.SAFARI) in text and w.enum(MoveKind.LATERAL) in text
    assert w.enum(MoveKind.EXTERNAL) not in text
    assert "<niet hogerop> & toch verder." in text  # markup characters print as typed
    assert "• Eerst een safari bij HR" in text
    assert w.page_of(1, 1) in text
    assert COACH.name in text


@pytest.mark.parametrize("language", list(Language))
def test_a_story_footer_is_not_confidential_it_names_the_story(language: Language) -> None:
    text = page_texts(story_pdf(language))[0]
    w = Labels(language)
    assert w["confidential"] not in text
    assert f"{w['story.document']} - Van boekhouder naar loopbaancoach" in text


def test_a_story_without_move_kinds_has_no_tag_line() -> None:
    text = all_text(story_pdf(move_kinds=[]))
    assert WORDS[Language.NL]["story.moves"] not in text
    assert "Na tien jaar boekhouding" in text


def test_a_story_names_itself_in_the_pdf_metadata_and_has_the_export_time() -> None:
    meta = PdfReader(io.BytesIO(story_pdf(Language.EN))).metadata
    assert meta is not None
    assert meta.title == "Career story - Van boekhouder naar loopbaancoach"
    assert meta.author == COACH.name
    assert meta.creation_date is not None
    assert meta.creation_date.replace(tzinfo=None) == EXPORTED_AT
    assert story_pdf() == story_pdf()  # the same story at the same time: the same bytes
